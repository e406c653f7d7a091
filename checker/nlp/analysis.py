"""The analysed corpus: every sentence with its kind, entities and embedding, done once.

Rules read this and nothing else: they never load models or files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Span

from checker.document import Block, Document
from checker.findings import Location
from checker.nlp.alignment import Alignment, align
from checker.nlp.embedder import Embedder
from checker.nlp.sentence_kind import CLAIM, sentence_kind
from checker.nlp.spacy_pipeline import SpacyPipeline
from checker.positioning import Positioning

Progress = Callable[[str, int, int], None]  # (stage, done, total)


@dataclass(eq=False)
class Sentence:
    document: Document
    start: int  # offsets in document.text
    end: int
    text: str
    block: Block
    kind: str  # CLAIM, or why the sentence cannot drift
    span: Span  # the spaCy analysis: tokens, parse, entities
    index: int  # row in Analysis.vectors

    @property
    def is_claim(self) -> bool:
        return self.kind == CLAIM

    def location(self, start: int | None = None, end: int | None = None) -> Location:
        """Where this sentence (or a part of it, by offsets in document.text) is in the file."""
        start = self.start if start is None else start
        end = self.end if end is None else end
        line, col, end_line, end_col = self.document.position(start, end)
        return Location(self.document.path, line, col, end_line, end_col,
                        self.document.text[start:end])


@dataclass(eq=False)
class Analysis:
    documents: tuple[Document, ...]
    sentences: tuple[Sentence, ...]
    vectors: np.ndarray  # one unit-length row per sentence
    positioning: Positioning
    alignment: Alignment
    pipeline: SpacyPipeline

    def sentences_of(self, document: Document) -> Iterator[Sentence]:
        return (s for s in self.sentences if s.document is document)

    def document_score(self, document: Document) -> float | None:
        """0-100: the mean alignment of the asset's claims; None when it makes no claim."""
        scores = [self.alignment.score(s.index) for s in self.sentences_of(document)
                  if s.is_claim]
        return sum(scores) / len(scores) if scores else None


def analyse(documents: tuple[Document, ...], positioning: Positioning, pipeline: SpacyPipeline,
            embedder: Embedder, progress: Progress | None = None) -> Analysis:
    """Split, parse and embed the corpus, and score every sentence against the pillars."""
    blocks = [(doc, block) for doc in documents for block in doc.prose.blocks
              if block.end > block.start]
    texts = [doc.text[block.start:block.end] for doc, block in blocks]
    sentences: list[Sentence] = []
    for n, ((doc, block), parsed) in enumerate(zip(blocks, pipeline.nlp.pipe(texts,
                                                                             batch_size=256))):
        for sent in parsed.sents:
            sentence = _sentence(doc, block, sent, pipeline.trained, len(sentences))
            if sentence is not None:
                sentences.append(sentence)
        if progress and (n % 200 == 0 or n == len(blocks) - 1):
            progress("parse", n + 1, len(blocks))
    if progress:
        progress("embed", 0, len(sentences))
    vectors = embedder.embed([s.text for s in sentences])
    if progress:
        progress("embed", len(sentences), len(sentences))
    alignment = align(vectors, positioning, embedder)
    return Analysis(documents, tuple(sentences), vectors, positioning, alignment, pipeline)


def _sentence(doc: Document, block: Block, sent: Span, trained: bool,
              index: int) -> Sentence | None:
    raw = sent.text
    stripped = raw.strip()
    if not any(ch.isalnum() for ch in stripped):
        return None
    start = block.start + sent.start_char + (len(raw) - len(raw.lstrip()))
    end = start + len(stripped)
    kind = sentence_kind(sent, block.kind, block.speaker, trained)
    return Sentence(doc, start, end, stripped, block, kind, sent, index)

"""The analysed corpus: every sentence with its kind, entities and embedding, done once.

Rules read this and nothing else: they never load models or files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from spacy.tokens import Span

from checker.document import Block, Document
from checker.findings import Location
from checker.nlp.alignment import NEUTRAL, Alignment, align
from checker.nlp.claims import Claim, extract_claims, fact_values, shortlist_pairs
from checker.nlp.concepts import concepts, product_words, speaks_for_product
from checker.nlp.embedder import Embedder
from checker.nlp.nli import NliScorer, Verdict
from checker.nlp.promises import implied_promise, offers_service
from checker.nlp.quotes import inside, quoted_ranges
from checker.nlp.references import References, build_references
from checker.nlp.sentence_kind import CLAIM, sentence_kind
from checker.nlp.spacy_pipeline import SpacyPipeline
from checker.nlp.vocabulary import PositioningVocabulary, neutral_support
from checker.positioning import Positioning

SHORTLIST_SIMILARITY = 0.80  # clauses this close are about the same thing (NLI shortlist)
TOPICAL_SCORE = 40.0  # 0-100 alignment above which a "we" sentence is about the product
MAX_PIECE = 5000  # characters spaCy parses at once
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
    for_product: bool = False  # a claim made for the product (names it, or speaks as "we")

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
    claims: list[Claim] = field(default_factory=list)  # numbers and yes/no statements
    claim_vectors: np.ndarray = field(default_factory=lambda: np.zeros((0, 0)))
    nli_verdicts: dict[tuple[int, int], Verdict] = field(default_factory=dict)
    references: References = field(default_factory=lambda: References({}, (), ()))
    positioning_path: str = "positioning.yaml"  # as findings name it

    def __post_init__(self) -> None:
        self._by_document: dict[int, list[Sentence]] = {}
        for sentence in self.sentences:
            self._by_document.setdefault(id(sentence.document), []).append(sentence)

    def sentences_of(self, document: Document) -> Iterator[Sentence]:
        return iter(self._by_document.get(id(document), ()))

    def document_score(self, document: Document) -> float | None:
        """0-100: the mean alignment of the asset's claims; None when it makes no claim."""
        scores = [self.alignment.score(s.index) for s in self.sentences_of(document)
                  if s.is_claim]
        return sum(scores) / len(scores) if scores else None


def analyse(documents: tuple[Document, ...], positioning: Positioning, pipeline: SpacyPipeline,
            embedder: Embedder, progress: Progress | None = None,
            nli: NliScorer | None = None, not_offered: Sequence[str] = ()) -> Analysis:
    """Split, parse and embed the corpus, and score every sentence against the pillars.
    `not_offered`: what the project says it does not sell (drift.sentence's `offerings`)."""
    blocks = [(doc, piece) for doc in documents for block in doc.prose.blocks
              if block.end > block.start for piece in _pieces(block, doc.text)]
    texts = [doc.text[block.start:block.end] for doc, block in blocks]
    sentences: list[Sentence] = []
    names = product_words(positioning.product, positioning.company)
    parsed_blocks = pipeline.nlp.pipe(texts, batch_size=_batch_size(texts))
    for n, ((doc, block), parsed) in enumerate(zip(blocks, parsed_blocks)):
        for sent in parsed.sents:
            sentence = _sentence(doc, block, sent, pipeline.trained, len(sentences), names)
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
    _support_concepts(sentences, vectors, positioning, names, pipeline, embedder, alignment,
                      not_offered)
    facts = fact_values(positioning.facts, pipeline.nlp, names)
    claims, claim_vectors = extract_claims(sentences, facts, embedder)
    verdicts = {}
    if nli is not None:
        pairs = shortlist_pairs(claims, claim_vectors, sentences, SHORTLIST_SIMILARITY)
        scored = nli.score([(sentences[i].text, sentences[j].text) for i, j in pairs])
        verdicts = dict(zip(pairs, scored))
    references = build_references(positioning, embedder)
    return Analysis(documents, tuple(sentences), vectors, positioning, alignment, pipeline,
                    claims, claim_vectors, verdicts, references)


def _batch_size(texts: list[str]) -> int:
    """Blocks per spaCy batch: many for short copy (fast), few for long pieces, so that a
    batch holds about 100,000 characters and memory stays flat."""
    average = sum(map(len, texts)) / max(len(texts), 1)
    return int(min(256, max(16, 100_000 / max(average, 1))))


def _pieces(block: Block, text: str, limit: int = MAX_PIECE) -> Iterator[Block]:
    """A block cut at sentence ends into pieces of at most `limit` characters: spaCy's memory
    grows with the length of what it parses at once, and a 1 MB paragraph (an export, a
    pasted transcript) would need gigabytes."""
    start = block.start
    while block.end - start > limit:
        window = text[start:start + limit]
        cut = max(window.rfind(mark) for mark in (". ", "! ", "? ", "\n"))
        end = start + (cut + 1 if cut > limit // 4 else limit)
        yield Block(block.kind, start, end, block.speaker)
        start = end
    yield block if start == block.start else Block(block.kind, start, block.end, block.speaker)


def _support_concepts(sentences: list[Sentence], vectors: np.ndarray,
                      positioning: Positioning, names: set[str], pipeline: SpacyPipeline,
                      embedder: Embedder, alignment: Alignment,
                      not_offered: Sequence[str]) -> None:
    """Find, for each claim that speaks for the product (named, as "we", or as in
    checker.nlp.promises), its concepts and how the positioning supports each."""
    texts = [u.text for u in alignment.units] + [
        t for a in positioning.audiences for t in (a.name, a.description) if t] + [
        t.use for t in positioning.terms]
    vocabulary = PositioningVocabulary(texts, pipeline.nlp, embedder, names, not_offered)
    features = {t.lemma_.lower() for doc in pipeline.nlp.pipe(p.name for p in positioning.pillars)
                for t in doc if t.is_alpha and not t.is_stop}
    spoken: Document | None = None  # the document that has spoken of the product so far
    claims = []
    for sentence in sentences:
        sentence.for_product = sentence.is_claim and _about_product(sentence, names, alignment)
        if _quoted(sentence):
            if speaks_for_product(sentence.span, names) == "named" and sentence.is_claim:
                claims.append(sentence)  # a rep's scripted line; a customer's "we" is theirs
        elif sentence.for_product or _promises(sentence, names, spoken is sentence.document,
                                               features):
            claims.append(sentence)
        if any(t.lower_ in names for t in sentence.span):
            spoken = sentence.document
    supports = vocabulary.support([concepts(s.span, names) for s in claims],
                                  vectors[[s.index for s in claims]] if claims else None)
    alignment.concepts = {s.index: c for s, c in zip(claims, supports) if c}
    alignment.concept_floor = neutral_support(vocabulary, pipeline.nlp, NEUTRAL)
    alignment.vocabulary_lemmas = frozenset(vocabulary.lemmas)


def _quoted(sentence: Sentence) -> bool:
    """Someone's words in quotation marks or a block quote: a customer's "we saved 30%" is
    not the company speaking."""
    if sentence.block.kind == "quote":
        return True
    block = sentence.document.text[sentence.block.start:sentence.block.end]
    return inside(quoted_ranges(block), sentence.start - sentence.block.start,
                  sentence.end - sentence.block.start)


def _promises(sentence: Sentence, names: set[str], after_product: bool,
              features: set[str]) -> bool:
    """A claim or feature bullet that speaks for the product without naming it or saying
    "we" (see checker.nlp.promises): drift looks at these too."""
    if sentence.kind == "fragment":
        if _tagline(sentence.span, names):
            return True
    elif not sentence.is_claim:
        return False
    return implied_promise(sentence.span, sentence.block.kind, after_product,
                           features) is not None


def _tagline(span: Span, names: set[str]) -> bool:
    """"Parcelback: the all-in-one returns platform." The product's name, then what it is."""
    for token in span[:-1]:
        if token.lower_ in names and token.nbor(1).text in (":", "\u2014", "\u2013", "-"):
            return sum(t.is_alpha for t in span) >= 5
    return False


def _about_product(sentence: Sentence, names: set[str], alignment: Alignment) -> bool:
    """A claim for the product: one that names it, or a "we" claim on the product's topic
    (a "we" sentence far from every pillar is about the company's process or a story)."""
    how = speaks_for_product(sentence.span, names)
    return how == "named" or (how == "implied" and (
        alignment.score(sentence.index) >= TOPICAL_SCORE or offers_service(sentence.span)))


def _sentence(doc: Document, block: Block, sent: Span, trained: bool, index: int,
              names: set[str]) -> Sentence | None:
    raw = sent.text
    stripped = raw.strip()
    if not any(ch.isalnum() for ch in stripped):
        return None
    start = block.start + sent.start_char + (len(raw) - len(raw.lstrip()))
    end = start + len(stripped)
    kind = sentence_kind(sent, block.kind, block.speaker, trained, names)
    return Sentence(doc, start, end, stripped, block, kind, sent, index)

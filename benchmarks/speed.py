"""How much a full check costs over its floor: the NLP work alone.

The floor is measured in the same run: the same prose blocks parsed by the same spaCy
pipeline (nlp.pipe) and the same sentences embedded by the same model, with nothing else
(no cache, no claim detection, no rules, no rendering). The check runs with an empty
embedding cache, so it embeds everything too. Both run warm (models loaded first), three
times each; medians are reported.

    .venv/bin/python benchmarks/speed.py [PROJECT]
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from checker.engine import check
from checker.nlp.embedder import EmbeddingCache, SentenceTransformerEmbedder
from checker.nlp.spacy_pipeline import load_spacy

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3


def main(project: Path) -> None:
    pipeline = load_spacy()
    warm = check([project], embedder=SentenceTransformerEmbedder())  # loads both models
    analysis = warm.analysis
    blocks = [d.text[b.start:b.end] for d in analysis.documents for b in d.prose.blocks]
    sentences = [s.text for s in analysis.sentences]
    model = SentenceTransformerEmbedder()._model()

    def floor() -> None:
        list(pipeline.nlp.pipe(blocks, batch_size=256))
        model.encode(sentences, batch_size=64, normalize_embeddings=True,
                     show_progress_bar=False)

    def full_check() -> None:
        with tempfile.TemporaryDirectory() as cache:
            check([project], embedder=SentenceTransformerEmbedder(cache=EmbeddingCache(
                Path(cache))))

    def cached_check() -> None:
        check([project], embedder=SentenceTransformerEmbedder(cache=shared_cache))

    shared_cache = EmbeddingCache(Path(tempfile.mkdtemp()))
    cached_check()  # fill the cache once
    times = {name: [] for name in ("floor", "check", "check (warm cache)")}
    for _ in range(RUNS):
        for name, run in (("floor", floor), ("check", full_check),
                          ("check (warm cache)", cached_check)):
            started = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - started)
    medians = {name: statistics.median(values) for name, values in times.items()}
    print(f"{project.name}: {len(analysis.documents)} documents, {len(blocks)} blocks, "
          f"{len(sentences)} sentences, {RUNS} runs each, medians")
    for name, value in medians.items():
        ratio = value / medians["floor"]
        print(f"  {name:<20} {value:6.2f} s   {ratio:4.2f}x floor")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "corpora" / "kestrel")

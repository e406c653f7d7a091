"""Precision and recall of onmessage's two conflict tests on public sentence-pair data.

What it measures. onmessage flags two sentences as conflicting in two ways
(checker/rules/conflict.py), and this script runs the same tests, through the same code
(checker.nlp.claims, checker.nlp.quantities, the bundled all-MiniLM-L6-v2), on labelled pairs:

- Value conflict: a number in each sentence, comparable after normalisation
  (``Quantity.agrees`` is not None) and disagreeing (``agrees`` is False), whose clauses are
  about the same thing: clause contexts with cosine >= SUBJECT_SIMILARITY (0.80) that share a
  noun. Looser subject tests are reported too, to show what the strict one costs in recall.
  Data: FEVER-Symmetric v0.2 dev+test (Schuster et al., EMNLP 2019), the pairs whose claim and
  evidence both hold a quantity the parser finds; REFUTES = conflict, SUPPORTS = none.
- Polarity conflict (``_opposite_statements``): whole-sentence cosine >= STATEMENT_SIMILARITY
  (0.85), at least 2 shared content lemmas, and ``negated_statement`` differs. Data: SICK
  (Marelli et al., LREC 2014), all pairs; CONTRADICTION = conflict, ENTAILMENT/NEUTRAL = none.
  The similarity threshold is swept so the precision/recall trade-off is visible.

Why these tests and not an NLI model. NLI models are at majority-class level on quantitative
reasoning (EQUATE, Ravichander et al., CoNLL 2019), so onmessage never asks a model whether two
numbers agree: it parses and normalises the values and compares the clauses they belong to. A
polarity conflict is the same statement with negation at the clause's core. Neither dataset is
marketing copy: FEVER pairs are Wikipedia facts, SICK pairs are image captions. The figures say
how the tests behave on text they were not tuned on, not how often they fire on a real corpus.

Data is read from ../shared/eval/nli (beside the repository), never copied into it. FEVER text
is PTB-tokenised ("-LRB-", " , "); it is detokenised before parsing so spaCy and the quantity
parser see ordinary prose.

    HF_HUB_OFFLINE=1 .venv/bin/python benchmarks/conflict_quality.py

Deterministic: no sampling; examples are the first ones in file order.
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from checker.nlp.claims import ClauseValue, clause_values, negated_statement
from checker.nlp.embedder import SentenceTransformerEmbedder
from checker.nlp.quantities import find_quantities
from checker.nlp.spacy_pipeline import load_spacy
from checker.rules.conflict import STATEMENT_SIMILARITY, SUBJECT_SIMILARITY

DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "nli"
FEVER = DATA / "fever-symmetric" / "files"
SICK = DATA / "sick" / "files" / "SICK.txt"
SWEEP = (0.6, 0.7, 0.8, 0.85, 0.9)
EXAMPLES = 5
WIDTH = 110

_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "-LCB-": "{", "-RCB-": "}",
        "``": '"', "''": '"'}
# "--" stays: as an en dash, "(10 February 1894 – 29 December 1986)" reads as a range
# "1894 – 29" that the date "29 December 1986" then swallows, and the year is lost.


# ---------------------------------------------------------------- scoring


@dataclass(frozen=True)
class Score:
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        return (self.tp + self.tn) / max(1, self.tp + self.fp + self.fn + self.tn)


def score(predicted: Sequence[bool], gold: Sequence[bool]) -> Score:
    pairs = list(zip(predicted, gold, strict=True))
    return Score(sum(p and g for p, g in pairs), sum(p and not g for p, g in pairs),
                 sum(g and not p for p, g in pairs), sum(not p and not g for p, g in pairs))


def print_table(rows: list[tuple[str, Score]], gold: Sequence[bool]) -> None:
    positives = sum(gold)
    print(f"    {'variant':<52} {'P':>6} {'R':>6} {'F1':>6} {'acc':>6} {'flagged':>8}")
    for name, s in rows:
        print(f"    {name:<52} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} "
              f"{s.accuracy:6.3f} {s.tp + s.fp:8d}")
    majority = max(positives, len(gold) - positives) / max(1, len(gold))
    always = score([True] * len(gold), gold)
    print(f"    {'baseline: majority class (accuracy only)':<52} {'':>6} {'':>6} {'':>6} "
          f"{majority:6.3f}")
    print(f"    {'baseline: always conflict':<52} {always.precision:6.3f} "
          f"{always.recall:6.3f} {always.f1:6.3f} {always.accuracy:6.3f} {len(gold):8d}")


def short(text: str, around: str | None = None, width: int = WIDTH) -> str:
    """The text on one line, cut to width; centred on `around` when the text is longer."""
    text = " ".join(text.split())
    if len(text) <= width:
        return text
    at = text.find(around) if around else -1
    start = 0 if at < 0 else max(0, min(at - width // 3, len(text) - width))
    cut = text[start:start + width - 2]
    return ("…" if start else "") + cut + ("…" if start + width - 2 < len(text) else "")


def cosine(vectors: dict[str, np.ndarray], a: str, b: str) -> float:
    return float(vectors[a] @ vectors[b])


def embed_all(embedder: SentenceTransformerEmbedder, texts: list[str]) -> dict[str, np.ndarray]:
    unique = sorted(set(texts))
    return dict(zip(unique, embedder.embed(unique), strict=True))


# ---------------------------------------------------------------- value conflicts (FEVER)


@dataclass(frozen=True)
class FeverPair:
    id: str
    claim: str
    evidence: str
    conflict: bool  # REFUTES


@dataclass(frozen=True)
class ValuePair:
    """A comparable pair of quantities, one from each sentence, and how alike their clauses are."""

    a: ClauseValue
    b: ClauseValue
    agrees: bool
    similarity: float
    shared_nouns: frozenset[str]


def detokenise(text: str) -> str:
    words = [_PTB.get(w, w) for w in text.split()]
    text = " ".join(words)
    text = re.sub(r"\s+([,.;:!?%)\]}])", r"\1", text)
    text = re.sub(r"([(\[{$])\s+", r"\1", text)
    text = re.sub(r"\s+('s|'re|'ve|'ll|'d|n't|')(?=\s|$)", r"\1", text)
    return text.strip()


def load_fever() -> tuple[list[FeverPair], dict[str, int]]:
    seen: dict[tuple[str, str], FeverPair] = {}
    clashing: set[tuple[str, str]] = set()
    rows = 0
    for name in ("fever_symmetric_dev.jsonl", "fever_symmetric_test.jsonl"):
        for line in (FEVER / "symmetric_v0.2" / name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = json.loads(line)
            rows += 1
            claim = row.get("claim") or row["sentence2"]
            evidence = row.get("evidence") or row.get("evidence_sentence") or row["sentence1"]
            label = row.get("gold_label") or row["label"]
            if label not in ("SUPPORTS", "REFUTES"):
                continue
            key = (claim, evidence)
            pair = FeverPair(str(row["id"]), detokenise(claim), detokenise(evidence),
                             label == "REFUTES")
            if key in seen and seen[key].conflict != pair.conflict:
                clashing.add(key)
            seen.setdefault(key, pair)
    pairs = [p for k, p in seen.items() if k not in clashing]
    v01 = set()
    for name in ("fever_symmetric_full.jsonl", "fever_symmetric_generated.jsonl"):
        path = FEVER / "symmetric_v0.1" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    v01.add((row["claim"], row.get("evidence_sentence") or row.get("evidence")))
    counts = {"rows": rows, "unique": len(seen), "clashing": len(clashing),
              "v01": len(v01), "v01_new": len(v01 - set(seen))}
    return pairs, counts


def value_pairs(a: list[ClauseValue], b: list[ClauseValue],
                vectors: dict[str, np.ndarray]) -> list[ValuePair]:
    found = []
    for x in a:
        for y in b:
            agrees = x.quantity.agrees(y.quantity)
            if agrees is not None:
                found.append(ValuePair(x, y, agrees, cosine(vectors, x.context, y.context),
                                       x.nouns & y.nouns))
    return found


VALUE_VARIANTS: list[tuple[str, Callable[[ValuePair], bool]]] = [
    (f"onmessage: cos >= {SUBJECT_SIMILARITY:.2f} and a shared noun",
     lambda v: v.similarity >= SUBJECT_SIMILARITY and bool(v.shared_nouns)),
    (f"cos >= {SUBJECT_SIMILARITY:.2f} only", lambda v: v.similarity >= SUBJECT_SIMILARITY),
    ("cos >= 0.70 and a shared noun", lambda v: v.similarity >= 0.7 and bool(v.shared_nouns)),
    ("cos >= 0.60 and a shared noun", lambda v: v.similarity >= 0.6 and bool(v.shared_nouns)),
    ("cos >= 0.50 and a shared noun", lambda v: v.similarity >= 0.5 and bool(v.shared_nouns)),
    ("cos >= 0.50 only", lambda v: v.similarity >= 0.5),
    ("a shared noun only", lambda v: bool(v.shared_nouns)),
    ("no subject test (any comparable pair disagrees)", lambda v: True),
]


def run_fever(nlp, embedder: SentenceTransformerEmbedder) -> None:
    pairs, counts = load_fever()
    print("FEVER-Symmetric v0.2 dev+test — value conflicts (REFUTES = conflict)")
    print(f"  {counts['rows']} rows, {counts['unique']} unique (claim, evidence) pairs, "
          f"{counts['clashing']} dropped for clashing labels; v0.1 has {counts['v01']} pairs, "
          f"{counts['v01_new']} of them not in v0.2 (so v0.1 adds nothing)")
    candidates = [p for p in pairs if find_quantities(p.claim) and find_quantities(p.evidence)]
    texts = sorted({t for p in candidates for t in (p.claim, p.evidence)})
    spans = {t: doc[:] for t, doc in zip(texts, nlp.pipe(texts, batch_size=256), strict=True)}
    values = {t: clause_values(spans[t]) for t in texts}
    used = [p for p in candidates if values[p.claim] and values[p.evidence]]
    vectors = embed_all(embedder, [v.context for t in texts for v in values[t]])
    found = {p: value_pairs(values[p.claim], values[p.evidence], vectors) for p in used}
    gold = [p.conflict for p in used]
    print(f"  pairs used (a quantity in claim and evidence): {len(used)} of {len(pairs)}; "
          f"conflict {sum(gold)} / no conflict {len(gold) - sum(gold)}")
    comparable = sum(bool(found[p]) for p in used)
    print(f"  with at least one comparable pair of quantities: {comparable} "
          f"(conflict {sum(bool(found[p]) for p in used if p.conflict)})")
    rows = []
    for name, same_subject in VALUE_VARIANTS:
        predicted = [any(not v.agrees and same_subject(v) for v in found[p]) for p in used]
        rows.append((name, score(predicted, gold)))
    print_table(rows, gold)

    rule = VALUE_VARIANTS[0][1]

    def firing(p: FeverPair) -> list[ValuePair]:
        return [v for v in found[p] if not v.agrees and rule(v)]

    def show(p: FeverPair, why: str) -> None:
        first = values[p.claim][0].quantity.text
        print(f"    [{p.id}] claim:    {short(p.claim, first)}")
        print(f"    {' ' * (len(p.id) + 2)} evidence: {short(p.evidence)}")
        print(f"    {' ' * (len(p.id) + 2)} -> {why}")

    print(f"  false positives (SUPPORTS flagged by the onmessage rule), first {EXAMPLES}:")
    for p in [p for p in used if not p.conflict and firing(p)][:EXAMPLES]:
        v = firing(p)[0]
        show(p, f"'{v.a.quantity.text}' ({v.a.quantity.describe()}) vs '{v.b.quantity.text}' "
                f"({v.b.quantity.describe()}), cos {v.similarity:.2f}, "
                f"shared {sorted(v.shared_nouns)}")
    loose = dict(VALUE_VARIANTS)["a shared noun only"]
    print(f"  false positives of the looser 'a shared noun only', first {EXAMPLES}:")
    for p in [p for p in used if not p.conflict and not firing(p)
              and any(not v.agrees and loose(v) for v in found[p])][:EXAMPLES]:
        v = next(v for v in found[p] if not v.agrees and loose(v))
        show(p, f"'{v.a.quantity.text}' vs '{v.b.quantity.text}', cos {v.similarity:.2f}, "
                f"shared {sorted(v.shared_nouns)}")
    print(f"  false negatives (REFUTES not flagged), first {EXAMPLES}:")
    for p in [p for p in used if p.conflict and not firing(p)][:EXAMPLES]:
        show(p, miss_reason(found[p], values[p.claim], values[p.evidence]))
    print()


def miss_reason(found: list[ValuePair], a: list[ClauseValue], b: list[ClauseValue]) -> str:
    quoted = (f"claim {[v.quantity.describe() for v in a]}, "
              f"evidence {[v.quantity.describe() for v in b]}")
    if not found:
        return f"no comparable quantities: {quoted}"
    disagreeing = [v for v in found if not v.agrees]
    if not disagreeing:
        return f"the comparable values agree: {quoted}"
    v = max(disagreeing, key=lambda v: (bool(v.shared_nouns), v.similarity))
    return (f"'{v.a.quantity.text}' vs '{v.b.quantity.text}' disagree but not the same subject: "
            f"cos {v.similarity:.2f}, shared nouns {sorted(v.shared_nouns) or 'none'}")


# ---------------------------------------------------------------- polarity conflicts (SICK)


@dataclass(frozen=True)
class SickPair:
    id: str
    a: str
    b: str
    label: str

    @property
    def conflict(self) -> bool:
        return self.label == "CONTRADICTION"


def load_sick() -> tuple[list[SickPair], str]:
    with SICK.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    label_key = "entailment_label" if "entailment_label" in rows[0] else "entailment_judgment"
    if "SemEval_set" in rows[0]:
        rows = [r for r in rows if r["SemEval_set"].strip().upper() == "TEST"]
        split = "SemEval TEST split"
    else:
        split = "whole file (it has no SemEval_set column)"
    return [SickPair(r["pair_ID"], r["sentence_A"].strip(), r["sentence_B"].strip(),
                     r[label_key].strip().upper()) for r in rows], split


def content_words(span) -> set[str]:
    return {t.lemma_.lower() for t in span if t.is_alpha and not t.is_stop}


def run_sick(nlp, embedder: SentenceTransformerEmbedder) -> None:
    pairs, split = load_sick()
    texts = sorted({t for p in pairs for t in (p.a, p.b)})
    negated, words = {}, {}
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=256), strict=True):
        negated[text] = negated_statement(doc[:])
        words[text] = content_words(doc)
    vectors = embed_all(embedder, texts)
    similarity = [cosine(vectors, p.a, p.b) for p in pairs]
    flips = [negated[p.a] != negated[p.b] for p in pairs]
    shared = [len(words[p.a] & words[p.b]) >= 2 for p in pairs]
    gold = [p.conflict for p in pairs]

    print("SICK — polarity conflicts (CONTRADICTION = conflict, ENTAILMENT/NEUTRAL = none)")
    print(f"  pairs used: {len(pairs)} ({split}); conflict {sum(gold)} / "
          f"no conflict {len(gold) - sum(gold)}; {len(texts)} distinct sentences")
    print(f"  negation differs in {sum(flips)} pairs: {sum(f and g for f, g in zip(flips, gold))}"
          f" of the {sum(gold)} contradictions (the recall ceiling of a negation test)")

    def rule(threshold: float) -> list[bool]:
        return [s >= threshold and f and w for s, f, w in zip(similarity, flips, shared)]

    rows = [(f"onmessage: cos >= {STATEMENT_SIMILARITY:.2f}, 2 shared lemmas, negation "
             f"differs", score(rule(STATEMENT_SIMILARITY), gold))]
    rows += [(f"  sweep: cos >= {t:.2f}", score(rule(t), gold)) for t in SWEEP
             if t != STATEMENT_SIMILARITY]
    rows += [("  negation differs + 2 shared lemmas (no cosine)", score(rule(-1.0), gold)),
             ("  negation differs only", score(flips, gold))]
    print_table(rows, gold)

    predicted = rule(STATEMENT_SIMILARITY)

    def show(p: SickPair, i: int) -> None:
        print(f"    [{p.id}] {p.label.lower():<13} A: {short(p.a, width=80)}")
        print(f"    {' ' * (len(p.id) + 16)} B: {short(p.b, width=80)}")
        print(f"    {' ' * (len(p.id) + 16)} -> cos {similarity[i]:.3f}, negated A "
              f"{negated[p.a]} / B {negated[p.b]}, shared "
              f"{sorted(words[p.a] & words[p.b])}")

    print(f"  false positives (flagged, not CONTRADICTION), first {EXAMPLES}:")
    for i in [i for i, p in enumerate(pairs) if predicted[i] and not p.conflict][:EXAMPLES]:
        show(pairs[i], i)
    looser = rule(0.7)
    print(f"  false positives at cos >= 0.70 (not flagged at {STATEMENT_SIMILARITY:.2f}), "
          f"first {EXAMPLES}:")
    for i in [i for i, p in enumerate(pairs)
              if looser[i] and not predicted[i] and not p.conflict][:EXAMPLES]:
        show(pairs[i], i)
    misses = [i for i, p in enumerate(pairs) if p.conflict and not predicted[i]]
    no_flip = [i for i in misses if not flips[i]]
    by_cosine = sum(flips[i] and shared[i] for i in misses)
    print(f"  false negatives (CONTRADICTION not flagged): {len(misses)}, of which "
          f"{len(no_flip)} show no negation difference to negated_statement (antonyms, "
          f"'nobody', 'none of', a negated second clause) and {len(misses) - len(no_flip)} "
          f"were cut by the similarity tests ({by_cosine} by the cosine alone); first "
          f"{EXAMPLES} of each:")
    for i in (no_flip[:EXAMPLES] + [i for i in misses if flips[i]][:EXAMPLES]):
        show(pairs[i], i)
    print()


def main() -> int:
    if not DATA.is_dir():
        print(f"no data at {DATA}: this benchmark reads ../shared/eval/nli", file=sys.stderr)
        return 2
    started = time.perf_counter()
    pipeline = load_spacy()
    if not pipeline.trained:
        print(f"warning: {pipeline.notice}", file=sys.stderr)
    embedder = SentenceTransformerEmbedder()
    print(f"spaCy: {pipeline.name}; embedder: {embedder.name}\n")
    run_fever(pipeline.nlp, embedder)
    run_sick(pipeline.nlp, embedder)
    print(f"done in {time.perf_counter() - started:.0f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

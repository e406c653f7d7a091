"""Claims: what a sentence asserts as a number or a yes/no, and what that is about.

A value means nothing without its subject: "14 days" is a trial length in one sentence and
a delivery time in another. So every quantity is tied to the clause that holds it (found by
the dependency parse), and a claim matches an approved fact only when that clause speaks of
what the fact is about, by its words and by meaning, never by the number alone. Yes/no
facts ("a credit card is required to start the trial: no") are found the same way, and the
claim's polarity is whether its clause is negated.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from spacy.tokens import Span, Token

from checker.nlp.embedder import Embedder
from checker.nlp.pairs import similar_pairs
from checker.nlp.quantities import Quantity, find_quantities, parse_value
from checker.positioning import Fact

YES = {"yes", "true"}
NO = {"no", "false"}
NEGATIONS = {"no", "not", "n't", "never", "without", "zero", "nor", "neither"}
# Words that say nothing about which fact a clause is about.
WEAK = {"length", "number", "time", "amount", "plan", "be", "have", "the", "a", "an", "of",
        "to", "is", "are", "start", "get", "make", "each", "every", "per", "first", "day",
        "days", "week", "month", "year", "hour", "minute", "in", "for", "we", "you", "our",
        "your", "it", "this", "that", "charge", "charged", "require", "required"}
ENUMERATION = re.compile(r"\d{1,2}[.)]\s")
NEGATIVE_SUBJECTS = {"nobody", "none", "nothing", "no-one", "noone"}
SKIPPED_SPEAKERS = {"prospect", "customer", "client", "buyer", "lead", "caller"}
SCALE_RATIO = 50.0  # durations and counts further apart than this are about different things
MATCH_SIMILARITY = 0.35  # clause vs the fact's `about`, once a key word is shared


@dataclass(frozen=True)
class FactValue:
    """An approved fact with its value parsed by the same parser as the copy."""

    fact: Fact
    quantity: Quantity | None
    polarity: bool | None
    key_lemmas: frozenset[str]  # the words of `about` that pick the fact out
    head_lemma: str | None  # for yes/no facts: the noun the statement is about ("card")
    names: frozenset[str]  # capitalised names in `about` ("Starter"): a claim must say them


@dataclass(eq=False)
class Claim:
    sentence_index: int
    start: int  # offsets of the value (or of the negated noun) in the document text
    end: int
    context: str  # the clause that holds the value
    lemmas: frozenset[str]  # content lemmas of that clause
    nouns: frozenset[str]  # its nouns: two clauses about the same thing share one
    quantity: Quantity | None = None
    polarity: bool | None = None  # yes/no claims: True affirmed, False negated
    fact: FactValue | None = None
    fact_similarity: float = 0.0

    def describe(self) -> str:
        if self.quantity is not None:
            return self.quantity.describe()
        return "yes" if self.polarity else "no"

    def disagrees_with_fact(self) -> bool:
        if self.fact is None:
            return False
        if self.quantity is not None and self.fact.quantity is not None:
            return self.quantity.agrees(self.fact.quantity) is False
        return self.polarity is not None and self.polarity != self.fact.polarity


def fact_values(facts: Sequence[Fact], nlp, product_names: set[str]) -> list[FactValue]:
    """Parse each fact's value, and find the words that pick it out. The product's own name
    is not one of them: every sentence of the corpus is about the product."""
    values = []
    for fact, doc in zip(facts, nlp.pipe([f.about for f in facts])):
        keys = frozenset(w for t in doc if t.is_alpha and not t.is_stop
                         for w in _words(t) if w not in WEAK and w not in product_names)
        raw = fact.value.strip().lower()
        polarity = True if raw in YES else False if raw in NO else None
        quantity = None if polarity is not None else parse_value(fact.value)
        head = next((c.root.lemma_.lower() for c in doc.noun_chunks
                     if c.root.pos_ == "NOUN" and c.root.lower_ not in product_names), None)
        names = frozenset(t.lower_ for t in doc if t.i > 0 and t.text[:1].isupper()
                          and not t.text.isupper()) - product_names
        values.append(FactValue(fact, quantity, polarity, keys, head, names))
    return values


def extract_claims(sentences: Sequence, facts: list[FactValue],
                   embedder: Embedder) -> tuple[list[Claim], np.ndarray]:
    """Every quantity and yes/no statement in the corpus, matched to facts where it fits,
    with the embedding of each claim's clause (what it is about)."""
    claims: list[Claim] = []
    headers: dict[int, str] = {}
    for document in dict.fromkeys(s.document for s in sentences):
        headers |= table_headers(document)
    for sentence in sentences:
        if sentence.kind in ("question", "prospect") or sentence.text.endswith("?") or (
                sentence.block.speaker or "").lower() in SKIPPED_SPEAKERS:
            continue
        claims += _quantity_claims(sentence, headers)
        claims += _yes_no_claims(sentence, facts)
    vectors = embedder.embed([c.context for c in claims])
    _match_facts(claims, vectors, facts, embedder)
    return claims, vectors


def shortlist_pairs(claims: list[Claim], vectors: np.ndarray, sentences: Sequence,
                    similarity: float) -> list[tuple[int, int]]:
    """Sentence pairs worth a contradiction check: claims in different assets about the same
    fact, or whose clauses mean the same. Never all pairs: that is where the cost is."""
    if not claims:
        return []
    documents = np.array([id(sentences[c.sentence_index].document) for c in claims])
    found = set(similar_pairs(vectors, similarity, documents))
    by_fact: dict[int, dict[int, int]] = {}  # fact -> document -> its first claim
    for i, claim in enumerate(claims):
        if claim.fact is not None:
            by_fact.setdefault(id(claim.fact), {}).setdefault(documents[i], i)
    found |= {(i, j) for members in by_fact.values() for i in members.values()
              for j in members.values() if i < j}
    pairs = {(min(a, b), max(a, b)) for a, b in ((claims[i].sentence_index,
                                                  claims[j].sentence_index) for i, j in found)}
    return sorted(pairs)


def offset_of(sentence, char: int) -> int:
    """The document-text offset of a character of the sentence's spaCy span."""
    return sentence.block.start + sentence.span.start_char + char


@dataclass(frozen=True)
class ClauseValue:
    """A quantity with the clause that says what it is about."""

    quantity: Quantity
    context: str  # the clause without the value
    lemmas: frozenset[str]
    nouns: frozenset[str]


def clause_values(span: Span) -> list[ClauseValue]:
    """Every quantity of a parsed sentence, each with its own clause."""
    found = []
    for quantity in find_quantities(span.text):
        if quantity.start == 0 and ENUMERATION.match(span.text):
            continue  # "5. Give a brief pitch": a list number, not a value
        tokens = [t for t in span if t.idx - span.start_char < quantity.end
                  and t.idx + len(t) - span.start_char > quantity.start]
        if tokens:
            clause = _clause(tokens, span)
            found.append(ClauseValue(quantity, _text_without(clause, tokens),
                                     _lemmas(clause, tokens), _nouns(clause, tokens)))
    return found


def negated_statement(span: Span) -> bool:
    """Negated at the clause's core: the main verb ("you don't need a card"), its subject or
    object ("No card required"), or "without" on the verb. A contrast on a side phrase
    ("in minutes, not hours"; "before the shift, not after the pay period") is not."""
    root = span.root
    if any(c.dep_ == "neg" or (c.dep_ == "prep" and c.lower_ == "without")
           or (c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in NEGATIVE_SUBJECTS)
           for c in root.children):
        return True
    arguments = [root, *[c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "dobj",
                                                                 "attr")]]
    return any(g.dep_ == "det" and g.lower_ in ("no", "zero") for a in arguments
               for g in a.children)


def _quantity_claims(sentence, headers: dict[int, str]) -> list[Claim]:
    """The sentence's values; a table cell's clause is its row and column headers."""
    header = headers.get(id(sentence.block), "")
    words = frozenset(w.lower() for w in re.findall(r"[A-Za-z]+", header))
    return [Claim(sentence.index, offset_of(sentence, v.quantity.start),
                  offset_of(sentence, v.quantity.end), f"{header} {v.context}".strip(),
                  v.lemmas | words, v.nouns | (words - WEAK), quantity=v.quantity)
            for v in clause_values(sentence.span)]


def table_headers(document) -> dict[int, str]:
    """For each table cell of a document (by block id), its row and column headers.

    Cells come as consecutive blocks; a table row is one source line (Markdown tables and
    the usual one-row-a-line HTML); the first row holds the column headers and the first
    cell of each row its row header ("Price | $4 per employee per month")."""
    headers: dict[int, str] = {}
    rows: list[list] = []

    def flush() -> None:
        if len(rows) > 1:
            for row in rows:
                shift = max(0, len(row) - len(rows[0]))  # an empty top-left corner cell
                for column, block in enumerate(row):
                    top = column - shift
                    names = [rows[0][top] if 0 <= top < len(rows[0]) else None, row[0]]
                    headers[id(block)] = " ".join(
                        document.text[b.start:b.end] for b in names if b is not None
                        and b is not block)
        rows.clear()

    last_line = None
    for block in document.prose.blocks:
        if block.kind != "table_cell":
            flush()
            last_line = None
            continue
        line = document.position(block.start, block.start + 1)[0]
        if line != last_line:
            rows.append([])
            last_line = line
        rows[-1].append(block)
    flush()
    return headers


def _yes_no_claims(sentence, facts: list[FactValue]) -> list[Claim]:
    span: Span = sentence.span
    found = []
    for fact in facts:
        if fact.polarity is None or fact.head_lemma is None:
            continue
        for token in span:
            if token.lemma_.lower() != fact.head_lemma:
                continue
            clause = _clause([token], span)
            start = token.idx - span.start_char
            found.append(Claim(sentence.index, offset_of(sentence, start),
                               offset_of(sentence, start + len(token)), _text_without(clause, []),
                               _lemmas(clause, []), _nouns(clause, []),
                               polarity=not _negated(token, clause)))
            break
    return found


def _match_facts(claims: list[Claim], context_vectors: np.ndarray, facts: list[FactValue],
                 embedder: Embedder) -> None:
    """Tie each claim to the fact its clause is about: a shared key word, then meaning."""
    if not claims or not facts:
        return
    about_vectors = embedder.embed([f.fact.about for f in facts])
    similarity = context_vectors @ about_vectors.T
    for i, claim in enumerate(claims):
        best, best_score = None, 0.0
        for j, fact in enumerate(facts):
            if (not _same_kind(claim, fact) or not fact.key_lemmas & claim.lemmas
                    or not fact.names <= claim.lemmas):
                continue
            score = float(similarity[i, j]) + 0.1 * len(fact.key_lemmas & claim.lemmas)
            if similarity[i, j] >= MATCH_SIMILARITY and score > best_score:
                best, best_score = fact, score
        if best is not None:
            claim.fact = best
            claim.fact_similarity = float(similarity[i, facts.index(best)])


def _same_kind(claim: Claim, fact: FactValue) -> bool:
    """Comparable values on the same scale: "ninety seconds" is not a wrong 30-day
    retention period, it is about something else."""
    if claim.quantity is not None and fact.quantity is not None:
        return (claim.quantity.agrees(fact.quantity) is not None
                and _same_scale(claim.quantity, fact.quantity))
    return claim.polarity is not None and fact.polarity is not None


def _same_scale(a: Quantity, b: Quantity) -> bool:
    if a.kind not in ("duration", "count"):
        return True
    values = [abs(v) for v in (a.low, a.high, b.low, b.high) if v]
    return not values or max(values) / min(values) <= SCALE_RATIO


def _clause(tokens: list[Token], span: Span) -> list[Token]:
    """The clause holding the tokens: the subtree of their nearest verb, without the other
    conjoined clauses ("Essentials is $4, and Pro is $7": two clauses, two subjects)."""
    anchor = next((t for t in tokens if t.head not in tokens or t.head == t), tokens[0])
    head = anchor
    while head.pos_ not in ("VERB", "AUX") and head.head != head and _inside(head.head, span):
        head = head.head
    value = set(tokens)
    other_clauses: set[Token] = set()
    for token in head.subtree:
        if (token != head and token.dep_ == "conj" and token.pos_ in ("VERB", "AUX")
                and not set(token.subtree) & value):
            other_clauses |= set(token.subtree)
    clause = [t for t in head.subtree if t not in other_clauses and _inside(t, span)]
    return clause or list(span)


def _inside(token: Token, span: Span) -> bool:
    return span.start <= token.i < span.end


def _negated(token: Token, clause: list[Token]) -> bool:
    """'No credit card required', 'without a card', "you don't need a card"."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "zero") for c in token.children):
        return True
    return any(t.lower_ in NEGATIONS or t.dep_ == "neg" for t in clause)


def _text_without(clause: list[Token], value: list[Token]) -> str:
    skip = set(value)
    return " ".join(t.text for t in clause if t not in skip)


def _nouns(clause: list[Token], value: list[Token]) -> frozenset[str]:
    skip = set(value)
    return frozenset(t.lemma_.lower() for t in clause if t not in skip
                     and t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() not in WEAK)


def _lemmas(clause: list[Token], value: list[Token]) -> frozenset[str]:
    skip = set(value)
    return frozenset(w for t in clause if t not in skip and t.is_alpha for w in _words(t))


def _words(token: Token) -> tuple[str, str]:
    """Lemma and lower-cased form: the lemmatizer reads "Essentials" (a plan) as "essential"."""
    return token.lemma_.lower(), token.lower_

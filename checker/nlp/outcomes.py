"""Outcomes promised with a number: "revenue up 35%", "cut your fuel bill in half".

A number is a promise. "Expect your monthly revenue to climb by a third" commits the company
to a result; when the positioning never speaks of revenue, that is drift, however close
"revenue" sits to the approved "more bookings". So drift reads, in each claim, what is said
to change and by how much, and the thing that changes (the metric) must be something the
positioning itself talks about.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

# Verbs of change: what they change is their object ("cut your bill") or, used on their own,
# their subject ("revenue climbs").
CHANGE_VERBS = set("""increase grow rise climb double triple quadruple boost lift raise improve
gain jump soar multiply skyrocket cut reduce lower halve drop fall decrease shrink slash
decline""".split())
SELF_SIZING = {"double", "triple", "quadruple", "halve"}  # the verb is the amount
# Words that size a change relative to what it was: "in half", "by a third", "twice as many".
AMOUNT_WORDS = {"half", "third", "quarter", "fifth", "tenth", "double", "twice", "triple",
                "%", "percent", "fold", "points"}
COMPARATIVES = {"more", "fewer", "less", "higher", "lower", "bigger", "larger"}


def promised_metrics(span: Span) -> list[Token]:
    """The head nouns of what the sentence promises will change by a stated amount."""
    found: list[Token] = []
    for token in span:
        lemma = token.lemma_.lower()
        if (token.pos_ == "VERB" and lemma in CHANGE_VERBS and _sized(token)) or (
                lemma in SELF_SIZING and token.pos_ in ("VERB", "ADJ", "ADV")
                and not any(c.lower_ == "as" for c in token.children)):  # "doubles as"
            metric = _what_changes(token)  # "lifts occupancy by 15%", "revenue double"
        elif token.lower_ in ("up", "down") and _sized(token):
            metric = token.head if token.head.pos_ == "NOUN" else _object(token.head)
        elif token.lower_ in COMPARATIVES and token.head.pos_ == "NOUN" and _sized(token):
            metric = token.head  # "35% more donations", "twice as many bookings"
        else:
            continue
        if metric is not None:
            found.append(metric)
    return [m for m in dict.fromkeys(found) if m.pos_ in ("NOUN", "PROPN")]


def _sized(token: Token) -> bool:
    """A relative amount hangs off the change: "by 35%", "in half", "by a third", "by $200".
    Not a count ("up from 2,000 scans") and not one inside the subject ("replies longer than
    1,000 characters are cut off")."""
    subject = {t.i for c in token.children if c.dep_ in ("nsubj", "nsubjpass")
               for t in c.subtree}
    return any(t.ent_type_ in ("PERCENT", "MONEY") or t.lower_ in AMOUNT_WORDS
               for t in token.subtree if t is not token and t.i not in subject)


def _what_changes(verb: Token) -> Token | None:
    """The object of a transitive change ("lifts occupancy"), else its subject ("revenue
    climbs"), else the object of the verb it completes ("expect your revenue to climb",
    "see their revenue double")."""
    for deps in (("dobj",), ("nsubj", "nsubjpass")):
        for child in verb.children:
            if child.dep_ in deps and child.pos_ in ("NOUN", "PROPN") and not child.like_num:
                return child
    return _object(verb.head) if verb.dep_ in ("xcomp", "ccomp") else None


def _object(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")),
                None)

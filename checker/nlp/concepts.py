"""What a claim is about, phrase by phrase, and which sentences speak for the product.

Whole-sentence similarity cannot tell an off-message claim from an on-message one: both
share the domain's words ("Kestrel also files your payroll taxes" is close to a pillar about
labor cost). What gives drift away is a concept the positioning never mentions. So a claim
is broken into its key noun phrases (no names, numbers, dates, pronouns or filler), and each
phrase is matched to the positioning's own phrases, by words first and then by meaning
(checker.nlp.vocabulary). The claim is as supported as its least supported phrase.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span

from checker.nlp.outcomes import promised_metrics
from checker.nlp.promises import PARTS, leading_label

# Entities are facts about the world (people, places, dates, amounts), not capabilities.
ENTITY_LABELS = {"PERSON", "ORG", "GPE", "LOC", "DATE", "TIME", "MONEY", "PERCENT", "CARDINAL",
                 "ORDINAL", "QUANTITY", "NORP", "FAC", "EVENT", "LANGUAGE", "LAW",
                 "WORK_OF_ART"}

# Words every business writes: on their own they carry no capability or benefit.
GENERIC = set("""team teams week weeks day days time times people business businesses customer
customers way ways thing things year years month months hour hours minute minutes lot lots
everything everyone something anything part kind place work job jobs news bonus end step today
tomorrow tonight morning night question questions answer answers problem problems idea ideas
number numbers result results company companies user users product products feature features
tool tools solution solutions platform software app option options plan plans help fact case
sense point bit deal sort type matter reason reasons detail details example examples news way
difference average line rest head person handful moment gap eye world size words lots
plenty focus match blog post article guide video ebook newsletter podcast episode link page
website site zone zones timezone""".split())

# Adjectives that praise or date a thing without saying what it is.
PUFFERY = set("""new old great best better big bigger small smaller full whole entire real
simple easy easier quick quicker fast faster modern cutting-edge cutting edge leading powerful
amazing awesome incredible latest first next last favourite favorite good top wrong""".split())
# Adjectives that describe how a thing is (size, number, sameness, quality), not which thing
# it is: "weak connections" are connections, "separate columns" columns, "older iPads" iPads.
DESCRIPTIVE = set("""different similar same other another extra additional separate multiple
several various certain common rare odd usual typical particular main final initial short
shorter long longer little large larger huge tiny weak strong plain clear clean tidy nice bad
right wide narrow deep shallow high higher low lower late early faint bright dark blank empty
open closed unread unlimited practical manual vast slow slower quiet loud heavy light busy
specific exact rough precise original previous current recent proper nearby obvious""".split())

# An outcome promised outright is off-message wherever the positioning never uses the word.
GUARANTEE = "guarantee"
PROMISES = {GUARANTEE, "certify", "clinically"}

# Labels of a profile line: what follows describes a customer or a person, not the product.
PROFILE_LABELS = {"company", "customer", "client", "industry", "location", "headquarters",
                  "hq", "employees", "founded", "size", "segment", "region", "role", "title",
                  "speaker", "host", "author", "attendees", "audience", "targeting", "target"}

# Sentences that speak for the product: they name it or speak as the company.
FIRST_PERSON_PLURAL = {"we", "our", "us", "ours", "we're", "we've", "we'll"}


@dataclass(frozen=True)
class Concept:
    text: str
    lemmas: frozenset[str]
    outcome: bool = False  # what the claim promises will change by a number (outcomes.py)
    identity: bool = False  # what the product is said to be: "Goodfolk is the X app"


def product_words(product: str, company: str) -> set[str]:
    words = {w.lower() for w in re.findall(r"[A-Za-z][\w'-]+", f"{product} {company}")}
    return words - {"inc", "ltd", "llc", "labs", "the", "co", "systems", "software", "group"}


def speaks_for_product(span: Span, names: set[str]) -> str | None:
    """How a sentence speaks for the product: "named" (it names the product), "implied"
    (it speaks as "we", or is a feature bullet: "Encrypts every log line.") or None.
    An instruction to the reader ("Paste this snippet into our wiki") is not a claim for
    the product unless it names it."""
    names_it = any(t.lower_ in names for t in span)
    root = span.root
    subjectless = not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    if names_it:
        return "named"
    if subjectless and root.tag_ == "VB":
        return None
    if (subjectless and root.tag_ == "VBZ") or any(
            t.lower_ in FIRST_PERSON_PLURAL and (t.dep_ in ("nsubj", "nsubjpass") or (
                t.dep_ == "poss" and _in_subject(t))) for t in span):
        return "implied"
    return None


def _in_subject(token) -> bool:
    """Part of a clause's subject: "our customers see…", "plenty of our users are…"."""
    return any(a.dep_ in ("nsubj", "nsubjpass") for a in [token, *token.ancestors])


GENERIC_VERBS = set("""be have get make help give let use do take keep go come see know want
need say tell show try start put set find look work mean call ask run solve seem""".split())
CONDITIONS = {"if", "unless", "whether"}


def _conditional(token) -> bool:
    """Inside an "if" clause: a hypothesis, not a claim ("if it seems relevant, …")."""
    return any(a.dep_ in ("advcl", "ccomp") and any(c.dep_ == "mark" and c.lower_ in CONDITIONS
                                                    for c in a.children)
               for a in [token, *token.ancestors])


def predicates(span: Span, names: set[str]) -> list[Concept]:
    """What the sentence says the product does: its verbs with their objects ("replace POS",
    "file payroll taxes"), so that a new capability on familiar nouns is seen too."""
    found = []
    for verb in span:
        if (verb.pos_ != "VERB" or verb.lemma_.lower() in GENERIC_VERBS | PROMISES
                or not _product_does(verb, names) or _conditional(verb)
                or _negated(verb, names)):
            continue
        action = verb.lemma_.lower()
        found.append(Concept(action, frozenset({action})))  # the action on its own: "hire"
        objects = [c for c in verb.children if c.dep_ in ("dobj", "attr", "oprd")]
        for obj in objects:
            words = [t for t in obj.subtree if t.pos_ in ("NOUN", "PROPN", "ADJ")
                     and not t.is_stop and t.lower_ not in names and t.lower_ not in PUFFERY
                     and not (t.pos_ == "ADJ" and t.lower_ in DESCRIPTIVE)
                     and t.ent_type_ not in
                     ENTITY_LABELS and "{" not in t.text and "_" not in t.text]
            if words:
                tokens = [verb, *words]
                found.append(Concept(" ".join(t.text for t in tokens),
                                     frozenset(lemma_of(t) for t in tokens)))
    return found


def _product_does(verb, names: set[str]) -> bool:
    """The verb's subject is the product, "we" or "it" (or it is conjoined to such a verb),
    or the product is the tool it is done with ("customers use Kestrel to replace their POS")."""
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    if _done_by_product(verb, names):
        return True
    if any(c.lemma_.lower() in PARTS for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")):
        return True  # a part of the product: "the clause library now rewrites…"
    return verb.dep_ in ("xcomp", "advcl") and verb.head.lemma_ == "use" and any(
        c.dep_ == "dobj" and c.lower_ in names for c in verb.head.children)


def concepts(span: Span, names: set[str], heads: bool = True) -> list[Concept]:
    """The key noun phrases of a sentence, stripped of names, numbers and filler words, and
    (with `heads`) the head noun of each phrase on its own: "landlord insurance" is about
    insurance, whatever the positioning says about landlords."""
    subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and subject.ent_type_ == "PERSON" and not any(
            t.lower_ in names for t in subject.subtree):
        return []  # about a person: "Renee leads compliance at Kestrel Labs."
    found = predicates(span, names)
    found += [Concept(word, frozenset({word})) for word in dict.fromkeys(
        _promise(t) for t in span) if word and word not in {c.text for c in found}]
    label = _label_end(span)
    metrics = promised_metrics(span)
    identities = _identities(span, names)
    for chunk in span.noun_chunks:
        if (chunk.start < label or _conditional(chunk.root) or _negated(chunk.root, names)
                or _said_of_something_else(chunk.root, names)):
            continue
        for part in _conjuncts(chunk):
            concept = _phrase(part, names)
            if concept is not None:
                identity = part.root in identities
                outcome = not identity and any(m in part for m in metrics)
                found.append(replace(concept, outcome=outcome, identity=identity))
                head = part.root
                if heads and len(concept.lemmas) > 1 and head.pos_ == "NOUN" and head in part:
                    found.append(Concept(head.text, frozenset({lemma_of(head)})))
    return found


def _identities(span: Span, names: set[str]) -> set:
    """The heads of what the product is said to be: "Goodfolk is the volunteer scheduling
    app", "We're the HVAC software that…", "Parcelback: the all-in-one returns platform",
    "Guestmark, the property management system for hotels"."""
    found = set()
    for token in span:
        if token.pos_ not in ("NOUN", "PROPN"):
            continue
        head = token.head
        # the tagger often takes an unknown product name for an adverb: look left too
        before = [c for c in head.children if c.i < token.i and c.dep_ in
                  ("nsubj", "nsubjpass", "advmod", "npadvmod")]
        named = any(_is_product(t, names) for c in before for t in c.subtree)
        if ((token.dep_ == "attr" and head.lemma_ == "be" and named)
                or (token.dep_ == "appos" and head.lower_ in names)
                or (token.dep_ == "ROOT" and any(  # "Parcelback, the all-in-one…"
                    c.lower_ in names and c.i < token.i and c.nbor(1).text in (",", ":", "\u2014")
                    for c in token.children))):
            found.add(token)
    return found


def _promise(token) -> str | None:
    """"We guarantee…", "…, guaranteed.", "or your money back", "clinically shown",
    "certified to reduce…": an outcome promised outright, as the word the positioning would
    have to use to back it; None for any other token."""
    lemma = lemma_of(token)
    if token.lower_ == "back" and _money_back(token):
        lemma = GUARANTEE
    if lemma not in PROMISES or _negated(token) or _conditional(token):
        return None
    before = token.doc[max(token.i - 3, 0):token.i]
    if any(t.lower_ in ("not", "never", "n't", "no") for t in before):
        return None  # "not what it guarantees"
    return lemma


def _money_back(back) -> bool:
    """"or your money back", "money-back": a refund promised; not "send the money back"."""
    doc = back.doc
    money = back.i - 2 if back.i > 1 and doc[back.i - 1].text == "-" else back.i - 1
    if money < 0 or doc[money].lower_ != "money":
        return False
    return (money > 0 and doc[money - 1].lower_ == "your") or doc[money + 1].text == "-"


def _conjuncts(chunk: Span) -> list[Span]:
    """"payroll and staff rota scheduling" is two things, each of which can drift."""
    cuts = [t.i for t in chunk if t.dep_ == "cc" or t.text == ","]
    bounds = [chunk.start, *cuts, chunk.end]
    doc = chunk.doc
    return [doc[a + (a in cuts):b] for a, b in zip(bounds, bounds[1:]) if b > a + (a in cuts)]


def _phrase(chunk: Span, names: set[str]) -> Concept | None:
    """A noun phrase as a concept: its content words, or None when nothing is left."""
    tokens = [t for t in chunk if t.pos_ in ("NOUN", "PROPN", "ADJ") and not (
        t.is_stop or t.lower_ in names or t.lower_ in PUFFERY
        or (t.pos_ == "ADJ" and t.lower_ in DESCRIPTIVE)
        or (t.ent_type_ in ENTITY_LABELS and not _acronym(t))
        or not any(c.isalpha() for c in t.text) or "{" in t.text or "_" in t.text)]
    # Names the tagger did not mark (a customer, a competitor, a city) are not capabilities:
    # "Fernhill grades" is about grading, "Harbor Street story" is a story.
    tokens = [t for t in tokens if t.pos_ != "PROPN" or _acronym(t)]
    if not tokens:
        return None
    lemmas = frozenset(lemma_of(t) for t in tokens)
    nouns = {t.lemma_.lower() for t in tokens if t.pos_ == "NOUN"}
    if not (nouns or lemmas) <= GENERIC:
        return Concept(" ".join(t.text for t in tokens), lemmas)
    return None


def _acronym(token) -> bool:
    """A category that goes by its initials ("CRM", "ERP", "POS"), which the tagger often
    takes for an organisation."""
    return (token.ent_type_ in ("ORG", "PRODUCT", "") and token.text.isalpha()
            and token.text.isupper() and 3 <= len(token.text) <= 4)


def _negated(token, names: frozenset[str] | set[str] = frozenset()) -> bool:
    """After "without", in a clause that says no ("we don't do inventory", "no more
    binders"), or in a sentence whose main say is a no ("We don't offer fax, so offices
    keep a fax service"; "ClassPad has a marketplace; we don't"): what the product does not
    do or takes away is not a claim that it does it. A clause of its own where the product
    does something still counts: "it stores patient charts, so the desk no longer needs a
    records system"."""
    if any(t.lower_ == "no" and t.i < token.i for t in token.subtree):
        return True  # "no more binders", "no group chats"
    if any(a.lower_ == "without" for a in token.ancestors):
        return True  # "without touching a spreadsheet", "without a truck roll"
    clause = None
    for head in [token, *token.ancestors]:
        if _says_no(head):
            return True
        if head.pos_ in ("VERB", "AUX") and head.dep_ not in ("xcomp", "conj", "aux"):
            clause = head
            break
    if clause is not None and _done_by_product(clause, names):
        return False
    return any(_says_no(verb) and (verb.dep_ == "ROOT" or _done_by_product(verb, names))
               for verb in token.sent if verb.pos_ in ("VERB", "AUX"))


def _says_no(head) -> bool:
    """The clause says no, and not as a promise to the reader: "you'll never chase paperwork
    again" promises an absence, it does not deny what the product does."""
    if any(s.dep_ in ("nsubj", "nsubjpass") and (s.lower_ == "you" or any(
            c.dep_ == "poss" and c.lower_ == "your" for c in s.children)) for s in head.children):
        return False
    return any(c.dep_ == "neg" or (c.lower_ == "longer" and c.i > 0 and c.nbor(-1).lower_ == "no")
               for c in head.children)


def _done_by_product(verb, names) -> bool:
    """The clause's subject is the product, "we" or "it"."""
    return any(_is_product(t, names) for s in verb.children
               if s.dep_ in ("nsubj", "nsubjpass") for t in s.subtree)


def _is_product(token, names) -> bool:
    return token.lower_ in names or token.lower_ in ("we", "it")


def _label_end(span: Span) -> int:
    """Where a leading label ends ("Headline:", "Targeting notes:"): the label names a field
    of the copy, not something the product does. After a profile label ("Company:") the
    whole line is about someone else."""
    label = leading_label(span)
    if label is None:
        return span.start
    return span.end if label[0] in PROFILE_LABELS else label[1]


def _said_of_something_else(token, names: set[str]) -> bool:
    """Inside an adverbial clause about another subject ("when the menu brings in more
    guests", "because their GMs quit"): background, not a claim for the product. Other
    clauses are not skipped: "built for agencies that watch their clients' sites" says who
    the product is for, and that can drift; a parse of the main clause is too often wrong
    to trust its subject."""
    for head in [token, *token.ancestors]:
        if head.pos_ in ("VERB", "AUX") and head.dep_ == "advcl":
            subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
            return bool(subjects) and not any(
                t.lower_ in names or t.lower_ in FIRST_PERSON_PLURAL or t.lower_ == "it"
                for s in subjects for t in s.subtree)
    return False


def lemma_of(token) -> str:
    """Lower-case lemma; an acronym's plural ("GMs") becomes the acronym ("gm")."""
    text = token.text
    if len(text) >= 3 and text[:-1].isupper() and text.endswith("s"):
        return text[:-1].lower()
    lemma = token.lemma_.lower()
    return "certify" if lemma == "certified" else lemma  # the tagger goes either way

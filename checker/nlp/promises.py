"""Sentences that promise something for the product without naming it or saying "we".

Copy speaks for the product in more ways than "Kestrel does X": a feature bullet
("Automatic tax filing in 40 countries"), an ad headline, "it" once the product is the
topic, one of its parts ("the scanner app controls…", "Renewal alerts now…"), or what the
reader will get ("your pages will climb in Google", "teams that switch cut their costs").
These can drift too, so drift looks at them; other rules keep to claims that name the
product or speak as "we". A "we" offer to do something for the reader ("we can build your
website for you") speaks for the product whatever its topic.
"""

from __future__ import annotations

from spacy.tokens import Span

# Nouns that name a part of a product when they are the subject: "the booking page now…".
PARTS = set("""app apps module modules portal dashboard engine feature integration platform
system assistant scanner api plugin add-on extension widget library workflow agent collector
sensor device tracker camera page checklist editor builder bot copilot algorithm inbox console hub
suite kit tool tools plan plans tier tiers edition subscription""".split())

# Who gets the benefit, when the sentence promises an outcome without naming the product.
ADOPTERS = set("""team customer brand clinic practice company business fleet user shop store
restaurant operator firm organisation organization department agency school""".split())
ADOPTING = {"switch", "use", "join", "move", "adopt", "sign", "start", "roll", "upgrade", "make",
            "come", "bring", "try"}
PROMISING = {"will", "'ll", "can", "wo"}

# Labels of ad and page copy: what follows them is the product's own copy.
COPY_LABELS = {"headline", "subheadline", "subhead", "tagline", "body", "description", "hook",
               "caption", "h1", "h2", "h3", "title", "subtitle", "text", "primary"}


def implied_promise(span: Span, block_kind: str, after_product: bool,
                    feature_names: set[str]) -> str | None:
    """How a sentence that neither names the product nor says "we" still speaks for it:
    "feature", "label", "it", "part" or "outcome"; None when it does not.
    `after_product`: the product was spoken of earlier in the same document.
    `feature_names`: the lemmas of the pillars' names ("renewal alerts")."""
    words = [t for t in span if t.is_alpha]
    if _copy_label(span) and len(words) >= 4:  # "Headline 1: Guaranteed Top-10 App Ranking"
        return "label"
    if len(words) < 5:
        return None
    subject = next((t for t in span if t.dep_ in ("nsubj", "nsubjpass")), None)
    # A tip ("Drop the dollar signs.") or an agenda item ("Exporting the day to Xero") is
    # not a feature, and neither is an aside in brackets.
    root = span.root
    command = root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass")
                                            for c in root.children)
    activity = command or span[0].tag_ == "VBG"
    aside = span.text.startswith("(") and span.text.endswith(")")
    if block_kind == "list_item" and not (activity or aside or _someone(subject)):
        return "feature"
    if command:
        # "Switch your box office and watch your room climb the local rankings."
        readers = any(t.lower_ in ("your", "you") for t in span)
        return "outcome" if readers and after_product else None
    if subject is None:
        return None
    if subject.lower_ == "it":
        return "it" if after_product and not _expletive(subject.head) else None
    if _outcome(span, subject):
        return "outcome"
    phrase = {t.lemma_.lower() for t in subject.subtree if t.is_alpha and not t.is_stop}
    if subject.lemma_.lower() in PARTS or (phrase and phrase <= feature_names):
        return "part"
    return None


def offers_service(span: Span) -> bool:
    """"We can build your website and run your ads", "we'll file your reports for you": the
    company offers to do something for the reader, whatever the topic."""
    for verb in span:
        if verb.pos_ != "VERB" or not any(c.dep_ == "nsubj" and c.lower_ == "we"
                                          for c in verb.children):
            continue
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            if any(p.dep_ == "poss" and p.lower_ == "your" for p in obj.children):
                return True
        if any(c.dep_ == "prep" and c.lower_ == "for" and any(g.lower_ == "you" for g in
                                                                c.children) for c in verb.children):
            return True
    return False


def _someone(subject) -> bool:
    """A bullet about a person or a named company is a story, not a feature."""
    return subject is not None and (
        subject.lower_ in ("i", "you", "he", "she", "they", "we", "my", "your")
        or subject.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subject.pos_ == "PROPN")


def _outcome(span: Span, subject) -> bool:
    """"You'll see…", "Your team will never…", "Teams that switch cut…"."""
    verb = subject.head
    modal = any(c.dep_ == "aux" and c.lower_ in PROMISING for c in verb.children)
    readers = subject.lower_ == "you" or any(c.dep_ == "poss" and c.lower_ == "your"
                                             for c in subject.children)
    done_for_you = subject.dep_ == "nsubjpass"  # "your HACCP records are kept in one place"
    if readers and (modal or done_for_you):
        return True
    first = span[:4]
    return (len(first) > 2 and first[0].lemma_.lower() in ADOPTERS
            and first[1].lower_ in ("that", "who")
            and first[2].lemma_.lower() in ADOPTING)


def leading_label(span: Span) -> tuple[str, int] | None:
    """A label the line starts with ("Headline:", "Company:", "Targeting notes:"): its
    first word and where what follows it starts. None when there is none; a colon after a
    verb ends a clause ("Here is what we covered:"), not a label."""
    for token in span[:7]:
        if token.text == ":":
            before = span[:token.i - span.start]
            words = [t.lower_ for t in before if t.is_alpha]
            if not words or any(t.pos_ in ("VERB", "AUX") for t in before):
                return None
            return words[0], token.i + 1
    return None


def _copy_label(span: Span) -> bool:
    """"Headline: The pet owner app your clients will love."""
    label = leading_label(span)
    return label is not None and label[0] in COPY_LABELS


def _expletive(verb) -> bool:
    """"It is easy to see why": "it" stands for what follows, not for the product."""
    return verb.lemma_ == "be" and any(c.dep_ in ("xcomp", "ccomp", "acomp")
                                       for c in verb.children)

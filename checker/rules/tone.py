"""Tone: words the positioning avoids, and pressure that erodes trust."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.en.stop_words import STOP_WORDS

from checker.findings import Finding
from checker.nlp.analysis import Analysis, Sentence
from checker.nlp.phrases import PhraseMatcher
from checker.nlp.quotes import inside, quoted_ranges
from checker.rules import Settings, rule
from checker.rules.pressure_lexicon import TACTICS

NOT_OUR_WORDS = {"prospect"}  # a prospect's line in a call script
CAPITALS = re.compile(r"\b[A-Z][A-Z'\u2019]+(?:[ \t]+[A-Z][A-Z'\u2019]+)+\b")
EXCLAMATIONS = re.compile(r"!(?:\s*!)+")


@rule("tone.avoid", "warning")
def tone_avoid(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A word that `tone.avoid` lists.

    What it does: finds each word or phrase of `tone.avoid` as a whole word, in any case and
    any inflection ("game-changing", "Game changing"; "disrupts" for "disrupt"; the adverb
    "seamlessly" for "seamless", but not a sentence-opening "Ultimately,"), hyphens
    optional. Words inside quotation marks (a customer's or an analyst's own words) and a
    prospect's lines in a call script are left alone.

    Why: hype words make every claim around them less believable, and a brand voice that
    says "revolutionary" on one page and "practical" on the next is not one voice.

    Example: with `tone: {avoid: [cutting-edge]}`, "Our cutting-edge rules engine now covers
    Oregon" is flagged.
    """
    words = analysis.positioning.tone_avoid
    if not words:
        return
    matcher = PhraseMatcher(words, analysis.pipeline.nlp)
    for sentence in _our_sentences(analysis):
        quoted = quoted_ranges(sentence.span.doc.text)
        for match in matcher.find(sentence.span):
            if inside(quoted, match.start, match.end):
                continue
            written = sentence.span.doc.text[match.start:match.end]
            yield settings.finding(
                f"\u201c{written}\u201d is on the positioning's list of words to avoid",
                sentence.location(sentence.block.start + match.start,
                                  sentence.block.start + match.end),
                sentence.document.channel, word=words[match.phrase], sentence=sentence.text)


@rule("tone.pressure", "warning", phrases=[])
def tone_pressure(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """High-pressure tactics: false urgency, scarcity, guilt, shouting.

    What it does: looks in every sentence (calls to action included) for
    - false urgency: invented deadlines ("this price disappears at midnight tonight",
      "sign today", "act now", "last chance");
    - scarcity: "only a handful of onboarding spots left", "almost sold out";
    - guilt or fear: "your competitors are already…", "don't get left behind";
    - shouting: words in capitals, two with a common word or a contraction among them
      ("ACT NOW", "DON'T WAIT") or three and more; acronyms ("HIPAA BAA", the positioning's
      own "POS") do not count; and runs of exclamation marks ("!!").
    The lexicon is data (checker/rules/pressure_lexicon.py); add your own phrases with
    `phrases = ["..."]` (matched as whole words, any case and inflection).
    An honest date ("the webinar is on 4 March", "your quote is valid for 30 days"), a
    customer's words in quotation marks about their own problem, a prospect's line in a
    call script and a heading set in capitals are not pressure.

    Why: pressure wins a signature and loses the customer. It is also the part of a sales
    script that drifts furthest from how marketing talks.

    Example: "Honestly, this price disappears at midnight tonight." is flagged as false
    urgency.
    """
    extra = [str(p) for p in settings.options.get("phrases") or []]
    custom = PhraseMatcher(extra, analysis.pipeline.nlp) if extra else None
    acronyms = _acronyms(analysis)
    for sentence in _our_sentences(analysis):
        text = sentence.span.doc.text
        offset = sentence.start - sentence.block.start  # the sentence within its block
        own = text[offset:offset + len(sentence.text)]
        quoted = quoted_ranges(text)
        hits: list[tuple[int, int, str, str]] = []
        for tactic in TACTICS:
            hits += [(m.start() + offset, m.end() + offset, tactic.name, tactic.why)
                     for m in tactic.pattern.finditer(own)]
        if custom is not None:
            hits += [(m.start, m.end, "pressure", "a phrase this project lists as pressure")
                     for m in custom.find(sentence.span)]
        if sentence.kind != "heading":
            hits += [(m.start() + offset, m.end() + offset, "shouting",
                      "capitals read as shouting") for m in CAPITALS.finditer(own)
                     if _shouted(m.group(), acronyms)]
        hits += [(m.start() + offset, m.end() + offset, "shouting",
                  "a run of exclamation marks") for m in EXCLAMATIONS.finditer(own)]
        taken: list[tuple[int, int]] = []
        for start, end, name, why in sorted(hits):
            if inside(quoted, start, end) or any(a < end and start < b for a, b in taken):
                continue
            taken.append((start, end))
            yield settings.finding(
                f"Pressure ({name}): \u201c{text[start:end]}\u201d \u2014 {why}",
                sentence.location(sentence.block.start + start, sentence.block.start + end),
                sentence.document.channel, tactic=name, found=text[start:end],
                sentence=sentence.text)


def _our_sentences(analysis: Analysis) -> Iterator[Sentence]:
    return (s for s in analysis.sentences if s.kind not in NOT_OUR_WORDS)


def _acronyms(analysis: Analysis) -> set[str]:
    """Words the positioning itself writes in capitals: names, not shouting."""
    p = analysis.positioning
    texts = [p.product, p.company, p.statement, *(t for pl in p.pillars for t in pl.texts()),
             *(f.about for f in p.facts), *(t.use for t in p.terms)]
    return {w for t in texts for w in re.findall(r"\b[A-Z][A-Z0-9]+\b", t)}


def _shouted(run: str, acronyms: set[str]) -> bool:
    """Capitals that shout: words, not acronyms. Two or more capitalised words that are not
    acronyms the positioning uses, with a common word or a contraction among them ("ACT
    NOW", "DON'T WAIT") or three words or more ("LIMITED TIME OFFER"). "HIPAA BAA" is two
    acronyms."""
    words = [w for w in re.split(r"\s+", run) if w not in acronyms]
    common = any(w.lower() in STOP_WORDS or "'" in w or "\u2019" in w for w in words)
    return len(words) >= 3 or (len(words) == 2 and common)

"""Terms: the names the organisation uses for itself and its things."""

from __future__ import annotations

from collections.abc import Iterator

from checker.findings import Finding
from checker.nlp.analysis import Analysis
from checker.nlp.phrases import PhraseMatcher
from checker.nlp.quotes import address_ranges, inside, quoted_ranges
from checker.rules import Settings, rule


@rule("terms.substitute", "warning")
def terms_substitute(analysis: Analysis, settings: Settings) -> Iterator[Finding]:
    """A name that `terms` says to replace, with its replacement.

    What it does: finds every `not` form of each `terms` entry and names the `use` form.
    A form with a capital letter is a proper name ("KShifts", "TAM") and is matched exactly
    as written, so "tam" in "tam o'shanter" or "Tam" as a first name is left alone; a
    lower-case form ("shift trade") matches any case and any inflection ("Shift trades").
    Whole words only, never inside a URL, an e-mail address, a code span or code block, or
    words in quotation marks (a competitor's product name, a customer's own words).

    Why: one product with three names reads as three products. Old names linger in
    templates, and a renamed feature under its old name sends customers looking for
    something that no longer exists.

    Example: with `use: Kestrel Shifts, not: [Kestrel Scheduler]`, "Kestrel Scheduler
    customers can turn on kiosk mode today" is flagged with "use Kestrel Shifts".
    """
    forms = [(term, form) for term in analysis.positioning.terms for form in term.not_]
    if not forms:
        return
    matcher = PhraseMatcher([f for _, f in forms], analysis.pipeline.nlp,
                            exact=[f != f.lower() for _, f in forms])
    uses = [t.use for t in analysis.positioning.terms]
    approved = PhraseMatcher(uses, analysis.pipeline.nlp, exact=[u != u.lower() for u in uses])
    for sentence in analysis.sentences:
        text = sentence.span.doc.text
        protected = quoted_ranges(text) + address_ranges(text)
        taken = [(m.start, m.end) for m in approved.find(sentence.span)]  # the right name
        for match in matcher.find(sentence.span):
            if inside(protected, match.start, match.end) or any(
                    a < match.end and match.start < b for a, b in taken):
                continue
            taken.append((match.start, match.end))
            term, form = forms[match.phrase]
            written = text[match.start:match.end]
            yield settings.finding(
                f"Use \u201c{term.use}\u201d, not \u201c{written}\u201d",
                sentence.location(sentence.block.start + match.start,
                                  sentence.block.start + match.end),
                sentence.document.channel, use=term.use, found=written, term=form,
                sentence=sentence.text)

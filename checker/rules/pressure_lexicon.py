"""High-pressure tactics as data: each pattern names its tactic and says why it pushes.

Patterns are regular expressions, matched case-insensitively on one sentence. They aim at
the pressure, not at the topic: "the webinar is on 4 March" and "your quote is valid for 30
days" are honest dates; "this price disappears at midnight tonight" is false urgency.
A project adds its own phrases with `[rules."tone.pressure"] phrases = [...]`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A deadline close enough to rush a decision; "ends 31 March" or "ends Friday" is a date.
SOON = r"(?:midnight|tonight|today|(?:the )?end of (?:the )?day|eod|in \d+ (?:hours?|minutes?))"
STOCK = r"(?:spots?|seats?|slots?|places?|licen[cs]es?|openings?|spaces?|deals?|units?)"


@dataclass(frozen=True)
class Tactic:
    name: str  # "false urgency", "scarcity", "guilt or fear"
    why: str
    pattern: re.Pattern[str]


def _tactic(name: str, why: str, *patterns: str) -> Tactic:
    joined = "|".join(f"(?:{p})" for p in patterns)
    return Tactic(name, why, re.compile(rf"\b(?:{joined})(?!\w)", re.IGNORECASE))


TACTICS = (
    _tactic(
        "false urgency", "a deadline invented to rush the decision",
        r"act (?:now|fast|quickly|today)",
        r"(?:today|tonight|this week) only",
        r"(?:last|final) chance",
        r"(?<!no )(?<!a )hurry(?: up)?",
        r"don'?t (?:delay|miss out)",
        r"don'?t wait(?= *[.!,;:\u2014\u2013-]| *$| any longer| another)",
        r"before it'?s too late",
        r"now or never",
        r"time is running out|running out of time|the clock is ticking",
        r"(?:this|the|that|our) (?:offer|deal|price|pricing|discount|rate|promo\w*)"
        r" (?:disappears|vanishes|won'?t last|will not last|is gone|goes away|expires|ends)"
        rf"(?: \w+){{0,3}} {SOON}",
        r"(?:offer|deal|price|pricing|discount|rate|promo\w*) (?:disappears|vanishes|"
        r"won'?t last|will not last|goes away)",
        rf"(?:expires?|ends?|closes?|gone) (?:at |by )?{SOON}",
        rf"only (?:valid|available|good|open) (?:until|till|through|for) {SOON}",
        r"limited[- ]time (?:offer|only|deal|pricing|discount)",
        r"(?:before|by) (?:midnight|tonight)",
        r"(?:offer|deal|price|pricing|discount|rate) (?:is|are|will be) gone"
        r"(?: for good| forever)?",
        r"gone for good",
        r"(?:this|these prices|this price|this offer) won'?t last",
        r"every (?:day|week|month|hour) you wait",
        rf"(?:sign|decide|commit|buy|order|upgrade|lock (?:it |this |that )?in)(?! up)"
        rf"(?: \w+){{0,3}} (?:today|tonight|right now|immediately|by {SOON})",
        r"prices? (?:goes|go|will go|is going) up(?: \w+){0,3} unless",
    ),
    _tactic(
        "scarcity", "a shortage claimed to force a quick yes",
        rf"only (?:\w+ ){{0,5}}{STOCK} (?:left|remaining)",
        rf"(?:a few|a handful of|limited|last|few|two|three|\d+) (?:\w+ )?{STOCK}"
        r" (?:left|remaining)",
        r"(?:almost|nearly|practically) (?:gone|sold out|full|booked)",
        r"(?:selling|filling|going) (?:out |up )?fast",
        r"while (?:supplies|stocks?|spots|seats|it|they) lasts?",
        rf"limited (?:supply|{STOCK})",
        r"first come,? first served",
        r"(?:spots|seats|slots|places) are limited",
    ),
    _tactic(
        "guilt or fear", "shame or fear of missing out instead of a reason",
        r"(?:your|the) competitors? (?:are|is) already",
        r"don'?t (?:get|be) left behind|don'?t fall behind",
        r"can you (?:really )?afford (?:not to|to wait|to lose|to miss|to ignore)",
        r"what are you waiting for",
        r"you'?ll (?:regret|be sorry)",
        r"(?:everyone|everybody) (?:else )?is (?:already )?(?:using|switching|moving)",
        r"i'?d hate (?:for you|to see you) to (?:miss|lose)",
        r"i'?d hate for (?:you|yours|your \w+) to be the (?:one|last|only)",
        r"if you (?:really )?cared? about",
        r"(?:do ?n'?t|do not) you care about",
        r"only a fool",
    ),
)

"""Which sentences claim something, and why the others don't.

Drift is only meaningful for sentences that assert something about the product or its
benefits. Greetings, sign-offs, calls to action, logistics, offers to help, questions,
headings and a rep's small talk never drift, however far they are from the pillars.
The lexicons are data; the checks that need the parse are small functions.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

CLAIM = "claim"

PROSPECT_SPEAKERS = {"prospect", "customer", "client", "buyer", "lead", "them", "caller",
                     "gatekeeper", "receptionist", "objection", "p", "q"}

GREETING = re.compile(
    r"^(hi|hello|hey|dear|greetings|good (morning|afternoon|evening)|happy (monday|tuesday|"
    r"wednesday|thursday|friday|holidays|new year|[\w' -]{0,20}\b(day|weekend|birthday|"
    r"anniversary|christmas|easter|thanksgiving|diwali|eid|hanukkah))|welcome (back|aboard)|"
    r"thanks? (you )?(so "
    r"much )?for (taking|your|the|joining|making|reaching|getting|chatting|coming|being|"
    r"signing|registering|attending|reading|downloading|a great)|(i )?hope (you|this|all|"
    r"your|everything|the)|great (to|chatting|speaking|meeting|talking|connecting)|it was "
    r"(great|good|nice|a pleasure|lovely)|nice (to|meeting|chatting)|pleasure (to|meeting))\b",
    re.IGNORECASE)

SIGNOFF = re.compile(
    r"^(best|cheers|regards|kind regards|warm regards|warmly|thanks|thank you|many thanks|"
    r"talk soon|speak soon|all the best|sincerely|yours|looking forward|have a (great|good|"
    r"nice|lovely)|enjoy (the|your) (rest|weekend)|take care|until (next time|then)|see you)\b",
    re.IGNORECASE)

# "By Dan Whitcombe, co-founder of Crumbline, who…": who wrote it, not what the product does.
BYLINE = re.compile(
    r"^(?:[Ww]ritten |[Pp]osted |[Ww]ords )?[Bb]y [A-Z][\w'.-]+(?: [A-Z][\w'.-]+)+\b")

LOGISTICS = re.compile(
    r"\b(calendar (invite|invitation|link|hold|request)|(on|in) (my|your|the) calendar|invite|"
    r"invitation|zoom|teams link|meeting link|agenda|time slot|reschedul\w*|"
    r"dial[- ]in|i'?ll (send|share|forward|follow up|circle back|loop|reach|call|email|drop|"
    r"put|set)|i will (send|share|forward|follow up|call|email)|i'?ve attached|attached (is|"
    r"are|you'll)|(please )?find attached|let me know|feel free|reach out|just reply|hit "
    r"reply|reply (to|with|here)|my (calendar|number|email|cell|direct line)|book (a|some) "
    r"time|grab (a|some) time|hop on|jump on|(works|work) for you|does (that|this|\w+day)|"
    r"reach (me|us) (at|on)|call me (at|on)|\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|"
    r"recording|slides|registration|register|rsvp|save (your|a) (seat|spot)|doors open|"
    r"webinar starts|starts at|join us (on|at|live)|(mon|tues|wednes|thurs|fri)day at)\b",
    re.IGNORECASE)

# "6:30: Doors open", "1:30 pm - Panel": an agenda line says when, not what the product does.
AGENDA = re.compile(r"^\d{1,2}(:\d{2})?\s*(am|pm|a\.m\.|p\.m\.)?\s*[:\-\u2013\u2014|]\s",
                    re.IGNORECASE)

# "Fixed a bug where…": a release note's repair, not a capability the copy promises.
FIX = re.compile(r"^(fixed|fixes|fix:|bug ?fix(es)?:?|resolved|patched)\s", re.IGNORECASE)

# Company news: hiring and funding say what the company does, not what the product offers.
NEWS = re.compile(
    r"\b(we're hiring|we are hiring|is hiring|are hiring|join our team|(is|are) looking for "
    r"(a|an|two|three|four|\d+) [\w -]{0,40}(engineers?|managers?|designers?|developers?|"
    r"reps?|specialists?|leads?|marketers?|writers?)\b|series [a-e]\b|(seed|funding) round|"
    r"raised? \$[\d.,]+ ?(k|m|bn|million|billion))", re.IGNORECASE)

MEETING_WORDS = {"call", "meeting", "demo", "webinar", "session", "chat", "slot", "invite",
                 "calendar", "event", "workshop", "walkthrough", "catch-up", "sync",
                 "conversation", "livestream", "appointment"}

OFFER = re.compile(
    r"\b((happy|glad|delighted|here) to (help|walk|show|answer|set|share|chat|jump|hop|"
    r"connect|dig|talk)|(i|we)('d| would) (love|like|be happy|be glad) to|let me|let's|"
    r"want me to|if (it|that) (helps|would help|makes sense)|no pressure|either way|"
    r"in the meantime|if you have (any )?questions|any questions)\b",
    re.IGNORECASE)

CTA_VERBS = {"book", "start", "sign", "try", "get", "join", "register", "reply", "click",
             "download", "schedule", "request", "see", "learn", "grab", "watch", "visit",
             "call", "contact", "claim", "read", "check", "explore", "follow", "subscribe",
             "tap", "reserve", "apply", "talk", "chat", "ask", "email", "text", "head", "come",
             "give", "take", "find", "discover"}

# An imperative is a call to action when it points at the funnel, not at a benefit:
# "Book a demo" is a CTA; "Cut overtime in half" is a claim in the imperative.
FUNNEL_WORDS = {"demo", "trial", "call", "webinar", "guide", "link", "page", "report", "ebook",
                "seat", "spot", "account", "started", "today", "now", "free", "more", "here",
                "us", "case", "story", "video", "blog", "post", "how", "touch", "team",
                "sales", "signup", "checklist", "template", "tour", "look", "download",
                "newsletter", "whitepaper", "info", "details", "pricing", "plans", "chat"}

SELF_TALK_VERBS = {"work", "notice", "see", "saw", "want", "wonder", "reach", "call", "write",
                   "speak", "talk", "help", "lead", "run", "cover", "hear", "read", "come",
                   "think", "know", "understand", "appreciate", "promise", "remember", "mention",
                   "look", "spend", "love", "follow", "send", "be"}

TEMPLATE = re.compile(r"\{\{[^}]*\}\}|\[[A-Z][^\]]{0,30}\]|<[A-Z_ ]{2,30}>")


def sentence_kind(sent: Span, block_kind: str, speaker: str | None, trained: bool,
                  names: set[str] | frozenset[str] = frozenset()) -> str:
    """CLAIM, or the reason the sentence cannot drift (heading, question, greeting, …).
    `names`: the product's and company's names, lower-case."""
    text = sent.text.strip()
    plain = TEMPLATE.sub(" ", text)
    words = [t for t in sent if t.is_alpha and not TEMPLATE.fullmatch(t.text)]
    if block_kind == "heading":
        return "heading"
    if block_kind == "table_cell":
        return "table"
    if speaker and speaker.strip().lower() in PROSPECT_SPEAKERS:
        return "prospect"
    if text.endswith("?") or "?" in text[-3:]:
        return "question"
    if text.endswith(":"):
        return "lead-in"
    if text.count(" | ") >= 2:
        return "metadata"
    if len(TEMPLATE.sub(" ", " ".join(t.text for t in words)).split()) < 4:
        return "fragment"
    if GREETING.match(plain.lstrip("-–—*• ")):
        return "greeting"
    if SIGNOFF.match(plain.lstrip("-–—*• ")) and len(words) <= 12:
        return "signoff"
    if BYLINE.match(plain.lstrip("-–—*• ")):
        return "byline"
    if LOGISTICS.search(plain) or AGENDA.match(plain) or _meeting_with_time(sent):
        return "logistics"
    if FIX.match(plain.lstrip("-\u2013\u2014*\u2022 ")):
        return "fix"
    if NEWS.search(plain):
        return "news"
    if OFFER.search(plain):
        return "offer"
    if not trained:
        return CLAIM
    if not any(t.pos_ in ("VERB", "AUX") for t in sent):
        return "fragment"
    if _is_call_to_action(sent):
        return "cta"
    if _is_self_talk(sent, names):
        return "small-talk"
    if _is_instruction(sent, names):
        return "instruction"
    if _is_internal_plan(sent, names):
        return "plan"
    return CLAIM


# Imperatives that coach the reader (a rep, a marketer) rather than promise a benefit.
COACHING_VERBS = {"acknowledge", "ask", "listen", "answer", "reflect", "mention", "say",
                  "pause", "note", "remember", "avoid", "confirm", "repeat", "record", "ship",
                  "give", "bear", "keep", "tailor", "focus", "paste", "copy", "add",
                  "include", "link", "skip", "open", "close", "lead", "tell", "explain",
                  "offer", "send", "share", "follow", "position", "frame", "qualify", "log",
                  "update", "tag", "write", "insert"}

# What a company says about its own plans and beliefs, not about its product.
PLAN_VERBS = {"believe", "think", "plan", "hope", "need", "want", "aim", "intend", "consider",
              "expect", "learn", "decide", "try", "focus", "experiment", "hypothesise",
              "hypothesize", "look", "start", "continue", "begin"}
MODALS = {"will", "may", "might", "should", "must", "shall", "'ll", "wo", "would", "could"}


def _is_instruction(sent: Span, names: set[str] | frozenset[str]) -> bool:
    """'Acknowledge, ask one question, then answer.' An imperative that coaches the reader.
    Not when it hands the rep a claim to make: 'Tell them we replace the safety consultant.'"""
    root = _root(sent)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    return (root.tag_ == "VB" and not has_subject and root.lemma_.lower() in COACHING_VERBS
            and not any(t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp"
                        and t.head.head == root and (t.lower_ == "we" or t.lower_ in names)
                        for t in sent))


def _is_internal_plan(sent: Span, names: set[str] | frozenset[str]) -> bool:
    """'We may consider other platforms.' A "we" plan or belief addressed to no customer;
    not one that says what the product does ('We'll show how managers use Crestline to…')."""
    if any(t.lower_ in names for t in sent):
        return False
    root = _root(sent)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ != "we":
        return False
    if any(t.lower_ in ("you", "your", "yours", "you're", "you'll") for t in sent):
        return False
    modal = any(c.lower_ in MODALS for c in root.children if c.dep_ == "aux")
    return modal or root.lemma_.lower() in PLAN_VERBS


def _root(sent: Span):
    return sent.root


def _is_call_to_action(sent: Span) -> bool:
    """An imperative whose verb asks the reader to act: 'Book a demo today.'"""
    root = _root(sent)
    has_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children)
    return (root.tag_ == "VB" and not has_subject and root.lemma_.lower() in CTA_VERBS
            and any(t.lower_ in FUNNEL_WORDS for t in sent))


PERCEPTION_VERBS = {"notice", "see", "hear", "read", "come", "want", "wonder", "reach", "follow",
                    "spot", "saw", "congratulate"}


def _is_self_talk(sent: Span, names: set[str] | frozenset[str]) -> bool:
    """The rep talking about themselves: 'I work with a lot of multi-site operators.'

    Not when a clause inside carries a claim of its own: 'We see teams cut overtime by 20%.'
    """
    root = _root(sent)
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or subjects[0].lower_ not in ("i", "we"):
        return False
    if any(c.dep_ in ("ccomp", "xcomp") and any(g.dep_ == "nsubj" and g.lower_ not in
           ("i", "you") for g in c.children) for c in root.children):
        return False
    if any(c.dep_ == "advcl" and any(g.dep_ == "nsubj" and g.lower_ in names
                                     for g in c.children) for c in root.children):
        return False  # "I'm calling because Fernline can take over your internet service'
        return False
    verbs = SELF_TALK_VERBS if subjects[0].lower_ == "i" else PERCEPTION_VERBS
    return root.lemma_.lower() in verbs


def _meeting_with_time(sent: Span) -> bool:
    """A date or time next to a meeting word is logistics, not a claim."""
    has_time = any(e.label_ in ("DATE", "TIME") and e[0].lower_ not in ("every", "each")
                   for e in sent.ents)  # "every week" is how often, not when we meet
    return has_time and any(t.lemma_.lower() in MEETING_WORDS for t in sent)

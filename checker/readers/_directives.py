"""What a content file says about itself rather than to its readers: front matter and comments.

Front matter becomes `Prose.metadata`; `onmessage-disable` comments become `Suppression`s. Both
are parsed here once for every format, so a `.txt`, `.md` and `.html` file behave alike.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.error import YAMLError

from checker.document import ReaderError, SourceMap, Suppression

_DIRECTIVE = re.compile(r"\s*onmessage-(disable-next-line|disable|enable)(?![\w-])(.*)", re.S)
_DIRECTIVE_LINE = re.compile(r"\s*<!--\s*onmessage-[\w-]+[^>]*-->\s*")
_FENCE = re.compile(r"---[ \t]*\r?")
_FENCE_END = re.compile(r"(?:---|\.\.\.)[ \t]*\r?")


def parse_front_matter(text: str, first_line: int) -> dict[str, Any]:
    """The YAML between the `---` fences; `first_line` is the 1-based source line of `text`."""
    try:
        data = YAML(typ="safe").load(text)
    except YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = first_line + mark.line if mark is not None else first_line
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ReaderError(f"front matter is not valid YAML (line {line}): {problem}") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ReaderError(
            f"front matter must be a mapping of keys to values (line {first_line}), "
            f"not a {type(data).__name__}"
        )
    return {str(key): _plain(value) for key, value in data.items()}


def _plain(value: Any) -> Any:
    """Dates as ISO strings, so metadata stays plain data that any report format can hold."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def split_front_matter(source: str) -> tuple[str, int, int] | None:
    """Front matter fenced by `---` lines at the very top: (yaml, its first line, body offset).

    Without a closing fence there is no front matter: the text is left to the reader as prose.
    """
    lines = source.split("\n")
    if not _FENCE.fullmatch(lines[0].removeprefix("\ufeff")):
        return None
    yaml_start = offset = len(lines[0]) + 1
    for line in lines[1:]:
        if _FENCE_END.fullmatch(line):
            return source[yaml_start:offset], 2, min(len(source), offset + len(line) + 1)
        offset += len(line) + 1
    return None


def line_count(source: str) -> int:
    return max(1, source.count("\n") + (0 if source.endswith("\n") else 1))


def suppressions_from_comments(
    source: str, comments: Sequence[tuple[int, str]]
) -> tuple[Suppression, ...]:
    """Suppressions from comments, each given as (source offset, text inside `<!--`/`-->`).

    `onmessage-disable [RULES]` runs to `onmessage-enable` or the end of the file;
    `onmessage-disable-next-line [RULES]` covers the next non-blank line that is not itself a
    directive. Rules are separated by commas or spaces; none means every rule.
    """
    source_map = SourceMap(source)
    lines = source.split("\n")
    last_line = line_count(source)
    found: list[Suppression] = []
    open_regions: list[tuple[frozenset[str], int]] = []
    for offset, body in sorted(comments):
        match = _DIRECTIVE.match(body)
        if match is None:
            continue
        directive, rest = match.groups()
        rules = frozenset(rule for rule in re.split(r"[\s,]+", rest.strip()) if rule)
        line = source_map.line_col(offset)[0]
        if directive == "disable":
            open_regions.append((rules, line))
        elif directive == "enable":
            still_open = []
            for region_rules, first in open_regions:
                ended = region_rules & rules
                if rules and not ended:  # other rules, or all rules: it stays disabled
                    still_open.append((region_rules, first))
                    continue
                found.append(Suppression(ended or region_rules, first, line))
                if rules and region_rules - rules:
                    still_open.append((region_rules - rules, first))
            open_regions = still_open
        else:
            target = _next_prose_line(lines, line + body.count("\n"))
            if target is not None:
                found.append(Suppression(rules, target, target))
    found.extend(Suppression(rules, first, last_line) for rules, first in open_regions)
    return tuple(sorted(found, key=lambda s: (s.first_line, s.last_line, sorted(s.rules))))


def _next_prose_line(lines: list[str], after: int) -> int | None:
    """The 1-based number of the first non-blank, non-directive line after line `after`."""
    for number in range(after + 1, len(lines) + 1):
        text = lines[number - 1]
        if text.strip() and not _DIRECTIVE_LINE.fullmatch(text):
            return number
    return None

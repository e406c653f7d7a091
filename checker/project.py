"""The content project: finds and validates onmessage.toml (or [tool.onmessage]).

A project knows its positioning file, its channels (name -> glob patterns), what to exclude,
how each rule is set, where reports go and which models to use. Every path is relative to
the file that names it. Mistakes are reported with the file and line, in plain words.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from checker.errors import ConfigError
from checker.findings import SEVERITIES

CONFIG_NAME = "onmessage.toml"
TOP_LEVEL_KEYS = ("positioning", "exclude", "channels", "rules", "report", "nlp")
NLP_KEYS = ("spacy_model", "embedding_model", "cache_dir", "nli_model")


@dataclass(frozen=True)
class RuleSetting:
    """How the project configured one rule: a severity ("off" silences it) and options."""

    severity: str | None = None  # None: the rule's default
    options: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Project:
    root: Path  # the folder holding the config file; findings' paths are relative to it
    config_path: Path
    positioning_path: Path
    channels: dict[str, tuple[str, ...]]
    exclude: tuple[str, ...] = ()
    rules: dict[str, RuleSetting] = field(default_factory=dict)
    report_dir: Path | None = None
    spacy_model: str | None = None
    embedding_model: str | None = None
    cache_dir: Path | None = None
    nli_model: Path | None = None


def find_config(start: Path) -> Path:
    """The nearest onmessage.toml (or pyproject.toml with [tool.onmessage]) at or above start."""
    start = start.resolve()
    folder = start if start.is_dir() else start.parent
    for candidate in (folder, *folder.parents):
        if (candidate / CONFIG_NAME).is_file():
            return candidate / CONFIG_NAME
        pyproject = candidate / "pyproject.toml"
        if pyproject.is_file() and re.search(r"^\[tool\.onmessage[\].]", pyproject.read_text(
                encoding="utf-8", errors="replace"), re.MULTILINE):
            return pyproject
    raise ConfigError(
        f"no {CONFIG_NAME} found in {folder} or any folder above it. "
        f"A content project needs one; see the README for a minimal example.")


def load_project(config_path: Path,
                 known_rules: Mapping[str, Mapping[str, Any]] | tuple[str, ...] = ()) -> Project:
    """Read and validate a config file. `known_rules` (rule id -> its options and their
    defaults, or just the ids) lets unknown rule ids and options be caught."""
    config_path = config_path.resolve()
    text = _read(config_path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        line = _toml_error_line(str(err)) or len(text.rstrip("\n").splitlines())
        raise ConfigError(f"this is not valid TOML: {err}", config_path, line) from None
    if config_path.name == "pyproject.toml":
        data = data.get("tool", {}).get("onmessage")
        if not isinstance(data, dict):
            raise ConfigError("there is no [tool.onmessage] table", config_path)
    return _validate(data, config_path, text, known_rules)


def _validate(data: dict[str, Any], path: Path, text: str, known_rules: tuple[str, ...]) -> Project:
    def fail(message: str, key: str | None = None) -> ConfigError:
        return ConfigError(message, path, _line_of(text, key) if key else None)

    for key in data:
        if key not in TOP_LEVEL_KEYS:
            raise fail(f"unknown setting '{key}'{_did_you_mean(key, TOP_LEVEL_KEYS)}. "
                       f"Known settings: {', '.join(TOP_LEVEL_KEYS)}.", key)
    root = path.parent
    if "positioning" not in data:
        raise fail("the 'positioning' setting is missing: name your positioning file, "
                   'e.g. positioning = "positioning.yaml"')
    positioning = data["positioning"]
    if not isinstance(positioning, str) or not positioning.strip():
        raise fail("'positioning' must be a file name in quotes", "positioning")
    channels = _channels(data.get("channels"), fail)
    exclude = _string_list(data.get("exclude", []), "exclude", fail)
    rules = _rules(data.get("rules", {}), known_rules, fail)
    report = data.get("report", {})
    if not isinstance(report, dict) or set(report) - {"dir"}:
        raise fail("[report] takes only dir = \"folder\"", "report")
    nlp = data.get("nlp", {})
    if not isinstance(nlp, dict):
        raise fail("[nlp] must be a table", "nlp")
    for key, value in nlp.items():
        if key not in NLP_KEYS:
            raise fail(f"unknown [nlp] setting '{key}'{_did_you_mean(key, NLP_KEYS)}", key)
        if not isinstance(value, str):
            raise fail(f"[nlp] {key} must be text in quotes", key)

    def local(value: str | None) -> Path | None:
        return (root / value).resolve() if value else None

    embedding = nlp.get("embedding_model")
    if embedding and (root / embedding).exists():
        embedding = str((root / embedding).resolve())
    return Project(
        root=root, config_path=path, positioning_path=(root / positioning).resolve(),
        channels=channels, exclude=exclude, rules=rules,
        report_dir=local(report.get("dir")), spacy_model=nlp.get("spacy_model"),
        embedding_model=embedding, cache_dir=local(nlp.get("cache_dir")),
        nli_model=local(nlp.get("nli_model")),
    )


def _channels(value: Any, fail) -> dict[str, tuple[str, ...]]:
    if value is None:
        raise fail("there is no [channels] table: say which files are marketing and which are "
                   'sales, e.g. marketing = ["marketing/**/*.md"]')
    if not isinstance(value, dict) or not value:
        raise fail("[channels] must map a channel name to a list of file patterns", "channels")
    return {name: _string_list(globs, name, fail) for name, globs in value.items()}


def _string_list(value: Any, key: str, fail) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise fail(f"'{key}' must be a list of file patterns in quotes, e.g. [\"sales/**/*\"]",
                   key)
    return tuple(value)


def _rules(value: Any, known: Mapping[str, Mapping[str, Any]] | tuple[str, ...],
           fail) -> dict[str, RuleSetting]:
    if not isinstance(known, Mapping):
        known = {rule_id: {} for rule_id in known}
    if not isinstance(value, dict):
        raise fail("[rules] must map rule ids to a severity", "rules")
    levels = ("off", *SEVERITIES)
    rules: dict[str, RuleSetting] = {}
    for rule_id, setting in value.items():
        if known and rule_id not in known and not any(r.startswith(rule_id + ".") for r in known):
            raise fail(f"unknown rule '{rule_id}'{_did_you_mean(rule_id, known)}. "
                       "Run `onmessage rules` to list them.", rule_id)
        options: dict[str, Any] = {}
        if isinstance(setting, dict):
            options = dict(setting)
            severity = options.pop("severity", None)
        else:
            severity = setting
        if severity is not None and severity not in levels:
            raise fail(f"rule '{rule_id}': severity must be one of {', '.join(levels)}, "
                       f"not {severity!r}", rule_id)
        _check_options(rule_id, options, known, fail)
        rules[rule_id] = RuleSetting(severity, options)
    return rules


def _check_options(rule_id: str, options: dict[str, Any],
                   known: Mapping[str, Mapping[str, Any]], fail) -> None:
    """Each option must be one the rule (or a rule of the family) takes, of the same type
    as its default: `threshold = "high"` is caught here, not deep inside a rule."""
    defaults: dict[str, Any] = {}
    for other, opts in known.items():
        if other == rule_id or other.startswith(rule_id + "."):
            defaults.update(opts)
    if not defaults and not any(known.values()):
        return  # ids only: options are not known
    for name, value in options.items():
        if name not in defaults:
            takes = ", ".join(["severity", *sorted(defaults)])
            raise fail(f"rule '{rule_id}' has no option '{name}'"
                       f"{_did_you_mean(name, defaults)}. It takes: {takes}.", rule_id)
        default = defaults[name]
        number = isinstance(default, (int, float)) and not isinstance(default, bool)
        if (number and (isinstance(value, bool) or not isinstance(value, (int, float)))) or (
                isinstance(default, list) and not isinstance(value, list)):
            kind = "a number" if number else "a list"
            raise fail(f"rule '{rule_id}': '{name}' must be {kind}, not {value!r}", rule_id)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read the file: {err}", path) from None


def _toml_error_line(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _line_of(text: str, key: str) -> int | None:
    """The first line that sets `key` (bare or quoted) or opens a [key] table."""
    pattern = re.compile(
        rf'^\s*(\[\s*{re.escape(key)}\s*\]|"{re.escape(key)}"\s*=|{re.escape(key)}\s*=)',
        re.MULTILINE)
    match = pattern.search(text)
    return text.count("\n", 0, match.start()) + 1 if match else None


def _did_you_mean(word: str, options) -> str:
    close = difflib.get_close_matches(word, list(options), n=1)
    return f" (did you mean '{close[0]}'?)" if close else ""

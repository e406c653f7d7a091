"""One straight flow: project -> corpus -> analysis -> rules -> findings -> result."""

from __future__ import annotations

import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from checker.baseline import load_baseline
from checker.changes import changed_files
from checker.corpus import Skipped, channel_for, discover, read_corpus, relative
from checker.document import Document
from checker.errors import ConfigError, UserError
from checker.findings import SEVERITIES, Finding, finalise, severity_rank
from checker.nlp.analysis import Analysis, Progress, analyse
from checker.nlp.coverage import ChannelCoverage, channel_coverage
from checker.nlp.embedder import (
    Embedder,
    EmbeddingCache,
    SentenceTransformerEmbedder,
    default_cache_dir,
)
from checker.nlp.nli import NliModelError, NliScorer
from checker.nlp.spacy_pipeline import load_spacy
from checker.positioning import Positioning, load_positioning
from checker.project import Project, find_config, load_project
from checker.rules import REGISTRY, Rule, Settings, all_rules, known_rules


@dataclass(eq=False)
class Result:
    """Everything a renderer needs; renderers only read it."""

    project: Project
    positioning: Positioning
    documents: tuple[Document, ...]  # the documents reported on
    findings: list[Finding]
    skipped: tuple[Skipped, ...] = ()
    notices: tuple[str, ...] = ()
    scores: dict[str, float | None] = field(default_factory=dict)  # path -> 0-100
    claims: dict[str, int] = field(default_factory=dict)  # path -> claim-bearing sentences
    stats: dict[str, float] = field(default_factory=dict)
    coverage: dict[str, ChannelCoverage] = field(default_factory=dict)  # channel -> pillars
    baselined: int = 0  # findings hidden because the baseline accepts them
    analysis: Analysis | None = None  # the analysed corpus, for scripts that dig deeper

    @property
    def score(self) -> int | None:
        """The overall alignment: document scores weighted by how many claims each makes."""
        weighted = [(s, self.claims.get(p, 0)) for p, s in self.scores.items() if s is not None]
        total = sum(w for _, w in weighted)
        return round(sum(s * w for s, w in weighted) / total) if total else None

    def counts(self) -> dict[str, int]:
        return {sev: sum(f.severity == sev for f in self.findings) for sev in SEVERITIES}

    def fails(self, fail_on: str) -> bool:
        """True when a finding is at or above `fail_on` ("never" never fails)."""
        if fail_on == "never":
            return False
        return any(severity_rank(f.severity) >= severity_rank(fail_on) for f in self.findings)


def check(paths: Sequence[str | Path] = (".",), *, embedder: Embedder | None = None,
          progress: Progress | None = None, baseline: Path | None = None,
          changed_since: str | None = None) -> Result:
    """Check a content project folder, or named files inside one, and return the result.

    `changed_since` (a git ref) reports only on content files changed since then, while
    conflicts are still checked against the whole corpus; `baseline` (a file written by
    `onmessage baseline create`) hides the findings it has accepted.
    """
    started = time.perf_counter()
    targets = [Path(p).resolve() for p in paths] or [Path.cwd()]
    for target in targets:
        if not target.exists():
            raise UserError(f"{target} does not exist")
    rules = all_rules()
    config = find_config(targets[0])
    project = load_project(config, known_rules())
    positioning = load_positioning(project.positioning_path)
    files = discover(project)
    drafts = _named_files(project, targets)
    for path in drafts:
        files.setdefault(path, channel_for(project, path))
    accepted = load_baseline(baseline) if baseline is not None else None
    focus: set[str] | None = {relative(project, p) for p in drafts} if drafts else None
    if changed_since is not None:
        if drafts:
            raise UserError("name files or use --changed-since, not both")
        changed = changed_files(project.root, changed_since)
        focus = {relative(project, p) for p in files if p.resolve() in changed}
    corpus = read_corpus(project, files)
    pipeline = load_spacy(project.spacy_model)
    notices = [pipeline.notice] if pipeline.notice else []
    if embedder is None:
        embedder = SentenceTransformerEmbedder(project.embedding_model,
                                               _cache(project, notices))
    notices += _unknown_audiences(corpus.documents, positioning)
    nli = _nli(project)
    not_offered = settings_for(REGISTRY["drift.sentence"], project).options["offerings"]
    analysis = analyse(corpus.documents, positioning, pipeline, embedder, progress, nli,
                       [str(o) for o in not_offered or []])
    analysis.positioning_path = relative(project, positioning.path)
    findings = finalise(_run_rules(rules, project, analysis))
    reported = corpus.documents
    skipped = corpus.skipped
    if focus is not None:
        findings = [f for f in findings if f.span.path in focus]
        reported = tuple(d for d in reported if d.path in focus)
        skipped = tuple(s for s in skipped if s.path in focus)
        if changed_since is not None and not focus:
            notices.append(f"no content file changed since {changed_since}")
    baselined = 0
    if accepted is not None:
        findings, known = accepted.split(findings)
        baselined = len(known)
    claims = {d.path: sum(s.is_claim for s in analysis.sentences_of(d)) for d in reported}
    topical = settings_for(REGISTRY["coverage.pillar"], project).options["topical"]
    return Result(
        project, positioning, reported, findings, skipped, tuple(notices),
        scores={d.path: analysis.document_score(d) for d in reported}, claims=claims,
        stats={"sentences": len(analysis.sentences), "documents": len(corpus.documents),
               "embedded": getattr(embedder, "encoded", 0),
               "seconds": round(time.perf_counter() - started, 2)},
        coverage=channel_coverage(analysis, float(topical)), baselined=baselined,
        analysis=analysis)


def settings_for(rule: Rule, project: Project) -> Settings:
    """The rule's severity and options: its own entry beats its family's, then defaults."""
    family = project.rules.get(rule.id.split(".")[0])
    own = project.rules.get(rule.id)
    severity, options = rule.severity, dict(rule.options)
    for entry in (family, own):
        if entry is not None:
            severity = entry.severity or severity
            options.update(entry.options)
    return Settings(rule.id, severity, options)


def _run_rules(rules: list[Rule], project: Project, analysis: Analysis) -> list[Finding]:
    by_path = {d.path: d for d in analysis.documents}
    findings = []
    for rule in rules:
        settings = settings_for(rule, project)
        if settings.severity == "off":
            continue
        for finding in rule.check(analysis, settings):
            document = by_path.get(finding.span.path)  # None: the positioning file
            if document is None or not document.suppressed(rule.id, finding.span.line):
                findings.append(finding)
    return findings


def _unknown_audiences(documents: Sequence[Document], positioning: Positioning) -> list[str]:
    """Front matter that names an audience the positioning does not know (a typo, or an
    audience that was renamed): audience.mismatch cannot check those assets."""
    known = [a.id for a in positioning.audiences]
    return [f"{d.path}: front matter audience '{d.metadata['audience']}' is not an audience "
            f"of the positioning ({', '.join(known) or 'it lists none'})"
            for d in documents if d.metadata.get("audience") is not None
            and str(d.metadata["audience"]) not in known]


def _named_files(project: Project, targets: list[Path]) -> list[Path]:
    files = [t for t in targets if t.is_file()]
    if files and len(files) != len(targets):
        raise UserError("name either one project folder or files, not both")
    for path in files:
        if find_config(path) != project.config_path:
            raise UserError(f"{path} is not in the same content project as {targets[0]}")
    return files


def _nli(project: Project) -> NliScorer | None:
    """The optional contradiction model, when the config names one."""
    if project.nli_model is None:
        return None
    try:
        return NliScorer(project.nli_model)
    except NliModelError as err:
        raise ConfigError(f"[nlp] nli_model: {err}", project.config_path) from None


def _cache(project: Project, notices: list[str]) -> EmbeddingCache | None:
    folder = project.cache_dir or default_cache_dir()
    try:
        return EmbeddingCache(folder)
    except OSError as err:
        notices.append(f"embedding cache disabled ({folder}: {err.strerror or err})")
        return None

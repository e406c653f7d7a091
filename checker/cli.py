"""The `onmessage` command: thin click commands over the engine and the renderers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from checker.engine import check as run_check
from checker.errors import UserError
from checker.report import FORMATS
from checker.report.text import clean

FAIL_LEVELS = ("info", "warning", "error", "never")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="onmessage")
def main() -> None:
    """Keep marketing copy and sales scripts on message with your positioning."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="text", show_default=True,
              help="Output format: text, json, jsonl, sarif (2.1.0), github (workflow "
                   "annotations), junit, rdjsonl (reviewdog), gitlab (Code Quality), html.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the output to this file instead of the terminal (HTML goes to the "
                   "project's [report] dir by default).")
@click.option("--report", "reports", multiple=True, metavar="[FORMAT:]PATH",
              help="Also write a report: `sarif:out/onmessage.sarif`, or a path whose suffix "
                   "names the format (.json .jsonl .sarif .xml .html .txt). Repeatable.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--baseline", type=click.Path(dir_okay=False, path_type=Path),
              help="Hide the findings this baseline file accepts; report only new ones.")
@click.option("--changed-since", metavar="REF",
              help="Report only on content files changed since this git ref (conflicts are "
                   "still checked against the whole corpus).")
@click.option("--progress/--no-progress", default=None,
              help="Show progress on the terminal (default: only on an interactive terminal, "
                   "never in CI or machine formats).")
def check(paths: tuple[Path, ...], fmt: str, output: Path | None, reports: tuple[str, ...],
          fail_on: str, baseline: Path | None, changed_since: str | None,
          progress: bool | None) -> None:
    """Check a content project folder (default: here), or drafts inside one.

    With files, each draft is checked against the positioning and the whole corpus, and
    only the named files are reported on. Exit status: 0 nothing at or above --fail-on,
    1 findings at or above it, 2 a usage, config or positioning error.
    """
    from checker.report import render, report_format

    try:
        outputs = [report_format(spec) for spec in reports]
    except ValueError as err:
        raise click.BadParameter(str(err), param_hint="--report") from None
    show = progress if progress is not None else (
        fmt == "text" and output is None and sys.stderr.isatty() and not os.environ.get("CI"))
    result = _run(paths, show, baseline=baseline, changed_since=changed_since)
    if fmt != "text":
        for skipped in result.skipped:
            click.echo(f"onmessage: skipped {clean(skipped.path)}: {clean(skipped.reason)}",
                       err=True)
        if result.baselined:
            click.echo(f"onmessage: {result.baselined} findings accepted in the baseline, "
                       "not shown", err=True)
    if fmt == "html" and output is None and result.project.report_dir is not None:
        output = result.project.report_dir / f"{result.project.root.name}.html"
        click.echo(f"onmessage: wrote {output}", err=True)  # [report] dir: HTML lands there
    colour = output is None and sys.stdout.isatty()
    text = render(result, fmt, **({"colour": colour} if fmt == "text" else {}))
    if output:
        _write(output, text)
    else:
        click.echo(text, nl=False)
    for report_fmt, path in outputs:
        _write(Path(path), render(result, report_fmt))
    sys.exit(1 if result.fails(fail_on) else 0)


def _run(paths: tuple[Path, ...], show: bool, **options):
    """Run the engine; a user error (config, positioning, git, paths) exits 2."""
    try:
        result = run_check(paths or (Path("."),), progress=_progress if show else None,
                           **options)
    except UserError as err:
        if show:
            click.echo("", err=True)
        click.secho(f"onmessage: {err}", fg="red", err=True)
        sys.exit(2)
    if show:
        click.echo("\r\033[K", nl=False, err=True)
    return result


@main.command()
@click.argument("folder", default=".", type=click.Path(file_okay=False, path_type=Path))
@click.option("--product", default="Your Product", show_default=True, help="The product name.")
@click.option("--company", default="Your Company", show_default=True, help="The company name.")
def init(folder: Path, product: str, company: str) -> None:
    """Start a content project: onmessage.toml and a commented positioning.yaml.

    Marketing and sales folders are guessed from their names (marketing/, blog/, emails/;
    sales/, scripts/, sequences/ …). Existing files are never overwritten.
    """
    from checker.scaffold import init_project

    try:
        written = init_project(folder, product, company)
    except UserError as err:
        click.secho(f"onmessage: {err}", fg="red", err=True)
        sys.exit(2)
    for path in written:
        click.echo(f"onmessage: wrote {path}")
    click.echo("Next: fill in positioning.yaml, then run `onmessage check`.")


@main.group()
def baseline() -> None:
    """Accept today's findings so that CI reports only new ones.

    The baseline file (default: onmessage-baseline.json next to onmessage.toml) is meant to
    be committed and reviewed. Use it with `onmessage check --baseline FILE`.
    """


def _baseline_options(command):
    command = click.argument("paths", nargs=-1, type=click.Path(path_type=Path))(command)
    return click.option("--file", "file", type=click.Path(dir_okay=False, path_type=Path),
                         help="The baseline file (default: onmessage-baseline.json next to "
                              "onmessage.toml).")(command)


@baseline.command("create")
@_baseline_options
def baseline_create(paths: tuple[Path, ...], file: Path | None) -> None:
    """Write a new baseline that accepts every current finding."""
    from checker.baseline import entry, write_baseline

    result = _run(paths, False)
    target = file or _default_baseline(result)
    if target.exists():
        click.secho(f"onmessage: {target} already exists; use `onmessage baseline update`",
                    fg="red", err=True)
        sys.exit(2)
    count = write_baseline(target, (entry(f) for f in result.findings))
    click.echo(f"onmessage: wrote {target} accepting {count} findings")


@baseline.command("update")
@_baseline_options
def baseline_update(paths: tuple[Path, ...], file: Path | None) -> None:
    """Accept every current finding: add the new ones, drop the ones that are fixed."""
    from checker.baseline import entry, load_baseline, write_baseline

    result = _run(paths, False)
    target = file or _default_baseline(result)
    old = load_baseline(target).entries if target.exists() else {}
    current = {f.fingerprint: entry(f) for f in result.findings}
    write_baseline(target, current.values())
    added = len(set(current) - set(old))
    dropped = len(set(old) - set(current))
    click.echo(f"onmessage: updated {target}: {len(current)} accepted, {added} added, "
               f"{dropped} fixed and dropped")


@baseline.command("prune")
@_baseline_options
def baseline_prune(paths: tuple[Path, ...], file: Path | None) -> None:
    """Drop the entries whose findings are gone; never accept anything new."""
    from checker.baseline import load_baseline, write_baseline

    result = _run(paths, False)
    target = file or _default_baseline(result)
    try:
        old = load_baseline(target)
    except UserError as err:
        click.secho(f"onmessage: {err}", fg="red", err=True)
        sys.exit(2)
    current = {f.fingerprint for f in result.findings}
    kept = [e for fp, e in old.entries.items() if fp in current]
    write_baseline(target, kept)
    click.echo(f"onmessage: pruned {target}: {len(old.entries) - len(kept)} dropped, "
               f"{len(kept)} kept")


def _default_baseline(result) -> Path:
    from checker.baseline import DEFAULT_NAME

    return result.project.config_path.parent / DEFAULT_NAME


@main.command()
@click.option("--brief", is_flag=True, help="One line per rule.")
def rules(brief: bool) -> None:
    """List every rule with its default severity and documentation."""
    from checker.rules import all_rules

    for rule in all_rules():
        click.secho(f"{rule.id}  ({rule.severity})", bold=True)
        doc = rule.summary if brief else rule.doc
        click.echo("".join(f"    {line}\n" if line else "\n" for line in doc.splitlines()))
        if rule.options:
            options = ", ".join(f"{k}={v}" for k, v in rule.options.items())
            click.echo(f"    options: {options}\n")


@main.command()
@click.argument("rule_id", metavar="RULE")
def explain(rule_id: str) -> None:
    """Show one rule's documentation, its options and how to configure it."""
    import difflib

    from checker.rules import all_rules

    rules = {r.id: r for r in all_rules()}
    rule = rules.get(rule_id)
    if rule is None:
        close = difflib.get_close_matches(rule_id, list(rules), n=1)
        hint = f" Did you mean '{close[0]}'?" if close else ""
        click.secho(f"onmessage: no rule '{rule_id}'.{hint} `onmessage rules --brief` lists "
                    "them all.", fg="red", err=True)
        sys.exit(2)
    click.secho(f"{rule.id}  (default severity: {rule.severity})", bold=True)
    click.echo(f"\n{rule.doc}\n")
    settings = {"severity": rule.severity, **rule.options}
    click.echo("Configure it in onmessage.toml (these are the defaults):\n")
    click.echo("    [rules]")
    pairs = ", ".join(f"{k} = {_toml(v)}" for k, v in settings.items())
    click.echo(f'    "{rule.id}" = {{ {pairs} }}')
    click.echo(f'\nSilence it with "{rule.id}" = "off", or in a file with\n'
               f"    <!-- onmessage-disable-next-line {rule.id} -->")


def _toml(value: object) -> str:
    if isinstance(value, str):
        return f'"{value}"'
    if isinstance(value, list):
        return "[" + ", ".join(_toml(v) for v in value) + "]"
    return str(value).lower() if isinstance(value, bool) else str(value)


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _progress(stage: str, done: int, total: int) -> None:
    label = {"parse": "Reading sentences", "embed": "Embedding"}.get(stage, stage)
    click.echo(f"\r\033[K{label}: {done}/{total}", nl=False, err=True)

"""The `onmessage` command: thin click commands over the engine and the renderers."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from checker.engine import check as run_check
from checker.errors import UserError

FAIL_LEVELS = ("info", "warning", "error", "never")


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="onmessage")
def main() -> None:
    """Keep marketing copy and sales scripts on message with your positioning."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["text", "json", "html"]), default="text",
              show_default=True, help="Output format.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write the output to this file instead of the terminal (HTML goes to the "
                   "project's [report] dir by default).")
@click.option("--report", "reports", multiple=True, type=click.Path(dir_okay=False,
              path_type=Path), help="Also write a report; its format follows the suffix "
              "(.json, .html, .txt). Repeatable.")
@click.option("--fail-on", type=click.Choice(FAIL_LEVELS), default="error", show_default=True,
              help="Exit 1 when a finding is at or above this severity.")
@click.option("--progress/--no-progress", default=None,
              help="Show progress on the terminal (default: only on an interactive terminal, "
                   "never in CI or machine formats).")
def check(paths: tuple[Path, ...], fmt: str, output: Path | None, reports: tuple[Path, ...],
          fail_on: str, progress: bool | None) -> None:
    """Check a content project folder (default: here), or drafts inside one.

    With files, each draft is checked against the positioning and the whole corpus, and
    only the named files are reported on. Exit status: 0 nothing at or above --fail-on,
    1 findings at or above it, 2 a usage, config or positioning error.
    """
    from checker.report import SUFFIXES, render

    for report in reports:
        if report.suffix.lower() not in SUFFIXES:
            raise click.BadParameter(f"{report}: use .json, .html or .txt", param_hint="--report")
    show = progress if progress is not None else (
        fmt == "text" and output is None and sys.stderr.isatty() and not os.environ.get("CI"))
    try:
        result = run_check(paths or (Path("."),), progress=_progress if show else None)
    except UserError as err:
        if show:
            click.echo("", err=True)
        click.secho(f"onmessage: {err}", fg="red", err=True)
        sys.exit(2)
    if show:
        click.echo("\r\033[K", nl=False, err=True)
    if fmt != "text":
        for skipped in result.skipped:
            click.echo(f"onmessage: skipped {skipped.path}: {skipped.reason}", err=True)
    if fmt == "html" and output is None and result.project.report_dir is not None:
        output = result.project.report_dir / f"{result.project.root.name}.html"
        click.echo(f"onmessage: wrote {output}", err=True)  # [report] dir: HTML lands there
    colour = output is None and sys.stdout.isatty()
    text = render(result, fmt, **({"colour": colour} if fmt == "text" else {}))
    if output:
        _write(output, text)
    else:
        click.echo(text, nl=False)
    for report in reports:
        _write(report, render(result, SUFFIXES[report.suffix.lower()]))
    sys.exit(1 if result.fails(fail_on) else 0)


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

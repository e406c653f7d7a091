"""Hostile and broken input: each file is read correctly or skipped with its reason, the rest
of the corpus is still checked, nothing from content drives an output, the cache survives
damage and a second run at once, and onmessage writes nothing into content folders."""

import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker import readers
from checker.cli import main
from checker.document import Document, ReaderError
from checker.engine import check
from checker.nlp.embedder import EmbeddingCache
from checker.nlp.quantities import find_quantities, parse_value
from checker.report import render
from tests.conftest import DEMO

HOSTILE = Path(__file__).parent / "data" / "hostile"


def hostile_copy(folder: Path) -> Path:
    """The committed hostile files plus those git cannot hold well."""
    project = folder / "hostile"
    shutil.copytree(HOSTILE, project)
    marketing = project / "marketing"
    (marketing / "huge.md").write_text("Tally Books turns timesheets into invoices. " * 120_000)
    (marketing / "long-line.txt").write_text("Tally Books " + "very " * 40_000 + "long line.")
    (marketing / "loop").symlink_to("..", target_is_directory=True)
    (folder / "outside").mkdir()
    (folder / "outside" / "leak.md").write_text("Tally Books offers a 30-day free trial.\n")
    return project


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, embedder):
    project = hostile_copy(tmp_path_factory.mktemp("h"))
    return project, check([project], embedder=embedder)


def test_each_broken_file_is_skipped_with_its_reason(hostile):
    reasons = {s.path: s.reason for s in hostile[1].skipped}
    assert set(reasons) == {"marketing/bad-front-matter.md", "marketing/binary.md",
                            "marketing/huge.md", "marketing/latin1.md",
                            "marketing/list-front-matter.md"}
    assert "front matter is not valid YAML (line 2)" in reasons["marketing/bad-front-matter.md"]
    assert reasons["marketing/binary.md"] == "is a binary file, not text"
    assert reasons["marketing/huge.md"].startswith("is 5.3 MB")
    assert "is not UTF-8 text (byte 47" in reasons["marketing/latin1.md"]
    assert "must be a mapping" in reasons["marketing/list-front-matter.md"]


def test_the_readable_ones_are_read_and_the_rest_is_checked(hostile):
    """A pattern that points outside the project ("../outside/**/*") is read on purpose
    (benchmarks/posthog reads real pages that way) and named relative to the project."""
    project, result = hostile
    read = {d.path for d in result.documents}
    assert read == {"marketing/good.md", "marketing/utf16.md", "marketing/empty.md",
                    "marketing/only-front-matter.md", "marketing/zero-width.md",
                    "marketing/long-line.txt", "sales/crlf.txt", "../outside/leak.md"}
    mismatches = {(f.span.path, f.span.line, f.span.column) for f in result.findings
                  if f.rule == "facts.mismatch"}
    assert {("marketing/good.md", 1, 22), ("marketing/utf16.md", 1, 22),
            ("sales/crlf.txt", 1, 27), ("../outside/leak.md", 1, 22)} <= mismatches


def test_a_symlink_loop_adds_nothing_and_the_config_is_never_content(hostile):
    paths = {d.path for d in hostile[1].documents} | {s.path for s in hostile[1].skipped}
    assert not any("loop" in p or p in ("onmessage.toml", "positioning.yaml") for p in paths)


def test_zero_width_and_right_to_left_characters_keep_exact_columns(hostile):
    project, result = hostile
    (finding,) = [f for f in result.findings if f.rule == "tone.avoid"
                  and f.span.path == "marketing/zero-width.md"]
    line = (project / "marketing" / "zero-width.md").read_text().splitlines()[finding.span.line - 1]
    assert line[finding.span.column - 1:finding.span.end_column - 1] == "revolutionary"


def test_the_command_never_shows_a_traceback(tmp_path, cache_dir):
    project = hostile_copy(tmp_path)
    result = CliRunner().invoke(main, ["check", str(project)])
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "skipped marketing/binary.md: is a binary file, not text" in result.output


def test_terminal_output_carries_no_control_or_override_characters(hostile):
    text = render(hostile[1], "text")
    assert "\u202e" not in text and "\x1b" not in text
    assert "yrt ot eerf si ti" in text  # the words stay, the override goes


# The cache: damage is repaired, and two checks can share it.

def test_a_corrupt_cache_file_is_moved_aside_and_rebuilt(tmp_path):
    (tmp_path / EmbeddingCache.FILE).write_bytes(b"this is not a database" * 100)
    cache = EmbeddingCache(tmp_path)
    cache.put({"k": np.ones(4, dtype=np.float32)})
    assert list(cache.get(["k"])) == ["k"]
    assert (tmp_path / "embeddings.corrupt").exists()


def test_a_truncated_cache_file_is_rebuilt(tmp_path):
    cache = EmbeddingCache(tmp_path)
    cache.put({f"k{i}": np.ones(384, dtype=np.float32) for i in range(200)})
    del cache
    path = tmp_path / EmbeddingCache.FILE
    path.write_bytes(path.read_bytes()[:1500])
    rebuilt = EmbeddingCache(tmp_path)  # no exception: moved aside, or what is left is read
    kept = rebuilt.get([f"k{i}" for i in range(200)])
    assert all(len(v) == 384 for v in kept.values())
    rebuilt.put({"new": np.ones(384, dtype=np.float32)})
    assert list(rebuilt.get(["new"])) == ["new"]


def test_rows_of_the_wrong_size_are_not_trusted(tmp_path):
    cache = EmbeddingCache(tmp_path)
    cache.put({"a": np.ones(384, dtype=np.float32), "b": np.ones(384, dtype=np.float32),
               "c": np.ones(7, dtype=np.float32)})
    assert sorted(cache.get(["a", "b", "c"])) == ["a", "b"]


def test_two_checks_at_once_share_one_cache(tmp_path):
    project = tmp_path / "kestrel"
    shutil.copytree(DEMO, project)
    env = {**os.environ, "ONMESSAGE_CACHE_DIR": str(tmp_path / "cache"), "HF_HUB_OFFLINE": "1"}
    command = [sys.executable, "-m", "checker", "check", str(project), "--format", "json"]
    runs = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                             text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [1, 1], [err for _, err in outputs]
    first, second = (json.loads(out) for out, _ in outputs)
    assert first["findings"] == second["findings"] and first["findings"]


# onmessage writes nothing into content folders.

def tree(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_checks_in_every_format_leave_the_project_untouched(demo_copy, tmp_path, cache_dir):
    before = tree(demo_copy)
    for fmt in ("text", "json", "jsonl", "sarif", "github", "junit", "rdjsonl", "gitlab"):
        result = CliRunner().invoke(main, ["check", str(demo_copy), "--format", fmt])
        assert result.exit_code == 1
    CliRunner().invoke(main, ["check", str(demo_copy), "--report", str(tmp_path / "r.html")])
    assert tree(demo_copy) == before


# Property-based: no text crashes a reader or the value parser, and every offset stays
# inside the file.

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400),
       suffix=st.sampled_from([".md", ".txt", ".html"]))
def test_readers_map_every_character_back_into_the_file(source, suffix):
    try:
        prose = readers.read(suffix, source)
    except ReaderError:
        return  # a reasoned refusal (bad front matter), not a crash
    document = Document("x" + suffix, "marketing", source, prose)
    lines = source.split("\n")
    assert len(prose.offsets) == len(prose.text)
    for offset in prose.offsets:
        assert 0 <= offset < len(source)
    for block in prose.blocks:
        if block.end > block.start:
            line, column, end_line, end_column = document.position(block.start, block.end)
            assert 1 <= line <= end_line <= len(lines)
            assert 1 <= column <= len(lines[line - 1]) + 1
            assert 1 <= end_column <= len(lines[end_line - 1]) + 2


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=120))
def test_the_value_parser_never_crashes_and_spans_stay_inside(text):
    parse_value(text)
    for quantity in find_quantities(text):
        assert 0 <= quantity.start <= quantity.end <= len(text)

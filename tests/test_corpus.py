from pathlib import Path

from checker.corpus import discover, read_corpus
from checker.engine import check
from checker.project import find_config, load_project
from tests.fakes import HashingEmbedder
from tests.helpers import project

FILES = {
    "marketing/launch.md": "---\ntitle: Launch\n---\nTally Books turns timesheets into "
                           "invoices in one click.\n",
    "marketing/drafts/idea.md": "Tally Books will also do your taxes.\n",
    "sales/call.txt": "REP: Tally Books turns tracked hours into invoices.\n",
    "sales/partner.md": "---\nchannel: partners\n---\nPartners resell Tally Books.\n",
    "sales/.hidden.md": "not content\n",
}


def load(folder: Path):
    return load_project(find_config(folder))


def test_discovers_each_channel_honours_exclude_and_front_matter_channel(tmp_path):
    project(tmp_path, config='positioning = "positioning.yaml"\nexclude = ["**/drafts/**"]\n'
            '[channels]\nmarketing = ["marketing/**/*"]\nsales = ["sales/**/*"]\n', files=FILES)
    p = load(tmp_path)
    corpus = read_corpus(p, discover(p))
    assert {d.path: d.channel for d in corpus.documents} == {
        "marketing/launch.md": "marketing",
        "sales/call.txt": "sales",
        "sales/partner.md": "partners",
    }
    assert corpus.documents[0].metadata == {"title": "Launch"}


def test_bad_files_are_skipped_with_the_reason_and_the_rest_is_checked(tmp_path):
    project(tmp_path, files=FILES)
    (tmp_path / "sales/latin1.txt").write_bytes("Caf\xe9 cr\xe8me pricing".encode("latin-1"))
    (tmp_path / "marketing/logo.png").write_bytes(b"\x89PNG\r\n\x1a\n\0\0\0")
    (tmp_path / "marketing/deck.pptx").write_text("x")
    (tmp_path / "sales/dump.txt").write_text("Tally Books sends invoices. " * 200_000)
    result = check([tmp_path], embedder=HashingEmbedder())
    reasons = {s.path: s.reason for s in result.skipped}
    assert "is not UTF-8 text" in reasons["sales/latin1.txt"]
    assert reasons["marketing/logo.png"] == "is a binary file, not text"
    assert "unsupported file type .pptx" in reasons["marketing/deck.pptx"]
    assert "over 1 MB are not read" in reasons["sales/dump.txt"]
    assert "marketing/launch.md" in {d.path for d in result.documents}


def test_a_check_never_writes_into_the_content_folder(tmp_path):
    project(tmp_path, files=FILES)
    before = sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*"))
    check([tmp_path], embedder=HashingEmbedder())
    assert sorted((p, p.stat().st_mtime_ns) for p in tmp_path.rglob("*")) == before


def test_paths_outside_the_project_folder_are_reported_relative_to_it(tmp_path):
    shared = tmp_path / "shared" / "copy.md"
    shared.parent.mkdir()
    shared.write_text("Tally Books sends invoices.\n")
    project(tmp_path / "proj", config='positioning = "positioning.yaml"\n[channels]\n'
            'marketing = ["../shared/*.md"]\n')
    p = load(tmp_path / "proj")
    corpus = read_corpus(p, discover(p))
    assert [d.path for d in corpus.documents] == ["../shared/copy.md"]

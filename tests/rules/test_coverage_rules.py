"""coverage.pillar and coverage.divergence on the real pipeline: a sales channel that never
carries a pillar marketing leads with is flagged; channels with the same emphasis are not."""

import pytest

from checker.engine import check
from tests.helpers import project
from tests.rules.test_guardrails import FIXTURE

BOOKING = [
    "Patients book online in under a minute.",
    "Patients book appointments online, day or night, from any phone.",
    "Open slots fill from the waitlist automatically.",
    "Patients move and cancel their own appointments online.",
    "With Brightbook, patients book their next cleaning online in seconds.",
    "Cancelled slots are offered to the waitlist straight away.",
    "Patients pick a time that suits them and book it online.",
    "Online booking works from any phone, day or night.",
    "Brightbook puts your appointment book online for patients.",
    "Patients choose a slot and book online without calling.",
    "Brightbook lets patients book online at midnight if they want to.",
    "Patients see open times and book online straight away.",
]
REMINDERS = [
    "Two-way text reminders cut no-shows.",
    "Patients confirm or reschedule with one tap.",
    "Brightbook sends text and email reminders before every appointment.",
    "Reminders confirm tomorrow's patients automatically.",
    "A patient who can't make it reschedules from the reminder text.",
    "Every appointment gets a reminder by text and email.",
    "Fewer no-shows, because every patient is reminded.",
    "Brightbook reminders cut no-shows in the first month.",
    "Patients reply to the reminder text to confirm.",
    "Text reminders go out the day before every visit.",
    "Reminders let patients confirm without a phone call.",
    "No-shows drop when every patient gets a text reminder.",
]


def coverage_project(folder, sales: list[str]):
    project(folder, positioning=(FIXTURE / "positioning.yaml").read_text(), files={
        "marketing/site.md": "\n\n".join(BOOKING + REMINDERS) + "\n",
        "sales/script.md": "\n\n".join(sales) + "\n"})
    return folder


def coverage_findings(result):
    return [f for f in result.findings if f.rule.startswith("coverage.")]


@pytest.fixture(scope="module")
def lopsided(tmp_path_factory, embedder):
    return check([coverage_project(tmp_path_factory.mktemp("lopsided"), BOOKING)],
                 embedder=embedder)


def test_a_pillar_sales_never_carries_is_flagged_at_the_pillar(lopsided):
    (finding,) = [f for f in coverage_findings(lopsided) if f.rule == "coverage.pillar"]
    source = (FIXTURE / "positioning.yaml").read_text().splitlines()
    assert finding.span.path == "positioning.yaml"
    assert source[finding.span.line - 1].strip() == "- id: reminders"
    assert finding.evidence["pillar"] == "reminders"
    assert finding.channel == "sales"
    assert "The sales channel never carries the pillar 'Fewer no-shows'" in finding.message
    assert lopsided.coverage["sales"].counts["reminders"] == 0


def test_channels_leading_with_different_pillars_diverge(lopsided):
    (finding,) = [f for f in coverage_findings(lopsided) if f.rule == "coverage.divergence"]
    assert finding.evidence["divergence"] > finding.evidence["threshold"] == 0.25
    assert finding.evidence["channels"] == ["marketing", "sales"]
    assert "the widest gap is 'Fewer no-shows'" in finding.message


def test_channels_with_the_same_emphasis_are_not_flagged(tmp_path, embedder):
    folder = coverage_project(tmp_path, BOOKING[:8] + REMINDERS[:8])
    assert coverage_findings(check([folder], embedder=embedder)) == []


def test_a_channel_too_small_to_judge_is_not_flagged(tmp_path, embedder):
    folder = coverage_project(tmp_path, BOOKING[:4])
    assert coverage_findings(check([folder], embedder=embedder)) == []


def test_coverage_thresholds_come_from_the_config(tmp_path, embedder):
    folder = coverage_project(tmp_path, BOOKING + REMINDERS[:4])
    assert coverage_findings(check([folder], embedder=embedder)) == []  # quiet by default
    config = folder / "onmessage.toml"
    config.write_text(config.read_text() + '[rules]\n"coverage.divergence" = { threshold = 0.1 }\n'
                      '"coverage.pillar" = { min_share = 0.3 }\n')
    rules = {f.rule for f in coverage_findings(check([folder], embedder=embedder))}
    assert rules == {"coverage.pillar", "coverage.divergence"}


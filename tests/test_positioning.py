import pytest

from checker.errors import PositioningError
from checker.positioning import load_positioning
from tests.conftest import DEMO
from tests.helpers import POSITIONING


def load_text(tmp_path, text):
    path = tmp_path / "positioning.yaml"
    path.write_text(text, encoding="utf-8")
    return load_positioning(path)


def test_demo_positioning_uses_every_section():
    p = load_positioning(DEMO / "positioning.yaml")
    assert p.product and p.company and p.statement
    assert len(p.pillars) >= 3 and all(pl.messages and pl.proof for pl in p.pillars)
    assert p.audiences and p.facts and p.banned and p.retired and p.terms and p.tone_avoid
    assert any(b.phrase for b in p.banned) and any(b.claim for b in p.banned)


def test_reads_pillars_and_facts(tmp_path):
    p = load_text(tmp_path, POSITIONING + "facts:\n  - id: trial\n    about: free trial length"
                  "\n    value: 14 days\n  - id: card\n    about: card needed\n    value: no\n")
    assert [pl.id for pl in p.pillars] == ["invoicing", "payments"]
    assert p.pillar("payments").messages == ("Clients pay invoices online the day they get them.",)
    assert [(f.id, f.value) for f in p.facts] == [("trial", "14 days"), ("card", "no")]
    assert p.facts[0].line == 15


def test_invalid_yaml_names_the_line(tmp_path):
    with pytest.raises(PositioningError) as err:
        load_text(tmp_path, "pillars:\n  - id: a\n    name: A\n   description: x\n")
    assert err.value.line == 4
    assert "not valid YAML" in err.value.message


def test_missing_pillars_is_explained(tmp_path):
    with pytest.raises(PositioningError, match="there are no pillars"):
        load_text(tmp_path, "product: X\n")


def test_unknown_section_names_its_line_and_suggests(tmp_path):
    with pytest.raises(PositioningError) as err:
        load_text(tmp_path, POSITIONING + "bannd:\n  - phrase: x\n")
    assert err.value.line == 14
    assert "did you mean 'banned'" in err.value.message


def test_pillar_without_name_names_the_pillar_and_line(tmp_path):
    with pytest.raises(PositioningError) as err:
        load_text(tmp_path, "pillars:\n  - id: speed\n    description: Fast.\n")
    assert err.value.line == 2
    assert "pillar 'speed' needs 'name'" in err.value.message


def test_banned_entry_needs_phrase_or_claim_not_both(tmp_path):
    with pytest.raises(PositioningError) as err:
        load_text(tmp_path, POSITIONING + "banned:\n  - phrase: cheapest\n    claim: We are "
                  "cheapest.\n    reason: no\n")
    assert err.value.line == 15
    assert "either 'phrase'" in err.value.message


def test_duplicate_ids_are_refused(tmp_path):
    text = "pillars:\n  - id: a\n    name: A\n    description: x\n  - id: a\n    name: B\n" \
           "    description: y\n"
    with pytest.raises(PositioningError) as err:
        load_text(tmp_path, text)
    assert err.value.line == 5
    assert "share the id 'a'" in err.value.message


def test_missing_file_is_named(tmp_path):
    with pytest.raises(PositioningError, match="does not exist"):
        load_positioning(tmp_path / "nope.yaml")


def test_a_fact_value_that_is_no_number_or_yes_no_is_refused_with_its_line(tmp_path):
    with pytest.raises(PositioningError) as err:
        load_text(tmp_path, POSITIONING + "facts:\n  - id: crm\n    about: CRM we integrate with"
                  "\n    value: Salesforce\n")
    assert err.value.line == 17
    assert "fact 'crm': the value 'Salesforce' is not a number" in err.value.message


@pytest.mark.parametrize("value", ["14 days", "$49 per user per month", "99.9%", "no", "yes",
                                   "40+", "three nines", "true"])
def test_fact_values_are_read_by_the_claims_parser(tmp_path, value):
    p = load_text(tmp_path, POSITIONING + f"facts:\n  - id: f\n    about: x\n    value: {value}\n")
    assert p.facts[0].value == ("yes" if value == "true" else value)

from pathlib import Path

import pytest

from checker.errors import ConfigError
from checker.project import find_config, load_project
from tests.helpers import project, write

RULES = ("drift.sentence", "drift.document", "tone.pressure")


def load(folder: Path):
    return load_project(find_config(folder), RULES)


def test_reads_channels_rules_and_report_dir_relative_to_the_config(tmp_path):
    project(tmp_path, config="""\
        positioning = "brand/positioning.yaml"
        exclude = ["**/drafts/**"]
        [channels]
        marketing = ["marketing/**/*.md"]
        sales = "sales/*"
        [rules]
        "tone.pressure" = "error"
        "drift.sentence" = { severity = "info", threshold = 0.25 }
        [report]
        dir = "out"
        """)
    p = load(tmp_path)
    assert p.positioning_path == (tmp_path / "brand/positioning.yaml").resolve()
    assert p.channels == {"marketing": ("marketing/**/*.md",), "sales": ("sales/*",)}
    assert p.exclude == ("**/drafts/**",)
    assert p.rules["tone.pressure"].severity == "error"
    assert p.rules["drift.sentence"].severity == "info"
    assert p.rules["drift.sentence"].options == {"threshold": 0.25}
    assert p.report_dir == (tmp_path / "out").resolve()


def test_finds_the_config_from_a_file_deep_inside_the_project(tmp_path):
    project(tmp_path, files={"marketing/emails/drafts/a.md": "Hello"})
    assert find_config(tmp_path / "marketing/emails/drafts/a.md") == \
        (tmp_path / "onmessage.toml").resolve()


def test_reads_tool_onmessage_from_pyproject(tmp_path):
    write(tmp_path, {"pyproject.toml": """\
        [project]
        name = "content"
        [tool.onmessage]
        positioning = "p.yaml"
        [tool.onmessage.channels]
        sales = ["sales/**/*"]
        """})
    p = load(tmp_path)
    assert p.config_path.name == "pyproject.toml"
    assert p.channels == {"sales": ("sales/**/*",)}


def test_invalid_toml_names_the_line(tmp_path):
    project(tmp_path, config='positioning = "p.yaml"\n[channels]\nmarketing = [a/*.md]\n')
    with pytest.raises(ConfigError) as err:
        load(tmp_path)
    assert err.value.line == 3
    assert str(err.value).startswith(str((tmp_path / "onmessage.toml").resolve()) + ":3:")


def test_unknown_rule_is_named_with_its_line_and_a_suggestion(tmp_path):
    project(tmp_path, config="""\
        positioning = "positioning.yaml"
        [channels]
        marketing = ["m/*"]
        [rules]
        "tone.presure" = "error"
        """)
    with pytest.raises(ConfigError) as err:
        load(tmp_path)
    assert err.value.line == 5
    assert "unknown rule 'tone.presure'" in err.value.message
    assert "did you mean 'tone.pressure'" in err.value.message


def test_bad_severity_is_explained(tmp_path):
    project(tmp_path, config="""\
        positioning = "positioning.yaml"
        [channels]
        marketing = ["m/*"]
        [rules]
        "drift.sentence" = "loud"
        """)
    with pytest.raises(ConfigError) as err:
        load(tmp_path)
    assert err.value.line == 5
    assert "off, info, warning, error" in err.value.message


OPTIONS = {"drift.sentence": {"threshold": 0.2}, "drift.document": {"threshold": 0.45,
                                                                    "min_claims": 3},
           "tone.pressure": {"phrases": []}}


@pytest.mark.parametrize("setting, message", [
    ('"drift.sentence" = { threshhold = 0.3 }',
     "rule 'drift.sentence' has no option 'threshhold' (did you mean 'threshold'?)"),
    ('"drift" = { min_claims = "three" }', "'min_claims' must be a number, not 'three'"),
    ('"tone.pressure" = { phrases = "act now" }', "'phrases' must be a list"),
])
def test_rule_options_are_checked_against_what_the_rule_takes(tmp_path, setting, message):
    project(tmp_path, config=f"""\
        positioning = "positioning.yaml"
        [channels]
        marketing = ["m/*"]
        [rules]
        {setting}
        """)
    with pytest.raises(ConfigError) as err:
        load_project(find_config(tmp_path), OPTIONS)
    assert err.value.line == 5
    assert message in err.value.message


def test_missing_positioning_and_channels_are_explained(tmp_path):
    project(tmp_path, config='[channels]\nsales = ["s/*"]\n')
    with pytest.raises(ConfigError, match="'positioning' setting is missing"):
        load(tmp_path)
    project(tmp_path, config='positioning = "positioning.yaml"\n')
    with pytest.raises(ConfigError, match="no \\[channels\\] table"):
        load(tmp_path)


def test_unknown_top_level_setting_suggests_the_right_one(tmp_path):
    project(tmp_path, config='positioning = "p.yaml"\nexclud = ["x"]\n[channels]\ns = ["s"]\n')
    with pytest.raises(ConfigError) as err:
        load(tmp_path)
    assert err.value.line == 2
    assert "did you mean 'exclude'" in err.value.message


def test_no_config_anywhere_is_a_clear_error(tmp_path):
    with pytest.raises(ConfigError, match="no onmessage.toml found"):
        find_config(tmp_path)


def test_toml_error_at_end_of_file_points_at_the_last_line(tmp_path):
    project(tmp_path, config='positioning = "p.yaml"\n[channels]\nmarketing = ["a/*.md"\n')
    with pytest.raises(ConfigError) as err:
        load(tmp_path)
    assert err.value.line == 3

"""Tests of analysis.codebook: the shipped codebook and the validating loader."""
import textwrap

import pandas as pd
import pytest

from analysis.codebook import HEADLINE_ORDER, CodebookError, load_codebook
from analysis.themes import assign_themes

THEMES = ["meetings", "documents", "reception", "vehicles", "grassroots", "overseas", "publicity",
          "security", "frugality", "banquets_gifts", "evaluations", "efficiency", "discipline",
          "decision_making", "study", "personnel", "development", "implementation", "other"]

MINIMAL = """\
version = "t"
[[theme]]
id = "meetings"
name_zh = "会议活动"
name_en = "Meetings"
group = "core"
headline = true
cues = { "会议" = 3 }
{extra}
[[theme]]
id = "other"
name_zh = "其他"
name_en = "Other"
group = "none"
cues = {}
"""


def minimal(extra: str) -> str:
    return MINIMAL.replace("{extra}", extra)


def write(tmp_path, text, name="cb.toml"):
    p = tmp_path / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_shipped_codebook_has_every_theme_in_order():
    cb = load_codebook()
    t = cb.themes
    assert list(t.columns) == ["theme_code", "name_zh", "name_en", "group", "is_headline", "order"]
    assert t["theme_code"].tolist() == THEMES
    assert t["order"].tolist() == list(range(1, len(THEMES) + 1))
    assert tuple(cb.headline_codes) == HEADLINE_ORDER
    assert set(t.loc[t["group"] == "core", "theme_code"]) == set(THEMES[:10])
    assert t["name_zh"].str.len().min() > 0 and t["name_en"].str.len().min() > 0


def test_shipped_cues_are_well_formed():
    cb = load_codebook()
    c = cb.cues
    assert (c["weight"] >= 0).all()
    for code in THEMES[:-1]:
        assert len(cb.cue_weights(code)) >= 5, code
    assert cb.cue_weights("other") == {}
    assert set(cb.settings) >= {"heading_weight", "min_score", "further_min_score"}
    assert len(cb.sha256) == 64 and cb.version


def test_minimal_codebook_loads(tmp_path):
    cb = load_codebook(write(tmp_path, minimal("")))
    assert cb.theme_codes == ["meetings", "other"]
    assert cb.cue_weights("meetings") == {"会议": 3.0}


@pytest.mark.parametrize("extra, message", [
    ('colour = "red"', r"theme #1 \('meetings'\): unknown key\(s\) \['colour'\]"),
    ('[[theme]]\nid = "meetings"\nname_zh = "x"\nname_en = "x"\ngroup = "core"\ncues = { "开会" = 1 }',
     r"theme #2: duplicate id 'meetings'"),
    ('[[theme]]\nid = "vehicles"\nname_zh = "x"\nname_en = "x"\ngroup = "core"\ncues = {}',
     r"theme #2 \('vehicles'\): empty cue list"),
    ('[[theme]]\nid = "vehicles"\nname_zh = "x"\nname_en = "x"\ngroup = "core"\ncues = { "车" = -1 }',
     r"'vehicles'\): cues: weight of '车'"),
    ('[[theme]]\nid = "Vehicles"\nname_zh = "x"\nname_en = "x"\ngroup = "core"\ncues = { "车" = 1 }',
     r"id must be lower_snake_case"),
    ('[[theme]]\nid = "vehicles"\nname_zh = "x"\nname_en = "x"\ngroup = "central"\ncues = { "车" = 1 }',
     r"group must be one of"),
    ('[[theme]]\nid = "vehicles"\nname_zh = "x"\ngroup = "core"\ncues = { "车" = 1 }',
     r"missing key\(s\) \['name_en'\]"),
    ('[[theme]]\nid = "vehicles"\nname_zh = "x"\nname_en = "x"\ngroup = "core"\ncues = { "车" = 1 }\n'
     'negative = { "车" = 1 }', r"\['车'\] are both positive and negative"),
])
def test_loader_errors_name_file_and_entry(tmp_path, extra, message):
    p = write(tmp_path, minimal(extra))
    with pytest.raises(CodebookError, match=message) as exc:
        load_codebook(p)
    assert str(p) in str(exc.value)


def test_unknown_top_level_and_assignment_keys(tmp_path):
    p = write(tmp_path, 'colour = 1\n' + minimal(""))
    with pytest.raises(CodebookError, match="unknown top-level key"):
        load_codebook(p)
    p = write(tmp_path, minimal("") + '[assignment]\nmin_scor = 1\n', "b.toml")
    with pytest.raises(CodebookError, match=r"\[assignment\]: unknown key\(s\) \['min_scor'\]"):
        load_codebook(p)


def test_missing_other_and_bad_toml(tmp_path):
    p = write(tmp_path, minimal("").split("[[theme]]\nid = \"other\"")[0])
    with pytest.raises(CodebookError, match="fallback theme 'other' is missing"):
        load_codebook(p)
    p = write(tmp_path, "[[theme]\n", "bad.toml")
    with pytest.raises(CodebookError, match="not valid TOML"):
        load_codebook(p)


def test_a_researcher_adds_a_theme_by_editing_the_file(tmp_path):
    extra = ('[[theme]]\nid = "internet"\nname_zh = "网络问政"\nname_en = "Online"\ngroup = "wider"\n'
             'cues = { "网络问政" = 3, "网民" = 2 }')
    cb = load_codebook(write(tmp_path, minimal(extra)))
    m = pd.DataFrame({"measure_id": ["a", "b"], "text": ["开展网络问政，回应网民关切。", "压缩会议数量。"]})
    prim = assign_themes(m, cb).query("is_primary").set_index("measure_id")["theme_code"]
    assert prim.to_dict() == {"a": "internet", "b": "meetings"}

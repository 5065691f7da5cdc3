"""Stringency: wording cues, the documented score, level × theme intervals, like limits across plans."""
import re

import numpy as np
import pandas as pd
import pytest

from analysis import schemas
from analysis.stringency import (find_cues, limits_comparison, load_stringency_config, score_measures,
                                 stringency_by_level, to_kind_unit)

CFG = {
    "scoring": {"quantified_weight": 1.0, "quantified_cap": 2, "strong_cap": 3.0, "hedge_cap": 1.5},
    "conventions": {"hours_per_day": 8.0, "years_per_term": 5.0},
    "strong": [{"regex": re.compile("严禁"), "weight": 2.0}, {"regex": re.compile("一律不|一律"), "weight": 1.0},
               {"regex": re.compile("不得"), "weight": 1.0}],
    "hedge": [{"regex": re.compile("原则上"), "weight": 1.0}, {"regex": re.compile("一般不"), "weight": 1.0}],
    "limit_kinds": load_stringency_config()["limit_kinds"],
}


@pytest.mark.parametrize("text, hits", [
    ("严禁公款吃喝，一律不得报销。", ["严禁", "一律不"]),   # leftmost-longest: 一律不 once; its 不 is not reused by 不得
    ("不得饮酒，一律安排工作餐。", ["不得", "一律"]),
    ("会议一般不超过2小时，原则上不报道。", []),                    # hedges are not strong cues
    ("一般性工作不发简报。", []),
])
def test_strong_cues(text, hits):
    assert [h[2] for h in find_cues(text, CFG["strong"])] == hits


def test_shipped_hedges_skip_the_adjective():
    cfg = load_stringency_config()
    assert [h[2] for h in find_cues("会期一般不超过半天，原则上尽量压缩。", cfg["hedge"])] == ["一般不", "原则上", "尽量"]
    assert find_cues("一般性会议和一般公文", cfg["hedge"]) == []


def test_score_formula_and_caps():
    m = pd.DataFrame({"measure_id": ["a", "b", "c"], "doc_id": ["d"] * 3,
                      "text": ["严禁超标准接待。", "严禁严禁严禁，原则上一般不报道。", "加强学习。"]})
    c = pd.DataFrame({"measure_id": ["a", "b", "b", "b"]})
    s = score_measures(m, c, CFG).set_index("measure_id")
    assert s.loc["a", "stringency_score"] == pytest.approx(1.0 + 2.0)
    # b: 3 commitments capped at 2; strong 6 capped at 3; hedges 2 capped at 1.5
    assert s.loc["b", ["quantified_component", "strong_component", "hedge_component"]].tolist() == [2.0, 3.0, 1.5]
    assert s.loc["b", "stringency_score"] == pytest.approx(3.5)
    assert s.loc["c", "stringency_score"] == 0
    schemas.validate(s.reset_index(), "measure_stringency")


def test_config_errors(tmp_path):
    bad = tmp_path / "s.toml"
    bad.write_text('[scoring]\n[conventions]\n[[strong]]\npattern = "("\nweight = 1\n[[hedge]]\npattern="a"\nweight=1\n'
                   '[[limit_kinds]]\ncode="x"\n', encoding="utf-8")
    with pytest.raises(ValueError, match="bad pattern"):
        load_stringency_config(bad)
    (tmp_path / "t.toml").write_text("[scoring]\n", encoding="utf-8")
    with pytest.raises(ValueError, match="missing section"):
        load_stringency_config(tmp_path / "t.toml")


@pytest.mark.parametrize("value, unit, expected", [(0.5, "days", 4.0), (90, "minutes", 1.5), (2, "hours", 2.0)])
def test_meeting_length_in_hours(value, unit, expected):
    kind = {"code": "meeting_length", "unit": "hours"}
    assert to_kind_unit(value, unit, kind, CFG["conventions"]) == pytest.approx(expected)


def _level_inputs():
    docs = pd.DataFrame({"doc_id": ["p1", "p2", "p3", "c1"], "level": ["province"] * 3 + ["county"]})
    rows = []
    for d, scores in {"p1": [1, 2], "p2": [0, 0], "p3": [3, 1], "c1": [2, 2]}.items():
        for i, s in enumerate(scores):
            rows.append({"measure_id": f"{d}-{i}", "doc_id": d, "stringency_score": float(s),
                         "n_commitments": int(s > 1)})
    ms = pd.DataFrame(rows)
    themes = pd.DataFrame({"measure_id": ms["measure_id"], "theme_code": ["meetings", "study"] * 4,
                           "is_primary": True})
    return ms, docs, themes


def test_by_level_intervals_and_single_plan_levels():
    ms, docs, themes = _level_inputs()
    out = stringency_by_level(ms[["measure_id"]], ms, docs, themes, n_boot=200, random_state=1)
    out = out.set_index(["level", "theme_code"])
    prov = out.loc[("province", "all")]
    assert prov["mean_score"] == pytest.approx(7 / 6)
    assert prov["score_ci_low"] <= prov["mean_score"] <= prov["score_ci_high"]
    assert bool(prov["is_ci_available"])
    county = out.loc[("county", "all")]
    assert not bool(county["is_ci_available"]) and np.isnan(county["score_ci_low"])  # one plan: no interval
    assert out.loc[("province", "meetings"), "n_measures"] == 3
    again = stringency_by_level(ms[["measure_id"]], ms, docs, themes, n_boot=200, random_state=1)
    pd.testing.assert_frame_equal(again.set_index(["level", "theme_code"]), out)


def _commitment(cid, doc, kind, comparator, value, unit, frequency=None, conditional=False, high=None):
    return {"commitment_id": cid, "measure_id": cid[:-4], "doc_id": doc, "subject": None, "limit_kind": kind,
            "comparator": comparator, "value": value, "value_high": high, "unit": unit, "unit_raw": None,
            "frequency": frequency, "is_conditional": conditional, "cue": "", "text": "x",
            "char_start": 0, "char_end": 1}


def test_limits_comparison_lines_up_like_limits():
    docs = pd.DataFrame({"doc_id": ["m", "c"], "level": ["municipal", "county"]})
    c = pd.DataFrame([
        _commitment("m-m1-c01", "m", "meeting_length", "<=", 0.5, "days"),        # 半天 = 4 hours
        _commitment("m-m1-c02", "m", "meeting_length", "<=", 2, "hours"),
        _commitment("c-m1-c01", "c", "meeting_length", "<=", 3, "hours"),
        _commitment("c-m1-c02", "c", "meeting_length", "<=", 0.5, "days", conditional=True),  # left out
        _commitment("m-m2-c01", "m", "contact_visits", ">=", 1, "times", "每季度"),  # 4 a year
        _commitment("c-m2-c01", "c", "contact_visits", ">=", 2, "times", "每年"),
    ])
    out = schemas.validate(limits_comparison(c, docs, load_stringency_config()), "limits_comparison")
    ml = out[out["limit_kind"] == "meeting_length"].set_index("doc_id")
    assert ml.loc["m", ["value", "value_strictest"]].tolist() == [4.0, 2.0]
    assert ml.loc["c", "value"] == 3.0 and ml.loc["c", "n_commitments"] == 1
    assert ml["is_strictest"].to_dict() == {"m": False, "c": True}
    cv = out[out["limit_kind"] == "contact_visits"].set_index("doc_id")
    assert cv.loc["m", "value"] == 4.0 and cv.loc["m", "basis"] == "每年"
    assert cv["is_strictest"].to_dict() == {"m": True, "c": False}   # higher is stricter for a floor

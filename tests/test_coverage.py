"""Coverage by plan and by level: counts, shares, bootstrap intervals, grouping, differences."""
import numpy as np
import pandas as pd
import pytest

from analysis import coverage, schemas

THEMES = ["meetings", "documents", "reception", "other"]


def make_inputs():
    """Four plans: two provincial (p1, p2), one county (p3), one county plan with no measures (p4)."""
    documents = pd.DataFrame({
        "doc_id": ["p1", "p2", "p3", "p4"],
        "level": ["province", "province", "county", "county"],
        "campaign": ["A", "B", "A", ""],  # empty campaign -> group "unknown"
        "date": ["2013-02-06", "2014-01", "2014", None],
    })
    measures = pd.DataFrame({
        "measure_id": ["p1-m001", "p1-m002", "p1-m003", "p1-m004", "p2-m001", "p2-m002", "p3-m001"],
        "doc_id": ["p1", "p1", "p1", "p1", "p2", "p2", "p3"],
    })
    mt = pd.DataFrame([
        # measure, theme, is_primary
        ("p1-m001", "meetings", True),
        ("p1-m001", "documents", False),   # further theme: counts toward coverage, not toward primary
        ("p1-m002", "meetings", True),
        ("p1-m003", "reception", True),
        ("p1-m004", "other", True),
        ("p2-m001", "documents", True),
        ("p2-m002", "documents", True),
        ("p3-m001", "meetings", True),
    ], columns=["measure_id", "theme_code", "is_primary"])
    mt["score"] = 1.0
    mt["evidence"] = "x"
    return mt, measures, documents


@pytest.fixture(scope="module")
def tables():
    mt, measures, documents = make_inputs()
    return coverage.coverage_tables(mt, measures, documents, themes=THEMES, n_boot=500, random_state=7)


@pytest.mark.parametrize("doc_id, theme, n_any, n_primary, share, covered", [
    ("p1", "meetings", 2, 2, 50.0, True),
    ("p1", "documents", 1, 0, 25.0, True),    # only a further theme, still covered
    ("p1", "reception", 1, 1, 25.0, True),
    ("p2", "meetings", 0, 0, 0.0, False),
    ("p2", "documents", 2, 2, 100.0, True),
    ("p3", "meetings", 1, 1, 100.0, True),
    ("p4", "meetings", 0, 0, np.nan, False),  # plan without measures: share undefined, not 0
])
def test_coverage_by_document(tables, doc_id, theme, n_any, n_primary, share, covered):
    row = tables["coverage_by_document"].set_index(["doc_id", "theme_code"]).loc[(doc_id, theme)]
    assert row["n_measures"] == n_any
    assert row["n_measures_primary"] == n_primary
    if np.isnan(share):
        assert pd.isna(row["share_pct"])
    else:
        assert row["share_pct"] == pytest.approx(share)
    assert bool(row["is_covered"]) is covered


def test_every_plan_has_every_theme_and_primary_shares_sum_to_100(tables):
    cov = tables["coverage_by_document"]
    assert len(cov) == 4 * len(THEMES)
    sums = cov.dropna(subset=["share_primary_pct"]).groupby("doc_id")["share_primary_pct"].sum()
    assert np.allclose(sums, 100.0)


@pytest.mark.parametrize("level, theme, n_plans, n_covering, cov_pct", [
    ("province", "meetings", 2, 1, 50.0),
    ("province", "documents", 2, 2, 100.0),
    ("county", "meetings", 2, 1, 50.0),   # p4 has no measures but is still a plan of the level
    ("county", "other", 2, 0, 0.0),
])
def test_coverage_by_level_counts(tables, level, theme, n_plans, n_covering, cov_pct):
    row = tables["coverage_by_level"].set_index(["group_value", "theme_code"]).loc[(level, theme)]
    assert (row["n_plans"], row["n_plans_covering"]) == (n_plans, n_covering)
    assert row["coverage_pct"] == pytest.approx(cov_pct)


def test_mean_share_leaves_out_plans_without_measures(tables):
    row = tables["coverage_by_level"].set_index(["group_value", "theme_code"]).loc[("county", "meetings")]
    assert row["mean_share_pct"] == pytest.approx(100.0)


def test_intervals_contain_estimate_and_are_degenerate_when_all_plans_agree(tables):
    lvl = tables["coverage_by_level"]
    ok = lvl[lvl["is_ci_available"]]
    assert (ok["coverage_ci_low_pct"] <= ok["coverage_pct"] + 1e-9).all()
    assert (ok["coverage_ci_high_pct"] >= ok["coverage_pct"] - 1e-9).all()
    row = lvl.set_index(["group_value", "theme_code"]).loc[("province", "documents")]
    assert (row["coverage_ci_low_pct"], row["coverage_ci_high_pct"]) == (100.0, 100.0)


def test_single_plan_group_has_no_interval():
    mt, measures, documents = make_inputs()
    docs = documents[documents["doc_id"] != "p4"]
    lvl = coverage.coverage_tables(mt, measures, docs, themes=THEMES, n_boot=100)["coverage_by_level"]
    county = lvl[lvl["group_value"] == "county"]
    assert (county["n_plans"] == 1).all()
    assert not county["is_ci_available"].any()
    for col in ["coverage_ci_low_pct", "coverage_ci_high_pct", "share_ci_low_pct", "share_ci_high_pct"]:
        assert county[col].isna().all(), col


def test_bootstrap_is_reproducible_and_seeded():
    mt, measures, documents = make_inputs()
    run = lambda seed: coverage.coverage_tables(mt, measures, documents, themes=THEMES, n_boot=300,
                                                random_state=seed)
    a, b = run(1), run(1)
    for name in a:
        pd.testing.assert_frame_equal(a[name], b[name])
    # with two plans the percentile bounds hardly move, so compare the share intervals of a 6-plan level
    docs = pd.DataFrame({"doc_id": [f"d{i}" for i in range(6)], "level": "province"})
    meas = pd.DataFrame({"measure_id": [f"d{i}-m{j}" for i in range(6) for j in range(i + 1)],
                         "doc_id": [f"d{i}" for i in range(6) for j in range(i + 1)]})
    themes = pd.DataFrame({"measure_id": meas["measure_id"], "theme_code": "meetings", "is_primary": True})
    themes.loc[::2, "theme_code"] = "documents"
    r1 = coverage.coverage_tables(themes, meas, docs, themes=THEMES, n_boot=50, random_state=1)["coverage_by_level"]
    r2 = coverage.coverage_tables(themes, meas, docs, themes=THEMES, n_boot=50, random_state=2)["coverage_by_level"]
    assert not np.allclose(r1["share_ci_low_pct"].fillna(-1), r2["share_ci_low_pct"].fillna(-1))


def test_adding_a_group_does_not_move_other_groups_intervals():
    mt, measures, documents = make_inputs()
    full = coverage.coverage_tables(mt, measures, documents, themes=THEMES, n_boot=200)["coverage_by_level"]
    prov_docs = documents[documents["level"] == "province"]
    prov = coverage.coverage_tables(mt, measures, prov_docs, themes=THEMES, n_boot=200)["coverage_by_level"]
    pd.testing.assert_frame_equal(full[full["group_value"] == "province"].reset_index(drop=True), prov)


@pytest.mark.parametrize("group_by, expected", [
    ("level", ["province", "county"]),          # level rank order, not alphabetical
    ("campaign", ["A", "B", "unknown"]),        # empty values -> "unknown", last
    ("year", ["2013", "2014", "unknown"]),      # derived from date
])
def test_group_by(group_by, expected):
    mt, measures, documents = make_inputs()
    lvl = coverage.coverage_tables(mt, measures, documents, themes=THEMES, n_boot=50,
                                   group_by=group_by)["coverage_by_level"]
    assert lvl["group_value"].drop_duplicates().tolist() == expected
    assert (lvl["group_by"] == group_by).all()


def test_unknown_group_by_names_the_columns():
    mt, measures, documents = make_inputs()
    with pytest.raises(KeyError, match="region"):
        coverage.coverage_tables(mt, measures, documents, themes=THEMES, group_by="region")


def test_level_differences(tables):
    diffs = tables["level_differences"]
    assert diffs[["group_a", "group_b"]].drop_duplicates().values.tolist() == [["province", "county"]]
    lvl = tables["coverage_by_level"].set_index(["group_value", "theme_code"])
    for r in diffs.itertuples(index=False):
        assert r.diff_coverage_pct == pytest.approx(lvl.loc[("province", r.theme_code), "coverage_pct"]
                                                    - lvl.loc[("county", r.theme_code), "coverage_pct"])
    row = diffs.set_index("theme_code").loc["documents"]
    assert row["diff_coverage_pct"] == pytest.approx(100.0)
    assert row["diff_coverage_ci_low_pct"] <= row["diff_coverage_pct"] <= row["diff_coverage_ci_high_pct"]


def test_stage_reads_params_and_validates():
    mt, measures, documents = make_inputs()
    out = coverage.coverage_stage({"measure_themes": mt, "measures": measures, "documents": documents},
                                  {"n_boot": 20, "group_by": "campaign", "random_state": 3})
    assert set(out) == {"coverage_by_document", "coverage_by_level", "level_differences"}
    for name, df in out.items():
        schemas.validate(df, name)
    assert (out["coverage_by_level"]["group_by"] == "campaign").all()


@pytest.mark.parametrize("kwargs, message", [({"ci": 1.5}, "ci"), ({"n_boot": 0}, "n_boot")])
def test_bad_parameters(kwargs, message):
    mt, measures, documents = make_inputs()
    with pytest.raises(ValueError, match=message):
        coverage.coverage_tables(mt, measures, documents, themes=THEMES, **kwargs)


def test_stage_adds_keyness_when_tokens_exist():
    mt, measures, documents = make_inputs()
    tokens = measures.assign(tokens=["会议 文件", "会议", "接待 车", "车", "文件", "文件 会议", "车 车"])
    out = coverage.coverage_stage({"measure_themes": mt, "measures": measures, "documents": documents,
                                   "measure_tokens": tokens}, {"n_boot": 10, "keyness_min_count": 1})
    assert set(out) == {"coverage_by_document", "coverage_by_level", "level_differences", "keyness"}
    assert set(out["keyness"]["group_value"]) == {"province", "county"}

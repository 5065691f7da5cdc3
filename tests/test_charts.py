"""Charts: each draws exactly its tidy frame, in both languages, with no missing glyph, writing nothing."""
import os
import warnings

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis import charts, coverage, keyness  # noqa: E402
from analysis.codebook import load_codebook  # noqa: E402


def tiny_tables() -> dict:
    """Five plans over three levels (one level with a single plan), with themes, tokens and clusters."""
    documents = pd.DataFrame({
        "doc_id": ["p1", "p2", "p3", "p4", "p5"],
        "level": ["province", "province", "municipal", "county", "county"],
        "region": ["湖南省", "", "江西省赣州市", "山东省济宁市金乡县", "广东省某县"],
        "issuer": ["省委", "省工业和信息化厅党组织委员会", "市政府", "县委", "县政府"],
        "campaign": ["群众路线", "群众路线", "群众路线", "八项规定", "三严三实"],
        "date": ["2014-01", "2013-10", "2014-02", "2013-02-06", "2016"],
    })
    themes = load_codebook().themes["theme_code"].astype(str).tolist()
    rows, meas, toks = [], [], []
    words = ["会议", "文件", "接待", "车", "调研", "基层", "节约", "宴请", "整改"]
    for d, n in zip(documents["doc_id"], [6, 3, 5, 4, 2]):
        for j in range(n):
            mid = f"{d}-m{j + 1:03d}"
            meas.append({"measure_id": mid, "doc_id": d})
            k = (int(d[1]) * 3 + j) % len(themes)
            rows.append((mid, themes[k], True))
            if j % 2:
                rows.append((mid, themes[(k + 1) % 5], False))
            toks.append({"measure_id": mid, "doc_id": d,
                         "tokens": " ".join(words[(int(d[1]) + j + i) % len(words)] for i in range(4))})
    mt = pd.DataFrame(rows, columns=["measure_id", "theme_code", "is_primary"]).drop_duplicates(
        ["measure_id", "theme_code"])
    measures, measure_tokens = pd.DataFrame(meas), pd.DataFrame(toks)
    tables = {"documents": documents, "measures": measures, "measure_themes": mt, "measure_tokens": measure_tokens}
    tables.update(coverage.coverage_tables(mt, measures, documents, n_boot=200, random_state=0))
    tables["keyness"] = keyness.keyness_table(measure_tokens, documents, min_count=1)
    tables["clusters"] = pd.DataFrame({
        "cluster_id": [0, 1, 2], "n_measures": [8, 6, 6],
        "top_terms": ["会议 文件 简报 精简", "公车 车辆 接待", "调研 基层 走访"],
        "representative_measure_ids": ["p1-m001", "p2-m001", "p3-m001"],
        "best_theme_code": ["meetings", "vehicles", "grassroots"], "best_theme_share_pct": [75.0, 50.0, 33.3],
        "is_candidate_new_theme": [False, False, True]})
    tables["cluster_themes"] = pd.DataFrame({
        "cluster_id": [0, 0, 1, 1, 2, 2, 2], "theme_code": ["meetings", "documents", "vehicles", "reception",
                                                           "grassroots", "other", "study"],
        "n_measures": [6, 2, 3, 3, 2, 2, 2], "share_pct": [75.0, 25.0, 50.0, 50.0, 33.3, 33.3, 33.4]})
    return tables


@pytest.fixture(scope="module")
def tables():
    return tiny_tables()


@pytest.fixture(scope="module")
def themes():
    return load_codebook().themes


@pytest.fixture(autouse=True)
def glyphs_are_errors():
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing", category=UserWarning)
        yield
    plt.close("all")


def _charts(t, th):
    """(plot call, data call) pairs: the data call is the frame the plot must draw."""
    return {
        "heatmap": (lambda lang: charts.plot_theme_heatmap(t["coverage_by_document"], t["documents"], th, lang=lang),
                    lambda lang: charts.heatmap_data(t["coverage_by_document"], t["documents"], th, lang=lang)),
        "headline": (lambda lang: charts.plot_headline_by_level(t["coverage_by_document"], t["coverage_by_level"],
                                                                t["documents"], th, lang=lang),
                     lambda lang: charts.headline_data(t["coverage_by_document"], t["coverage_by_level"],
                                                       t["documents"], th, lang=lang)),
        "stacked": (lambda lang: charts.plot_measures_stacked(t["coverage_by_level"], th, lang=lang),
                    lambda lang: charts.stacked_data(t["coverage_by_level"], th, lang=lang)),
        "differences": (lambda lang: charts.plot_level_differences(t["level_differences"], th, lang=lang),
                        lambda lang: charts.differences_data(t["level_differences"], th, lang=lang)),
        "keyness": (lambda lang: charts.plot_keyness(t["keyness"], lang=lang),
                    lambda lang: charts.keyness_data(t["keyness"], lang=lang)),
        "alignment": (lambda lang: charts.plot_cluster_theme_alignment(t["cluster_themes"], t["clusters"], th,
                                                                       lang=lang),
                      lambda lang: charts.alignment_data(t["cluster_themes"], t["clusters"], th, lang=lang)),
    }


@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("name", ["heatmap", "headline", "stacked", "differences", "keyness", "alignment"])
def test_chart_draws_its_frame_without_missing_glyphs_or_files(tables, themes, tmp_path, name, lang):
    plot, data = _charts(tables, themes)[name]
    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        fig = plot(lang)
        fig.canvas.draw()  # lays out every text: a missing glyph raises here
    finally:
        os.chdir(cwd)
    assert isinstance(fig, matplotlib.figure.Figure)
    assert list(tmp_path.iterdir()) == []  # charts never write files
    pd.testing.assert_frame_equal(charts.figure_data(fig), data(lang))
    assert len(charts.figure_data(fig)) > 0


def test_labels_follow_language(tables, themes):
    zh = charts.stacked_data(tables["coverage_by_level"], themes, lang="zh")
    en = charts.stacked_data(tables["coverage_by_level"], themes, lang="en")
    names = themes.set_index("theme_code")
    assert zh["theme_label"].tolist() == names.loc[zh["theme_code"], "name_zh"].tolist()
    assert en["theme_label"].tolist() == names.loc[en["theme_code"], "name_en"].tolist()
    assert set(zh["group_label"]) == {"省级", "市级", "县级"}
    assert set(en["group_label"]) == {"Provincial", "Municipal", "County"}


def test_heatmap_matrix_is_the_table(tables, themes):
    fig = charts.plot_theme_heatmap(tables["coverage_by_document"], tables["documents"], themes)
    data = charts.figure_data(fig)
    image = fig.axes[0].images[0].get_array()
    for r in data.itertuples(index=False):
        assert image[r.row, r.col] == pytest.approx(r.share_pct)
    cov = tables["coverage_by_document"].set_index(["doc_id", "theme_code"])
    assert np.allclose(data["share_pct"], cov.loc[list(zip(data["doc_id"], data["theme_code"])), "share_pct"])
    # plans grouped by level, top-down: province rows come before municipal, municipal before county
    ranks = data.drop_duplicates("row")["group_value"].map({"province": 0, "municipal": 1, "county": 2})
    assert ranks.is_monotonic_increasing


def test_stacked_bars_are_the_table(tables, themes):
    fig = charts.plot_measures_stacked(tables["coverage_by_level"], themes)
    widths = sorted(p.get_width() for p in fig.axes[0].patches)
    assert widths == sorted(charts.figure_data(fig)["n_measures"].astype(float))
    lvl = tables["coverage_by_level"].set_index(["group_value", "theme_code"])
    d = charts.figure_data(fig)
    assert (d["n_measures"].to_numpy() == lvl.loc[list(zip(d["group_value"], d["theme_code"])), "n_measures"].to_numpy()).all()


def test_headline_shows_every_plan_and_level_summary(tables, themes):
    d = charts.headline_data(tables["coverage_by_document"], tables["coverage_by_level"], tables["documents"], themes)
    headline = themes[themes["is_headline"].astype(bool)]["theme_code"].tolist()
    assert d["theme_code"].drop_duplicates().tolist() == headline
    assert (d["layer"] == "plan").sum() == 5 * len(headline)
    assert (d["layer"] == "group").sum() == 3 * len(headline)
    single = d[(d["layer"] == "group") & (d["group_value"] == "municipal")]
    assert single["ci_low_pct"].isna().all() and (single["n_plans"] == 1).all()


def test_differences_hollow_when_no_interval(tables, themes):
    fig = charts.plot_level_differences(tables["level_differences"], themes)
    d = charts.figure_data(fig)
    assert set(d["pair_label"]) == {"省级 − 市级", "省级 − 县级", "市级 − 县级"}
    assert not d.loc[d["group_b"] == "municipal", "is_ci_available"].any()


def test_keyness_top_n(tables):
    d = charts.keyness_data(tables["keyness"], top_n=2)
    assert d.groupby("group_value").size().max() <= 2
    assert (d["log_likelihood"] > 0).all()


def test_alignment_marks_best_and_candidate(tables, themes):
    d = charts.alignment_data(tables["cluster_themes"], tables["clusters"], themes)
    best = d[d["is_best"]].set_index("cluster_id")["theme_code"].to_dict()
    assert best == {0: "meetings", 1: "vehicles", 2: "grassroots"}
    assert d.loc[d["cluster_id"] == 2, "cluster_label"].iloc[0].startswith("*")
    assert set(d["theme_code"]) == set(tables["cluster_themes"]["theme_code"])


def test_differences_rejects_unknown_metric(tables, themes):
    with pytest.raises(ValueError, match="metric"):
        charts.differences_data(tables["level_differences"], themes, metric="median")


def test_heatmap_grouped_by_campaign_keeps_levels_in_labels(tables, themes):
    d = charts.heatmap_data(tables["coverage_by_document"], tables["documents"], themes, group_by="campaign")
    labels = d.drop_duplicates("doc_id").set_index("doc_id")["plan_label"]
    assert labels["p4"] == "p4 山东省济宁市金乡县 [县级] (n=4)"
    assert labels["p2"].startswith("p2 省工业和信息化厅党组")  # no region: shortened issuer
    assert d["group_value"].drop_duplicates().tolist() == sorted(set(tables["documents"]["campaign"]))


def test_keyness_chart_keeps_terms_of_several_plans_only():
    """A term one plan repeats is that plan's habit: the chart needs it in min_plans of the level's plans
    (or in as many as the level has, for a level of one plan)."""
    import pandas as pd

    from analysis.charts import keyness_data
    rows = [("province", "调研", 3, 40.0, 1), ("province", "无线电", 1, 30.0, 2), ("province", "会议", 2, 20.0, 3),
            ("county", "走访", 1, 10.0, 1)]
    kn = pd.DataFrame([{"group_by": "level", "group_value": g, "term": t, "n_plans_target": n, "log_likelihood": ll,
                        "n_target": 9, "rank": r} for g, t, n, ll, r in rows])
    data = keyness_data(kn, min_plans=2)
    assert set(data.loc[data["group_value"] == "province", "term"]) == {"调研", "会议"}
    assert list(data.loc[data["group_value"] == "county", "term"]) == ["走访"]   # its only plan
    assert len(keyness_data(kn, min_plans=1)) == 4


def _many_plans(n: int, n_themes: int = 6) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """documents, coverage_by_document and codebook themes for ``n`` plans over three levels."""
    levels = ["province", "municipal", "county"]
    docs = pd.DataFrame({"doc_id": [f"d{i:04d}" for i in range(n)], "level": [levels[i % 3] for i in range(n)],
                         "region": [f"某地{i}" for i in range(n)]})
    themes = load_codebook().themes.head(n_themes)
    cov = pd.DataFrame([{"doc_id": d, "theme_code": t, "n_measures": (i + j) % 4, "share_pct": 10.0 * ((i + j) % 4),
                         "n_measures_doc": 12} for i, d in enumerate(docs["doc_id"])
                        for j, t in enumerate(themes["theme_code"])])
    return docs, cov, themes


def test_a_heatmap_of_hundreds_of_plans_stays_a_figure(glyphs_are_errors):
    docs, cov, themes = _many_plans(600)
    fig = charts.plot_theme_heatmap(cov, docs, themes)
    data = charts.figure_data(fig)
    try:
        assert fig.get_figheight() <= 1.6 + charts.HEATMAP_MAX_HEIGHT_IN  # 600 × 0.16 in would be 96 in
        assert len(fig.axes[0].get_yticks()) == 0  # rows too thin to name; the levels are named
        assert data["doc_id"].nunique() == 600  # every plan is still drawn
    finally:
        plt.close(fig)


def test_a_reuse_heatmap_of_many_plans_shows_those_with_the_most_reuse():
    from analysis.charts_commitments import REUSE_MAX_PLANS, plot_reuse_heatmap

    n = REUSE_MAX_PLANS + 20
    ids = [f"d{i:03d}" for i in range(n)]
    rows = [{"doc_id": a, "other_doc_id": b, "level": "county", "other_level": "county",
             "reuse_pct": float((i * 7 + j) % 50) if i < 10 else 1.0, "n_reused": 1, "n_measures": 10,
             "is_other_reference": False}
            for i, a in enumerate(ids) for j, b in enumerate(ids) if a != b and (j - i) % n < 4]
    dr = pd.DataFrame(rows)
    fig, data = plot_reuse_heatmap(dr, None)
    try:
        shown = set(data["doc_id"]) | set(data["other_doc_id"])
        assert len(shown) <= REUSE_MAX_PLANS and set(ids[:10]) <= shown  # the plans reusing most are kept
        assert f"共 {n} 个" in fig.axes[0].get_title()
        assert fig.get_figwidth() <= 16 and fig.get_figheight() <= 13
    finally:
        plt.close(fig)


def test_a_limits_panel_of_many_plans_draws_dots_without_overprinted_names():
    from analysis.charts_commitments import LIMITS_MAX_LABELLED, plot_limits

    def panel(kind, n):
        return pd.DataFrame({"limit_kind": kind, "basis": "每年", "label_zh": "会议次数", "label_en": "Meetings",
                             "unit": "times", "stricter": "lower", "doc_id": [f"d{i:03d}" for i in range(n)],
                             "level": "county", "level_rank": 3, "value": [float(4 + i % 5) for i in range(n)],
                             "value_strictest": [float(3 + i % 5) for i in range(n)],
                             "is_strictest": [i % 5 == 0 for i in range(n)], "n_plans_in_kind": n})
    from analysis import plotting

    with plotting.use_style("zh"):  # as the figure job draws it
        fig, data = plot_limits(pd.concat([panel("meetings_per_year", LIMITS_MAX_LABELLED + 60), panel("few", 3)]))
    try:
        big, small = fig.axes[0], fig.axes[1]
        assert len(big.get_yticks()) == 0 and len(small.get_yticks()) == 3  # names only where they fit
        assert len(big.collections) == 2 and not big.lines  # one line collection and one set of dots
        assert len(data) == LIMITS_MAX_LABELLED + 63
    finally:
        plt.close(fig)


def test_measures_per_plan_are_bars_for_a_few_plans_and_a_histogram_for_many():
    few = pd.Series([5, 2, 9], index=["p1", "p2", "p3"])
    fig = charts.plot_measures_per_plan(few)
    try:
        assert charts.figure_data(fig)["doc_id"].tolist() == ["p2", "p1", "p3"] and len(fig.axes[0].patches) == 3
    finally:
        plt.close(fig)
    many = pd.Series(np.arange(1000) % 40 + 3, index=[f"d{i}" for i in range(1000)])
    fig = charts.plot_measures_per_plan(many)
    try:
        data = charts.figure_data(fig)
        assert data["n_plans"].sum() == 1000 and len(fig.axes[0].patches) == len(data) <= 30
        assert data["bin_start"].iloc[0] == 3 and data["bin_end"].iloc[-1] == 42
    finally:
        plt.close(fig)

"""Exports: every figure rendered to PNG/SVG/PDF + CSV + index; the Excel workbook."""
import warnings

import matplotlib

matplotlib.use("Agg")

import numpy as np  # noqa: E402
import openpyxl  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402
from test_charts import tiny_tables  # noqa: E402  (tests/ is on sys.path under pytest)

from analysis import export  # noqa: E402

STEMS = ["theme_heatmap", "headline_by_level", "measures_by_theme", "level_differences", "keyness",
         "cluster_theme_alignment"]


@pytest.fixture(scope="module")
def tables():
    return tiny_tables()


@pytest.fixture(scope="module")
def rendered(tables, tmp_path_factory):
    out = tmp_path_factory.mktemp("figures")
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing", category=UserWarning)
        entries = export.render_figures(tables, out, lang="zh")
    return out, entries


def test_every_figure_in_every_format(rendered):
    out, entries = rendered
    assert [e["file"] for e in entries] == [f"{s}.png" for s in STEMS]
    for stem in STEMS:
        for ext in ("png", "svg", "pdf", "csv"):
            assert (out / f"{stem}.{ext}").stat().st_size > 0, f"{stem}.{ext}"
        pdf = (out / f"{stem}.pdf").read_bytes()
        assert b"FontFile2" in pdf and b"WenQuanYiMicroHei" in pdf, stem


def test_index_lists_every_figure(rendered):
    out, entries = rendered
    index = pd.read_csv(out / "figure_index.csv")
    assert index["file"].tolist() == [e["file"] for e in entries]
    assert index[["title", "caption", "source_table"]].notna().all().all()


@pytest.mark.parametrize("stem, table, keys, value, column", [
    ("theme_heatmap", "coverage_by_document", ["doc_id", "theme_code"], "share_pct", "share_pct"),
    ("measures_by_theme", "coverage_by_level", ["group_value", "theme_code"], "n_measures", "n_measures"),
    ("level_differences", "level_differences", ["group_a", "group_b", "theme_code"], "diff_share_pct", "diff_pct"),
    ("keyness", "keyness", ["group_value", "term"], "log_likelihood", "log_likelihood"),
    ("cluster_theme_alignment", "cluster_themes", ["cluster_id", "theme_code"], "share_pct", "share_pct"),
])
def test_figure_csv_matches_its_source_table(rendered, tables, stem, table, keys, value, column):
    out, _ = rendered
    csv = pd.read_csv(out / f"{stem}.csv", dtype={k: str for k in keys if k != "cluster_id"})
    src = tables[table].copy()
    for k in keys:
        if k != "cluster_id":
            src[k] = src[k].astype(str)
    merged = csv.merge(src[keys + [value]], on=keys, how="left", suffixes=("_fig", "_src"))
    fig_col = f"{column}_fig" if column == value else column
    src_col = f"{value}_src" if column == value else value
    if stem == "cluster_theme_alignment":  # cells a cluster lacks are drawn as 0
        merged[src_col] = merged[src_col].fillna(0.0)
    assert np.allclose(merged[fig_col].astype(float), merged[src_col].astype(float), rtol=1e-5, equal_nan=True)


def test_headline_csv_matches_levels_and_plans(rendered, tables):
    out, _ = rendered
    csv = pd.read_csv(out / "headline_by_level.csv", dtype={"doc_id": str})
    lvl = tables["coverage_by_level"].set_index(["group_value", "theme_code"])
    g = csv[csv["layer"] == "group"]
    assert np.allclose(g["value_pct"], lvl.loc[list(zip(g["group_value"], g["theme_code"])), "mean_share_pct"],
                       rtol=1e-5, equal_nan=True)
    cov = tables["coverage_by_document"].set_index(["doc_id", "theme_code"])
    p = csv[csv["layer"] == "plan"]
    assert np.allclose(p["value_pct"], cov.loc[list(zip(p["doc_id"], p["theme_code"])), "share_pct"], rtol=1e-5)


def test_render_in_english_and_without_optional_tables(tables, tmp_path):
    core = {k: tables[k] for k in ("documents", "coverage_by_document", "coverage_by_level", "level_differences")}
    with warnings.catch_warnings():
        warnings.filterwarnings("error", message=r".*Glyph .* missing", category=UserWarning)
        entries = export.render_figures(core, tmp_path, lang="en")
    assert [e["file"] for e in entries] == [f"{s}.png" for s in STEMS[:4]]
    assert "Differences" in entries[3]["title"]


def test_workbook_one_sheet_per_table_and_deterministic(tables, tmp_path):
    chosen = {k: tables[k] for k in ("coverage_by_level", "coverage_by_document", "keyness")}
    chosen["a_very_long_table_name_beyond_excel_limit"] = pd.DataFrame({"text": ["控制\x07字符", "ok"]})
    a = export.export_workbook(chosen, tmp_path / "a.xlsx")
    b = export.export_workbook(chosen, tmp_path / "b.xlsx")
    assert a.read_bytes() == b.read_bytes()
    wb = openpyxl.load_workbook(a)
    assert wb.sheetnames == ["a_very_long_table_name_beyond_e", "coverage_by_document", "coverage_by_level",
                             "keyness"]
    back = pd.read_excel(a, sheet_name="coverage_by_level")
    assert len(back) == len(tables["coverage_by_level"])
    assert np.allclose(back["coverage_pct"], tables["coverage_by_level"]["coverage_pct"])
    assert pd.read_excel(a, sheet_name=0)["text"].tolist() == ["控制字符", "ok"]  # control char dropped


def test_a_table_too_long_for_the_workbook_points_to_its_csv(tables, tmp_path):
    big = pd.DataFrame({"measure_id": [f"m{i}" for i in range(30)], "n": range(30)})
    out = export.export_workbook({"spans": big, "keyness": tables["keyness"]}, tmp_path / "w.xlsx", max_rows=25)
    note = pd.read_excel(out, sheet_name="spans")
    assert note.loc[0, "n_rows"] == 30 and "tables/spans.csv" in note.loc[0, "note"]
    assert len(pd.read_excel(out, sheet_name="keyness")) == len(tables["keyness"])

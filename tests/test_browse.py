"""Tests of analysis.browse: filtering measures, source context, spot checks, table subsets."""
import pandas as pd
import pytest

from analysis import browse

TEXTS = pd.DataFrame({
    "doc_id": ["p1", "p2"],
    "text": ["一、会议\n1. 精简会议活动，严格控制会议规模。\n2. 精简文件简报。\n",
             "（一）改进调查研究，深入基层。（二）厉行勤俭节约，公务接待从简。"],
})


def _measure(doc_id, seq, s, section="", heading=""):
    start = TEXTS.set_index("doc_id").loc[doc_id, "text"].index(s)
    return {"measure_id": f"{doc_id}-m{seq:03d}", "doc_id": doc_id, "seq": seq, "section": section,
            "heading": heading, "text": s, "char_start": start, "char_end": start + len(s)}


MEASURES = pd.DataFrame([
    _measure("p1", 1, "精简会议活动，严格控制会议规模。", "一、会议"),
    _measure("p1", 2, "精简文件简报。", "一、会议"),
    _measure("p2", 1, "改进调查研究，深入基层。", "", "Grassroots"),
    _measure("p2", 2, "厉行勤俭节约，公务接待从简。"),
])
# p2 (county) is listed first on purpose: the frame must come back in level order (province first).
DOCUMENTS = pd.DataFrame({"doc_id": ["p2", "p1"], "level": ["county", "province"], "title": ["B", "A"]})
MEASURE_THEMES = pd.DataFrame({
    "measure_id": ["p1-m001", "p1-m002", "p1-m002", "p2-m001", "p2-m002"],
    "theme_code": ["meetings", "meetings", "documents", "grassroots", "reception"],
    "is_primary": [True, False, True, True, True],
})


@pytest.fixture
def frame():
    return browse.measure_frame(MEASURES, DOCUMENTS, MEASURE_THEMES)


@pytest.mark.parametrize("doc_id, seq, width, expected", [
    ("p1", 2, 4, ("\n2. ", "精简文件简报。", "\n")),  # cut at the document's end
    ("p2", 1, 10, ("（一）", "改进调查研究，深入基层。", "（二）厉行勤俭节约，")),  # cut at the start
    ("p2", 2, 0, ("", "厉行勤俭节约，公务接待从简。", "")),  # no context at all
])
def test_source_context(doc_id, seq, width, expected):
    m = MEASURES[(MEASURES["doc_id"] == doc_id) & (MEASURES["seq"] == seq)].iloc[0]
    assert browse.source_context(TEXTS, m, width) == browse.Context(*expected)


def test_source_context_errors():
    with pytest.raises(KeyError, match="p9"):
        browse.source_context(TEXTS, {"doc_id": "p9", "char_start": 0, "char_end": 1})
    with pytest.raises(ValueError, match="width"):
        browse.source_context(TEXTS, MEASURES.iloc[0], -1)


def test_format_context_marks_and_shortens():
    ctx = browse.Context("前\n文", "措施正文很长", "后文")
    assert browse.format_context(ctx) == "…前 ⏎ 文【措施正文很长】后文…"
    assert browse.format_context(ctx, max_chars=2) == "…前 ⏎ 文【措施…】后文…"


def test_measure_frame_orders_by_level_and_joins_themes(frame):
    assert frame["measure_id"].tolist() == ["p1-m001", "p1-m002", "p2-m001", "p2-m002"]
    assert frame["level"].tolist() == ["province", "province", "county", "county"]
    # primary theme first, then the others alphabetically
    assert frame.set_index("measure_id").loc["p1-m002", "theme_codes"] == "documents;meetings"


def test_measure_frame_without_themes():
    out = browse.measure_frame(MEASURES, DOCUMENTS, None)
    assert out["theme_codes"].tolist() == ["", "", "", ""]


@pytest.mark.parametrize("kwargs, expected", [
    ({}, ["p1-m001", "p1-m002", "p2-m001", "p2-m002"]),
    ({"levels": ["county"]}, ["p2-m001", "p2-m002"]),
    ({"levels": []}, ["p1-m001", "p1-m002", "p2-m001", "p2-m002"]),  # empty selection = no filter
    ({"themes": ["meetings"]}, ["p1-m001", "p1-m002"]),  # further (non-primary) themes count too
    ({"themes": ["documents", "reception"]}, ["p1-m002", "p2-m002"]),
    ({"keyword": "精简"}, ["p1-m001", "p1-m002"]),
    ({"keyword": "精简 规模"}, ["p1-m001"]),  # every term must occur
    ({"keyword": "一、会议"}, ["p1-m001", "p1-m002"]),  # the section is searched too
    ({"keyword": "grassroots"}, ["p2-m001"]),  # the heading too, case-insensitively
    ({"levels": ["province"], "themes": ["reception"]}, []),
    ({"keyword": "没有的词"}, []),
])
def test_filter_measures(frame, kwargs, expected):
    assert browse.filter_measures(frame, **kwargs)["measure_id"].tolist() == expected


def test_browse_table_columns_and_context(frame):
    out = browse.browse_table(browse.filter_measures(frame, levels=["county"]), TEXTS, width=3)
    assert out.columns.tolist() == ["measure_id", "level", "doc_id", "section", "theme_codes", "context"]
    assert out["context"].iloc[1] == "…（二）【厉行勤俭节约，公务接待从简。】…"


def test_spot_check_is_seeded_and_per_document(frame):
    a = browse.spot_check(frame, TEXTS, n_per_doc=1, seed=3)
    b = browse.spot_check(frame, TEXTS, n_per_doc=1, seed=3)
    pd.testing.assert_frame_equal(a, b)
    assert a["doc_id"].tolist() == ["p1", "p2"]
    assert len(browse.spot_check(frame, TEXTS, n_per_doc=5)) == 4  # never more than a plan has


def test_subset_tables():
    tables = {"documents": DOCUMENTS, "measures": MEASURES, "measure_themes": MEASURE_THEMES,
              "coverage_by_level": pd.DataFrame({"level": ["county", "province"], "theme_code": ["a", "b"]}),
              "other": pd.DataFrame({"x": [1]})}
    out = browse.subset_tables(tables, levels=["county"], themes=["grassroots"])
    assert out["documents"]["doc_id"].tolist() == ["p2"]
    assert out["measures"]["measure_id"].tolist() == ["p2-m001", "p2-m002"]
    assert out["measure_themes"]["measure_id"].tolist() == ["p2-m001"]
    assert out["coverage_by_level"].empty  # level kept, theme dropped
    assert out["other"] is tables["other"]
    assert browse.subset_tables(tables) == tables


def test_a_selection_that_cannot_be_meant_is_an_error_naming_what_there_is():
    tables = {"documents": DOCUMENTS, "measures": MEASURES, "measure_themes": MEASURE_THEMES}
    # one level given as a string is that level, not its letters
    assert browse.subset_tables(tables, levels="county")["documents"]["doc_id"].tolist() == ["p2"]
    with pytest.raises(ValueError, match=r"levels \['township'\] select no document; the corpus has documents of: county"):
        browse.subset_tables(tables, levels=["township"])
    with pytest.raises(ValueError, match=r"themes \['meeting'\] are not theme codes of these tables; known: .*grassroots"):
        browse.subset_tables(tables, themes=["grassroots", "meeting"])


def test_measure_browser_redraws_on_filter(frame):
    drawn = []
    widget = browse.measure_browser(frame, TEXTS, render=lambda table, caption: drawn.append((table, caption)))
    levels, themes, keyword = widget.children[0].children
    assert levels.options == ("county", "province") and "documents" in themes.options
    keyword.value = "精简 规模"
    themes.value = ("documents",)
    assert [c for _, c in drawn] == ["4 of 4 measures", "1 of 4 measures", "0 of 4 measures"]
    assert drawn[1][0]["measure_id"].tolist() == ["p1-m001"]


def test_assignment_table_names_and_order():
    themes = pd.DataFrame({"theme_code": ["meetings", "documents"], "name_zh": ["会议", "文件"],
                           "name_en": ["Meetings", "Documents"]})
    mt = MEASURE_THEMES.assign(score=[2.0, 1.0, 3.0, 1.0, 1.0], evidence=["text:会议×1"] * 5)
    out = browse.assignment_table(MEASURES, mt, themes, lang="en", max_chars=4)
    assert out["measure_id"].tolist()[:3] == ["p1-m001", "p1-m002", "p1-m002"]
    assert out["theme_code"].tolist()[1:3] == ["documents", "meetings"]  # primary first
    assert out["theme"].tolist()[:2] == ["Meetings", "Documents"]
    assert out.set_index("theme_code").loc["grassroots", "theme"] == "grassroots"  # not in codebook: code kept
    assert out["text"].iloc[0] == "精简会议…"


def test_representatives():
    clusters = pd.DataFrame({"cluster_id": [0, 1], "representative_measure_ids": ["p2-m002;p1-m001", None]})
    out = browse.representatives(clusters, MEASURES, max_chars=3)
    assert out.values.tolist() == [[0, "p2-m002", "厉行勤…"], [0, "p1-m001", "精简会…"]]


@pytest.mark.parametrize("columns, wide_index", [
    (["measure_id", "level", "context"], 2),
    (["measure_id", "text", "evidence"], 1),  # the first long column wins
    (["measure_id", "level"], None),  # nothing long: DataTables sizes the columns itself
])
def test_table_options_widen_the_text_column(columns, wide_index):
    opts = browse.table_options(pd.DataFrame(columns=columns), pageLength=5)
    widths = [d for d in opts["columnDefs"] if "width" in d]
    assert opts["pageLength"] == 5 and opts["maxBytes"] > 64 * 1024
    assert (widths[0]["targets"] == [wide_index]) if wide_index is not None else not widths
    assert opts["autoWidth"] is (wide_index is None)

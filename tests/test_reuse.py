"""Text reuse: a planted passage is found inside unrelated text; stock phrases stay below the threshold."""
import pandas as pd
import pytest

from analysis import schemas
from analysis.reuse import DEFAULTS, align, find_candidates, label_similarity, normalise, reuse_stage, with_passages

PLANT = "县委常委到基层调研县直部门单位陪同负责同志不超过三人镇街不超过两人不安排警车开道不张贴悬挂标语横幅"
FILLER_A = "推动产业转型升级着力构建现代产业新体系大力发展智能制造深入推进新一轮技术改造打造信息化先导区"
FILLER_B = "加强水土流失综合治理加快农田水利工程建设加大棚户区改造和保障性住房建设力度优化垃圾处理场网点布局"
STOCK = ["认真贯彻落实", "中央八项规定精神", "习近平总书记系列重要讲话精神"]


def test_normalise_keeps_positions():
    norm, pos = normalise("一、会议，不超过２小时。")
    assert norm == "一会议不超过2小时"
    assert [("一、会议，不超过２小时。")[p] for p in pos][-3:] == ["２", "小", "时"]


def test_alignment_finds_a_planted_passage_inside_unrelated_text():
    a = FILLER_A[:30] + PLANT + FILLER_A[30:]
    b = FILLER_B[:20] + PLANT + FILLER_B[20:]
    al = align(a, b)
    assert a[al.a_start:al.a_end] == PLANT
    assert b[al.b_start:al.b_end] == PLANT
    assert al.n_matched == len(PLANT)


def test_stock_phrases_earn_nothing():
    stock_text = "认真贯彻落实中央八项规定精神和习近平总书记系列重要讲话精神"
    from analysis.reuse import stock_mask
    a, b = stock_text + FILLER_A, stock_text + FILLER_B
    wa, wb = (stock_mask(x, STOCK, set(), 4) for x in (a, b))
    # only chance overlaps of the fillers remain (改造), far below the reuse floor
    assert align(a, b, wa, wb).n_informative < DEFAULTS["min_matched"]
    assert align(a, b).n_matched >= len(stock_text)  # without the weights they would align


def _tables(texts_by_doc, levels, regions):
    rows, docs = [], []
    for d, texts in texts_by_doc.items():
        pos = 0
        for i, t in enumerate(texts, 1):
            rows.append({"measure_id": f"{d}-m{i:03d}", "doc_id": d, "seq": i, "text": t,
                         "char_start": pos, "char_end": pos + len(t)})
            pos += len(t) + 1
        docs.append({"doc_id": d, "level": levels[d], "region": regions[d]})
    return {"measures": pd.DataFrame(rows), "documents": pd.DataFrame(docs)}


def test_stage_labels_and_document_shares():
    stock = "认真贯彻落实中央八项规定精神。"
    t = _tables({
        "prov": [PLANT + "。", FILLER_A, stock + "加强作风建设"],
        "city": [PLANT.replace("县", "市") + "。", FILLER_B, stock + "完善制度"],
        "other": ["开展民生实事工程建设改善农村教师居住条件和办学条件缓解上学难问题"],
    }, {"prov": "province", "city": "municipal", "other": "county"},
       {"prov": "山东省", "city": "山东省济宁市", "other": "广东省某县"})
    out = reuse_stage(t, {})
    mr = out["measure_reuse"].set_index(["measure_id", "other_doc_id"])
    assert mr.loc[("city-m001", "prov"), "closest_measure_id"] == "prov-m001"
    assert mr.loc[("city-m001", "prov"), "label"] in ("verbatim", "adapted")
    # no row for a measure and a plan: no candidate there, i.e. novel with respect to that plan
    assert ("city-m003", "prov") not in mr.index or mr.loc[("city-m003", "prov"), "label"] == "novel"  # stock only
    assert ("other-m001", "prov") not in mr.index
    dr = out["document_reuse"].set_index(["doc_id", "other_doc_id"])
    assert dr.loc[("city", "prov"), "n_reused"] == 1
    assert dr.loc[("city", "prov"), "reuse_pct"] == pytest.approx(100 / 3)
    assert bool(dr.loc[("city", "prov"), "is_other_reference"])
    assert ("other", "prov") not in dr.index            # sparse: plans linked by no candidate have no row
    for name in ("reuse_pairs", "measure_reuse", "document_reuse"):
        schemas.validate(out[name], name)
    # offsets of aligned passages index the document text; with_passages reads them out
    texts = t["measures"].groupby("doc_id")["text"].agg("\n".join).reset_index()
    pairs = with_passages(out["reuse_pairs"], texts)
    assert len(pairs) and pairs["aligned_text"].notna().all()
    for r in pairs.itertuples():
        assert r.aligned_text in t["measures"].set_index("measure_id").at[r.measure_id, "text"]
        assert r.other_aligned_text in t["measures"].set_index("measure_id").at[r.other_measure_id, "text"]
    # a plan whose text is not at hand (tables subset to some levels) gives no passage, not an error
    partial = with_passages(out["reuse_pairs"], texts[texts["doc_id"] != "prov"])
    assert partial.loc[out["reuse_pairs"]["other_doc_id"].eq("prov"), "other_aligned_text"].isna().all()
    # measure_reuse keeps the passage of the closest pair
    mr_text = with_passages(out["measure_reuse"], texts)
    assert "other_aligned_text" not in mr_text.columns
    by_pair = pairs.set_index(["measure_id", "other_measure_id"])["aligned_text"]
    assert mr_text.set_index(["measure_id", "other_doc_id"]).at[("city-m001", "prov"), "aligned_text"] == \
        by_pair[("city-m001", "prov-m001")]


def test_candidates_are_not_all_pairs():
    t = _tables({"a": [PLANT, FILLER_A], "b": [PLANT, FILLER_B]}, {"a": "province", "b": "county"},
                {"a": "x", "b": "y"})
    from analysis.reuse import _prepare
    prep = _prepare(t["measures"], [], DEFAULTS)
    cands = find_candidates(prep, DEFAULTS)
    ids = {(prep.df.at[a, "measure_id"], prep.df.at[b, "measure_id"]) for a, b in zip(cands["a"], cands["b"])}
    assert ids == {("a-m001", "b-m001"), ("b-m001", "a-m001")}


@pytest.mark.parametrize("sim, n, label", [
    (0.95, 40, "verbatim"), (0.8, 40, "verbatim"), (0.5, 40, "adapted"), (0.3, 40, "adapted"),
    (0.29, 40, "novel"), (0.95, 10, "novel"),   # too few informative characters
])
def test_labels(sim, n, label):
    assert label_similarity(sim, n, DEFAULTS) == label


def test_document_reuse_reference_and_shares():
    from analysis.reuse import document_reuse
    docs = pd.DataFrame({"doc_id": ["prov", "city", "other"], "level": ["province", "municipal", "county"],
                         "region": ["山东省", "山东省济宁市", "广东省某县"]})
    measures = pd.DataFrame({"measure_id": ["c1", "c2", "c3", "c4", "o1"],
                             "doc_id": ["city"] * 4 + ["other"]})
    mr = pd.DataFrame({"measure_id": ["c1", "c2", "o1", "o1"], "doc_id": ["city", "city", "other", "other"],
                       "other_doc_id": ["prov", "prov", "prov", "city"], "closest_measure_id": ["p1", "p2", "p1", "c1"],
                       "similarity": [0.9, 0.1, 0.5, 0.35], "label": ["verbatim", "novel", "adapted", "adapted"]})
    dr = document_reuse(docs, mr, measures).set_index(["doc_id", "other_doc_id"])
    assert len(dr) == 3
    assert dr.loc[("city", "prov"), "n_reused"] == 1 and dr.loc[("city", "prov"), "n_measures"] == 4
    assert dr.loc[("city", "prov"), "mean_similarity"] == pytest.approx(1.0 / 4)   # over all 4 measures
    assert bool(dr.loc[("city", "prov"), "is_other_reference"])
    assert bool(dr.loc[("other", "prov"), "is_other_higher"])
    assert not bool(dr.loc[("other", "prov"), "is_other_reference"])   # higher, but another province
    assert not bool(dr.loc[("other", "city"), "is_other_reference"])


def test_identical_texts_skip_alignment_with_the_same_result():
    """The shortcut for identical texts gives what Smith–Waterman gives."""
    import random

    import numpy as np

    from analysis.reuse import _identical_nb
    rng = random.Random(7)
    for _ in range(300):
        a = "".join(rng.choice(PLANT) for _ in range(rng.randint(1, 60)))
        w = np.array([rng.random() > 0.3 for _ in a], dtype=np.int8)
        out = np.zeros(7, dtype=np.int64)
        _identical_nb(w, 2, out)
        assert tuple(out) == tuple(align(a, a, w, w))


def test_copies_with_other_numbers_are_one_group_and_candidates_are_capped():
    """A measure copied into many plans (numbers changed) keeps at most max_candidates candidates,
    higher-level plans first, and is labelled verbatim against them."""
    from analysis.reuse import _prepare
    base = "县委常委到基层调研陪同人员不超过{}人不安排警车开道不张贴悬挂标语横幅不搞层层陪同"
    # in 12 of 30 plans: fewer than half, so its n-grams are not masked as common to most plans
    texts = {f"d{i:02d}": ([base.format(3 + i % 5)] if i < 12 else []) + [FILLER_A[i:] + FILLER_B[:i]] for i in range(30)}
    levels = {d: ("province" if d == "d11" else "county") for d in texts}
    t = _tables(texts, levels, {d: "" for d in texts})
    prep = _prepare(t["measures"], [], DEFAULTS, t["documents"])
    copies = prep.df["text"].str.startswith("县委常委")
    assert prep.df.loc[copies, "group"].nunique() == 1 and prep.df.loc[copies, "text_id"].nunique() == 5
    cands = find_candidates(prep, DEFAULTS)
    assert cands.groupby("a").size().max() <= DEFAULTS["max_candidates"]
    first = cands.groupby("a")["b"].first()
    top = prep.df.index[(prep.df["doc_id"] == "d11") & copies][0]
    assert all(first[a] == top for a in prep.df.index[copies & (prep.df["doc_id"] != "d11")])
    out = reuse_stage(t, {})
    pairs = out["reuse_pairs"]
    assert len(pairs) <= len(t["measures"]) * DEFAULTS["max_candidates"]
    assert (pairs[pairs["other_doc_id"] == "d11"]["label"] == "verbatim").sum() == 11


def test_an_adapted_measure_in_another_group_is_found():
    """A measure that rewrites half of another (a different group) is a candidate and `adapted`."""
    src = PLANT + FILLER_A
    adapted = PLANT + FILLER_B
    t = _tables({"a": [src], "b": [adapted], "c": [FILLER_B[:20] + "开展调查研究"]},
                {"a": "province", "b": "municipal", "c": "county"}, {"a": "山东省", "b": "山东省济宁市", "c": "x"})
    out = reuse_stage(t, {})
    row = out["reuse_pairs"].set_index(["measure_id", "other_measure_id"]).loc[("b-m001", "a-m001")]
    assert row["label"] == "adapted"
    assert 0.3 <= row["similarity"] < 0.8
    texts = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": [src, adapted, FILLER_B[:20] + "开展调查研究"]})
    assert with_passages(row.to_frame().T, texts)["aligned_text"].iloc[0] == PLANT


def test_reuse_heatmap_draws_plan_pairs_without_a_row_as_zero():
    import matplotlib
    matplotlib.use("Agg")
    import numpy as np

    from analysis.charts_commitments import plot_reuse_heatmap
    from analysis.reuse import document_reuse
    docs = pd.DataFrame({"doc_id": ["a", "b", "c"], "level": ["province", "municipal", "county"], "region": ["", "", ""]})
    measures = pd.DataFrame({"measure_id": ["b1", "c1"], "doc_id": ["b", "c"]})
    mr = pd.DataFrame({"measure_id": ["b1"], "doc_id": ["b"], "other_doc_id": ["a"], "closest_measure_id": ["a1"],
                       "similarity": [0.9], "label": ["verbatim"]})
    dr = document_reuse(docs, mr, measures)
    dr = pd.concat([dr, dr.assign(doc_id="c", other_doc_id="b", level="county", other_level="municipal",
                                   n_reused=0, reuse_pct=0.0)], ignore_index=True)   # c linked to b, nothing reused
    fig, _ = plot_reuse_heatmap(dr, docs)
    mat = fig.axes[0].images[0].get_array()
    off = ~np.eye(mat.shape[0], dtype=bool)
    assert not np.ma.getmaskarray(mat)[off].any()          # every off-diagonal cell is drawn
    assert sorted(np.asarray(mat)[off].tolist()).count(0.0) == off.sum() - 1 and np.nanmax(mat) == 100.0


def test_memo_key_follows_reuse_parameters_and_stock_phrases(tmp_path):
    from analysis.cache import corpus_stage_key
    from analysis.reuse import reuse_tables
    t = _tables({"a": [PLANT], "b": [PLANT]}, {"a": "province", "b": "county"}, {"a": "", "b": ""})
    inputs = ("measures", "documents")
    base = corpus_stage_key(reuse_tables, t, {"reuse_min_matched": 15}, inputs)
    assert base == corpus_stage_key(reuse_tables, t, {"reuse_min_matched": 15, "unrelated": 1}, inputs)
    assert base != corpus_stage_key(reuse_tables, t, {"reuse_min_matched": 20}, inputs)
    other = tmp_path / "s.toml"
    other.write_text("x")
    assert base != corpus_stage_key(reuse_tables, t, {"reuse_min_matched": 15, "stringency_config": str(other)}, inputs)


def test_results_do_not_depend_on_the_block_size(monkeypatch):
    """The per-character steps run block by block of plans; tiny blocks give the same tables."""
    from analysis import reuse
    texts = {f"d{i}": [PLANT if i < 3 else FILLER_B[i:], FILLER_A[i:] + FILLER_B[: 3 * i], "认真贯彻落实中央八项规定精神"]
             for i in range(8)}
    t = _tables(texts, {d: "county" for d in texts}, {d: "" for d in texts})
    whole = reuse.reuse_tables(t, {})
    monkeypatch.setattr(reuse, "BLOCK_CHARS", 40)
    assert len(reuse._plan_blocks(*(lambda p: (p.bounds, p.df["d"].to_numpy()))(
        reuse._prepare(t["measures"], [], DEFAULTS)))) > 4
    small = reuse.reuse_tables(t, {})
    for name in whole:
        pd.testing.assert_frame_equal(whole[name], small[name])
    assert len(whole["reuse_pairs"]) > 0

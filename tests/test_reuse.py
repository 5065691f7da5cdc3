"""Text reuse: a planted passage is found inside unrelated text; stock phrases stay below the threshold."""
import pandas as pd
import pytest

from analysis import schemas
from analysis.reuse import DEFAULTS, align, find_candidates, label_similarity, normalise, reuse_stage

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
    assert mr.loc[("city-m003", "prov"), "label"] == "novel"      # shares only stock phrases
    assert mr.loc[("other-m001", "prov"), "label"] == "novel"
    dr = out["document_reuse"].set_index(["doc_id", "other_doc_id"])
    assert dr.loc[("city", "prov"), "n_reused"] == 1
    assert dr.loc[("city", "prov"), "reuse_pct"] == pytest.approx(100 / 3)
    assert bool(dr.loc[("city", "prov"), "is_other_reference"])
    assert not bool(dr.loc[("other", "prov"), "is_other_reference"])   # higher, but another province
    assert bool(dr.loc[("other", "prov"), "is_other_higher"])
    for name in ("reuse_pairs", "measure_reuse", "document_reuse"):
        schemas.validate(out[name], name)
    # offsets of aligned passages index the measure's document text
    m = t["measures"].set_index("measure_id")
    for r in out["reuse_pairs"].itertuples():
        doc_text = "\n".join(t["measures"][t["measures"]["doc_id"] == r.doc_id]["text"])
        assert doc_text[r.char_start:r.char_end] == r.aligned_text


def test_candidates_are_not_all_pairs():
    t = _tables({"a": [PLANT, FILLER_A], "b": [PLANT, FILLER_B]}, {"a": "province", "b": "county"},
                {"a": "x", "b": "y"})
    from analysis.reuse import _prepare
    df = _prepare(t["measures"], [], DEFAULTS)
    cands = find_candidates(df, DEFAULTS)
    ids = {(df.at[a, "measure_id"], df.at[b, "measure_id"]) for a, b in cands}
    assert ids == {("a-m001", "b-m001")}


@pytest.mark.parametrize("sim, n, label", [
    (0.95, 40, "verbatim"), (0.8, 40, "verbatim"), (0.5, 40, "adapted"), (0.3, 40, "adapted"),
    (0.29, 40, "novel"), (0.95, 10, "novel"),   # too few informative characters
])
def test_labels(sim, n, label):
    assert label_similarity(sim, n, DEFAULTS) == label

"""Tests of analysis.clusters: the estimator, cluster tables and their alignment with themes."""
import numpy as np
import pandas as pd
import pytest
import scipy.sparse as sp

from analysis import schemas
from analysis.clusters import MeasureClusterer, align_clusters, clusters_stage

# three clearly separated groups of token strings (one-character words included)
GROUPS = {
    "meet": "会议 会期 压缩 会 规模",
    "car": "公车 车辆 车 配备 私用",
    "dev": "产业 项目 企业 融资 投资",
}


def token_strings(n_per=8):
    out = []
    for i in range(n_per):
        for g, words in GROUPS.items():
            w = words.split()
            out.append(" ".join(w[: 3 + i % 3] + [f"{g}{i % 2}"]))
    return out


def test_fit_returns_self_and_learns_attributes():
    est = MeasureClusterer(k_range=(2, 5), random_state=0)
    assert est.fit(token_strings()) is est
    assert est.k_ == 3  # chosen by silhouette
    assert set(est.silhouette_) == {2, 3, 4, 5}
    assert max(est.silhouette_, key=est.silhouette_.get) == 3
    assert sp.issparse(est.X_)
    assert "车" in set(est.terms_) and "会" in set(est.terms_)  # one-character words kept
    assert len(est.labels_) == 24 and est.cluster_centers_.shape[0] == 3


def test_init_stores_params_only():
    est = MeasureClusterer(k=4, max_iter=10)
    assert vars(est) == {"k": 4, "k_range": (4, 12), "min_df": 2, "max_features": 5000, "max_iter": 10,
                         "n_init": 4, "silhouette_sample": 2000, "k_sample": 10_000, "random_state": 0}


def test_same_random_state_same_labels():
    docs = token_strings()
    a = MeasureClusterer(k_range=(2, 6), random_state=7).fit(docs)
    b = MeasureClusterer(k_range=(2, 6), random_state=7).fit(docs)
    np.testing.assert_array_equal(a.labels_, b.labels_)
    assert a.silhouette_ == b.silhouette_


def test_groups_are_recovered():
    docs = token_strings()
    est = MeasureClusterer(k=3, random_state=0).fit(docs)
    groups = [i % 3 for i in range(len(docs))]
    pairs = pd.crosstab(est.labels_, groups)
    assert ((pairs > 0).sum(axis=1) == 1).all()  # each cluster holds one group only


@pytest.mark.parametrize("docs, k", [([], 0), (["会议"], 1), (["会议", "会议"], 1), (["会议", "公车"], 1)])
def test_tiny_inputs_do_not_crash(docs, k):
    est = MeasureClusterer(k_range=(2, 4)).fit(docs)
    assert est.k_ == k and len(est.labels_) == len(docs)


def test_align_clusters_shares():
    mc = pd.DataFrame({"measure_id": ["a", "b", "c", "d"], "cluster_id": [0, 0, 0, 1]})
    mt = pd.DataFrame({"measure_id": ["a", "a", "b", "c", "d"],
                       "theme_code": ["meetings", "documents", "meetings", "vehicles", "other"],
                       "is_primary": [True, False, True, True, True]})
    ct = align_clusters(mc, mt)
    assert ct.values.tolist() == [[0, "meetings", 2, 66.6667], [0, "vehicles", 1, 33.3333], [1, "other", 1, 100.0]]


def make_tables():
    docs = token_strings()
    ids = [f"d-m{i:03d}" for i in range(len(docs))]
    theme = {"meet": "meetings", "car": "vehicles", "dev": "other"}
    prim = [theme[list(GROUPS)[i % 3]] for i in range(len(docs))]
    return {"measure_tokens": pd.DataFrame({"measure_id": ids, "doc_id": "d", "tokens": docs}),
            "measure_themes": pd.DataFrame({"measure_id": ids, "theme_code": prim, "score": 3.0,
                                            "is_primary": True, "evidence": ""})}


def test_clusters_stage_tables_and_candidate_flag():
    out = clusters_stage(make_tables(), {"cluster_k_range": (2, 5), "random_state": 0})
    for name in ("clusters", "measure_clusters", "cluster_themes"):
        schemas.validate(out[name], name)
    cl = out["clusters"].set_index("best_theme_code")
    assert cl["n_measures"].sum() == 24
    assert not cl.loc["meetings", "is_candidate_new_theme"]
    assert cl.loc["other", "is_candidate_new_theme"]  # a cluster only `other` explains
    assert cl.loc["meetings", "best_theme_share_pct"] == 100.0
    assert "会议" in cl.loc["meetings", "top_terms"].split(";")
    reps = cl.loc["vehicles", "representative_measure_ids"].split(";")
    assert len(reps) == 3
    mc = out["measure_clusters"].set_index("measure_id")["cluster_id"]
    assert len({mc[r] for r in reps}) == 1
    again = clusters_stage(make_tables(), {"cluster_k_range": (2, 5), "random_state": 0})
    pd.testing.assert_frame_equal(out["clusters"], again["clusters"])


def test_low_share_cluster_is_candidate():
    t = make_tables()
    t["measure_themes"]["theme_code"] = ["meetings", "documents", "vehicles", "study"] * 6  # mixed
    out = clusters_stage(t, {"cluster_k": 3, "random_state": 0, "new_theme_share_pct": 60})
    assert out["clusters"]["is_candidate_new_theme"].all()


def test_clusters_stage_falls_back_to_measures_and_handles_empty():
    m = pd.DataFrame({"measure_id": ["a", "b", "c"], "doc_id": "d",
                      "text": ["压缩会议数量", "规范公车管理", "压缩会议规模"]})
    out = clusters_stage({"measures": m}, {"cluster_k": 2})
    assert len(out["measure_clusters"]) == 3
    assert out["cluster_themes"]["theme_code"].eq("other").all()  # no measure_themes -> other
    empty = clusters_stage({"measures": schemas.empty("measures")}, {})
    assert all(t.empty for t in empty.values())


# ---------------------------------------------------------------- scale: k chosen on a sample; distinct rows

def test_k_chosen_on_a_sample_above_k_sample():
    docs = token_strings(n_per=20)  # 60 measures in three groups
    sampled = MeasureClusterer(k_range=(2, 5), k_sample=30, random_state=0).fit(docs)
    again = MeasureClusterer(k_range=(2, 5), k_sample=30, random_state=0).fit(docs)
    assert sampled.k_ == 3 and len(sampled.labels_) == len(docs)
    assert (sampled.labels_ == again.labels_).all() and sampled.silhouette_ == again.silhouette_
    full = MeasureClusterer(k_range=(2, 5), random_state=0).fit(docs)  # 60 <= k_sample: no sampling
    assert full.k_ == 3
    # the three groups are recovered either way (same partition, labels may be permuted)
    assert len(set(zip(sampled.labels_, full.labels_))) == 3


@pytest.mark.parametrize("rows, cap, expected", [
    ([[1, 0], [1, 0], [0, 1]], None, 2),
    ([[1, 0], [1, 0], [0, 1], [1, 1]], 2, 2),  # counting stops at the cap
    ([[0.1234567891, 0], [0.1234567892, 0]], None, 1),  # values compared rounded to 9 digits
    ([], None, 0),
])
def test_n_distinct_rows(rows, cap, expected):
    import numpy as np
    import scipy.sparse as sp

    from analysis.clusters import _n_distinct_rows

    X = sp.csr_matrix(np.asarray(rows, dtype=float).reshape(len(rows), 2))
    assert _n_distinct_rows(X, cap) == expected

"""Unsupervised discovery: clusters of measures found without the codebook, aligned with its themes.

``MeasureClusterer`` is a scikit-learn-style estimator: TF-IDF on the space-joined jieba tokens of
``measure_tokens`` (analyzer :func:`analysis.segment.split_tokens`, so one-character words such as
车 or 会 are kept — the default ``token_pattern`` would drop them), rows L2-normalised (so
Euclidean k-means on them is spherical k-means, i.e. cosine similarity), then k-means. Sparse
matrices throughout; no agglomerative clustering (quadratic in the number of measures).

How k is chosen (documented criterion): every k in ``k_range`` is fitted and the one with the
highest silhouette score (cosine distance, on at most ``silhouette_sample`` measures drawn with
``random_state``) wins; ties go to the smaller k. ``k`` fixes it instead.

At scale (more than ``k_sample`` measures, default 10,000 — a few hundred plans) the candidate k are
fitted on ``k_sample`` measures drawn without replacement with ``random_state`` (the same draw for
every k), and the chosen model's centres then seed one k-means run (``n_init=1``) on all measures.
Fitting 9 values of k with 4 restarts each on every measure would dominate the tables stage; a
random sample of 10,000 measures ranks the candidate k just as well, and the final Lloyd iterations
still see every measure. At or below ``k_sample`` measures nothing is sampled (the exact criterion
above).

``clusters_stage(tables, params)`` -> ``clusters``, ``measure_clusters``, ``cluster_themes``. A
cluster is a *candidate new theme* when the codebook does not explain it: its most common primary
theme is ``other``, or covers less than ``new_theme_share_pct`` percent of its measures.
"""
from __future__ import annotations

import numpy as np
import scipy.sparse as sp
import pandas as pd
from sklearn.cluster import KMeans
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.metrics import silhouette_score

from . import schemas
from .segment import content_tokens, split_tokens

NEW_THEME_SHARE_PCT = 40.0  # below this best-theme share a cluster is a candidate new theme
N_TOP_TERMS = 10
N_REPRESENTATIVES = 3


class MeasureClusterer:
    """k-means on TF-IDF of token strings, with k chosen by silhouette.

    Parameters: ``k`` (fixed k, or None to choose from ``k_range``), ``k_range`` (inclusive
    ``(low, high)``), ``min_df`` (terms in fewer measures are dropped), ``max_features``,
    ``max_iter`` and ``n_init`` (k-means budget), ``silhouette_sample``, ``k_sample`` (above this
    many measures k is chosen on a sample of this size; see the module docstring), ``random_state``.

    Learned: ``vectorizer_``, ``k_``, ``silhouette_`` (``{k: score}``), ``labels_``,
    ``cluster_centers_``, ``terms_``, ``n_features_``.
    """

    def __init__(self, k=None, k_range=(4, 12), min_df=2, max_features=5000, max_iter=300,
                 n_init=4, silhouette_sample=2000, k_sample=10_000, random_state=0):
        self.k = k
        self.k_range = k_range
        self.min_df = min_df
        self.max_features = max_features
        self.max_iter = max_iter
        self.n_init = n_init
        self.silhouette_sample = silhouette_sample
        self.k_sample = k_sample
        self.random_state = random_state

    def _vectorize(self, docs):
        n = len(docs)
        self.vectorizer_ = TfidfVectorizer(analyzer=split_tokens, min_df=min(self.min_df, max(n, 1)),
                                           max_features=self.max_features, sublinear_tf=True,
                                           norm="l2", dtype=np.float64)
        try:
            return self.vectorizer_.fit_transform(docs)
        except ValueError:  # no term survives min_df (tiny input)
            self.vectorizer_ = TfidfVectorizer(analyzer=split_tokens, min_df=1, norm="l2")
            try:
                return self.vectorizer_.fit_transform(docs)
            except ValueError:  # no term at all (empty input or empty strings)
                self.vectorizer_ = None
                return sp.csr_matrix((n, 0))

    def _kmeans(self, k):
        return KMeans(n_clusters=k, n_init=self.n_init, max_iter=self.max_iter,
                      random_state=self.random_state)

    def fit(self, token_strings):
        """Fit on an iterable of space-joined token strings (one per measure); returns self."""
        docs = ["" if t is None or t is pd.NA else str(t) for t in token_strings]
        X = self._vectorize(docs)
        self.terms_ = (np.asarray(self.vectorizer_.get_feature_names_out()) if self.vectorizer_ is not None
                       else np.zeros(0, dtype=object))
        self.n_features_ = X.shape[1]
        cap = max(int(self.k_range[1]) + 1, int(self.k or 0))  # k never exceeds this, nor n_distinct
        n_distinct = _n_distinct_rows(X, cap)
        self.silhouette_ = {}
        if X.shape[0] == 0 or X.shape[1] == 0:  # nothing to cluster: everything in one cluster
            k, model = (1 if X.shape[0] else 0), None
        elif self.k is not None:
            k = int(max(1, min(self.k, n_distinct)))
            model = self._kmeans(k).fit(X)
        else:
            k, model = self._choose_k(X, n_distinct)
        self.k_ = k
        self.labels_ = model.labels_.astype(int) if model is not None else np.zeros(X.shape[0], dtype=int)
        self.cluster_centers_ = model.cluster_centers_ if model is not None else np.zeros((k, X.shape[1]))
        self.X_ = X
        return self

    def _choose_k(self, X, n_distinct):
        """Fit each k of ``k_range`` that the data allow; keep the best silhouette (ties: smaller k).

        Above ``k_sample`` rows the k are compared on a sample and the winner refined on all rows.
        """
        lo, hi = self.k_range
        hi = min(hi, n_distinct - 1)
        if X.shape[0] == 0:
            return 0, None
        if hi < max(lo, 2):
            return 1, self._kmeans(1).fit(X)
        sub = X
        if self.k_sample and X.shape[0] > self.k_sample:
            rows = np.sort(np.random.RandomState(self.random_state).choice(X.shape[0], self.k_sample, replace=False))
            sub = X[rows]
        best = None
        sample = min(self.silhouette_sample, sub.shape[0])
        for k in range(max(lo, 2), hi + 1):
            model = self._kmeans(k).fit(sub)
            if len(set(model.labels_)) < 2:
                continue
            s = float(silhouette_score(sub, model.labels_, metric="cosine", sample_size=sample,
                                       random_state=self.random_state))
            self.silhouette_[k] = round(s, 6)
            if best is None or s > best[0] + 1e-12:
                best = (s, k, model)
        if best is None:
            return 1, self._kmeans(1).fit(X)
        if sub is not X:  # refine the sample's winner on every row, seeded by its centres
            model = KMeans(n_clusters=best[1], init=best[2].cluster_centers_, n_init=1, max_iter=self.max_iter,
                           random_state=self.random_state).fit(X)
            return best[1], model
        return best[1], best[2]

    def top_terms(self, n=N_TOP_TERMS) -> list[list[str]]:
        """The ``n`` highest-weight terms of each cluster centre (ties by term)."""
        out = []
        for c in self.cluster_centers_:
            idx = sorted(np.flatnonzero(c > 0), key=lambda i: (-c[i], self.terms_[i]))[:n]
            out.append([str(self.terms_[i]) for i in idx])
        return out

    def representatives(self, n=N_REPRESENTATIVES) -> list[list[int]]:
        """Row positions of the ``n`` members closest (cosine) to each cluster centre."""
        sims = np.asarray(self.X_ @ self.cluster_centers_.T) if self.X_.shape[0] else np.zeros((0, 0))
        out = []
        for c in range(len(self.cluster_centers_)):
            members = np.flatnonzero(self.labels_ == c)
            order = sorted(members, key=lambda i: (-sims[i, c], i))[:n]
            out.append([int(i) for i in order])
        return out


def _n_distinct_rows(X, cap: int | None = None) -> int:
    """Distinct rows of the CSR matrix ``X`` (indices and values rounded to 9 digits), counting stops at ``cap``.

    Rows are compared as raw bytes of their index and value slices (no per-row sparse objects).
    """
    if X.shape[0] == 0:
        return 0
    X = sp.csr_matrix(X)
    ptr, idx, val = X.indptr, X.indices, np.round(X.data, 9)
    seen = set()
    for i in range(X.shape[0]):
        a, b = ptr[i], ptr[i + 1]
        seen.add((idx[a:b].tobytes(), val[a:b].tobytes()))
        if cap is not None and len(seen) >= cap:
            break
    return len(seen)


def _tokens_table(tables):
    """``measure_id, tokens`` for every measure (tokenising measures when ``measure_tokens`` is absent)."""
    mt = tables.get("measure_tokens")
    if mt is not None and len(mt):
        return mt[["measure_id", "tokens"]].astype({"measure_id": str}).reset_index(drop=True)
    m = tables.get("measures")
    if m is None or m.empty:
        return pd.DataFrame({"measure_id": [], "tokens": []})
    return pd.DataFrame({"measure_id": m["measure_id"].astype(str).to_numpy(),
                         "tokens": [" ".join(content_tokens(str(t))) for t in m["text"].fillna("")]})




def clusters_stage(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Corpus-wide stage: ``measure_tokens`` (or ``measures``) + ``measure_themes`` -> cluster tables.

    Params: ``cluster_k`` (None = choose), ``cluster_k_range`` (default (4, 12)), ``random_state``,
    ``cluster_max_iter``, ``new_theme_share_pct`` (default 40).

    With a cache folder (``runner.execution``) the result of the last run is reused while the input
    tables it reads, the code and the parameters are unchanged (a rebuild that changed nothing does
    not refit k-means); see :func:`analysis.cache.memo_corpus_stage`.
    """
    from .cache import memo_corpus_stage

    mt = tables.get("measure_tokens")
    tokens = "measure_tokens" if mt is not None and len(mt) else "measures"  # as _tokens_table reads them
    return memo_corpus_stage(cluster_tables, tables, params, (tokens, "measure_themes"))


def cluster_tables(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """:func:`clusters_stage` without the memo: always fits."""
    toks = _tokens_table(tables).sort_values("measure_id", kind="mergesort").reset_index(drop=True)
    empty = {n: schemas.empty(n) for n in ("clusters", "measure_clusters", "cluster_themes")}
    if len(toks) < 2:
        return empty
    est = MeasureClusterer(k=params.get("cluster_k"), k_range=tuple(params.get("cluster_k_range", (4, 12))),
                           max_iter=params.get("cluster_max_iter", 300),
                           random_state=params.get("random_state", 0)).fit(toks["tokens"])
    # renumber clusters by size (largest first, ties by smallest member position) for stable ids
    sizes = pd.Series(est.labels_).value_counts()
    first = {c: int(np.flatnonzero(est.labels_ == c)[0]) for c in sizes.index}
    order = sorted(sizes.index, key=lambda c: (-sizes[c], first[c]))
    remap = {old: new for new, old in enumerate(order)}
    mc = pd.DataFrame({"measure_id": toks["measure_id"], "cluster_id": [remap[c] for c in est.labels_]})
    share = params.get("new_theme_share_pct", NEW_THEME_SHARE_PCT)
    ct = align_clusters(mc, tables.get("measure_themes"))
    terms, reps = est.top_terms(), est.representatives()
    rows = []
    for old in order:
        cid = remap[old]
        sub = ct[ct["cluster_id"] == cid]
        best = sub.iloc[0] if len(sub) else None
        best_code = str(best["theme_code"]) if best is not None else "other"
        best_share = float(best["share_pct"]) if best is not None else 0.0
        rows.append({"cluster_id": cid, "n_measures": int(sizes[old]), "top_terms": ";".join(terms[old]),
                     "representative_measure_ids": ";".join(toks["measure_id"].iloc[reps[old]]),
                     "best_theme_code": best_code, "best_theme_share_pct": round(best_share, 4),
                     "is_candidate_new_theme": best_code == "other" or best_share < share})
    return {"clusters": schemas.validate(pd.DataFrame(rows), "clusters"),
            "measure_clusters": schemas.validate(mc, "measure_clusters"),
            "cluster_themes": schemas.validate(ct, "cluster_themes")}


def align_clusters(measure_clusters: pd.DataFrame, measure_themes: pd.DataFrame | None) -> pd.DataFrame:
    """``cluster_themes``: per cluster, how many of its measures have each primary theme, and the share.

    Rows sorted by cluster, then descending count, then theme code. Measures without a theme
    row count as ``other``.
    """
    mc = measure_clusters.copy()
    if measure_themes is not None and len(measure_themes):
        prim = measure_themes[measure_themes["is_primary"].astype(bool)][["measure_id", "theme_code"]]
        mc = mc.merge(prim.astype({"measure_id": str}), on="measure_id", how="left")
    else:
        mc["theme_code"] = None
    mc["theme_code"] = mc["theme_code"].fillna("other").astype(str)
    ct = mc.groupby(["cluster_id", "theme_code"]).size().rename("n_measures").reset_index()
    tot = ct.groupby("cluster_id")["n_measures"].transform("sum")
    ct["share_pct"] = (100.0 * ct["n_measures"] / tot).round(4)
    ct = ct.sort_values(["cluster_id", "n_measures", "theme_code"], ascending=[True, False, True], kind="mergesort")
    return ct.reset_index(drop=True)

"""Keyness of terms by level (or any grouping of plans): which words one level uses more than the rest.

For each group (target) against all other groups pooled (reference), per term: the 2×2 table of
occurrences (term / other terms × target / reference), Dunning's log-likelihood G² (signed: + when
relatively more frequent in the target), Pearson chi-squared, the p-value of G² (1 df) and the log2
ratio of relative frequencies. Counting is sparse (scikit-learn ``CountVectorizer`` on the tokens
already produced by the tokenizer stage, split on spaces). Every token counts towards the totals,
but only terms of ``min_chars`` (2) characters or more with at least one Han character are scored:
one-character tokens (外, 境 cut out of 出国（境）, 未, 类) and numbers or placeholders (2013, 20XX)
are mostly fragments and fill the top ranks of small groups with noise. ``min_chars=1`` keeps them.

Input ``measure_tokens``: measure_id, doc_id, tokens (space-joined). ``documents`` supplies the group.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd
from scipy import sparse, stats
from sklearn.feature_extraction.text import CountVectorizer

from . import schemas
from .coverage import plan_groups


_HAN = re.compile(r"[\u3400-\u9FFF]")


def scored_terms(terms, min_chars: int = 2) -> np.ndarray:
    """Boolean mask over ``terms``: at least ``min_chars`` characters and at least one Han character."""
    return np.array([len(t) >= min_chars and bool(_HAN.search(t)) for t in terms], dtype=bool)


def split_tokens(text: str) -> list[str]:
    """Tokens of a space-joined string (module-level so the vectorizer pickles)."""
    return text.split()


def _g2(a, b, c, d):
    """Log-likelihood G² of 2×2 tables [[a, b], [c, d]] (term/other × target/reference), unsigned."""
    n = a + b + c + d
    cells = [(a, (a + b) * (a + c) / n), (b, (a + b) * (b + d) / n),
             (c, (c + d) * (a + c) / n), (d, (c + d) * (b + d) / n)]
    total = np.zeros_like(a, dtype=float)
    for obs, exp in cells:
        with np.errstate(divide="ignore", invalid="ignore"):
            total += np.where(obs > 0, obs * np.log(obs / exp), 0.0)
    return 2 * total


def _chi2(a, b, c, d):
    n = a + b + c + d
    den = (a + b) * (c + d) * (a + c) * (b + d)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(den > 0, n * (a * d - b * c) ** 2 / den, 0.0)


def keyness_table(measure_tokens: pd.DataFrame, documents: pd.DataFrame, *, group_by: str = "level",
                  min_count: int = 5, min_chars: int = 2) -> pd.DataFrame:
    """The ``keyness`` table: every group × every term seen ``min_count`` times or more in the corpus
    that is scored (:func:`scored_terms` with ``min_chars``).

    Groups with no tokens are left out; with a single group there is no reference and the table is empty.
    """
    groups = plan_groups(documents, group_by)
    mt = measure_tokens[["doc_id", "tokens"]].astype("string").fillna("")
    mt = mt.merge(groups, on="doc_id", how="inner")
    if mt.empty or mt["group_value"].nunique() < 2:
        return schemas.empty("keyness")
    vec = CountVectorizer(tokenizer=split_tokens, token_pattern=None, lowercase=False, min_df=1)
    x = vec.fit_transform(mt["tokens"].tolist())  # measures × terms, sparse
    terms = vec.get_feature_names_out()
    order = mt.drop_duplicates("group_value").sort_values("group_rank", kind="mergesort")["group_value"].tolist()
    g_idx = mt["group_value"].map({v: i for i, v in enumerate(order)}).to_numpy()
    onehot = sparse.csr_matrix((np.ones(len(mt)), (g_idx, np.arange(len(mt)))), shape=(len(order), len(mt)))
    counts = np.asarray((onehot @ x).todense(), dtype=float)  # groups × terms
    docs = mt["doc_id"].drop_duplicates().tolist()
    d_idx = mt["doc_id"].map({d: i for i, d in enumerate(docs)}).to_numpy()
    d_onehot = sparse.csr_matrix((np.ones(len(mt)), (d_idx, np.arange(len(mt)))), shape=(len(docs), len(mt)))
    used = ((d_onehot @ x) > 0).astype(float)  # plans × terms
    doc_group = mt.drop_duplicates("doc_id").set_index("doc_id").loc[docs, "group_value"].map(
        {v: i for i, v in enumerate(order)}).to_numpy()
    g_of_d = sparse.csr_matrix((np.ones(len(docs)), (doc_group, np.arange(len(docs)))), shape=(len(order), len(docs)))
    n_plans = np.asarray((g_of_d @ used).todense())
    keep = (counts.sum(axis=0) >= min_count) & scored_terms(terms, min_chars)
    frames = [_one_group(counts, n_plans, gi, value, group_by, terms, keep) for gi, value in enumerate(order)]
    out = pd.concat(frames, ignore_index=True)
    return schemas.validate(out, "keyness")


def _one_group(counts, n_plans, gi, value, group_by, terms, keep) -> pd.DataFrame:
    a = counts[gi][keep]
    c = counts.sum(axis=0)[keep] - a
    tot_t, tot_r = counts[gi].sum(), counts.sum() - counts[gi].sum()
    b, d = tot_t - a, tot_r - c
    g2 = _g2(a, b, c, d)
    rate_t = a / tot_t * 10_000 if tot_t else np.zeros_like(a)
    rate_r = c / tot_r * 10_000 if tot_r else np.zeros_like(c)
    sign = np.where(a / max(tot_t, 1) >= c / max(tot_r, 1), 1.0, -1.0)
    log_ratio = np.log2(((a + (a == 0) * 0.5) / max(tot_t, 1)) / ((c + (c == 0) * 0.5) / max(tot_r, 1)))
    df = pd.DataFrame({
        "group_by": group_by, "group_value": value, "term": terms[keep],
        "n_target": a.astype(int), "n_reference": c.astype(int), "n_plans_target": n_plans[gi][keep].astype(int),
        "per_10k_target": rate_t, "per_10k_reference": rate_r,
        "log_likelihood": sign * g2, "chi2": _chi2(a, b, c, d), "p_value": stats.chi2.sf(g2, 1),
        "log_ratio": log_ratio,
    })
    df = df.sort_values(["log_likelihood", "term"], ascending=[False, True], kind="mergesort")
    df["rank"] = np.arange(1, len(df) + 1)
    return df


def keyness_stage(tables: dict[str, pd.DataFrame], params: dict) -> dict[str, pd.DataFrame]:
    """Corpus-wide stage: ``measure_tokens`` + ``documents`` -> ``keyness``.

    Params: ``group_by`` ("level"), ``keyness_min_count`` (5), ``keyness_min_chars`` (2).
    """
    return {"keyness": keyness_table(tables["measure_tokens"], tables["documents"],
                                     group_by=params.get("group_by", "level"),
                                     min_count=int(params.get("keyness_min_count", 5)),
                                     min_chars=int(params.get("keyness_min_chars", 2)))}

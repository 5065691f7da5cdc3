"""Keyness by level: G² and chi-squared against scipy, signs, filters, sparse counting."""
import numpy as np
import pandas as pd
import pytest
from scipy import stats

from analysis import keyness, schemas


def make_inputs():
    documents = pd.DataFrame({"doc_id": ["a", "b", "c"], "level": ["province", "province", "county"]})
    tokens = pd.DataFrame({
        "measure_id": ["a-1", "a-2", "b-1", "c-1", "c-2"],
        "doc_id": ["a", "a", "b", "c", "c"],
        "tokens": ["会议 会议 精简 车", "会议 文件", "会议 简报 文件", "车 车 车 公车 会议", "车 调研 基层"],
    })
    return tokens, documents


@pytest.fixture(scope="module")
def table():
    tokens, documents = make_inputs()
    return keyness.keyness_table(tokens, documents, min_count=1, min_chars=1)


@pytest.mark.parametrize("a, b, c, d", [(10, 90, 2, 98), (1, 50, 30, 400), (5, 5, 5, 5), (0, 20, 7, 30)])
def test_g2_and_chi2_match_scipy(a, b, c, d):
    obs = np.array([[a, c], [b, d]], dtype=float)  # rows: term / other terms; cols: target / reference
    g2, *_ = stats.chi2_contingency(obs, correction=False, lambda_="log-likelihood")
    chi2, *_ = stats.chi2_contingency(obs, correction=False)
    args = [np.array([v], dtype=float) for v in (a, b, c, d)]
    assert keyness._g2(*args)[0] == pytest.approx(g2)
    assert keyness._chi2(*args)[0] == pytest.approx(chi2)


@pytest.mark.parametrize("level, term, sign", [
    ("county", "车", 1),        # one-character word kept with min_chars=1, over-used by the county plan
    ("province", "车", -1),
    ("province", "会议", 1),
])
def test_sign_follows_relative_frequency(table, level, term, sign):
    row = table.set_index(["group_value", "term"]).loc[(level, term)]
    assert np.sign(row["log_likelihood"]) == sign
    assert np.sign(row["log_ratio"]) == sign


@pytest.mark.parametrize("level, term, n_target, n_reference, n_plans", [
    ("province", "会议", 4, 1, 2),
    ("province", "文件", 2, 0, 2),
    ("county", "车", 4, 1, 1),
])
def test_counts(table, level, term, n_target, n_reference, n_plans):
    row = table.set_index(["group_value", "term"]).loc[(level, term)]
    assert (row["n_target"], row["n_reference"], row["n_plans_target"]) == (n_target, n_reference, n_plans)


def test_rates_and_rank(table):
    prov = table[table["group_value"] == "province"]
    total = 9  # province tokens
    row = prov.set_index("term").loc["会议"]
    assert row["per_10k_target"] == pytest.approx(4 / total * 10_000)
    assert prov["rank"].tolist() == list(range(1, len(prov) + 1))
    assert prov["log_likelihood"].is_monotonic_decreasing


def test_min_count_filters_rare_terms():
    tokens, documents = make_inputs()
    out = keyness.keyness_table(tokens, documents, min_count=3, min_chars=1)
    assert set(out["term"]) == {"会议", "车"}  # 会议 ×5, 车 ×5; everything else fewer than 3 times


def test_default_scores_only_words_of_two_characters_with_han():
    tokens, documents = make_inputs()
    tokens = tokens.assign(tokens=tokens["tokens"] + " 外 20XX 2013")
    out = keyness.keyness_table(tokens, documents, min_count=1)
    assert set(out["term"]) == {"会议", "精简", "文件", "简报", "公车", "调研", "基层"}
    # the dropped tokens still count towards each group's total: 会议 4 of 9 + 3 × 3 province tokens
    row = out.set_index(["group_value", "term"]).loc[("province", "会议")]
    assert row["per_10k_target"] == pytest.approx(4 / 18 * 10_000)


def test_one_group_gives_empty_table():
    tokens, documents = make_inputs()
    documents = documents.assign(level="province")
    out = keyness.keyness_table(tokens, documents, min_count=1)
    assert out.empty
    assert list(out.columns) == schemas.get("keyness").column_names


def test_stage_groups_by_param_and_validates():
    tokens, documents = make_inputs()
    documents = documents.assign(campaign=["x", "y", "y"])
    out = keyness.keyness_stage({"measure_tokens": tokens, "documents": documents},
                                {"group_by": "campaign", "keyness_min_count": 1})["keyness"]
    schemas.validate(out, "keyness")
    assert set(out["group_value"]) == {"x", "y"}
    assert (out["group_by"] == "campaign").all()


def test_counts_equal_a_count_vectorizer_on_ragged_whitespace():
    # the counting kernels must count what CountVectorizer on str.split() counts: no empty terms from
    # leading, trailing or doubled spaces, an ideographic space splits, an empty measure adds nothing
    from sklearn.feature_extraction.text import CountVectorizer

    rng = np.random.default_rng(0)
    words = ["会议", "文件", "公车", "调研", "基层", "车", "2013", "简报"]
    seps = [" ", "  ", "\u3000"]
    docs = [f"d{i}" for i in range(12)]
    rows = []
    for i in range(60):
        toks = rng.choice(words, size=int(rng.integers(0, 6)))
        text = "".join(str(rng.choice(seps)) + t for t in toks) + (" " if i % 3 else "")
        rows.append((f"m{i}", docs[i % 12], text))
    tokens = pd.DataFrame(rows, columns=["measure_id", "doc_id", "tokens"]).astype("string[pyarrow]")
    tokens = pd.concat([tokens.iloc[:30], tokens.iloc[30:]], ignore_index=True)  # chunked, as the runner's tables
    documents = pd.DataFrame({"doc_id": docs, "level": ["province", "municipal", "county"] * 4})
    got = keyness.keyness_table(tokens, documents, min_count=1, min_chars=1)
    vec = CountVectorizer(tokenizer=str.split, token_pattern=None, lowercase=False)
    x = vec.fit_transform(tokens["tokens"])
    level = tokens["doc_id"].map(documents.set_index("doc_id")["level"])
    for (lvl, term), n in got.set_index(["group_value", "term"])["n_target"].items():
        col = vec.vocabulary_[term]
        assert n == x[(level == lvl).to_numpy()][:, col].sum()
        total = x[(level == lvl).to_numpy()].sum()  # every token of the level, the rate's denominator
        assert got.set_index(["group_value", "term"]).loc[(lvl, term), "per_10k_target"] == pytest.approx(n / total * 1e4)
        plans = tokens.loc[(level == lvl).to_numpy() & (x[:, col].toarray().ravel() > 0), "doc_id"].nunique()
        assert got.set_index(["group_value", "term"]).loc[(lvl, term), "n_plans_target"] == plans
    assert set(got["term"]) == {t for t in vec.vocabulary_ if t != "2013"}  # numbers are never scored

"""Tests of analysis.validation: label matching, metrics, the shipped hand labels, cue diagnostics."""
from pathlib import Path

import pandas as pd
import pytest

from analysis import schemas
from analysis.codebook import load_codebook
from analysis.themes import assign_themes
from analysis.validation import (HOLDOUT_COLUMNS, LabelError, evaluate, evaluate_holdout, match_labels,
                                 read_holdout, read_labels, validation_stage)

ROOT = Path(__file__).resolve().parents[1]
LABELS = ROOT / "corpus" / "labels" / "theme_labels.csv"
HOLDOUT = ROOT / "tests" / "data" / "theme_holdout.csv"

MEASURES = pd.DataFrame({
    "measure_id": ["d-m001", "d-m002", "d-m003", "e-m001"],
    "doc_id": ["d", "d", "d", "e"],
    "label": ["1.", "2.", "（一）", ""],
    "section": ["", "", "", ""],
    "heading": ["", "", "", ""],
    "text": ["1.严格控制会议数量，压缩会期。", "2．严禁公车私用，规范公务用车。", "（一）落实整改责任，建立台账。",
             "减少陪同人员。不搞层层陪同。"],
})


def labels_frame(rows):
    return pd.DataFrame(rows, columns=["doc_id", "label", "text_prefix", "primary_theme", "further_themes", "note"])


@pytest.mark.parametrize("doc, label, prefix, expected", [
    ("d", "1.", "严格控制会议数量", "d-m001"),
    ("d", "2", "严禁公车私用，规范", "d-m002"),  # punctuation / label form may differ
    ("d", "", "2．严禁公车私用", "d-m002"),  # prefix given with its number
    ("d", "(一)", "落实 整改责任", "d-m003"),  # whitespace ignored
    ("e", "", "减少陪同人员", "e-m001"),
    ("d", "9", "完全不同的文字", None),  # no such measure
    ("x", "1", "严格控制会议数量", None),  # no such document
])
def test_match_labels(doc, label, prefix, expected):
    got = match_labels(labels_frame([(doc, label, prefix, "meetings", "", "")]), MEASURES).iloc[0]
    assert (None if pd.isna(got) else got) == expected


def test_evaluate_metrics_confusion_and_kappa():
    mt = assign_themes(MEASURES)
    labels = labels_frame([
        ("d", "1.", "严格控制会议数量", "meetings", "", ""),
        ("d", "2.", "严禁公车私用", "vehicles", "", ""),
        ("d", "（一）", "落实整改责任", "implementation", "", ""),
        ("e", "", "减少陪同人员", "grassroots", "reception", "deliberately disagrees"),
        ("d", "9", "不存在的措施", "meetings", "", "unmatched"),
    ])
    out = evaluate(labels, mt, MEASURES)
    for name, df in out.items():
        schemas.validate(df, name)
    s = out["validation_summary"].set_index("metric")["value"]
    assert s["n_labels"] == 5 and s["n_matched"] == 4
    assert s["accuracy"] == 0.75  # e-m001 is assigned reception, labelled grassroots
    assert s["further_recall"] == 1.0  # reception was kept (as primary)
    assert 0 < s["cohen_kappa"] < 1
    conf = out["validation_confusion"]
    assert conf.values.tolist() == [["grassroots", "reception", 1], ["implementation", "implementation", 1],
                                    ["meetings", "meetings", 1], ["vehicles", "vehicles", 1]]
    met = out["validation_metrics"].set_index("theme_code")
    assert met.loc["meetings", ["precision", "recall", "f1", "support"]].tolist() == [1.0, 1.0, 1.0, 1]
    assert met.loc["grassroots", "recall"] == 0.0 and met.loc["reception", "precision"] == 0.0
    assert pd.isna(met.loc["security", "f1"])  # neither labelled nor assigned
    assert len(met) == len(load_codebook().theme_codes)


def test_read_labels_rejects_unknown_theme(tmp_path):
    p = tmp_path / "l.csv"
    labels_frame([("d", "1", "严格控制", "meetings", "cars;vehicles", "")]).to_csv(p, index=False)
    with pytest.raises(LabelError, match=r"row 2: unknown theme\(s\) \['cars'\]"):
        read_labels(p)


def test_shipped_labels_are_well_formed():
    lab = read_labels(LABELS)
    assert len(lab) >= 60
    assert lab["doc_id"].nunique() == 5
    assert set(load_codebook().headline_codes) <= set(lab["primary_theme"])
    assert not lab.duplicated(["doc_id", "label", "text_prefix"]).any()


@pytest.fixture(scope="module")
def seed_measures():
    """Measures of the seed corpus, as the tables stage extracts them."""
    from analysis import pipeline

    tables = pipeline.build_tables(ROOT / "corpus", progress=False, corpus_stages=[validation_stage])
    # the corpus-wide stages asked for, and only they, have run (the labels are the corpus folder's own)
    assert len(tables["validation_summary"]) and "clusters" not in tables and "coverage_by_level" not in tables
    return tables["measures"]


def test_validation_on_shipped_sample_regression_guard(seed_measures):
    """Measured on 2026-11-22 (158 labels): accuracy 0.930, kappa 0.924, macro F1 0.914,
    headline F1 0.946, core-theme coverage agreement 0.96. Guards sit a little below."""
    m = seed_measures
    mt = assign_themes(m)
    out = validation_stage({"measures": m, "measure_themes": mt}, {"labels_path": str(LABELS)})
    s = out["validation_summary"].set_index("metric")["value"]
    assert s["n_matched"] == s["n_labels"]  # every label still finds its measure
    assert s["accuracy"] >= 0.88
    assert s["cohen_kappa"] >= 0.86
    assert s["macro_f1"] >= 0.82
    assert s["headline_f1"] >= 0.90
    assert s["coverage_agreement_core"] >= 0.92


def test_validation_stage_without_labels_is_empty_but_diagnoses_cues():
    mt = assign_themes(MEASURES)
    out = validation_stage({"measures": MEASURES, "measure_themes": mt}, {})
    for name in ("validation_metrics", "validation_summary", "validation_confusion"):
        assert out[name].empty and list(out[name].columns) == schemas.get(name).column_names
    cd = out["cue_diagnostics"].set_index(["theme_code", "cue"])
    assert cd.loc[("meetings", "会议"), "n_fires"] == 1 and cd.loc[("meetings", "会期"), "n_measures"] == 1
    assert cd.loc[("vehicles", "公车私用"), "n_fires"] == 1
    assert cd.loc[("vehicles", "公车"), "n_fires"] == 0  # inside 公车私用: not counted twice
    assert cd.loc[("overseas", "出国"), "n_fires"] == 0  # never fires: shown with 0
    assert cd.loc[("security", ""), "n_measures"] == 0  # a theme with no measures
    assert cd.loc[("meetings", ""), "n_measures"] == 1
    cb = load_codebook()
    assert len(out["cue_diagnostics"]) == len(cb.cues) + len(cb.theme_codes)


# ---------------------------------------------------------------- hold-out set (not from the seeds)

def test_holdout_is_well_formed_and_realistic():
    """288 measures from 24 plans written like province/municipal/county plans, labelled by the codebook."""
    h = read_holdout(HOLDOUT)
    cb = load_codebook()
    assert len(h) >= 250 and h["doc_id"].nunique() >= 20
    assert {"province", "municipal", "county"} <= set(h["level"])
    prim = h["primary_theme"].value_counts()
    core = cb.themes.loc[cb.themes["group"] == "core", "theme_code"].tolist()
    assert all(prim.get(t, 0) >= 5 for t in core)  # the themes the seeds barely exercise are here
    assert prim[cb.headline_codes].sum() / len(h) >= 0.4  # headline themes dominate, as in real plans
    assert h["section"].ne("").mean() >= 0.8  # most measures sit under a section heading


@pytest.mark.parametrize("change, message", [
    (lambda df: df.assign(primary_theme=df["primary_theme"].where(df.index > 0, "cars")), r"row 2: unknown theme"),
    (lambda df: df.assign(measure_id=df["measure_id"].where(df.index != 1, df["measure_id"].iloc[0])), r"row 3: duplicate"),
    (lambda df: df.drop(columns="heading"), r"missing columns \['heading'\]"),
])
def test_read_holdout_rejects_bad_files(tmp_path, change, message):
    df = pd.read_csv(HOLDOUT, dtype=str, keep_default_na=False).head(3)
    p = tmp_path / "h.csv"
    change(df).to_csv(p, index=False)
    with pytest.raises(LabelError, match=message):
        read_holdout(p)


def test_evaluate_holdout_uses_measure_ids_not_prefixes():
    h = pd.DataFrame([
        ("a-1", "a", "county", "", "", "严格控制会议数量。", "meetings", "", ""),
        ("a-2", "a", "county", "", "", "严格控制会议数量。会期不超过半天。", "meetings", "", ""),  # same prefix
        ("b-1", "b", "county", "", "", "严禁公车私用。", "reception", "", "deliberately wrong"),
    ], columns=HOLDOUT_COLUMNS)
    out = evaluate_holdout(h)
    s = out["validation_summary"].set_index("metric")["value"]
    assert s["n_matched"] == 3 and s["accuracy"] == pytest.approx(2 / 3)
    assert set(out["measure_themes"]["measure_id"]) == {"a-1", "a-2", "b-1"}


def test_holdout_regression_guard():
    """Measured on 2026-11-22 (288 measures, 24 plans): accuracy 0.962, kappa 0.959, macro F1 0.956,
    headline F1 0.952, core coverage agreement 0.983, further recall 0.730; every theme's F1 >= 0.80.
    The codebook was tuned on this set. Batches 3 (h16-h20) and 4 (h21-h24), written after earlier
    tuning, scored 0.867 and 0.872 accuracy on their first run: expect unseen plans nearer that.
    Guards sit a little below the measured values."""
    out = evaluate_holdout(read_holdout(HOLDOUT))
    s = out["validation_summary"].set_index("metric")["value"]
    assert s["n_matched"] == s["n_labels"] >= 250
    assert s["accuracy"] >= 0.93
    assert s["cohen_kappa"] >= 0.92
    assert s["macro_f1"] >= 0.92
    assert s["headline_f1"] >= 0.92
    assert s["coverage_agreement_core"] >= 0.96
    assert s["further_recall"] >= 0.65
    f1 = out["validation_metrics"].set_index("theme_code")["f1"]
    for t in ["security", "overseas", "publicity", "banquets_gifts", "vehicles"]:  # rare in the seeds
        assert f1[t] >= 0.85, t


# Blind batches: measures written and labelled from the codebook alone by writers who had not seen the
# assigner or its cues (one writer per batch), scored on their first run before anything was changed for
# them. First run / after the cues each batch showed missing, as accuracy, kappa, macro F1, headline F1
# (2026-12-05; sub-section headings sit in the section path, where the tables put them):
BLIND_BATCHES = [
    # 16 plans: provincial rules, departments, a state firm, a university, police, a township, 2014
    # rectification, 2016 两学一做, 2019 基层减负, holiday and thrift notices, a discipline commission.
    # 0.956/0.953/0.939/0.990 -> 0.975/0.973/0.965/1.000 (警车私用/警车管理 to vehicles; 集中学习, 学党章,
    # 党章党规, 通读, 手抄 to study; 工作机制, 协调小组, 工作小组 to implementation).
    pytest.param("theme_holdout_fresh.csv", 160, 16, (0.95, 0.94, 0.93, 0.97), id="1-mixed"),
    # 15 sector plans (health, tax, education, a bank, a court, urban management, poverty relief 2018,
    # epidemic-time formalism 2020, 办实事 2021, a development commission, villages, a university, 庸懒散
    # 2015, 基层减负 2022, reception and meeting-fee rules): 0.767/0.751/0.823/0.889 -> 0.853/0.843/0.886/0.944
    # (corruption and sanction words for discipline, 四议两公开/决议, 放管服/一网通办, 填表, 迎检).
    pytest.param("theme_holdout_fresh2.csv", 150, 15, (0.83, 0.82, 0.86, 0.91), id="2-sectors"),
    # 16 mainstream 2013–2015 plans (provincial 实施意见, municipal and county 实施细则, 群众路线 整改方案,
    # departments, 2014 专项整治): 0.950/0.947/0.940/0.964 (the morning's codebook: 0.944) -> 0.969/0.967/
    # 0.969/0.964 (开除/辞退/禁令, 办公设备/讲排场, 消防 masking security).
    pytest.param("theme_holdout_fresh3.csv", 160, 16, (0.94, 0.93, 0.93, 0.94), id="3-mainstream"),
    # 15 sector bodies (environment, housing, agriculture, audit, statistics, market supervision, water, a
    # hospital, schools, a procuratorate, customs, a power company, sports, culture, civil affairs):
    # 0.840/0.829/0.860/0.933 (the morning's codebook: 0.847) -> 0.873/0.865/0.886/0.957 (审计, added for
    # batch 2, is a sector noun in an audit office's plan and came out again; 索要/免费旅游, 进社区).
    pytest.param("theme_holdout_fresh4.csv", 150, 15, (0.85, 0.84, 0.86, 0.93), id="4-sector-bodies"),
    # 16 municipal, county and township plans of 2013 and 2014 整改方案, scored once after all the tuning
    # and never tuned on: 0.969/0.966/0.948/0.986 (the morning's codebook: 0.956/0.953/0.929/0.986).
    pytest.param("theme_holdout_fresh5.csv", 160, 16, (0.95, 0.95, 0.93, 0.97), id="5-never-tuned-on"),
]


@pytest.mark.parametrize("name, n, n_docs, floors", BLIND_BATCHES)
def test_blind_holdout_regression_guards(name, n, n_docs, floors):
    """Each blind batch keeps at least the floors (a little below what it scores now)."""
    h = read_holdout(ROOT / "tests" / "data" / name)
    assert len(h) == n and h["doc_id"].nunique() == n_docs
    s = evaluate_holdout(h)["validation_summary"].set_index("metric")["value"]
    assert s["n_matched"] == s["n_labels"]
    got = (s["accuracy"], s["cohen_kappa"], s["macro_f1"], s["headline_f1"])
    assert all(g >= f for g, f in zip(got, floors)), (got, floors)


# ---------------------------------------------------------------- cue diagnostics from recorded fires

def test_cue_diagnostics_from_recorded_fires_equal_matching_again():
    """The theme stage records every fire (also of themes not kept); summing them gives the same table."""
    from analysis.themes import assign_themes_and_fires
    from analysis.validation import cue_diagnostics

    cb = load_codebook()
    m = pd.concat([MEASURES, MEASURES.assign(measure_id=MEASURES["measure_id"] + "x", doc_id="f")],
                  ignore_index=True)
    mt, fires = assign_themes_and_fires(m, cb)
    fast = cue_diagnostics(m, mt, cb, fires)
    slow = cue_diagnostics(m, mt, cb)
    pd.testing.assert_frame_equal(fast, slow)
    cd = fast.set_index(["theme_code", "cue"])
    assert cd.loc[("meetings", "会议"), "n_fires"] == 2 and cd.loc[("meetings", "会议"), "n_measures"] == 2
    assert set(fires["doc_id"]) == {"d", "e", "f"}


def test_validation_stage_uses_the_recorded_fires():
    """validation_stage sums ``doc_cue_fires`` when present (here: doctored, to see it is read)."""
    from analysis.themes import assign_themes_and_fires

    mt, fires = assign_themes_and_fires(MEASURES)
    doctored = fires.copy()
    doctored.loc[(doctored["theme_code"] == "meetings") & (doctored["cue"] == "会议"), "n_fires"] = 7
    out = validation_stage({"measures": MEASURES, "measure_themes": mt, "doc_cue_fires": doctored}, {})
    cd = out["cue_diagnostics"].set_index(["theme_code", "cue"])
    assert cd.loc[("meetings", "会议"), "n_fires"] == 7


def test_cue_diagnostics_count_a_cue_written_in_capitals(tmp_path):
    """A cue written ＡＢ角 in the codebook is matched NFKC-folded (ab角) and its fires are reported."""
    from analysis.validation import cue_diagnostics

    toml = (ROOT / "analysis" / "data" / "codebook.toml").read_text(encoding="utf-8")
    toml = toml.replace('cues = {', 'cues = { "ＡＢ角" = 1.0,', 1)
    p = tmp_path / "cb.toml"
    p.write_text(toml, encoding="utf-8")
    cb = load_codebook(p)
    m = MEASURES.assign(text=["落实AB角制度。"] * len(MEASURES))
    cd = cue_diagnostics(m, assign_themes(m, cb), cb).set_index(["cue"])
    assert cd.loc["ＡＢ角", "n_fires"] == len(MEASURES)

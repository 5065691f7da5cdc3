"""End to end: the tables stage on the bundled corpus, checked against what the plans themselves state."""
import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from analysis import pipeline, schemas, tableio

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"


@pytest.fixture(scope="module")
def tables(tmp_path_factory):
    out = tmp_path_factory.mktemp("tables")
    pipeline.run(CORPUS, out, progress=False)
    return out


def read(out, name):
    return tableio.read_table(out, name)


def section_measures(measures, doc_id, section_prefix):
    m = measures[measures.doc_id == doc_id]
    return m[m.section.fillna("").str.startswith(section_prefix)]


def test_every_seed_loads_and_none_is_rejected(tables):
    docs = read(tables, "documents")
    assert sorted(docs.doc_id) == ["p000", "p001", "p002", "p003", "p004"]
    assert read(tables, "rejected").empty
    assert (docs.n_measures > 0).all()


def test_counts_match_what_the_plans_state(tables):
    m = read(tables, "measures")
    # p002: "以下8个方面31项整改任务" — tasks 1..31 under section 二, in 8 sub-sections
    tasks = section_measures(m, "p002", "二、")
    assert tasks.label.tolist() == [f"{i}." for i in range(1, 32)]
    assert tasks.section.nunique() == 8
    # p001: eight items 一是 … 八是
    assert m[m.doc_id == "p001"].label.tolist() == [f"{c}是" for c in "一二三四五六七八"]
    # p003: thirty numbered tasks with a leader and lead unit each, then three safeguards
    p003 = m[m.doc_id == "p003"]
    numbered = p003[p003.label.str.endswith("．")]
    assert len(numbered) == 30 and numbered.lead_person.notna().all() and numbered.lead_unit.notna().all()
    # p000 (punctuation flattened to dots): measures 1..47 recovered from the numbering alone
    p000 = m[m.doc_id == "p000"]
    assert p000.label.tolist()[:47] == [f"{i}." for i in range(1, 48)]


def test_p004_notice_is_not_measures_and_sections_give_context(tables):
    m = read(tables, "measures")
    p004 = m[m.doc_id == "p004"]
    assert not p004.text.str.contains("一要深刻领会").any()
    assert p004.section.str[:2].unique().tolist() == ["一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、"]
    assert "减少陪同人员。" in p004.heading.tolist()


def test_spans_partition_every_document_and_furniture_is_set_aside(tables):
    docs, spans, texts = read(tables, "documents"), read(tables, "spans"), read(tables, "texts")
    for doc in docs.itertuples():
        s = spans[spans.doc_id == doc.doc_id].sort_values("char_start")
        assert s.char_start.iloc[0] == 0 and s.char_end.iloc[-1] == doc.n_chars
        assert (s.char_start.iloc[1:].to_numpy() == s.char_end.iloc[:-1].to_numpy()).all()
    text = texts.set_index("doc_id").text
    furn = spans[(spans.span_kind == "furniture")]
    furn_text = "".join(text[r.doc_id][r.char_start:r.char_end] for r in furn.itertuples())
    assert "【打印本页】" in furn_text and "相关自查报告" in furn_text
    measures = read(tables, "measures")
    assert not measures.text.str.contains("打印本页|Produced By|相关自查报告").any()


def test_measure_offsets_point_into_the_loaded_text(tables):
    texts = read(tables, "texts").set_index("doc_id").text
    for r in read(tables, "measures").itertuples():
        assert texts[r.doc_id][r.char_start:r.char_end] == r.text


def test_output_is_byte_identical_across_runs(tables, tmp_path):
    pipeline.run(CORPUS, tmp_path / "again", progress=False)
    for f in sorted(tables.iterdir()):
        if f.suffix in (".csv", ".parquet"):
            assert hashlib.sha256(f.read_bytes()).digest() == hashlib.sha256((tmp_path / "again" / f.name).read_bytes()).digest(), f.name
    manifest = json.loads((tables / "run_manifest.json").read_text(encoding="utf-8"))
    assert manifest["corpus_hash"] == pipeline.corpus_hash(CORPUS)


def test_cli_strict_mode_names_the_bad_file(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "good.txt").write_text((CORPUS / "001_8188d526ecdde3f6.txt").read_text(encoding="utf-8"), encoding="utf-8")
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "manifest.csv").write_text(
        "doc_id,file,level,region,issuer,issuer_type,title,campaign,date\n"
        "a,good.txt,province,,,,,,2013-10\nb,empty.txt,county,,,,,,2013\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "analysis", "tables", "--corpus", str(corpus), "--out", str(tmp_path / "o"), "--quiet"]
    ok = subprocess.run(cmd, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    rejected = pd.read_csv(tmp_path / "o" / "rejected.csv")
    assert rejected.source_file.tolist() == ["empty.txt"] and rejected.reason.str.len().gt(0).all()
    strict = subprocess.run(cmd[:-1] + ["--strict", "--quiet"], capture_output=True, text=True)
    assert strict.returncode != 0 and "empty.txt" in strict.stderr


def test_readme_data_dictionary_is_generated_from_the_schemas():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- datadict:start -->\n", 1)[1].split("<!-- datadict:end -->", 1)[0]
    assert section.strip() == schemas.data_dictionary_markdown().strip(), \
        "README data dictionary is stale: run `python -m analysis datadict --readme README.md`"

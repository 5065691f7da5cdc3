"""The per-document cache: each invalidation rule, and a cached build equal to a clean one byte for byte."""
from __future__ import annotations

import collections
import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from analysis import cache, config, corpus, pipeline, runner, tableio

CALLS: collections.Counter = collections.Counter()  # (stage name) -> documents it ran on (serial runs)
CODEBOOK_FILE = "codebook.toml"  # found by the dependency walk through this module constant


# --- stages: module-level, reading data files and parameters the way real stages do ------------
def load_doc(entry, corpus_dir, params):
    CALLS["load"] += 1
    text = (Path(corpus_dir) / entry["file"]).read_text(encoding="utf-8")
    if len(text) > params.get("max_file_bytes", 10**9):
        raise corpus.UnusableFile("too large")
    return {"t_docs": pd.DataFrame({"doc_id": [entry["doc_id"]], "title": [entry["title"]]}),
            "t_text": pd.DataFrame({"doc_id": [entry["doc_id"]], "text": [text]})}


def extract(doc, params):
    CALLS["extract"] += 1
    d = doc["t_docs"]["doc_id"].iloc[0]
    lines = [x for x in doc["t_text"]["text"].iloc[0].split("\n") if x]
    return {"t_measures": pd.DataFrame({"doc_id": [d] * len(lines), "seq": pd.array(range(1, len(lines) + 1),
                                        dtype="Int64"), "text": lines})}


def assign(doc, params):
    CALLS["assign"] += 1
    theme = (config.DATA_DIR / CODEBOOK_FILE).read_text(encoding="utf-8").split()[0]
    m = doc["t_measures"]
    return {"t_themes": pd.DataFrame({"doc_id": m["doc_id"], "seq": m["seq"], "theme": theme,
                                      "is_long": pd.array(m["text"].str.len() > 5, dtype="boolean")})}


def segment(doc, params):
    CALLS["segment"] += 1
    stop = (config.DATA_DIR / "stopwords.txt").read_text(encoding="utf-8").split()
    words = (config.DATA_DIR / "userdict.txt").read_text(encoding="utf-8").split()
    m = doc["t_measures"]
    engine = params.get("segmenter", "jieba")
    tokens = [" ".join([engine] + [w for w in words if w in t and w not in stop]) for t in m["text"]]
    return {"t_tokens": pd.DataFrame({"doc_id": m["doc_id"], "seq": m["seq"], "tokens": tokens})}


STAGES = [load_doc, extract, assign, segment]
NAMES = ["load", "extract", "assign", "segment"]


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    d = tmp_path / "data"
    d.mkdir()
    (d / "codebook.toml").write_text("meetings\n", encoding="utf-8")
    (d / "userdict.txt").write_text("会议 文件 八项规定\n", encoding="utf-8")
    (d / "stopwords.txt").write_text("的\n", encoding="utf-8")
    shutil.copy(config.data_path("levels.csv"), d / "levels.csv")  # read_manifest checks levels
    (d / "palette.csv").write_text("name,colour\n", encoding="utf-8")
    monkeypatch.setattr(config, "DATA_DIR", d)
    return d


def write_corpus(root: Path, docs: dict[str, str], titles: dict[str, str] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for f in root.glob("*.txt"):
        f.unlink()
    with open(root / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(["doc_id", "file", "level", "region", "issuer", "issuer_type", "title", "campaign", "date"])
        for doc_id, text in docs.items():
            (root / f"{doc_id}.txt").write_text(text, encoding="utf-8")
            w.writerow([doc_id, f"{doc_id}.txt", "county", "", "", "", (titles or {}).get(doc_id, doc_id), "", ""])
    return root


DOCS = {f"d{i}": f"一、精简会议{i}\n严格执行八项规定的要求{i}\n精简文件{i}\n" for i in range(5)}


def build(corpus_dir, cache_dir, params=None):
    """Serial build with the test stages; returns (tables, stage -> documents run)."""
    CALLS.clear()
    manifest = corpus.read_manifest(corpus_dir)
    how = runner.Execution(workers=1, cache_dir=cache_dir)
    tables, _ = runner.build_document_tables(manifest, corpus_dir, params or {}, progress=False,
                                             stages=STAGES, how=how)
    return tables, {n: CALLS[n] for n in NAMES}


def as_bytes(tables) -> dict[str, bytes]:
    return {n: df.to_csv(index=False).encode() + str(df.dtypes.to_dict()).encode() for n, df in tables.items()}


def _edit(corpus_dir, data_dir, change) -> dict:
    """Apply ``change``; return the params of the next build."""
    docs, titles = dict(DOCS), {}
    params = {}
    if change == "add_doc":
        docs["d9"] = "一、新增的方案\n改进会议\n"
    elif change == "edit_doc":
        docs["d2"] = DOCS["d2"] + "新增一条会议措施\n"
    elif change == "edit_manifest_row":
        titles["d3"] = "改过的标题"
    elif change == "remove_doc":
        del docs["d1"]
    elif change == "codebook":
        (data_dir / "codebook.toml").write_text("documents\n", encoding="utf-8")
    elif change == "userdict":
        (data_dir / "userdict.txt").write_text("会议 文件\n", encoding="utf-8")
    elif change == "stopwords":
        (data_dir / "stopwords.txt").write_text("的\n会议\n", encoding="utf-8")
    elif change == "segmenter":
        params = {"segmenter": "rjieba"}
    elif change == "load_param":
        params = {"max_file_bytes": 10**6}
    elif change == "unrelated_param":
        params = {"n_topics": 12}
    elif change == "unrelated_data_file":
        (data_dir / "palette.csv").write_text("name,colour\nx,#000000\n", encoding="utf-8")
    write_corpus(corpus_dir, docs, titles)
    return params


N = len(DOCS)


@pytest.mark.parametrize("change,expected", [
    ("nothing", {"load": 0, "extract": 0, "assign": 0, "segment": 0}),
    ("add_doc", {"load": 1, "extract": 1, "assign": 1, "segment": 1}),
    ("edit_doc", {"load": 1, "extract": 1, "assign": 1, "segment": 1}),
    ("edit_manifest_row", {"load": 1, "extract": 1, "assign": 1, "segment": 1}),
    ("remove_doc", {"load": 0, "extract": 0, "assign": 0, "segment": 0}),
    # the codebook re-runs assignment (and what comes after it), never loading or extraction
    ("codebook", {"load": 0, "extract": 0, "assign": N, "segment": N}),
    ("userdict", {"load": 0, "extract": 0, "assign": 0, "segment": N}),
    ("stopwords", {"load": 0, "extract": 0, "assign": 0, "segment": N}),
    ("segmenter", {"load": 0, "extract": 0, "assign": 0, "segment": N}),
    ("load_param", {"load": N, "extract": N, "assign": N, "segment": N}),
    ("unrelated_param", {"load": 0, "extract": 0, "assign": 0, "segment": 0}),
    ("unrelated_data_file", {"load": 0, "extract": 0, "assign": 0, "segment": 0}),
])
def test_invalidation_rules(tmp_path, data_dir, change, expected):
    c = write_corpus(tmp_path / "corpus", DOCS)
    cache_dir = tmp_path / "cache"
    first, runs = build(c, cache_dir)
    assert runs == {n: N for n in NAMES}
    params = _edit(c, data_dir, change)
    cached, runs = build(c, cache_dir, params)
    assert runs == expected
    clean, _ = build(c, None, params)
    assert as_bytes(cached) == as_bytes(clean)


def test_codebook_change_is_reflected_and_restored(tmp_path, data_dir):
    c = write_corpus(tmp_path / "corpus", DOCS)
    build(c, tmp_path / "cache")
    (data_dir / "codebook.toml").write_text("documents\n", encoding="utf-8")
    changed, _ = build(c, tmp_path / "cache")
    assert set(changed["t_themes"]["theme"]) == {"documents"}
    (data_dir / "codebook.toml").write_text("meetings\n", encoding="utf-8")
    back, runs = build(c, tmp_path / "cache")
    assert set(back["t_themes"]["theme"]) == {"meetings"} and runs["assign"] == 0  # per-stage entries reused


@pytest.mark.parametrize("fn,data,params", [
    (load_doc, [], ["max_file_bytes"]),
    (extract, [], []),
    (assign, ["codebook.toml"], []),
    (segment, ["stopwords.txt", "userdict.txt"], ["segmenter"]),
])
def test_stage_dependencies_found_in_code(data_dir, fn, data, params):
    deps = cache.stage_dependencies(fn, {"segmenter": "jieba", "max_file_bytes": 1, "n_topics": 3})
    assert sorted(deps["data_files"]) == data
    assert sorted(deps["params"]) == params


def test_declared_dependencies_override(data_dir):
    def stage(doc, params):
        return {}
    stage.cache_data_files = ("palette.csv",)
    stage.cache_params = ("n_topics",)
    deps = cache.stage_dependencies(stage, {"n_topics": 3, "segmenter": "jieba"})
    assert list(deps["data_files"]) == ["palette.csv"] and deps["params"] == {"n_topics": 3}


def test_real_stage_dependencies():
    from analysis import segment as seg

    deps = cache.stage_dependencies(seg.segment_stage, {"segmenter": "jieba", "max_file_bytes": 1})
    assert {"userdict.txt", "stopwords.txt"} <= set(deps["data_files"])
    assert "analysis.segment" in deps["modules"]
    load = cache.stage_dependencies(corpus.load_stage, {"max_file_bytes": 1, "segmenter": "jieba"})
    assert "max_file_bytes" in load["params"] and "segmenter" not in load["params"]
    assert "codebook.toml" not in load["data_files"] and "analysis.corpus" in load["modules"]


@pytest.mark.parametrize("what", ["bytes", "manifest", "same"])
def test_document_key(tmp_path, what):
    (tmp_path / "a.txt").write_bytes("会议".encode())
    entry = {"doc_id": "a", "file": "a.txt", "title": "x"}
    k1 = cache.document_key(entry, tmp_path)
    if what == "bytes":
        (tmp_path / "a.txt").write_bytes("会议。".encode())
    elif what == "manifest":
        entry = {**entry, "title": "y"}
    assert (cache.document_key(entry, tmp_path) == k1) == (what == "same")


def test_entry_round_trip_and_incomplete_entries(tmp_path):
    store = cache.DocumentCache(tmp_path)
    t = {"a": pd.DataFrame({"s": pd.array(["x", None], dtype="string"), "i": pd.array([1, None], dtype="Int64"),
                            "f": [0.1, 2.0], "b": pd.array([True, None], dtype="boolean")}),
         "empty": pd.DataFrame({"s": pd.Series(dtype="string")})}
    store.put("st", "ab" * 32, t)
    got = store.get("st", "ab" * 32)
    for n in t:
        pd.testing.assert_frame_equal(got[n], t[n])
    assert store.get("st", "cd" * 32) is None
    entry = tmp_path / "stages" / "st" / "ab" / ("ab" * 32 + ".pkl")
    entry.write_bytes(entry.read_bytes()[:20])  # a torn entry is a miss, never half a result
    assert store.get("st", "ab" * 32) is None
    assert not list((tmp_path / "stages" / "st" / "ab").glob(".*tmp-*"))


def test_cache_kept_inside_out_across_atomic_swap(tmp_path):
    out = tmp_path / "out"
    with cache.kept_inside(out) as c:
        c.mkdir(parents=True, exist_ok=True)
        (c / "x").write_text("1")
        with tableio.atomic_dir(out) as tmp:
            (tmp / "t.csv").write_text("a\n")
    assert (out / ".cache" / "x").read_text() == "1" and (out / "t.csv").exists()
    with pytest.raises(RuntimeError):
        with cache.kept_inside(out) as c:
            raise RuntimeError("build failed")
    assert (out / ".cache" / "x").exists()


def test_real_pipeline_cached_equals_clean_byte_for_byte(tmp_path):
    from test_runner import make_corpus

    c = make_corpus(tmp_path / "c", 5, empty=(2,))
    cdir = tmp_path / "cache"

    def run(out, cache_dir):
        with runner.execution(workers=1, cache_dir=cache_dir):
            pipeline.run(c, out, progress=False)
        return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}

    clean = run(tmp_path / "clean", None)
    assert run(tmp_path / "first", cdir) == clean
    assert run(tmp_path / "second", cdir) == clean  # all from the pack
    shutil.copy(c / "000.txt", c / "005.txt")
    with open(c / "manifest.csv", "a", encoding="utf-8") as fh:
        fh.write("d005,005.txt,county,某县,中共某县委,county party committee,实施方案5,中央八项规定,2013-02\n")
    assert run(tmp_path / "third", cdir) == run(tmp_path / "clean2", None)


def test_pack_grows_by_segments_and_is_compacted(tmp_path, data_dir, monkeypatch):
    monkeypatch.setattr(runner, "MAX_PACK_SEGMENTS", 3)
    cdir = tmp_path / "cache"
    store = cache.DocumentCache(cdir)
    docs = dict(DOCS)
    c = write_corpus(tmp_path / "corpus", docs)
    build(c, cdir)
    assert store.pack_segments() == 1
    segments = []
    for k in range(4):  # each added plan appends a segment, until there are too many
        docs[f"n{k}"] = f"新增方案{k}\n精简会议\n"
        write_corpus(c, docs)
        tables, runs = build(c, cdir)
        assert runs["load"] == 1
        segments.append(store.pack_segments())
        assert as_bytes(tables) == as_bytes(build(c, None)[0])
    assert segments == [2, 3, 1, 2]
    keep = dict(list(docs.items())[:2])  # most rows stale: rewritten as one segment
    write_corpus(c, keep)
    tables, runs = build(c, cdir)
    assert runs["load"] == 0 and store.pack_segments() == 1
    assert as_bytes(tables) == as_bytes(build(c, None)[0])


def test_parameter_naming_a_file_stands_for_its_content(tmp_path, data_dir):
    def stage(doc, params):
        return {"x": params.get("codebook_path")}
    book = tmp_path / "my_codebook.toml"
    book.write_text("a", encoding="utf-8")
    before = cache.stage_fingerprint(stage, {"codebook_path": str(book)})
    assert cache.stage_fingerprint(stage, {"codebook_path": str(book)}) == before
    book.write_text("b", encoding="utf-8")
    assert cache.stage_fingerprint(stage, {"codebook_path": str(book)}) != before


# --- corpus-wide stages: memo keyed by the input tables ---------------------------------------

CORPUS_CALLS = []


def count_stage(tables, params):
    """A corpus-wide test stage: counts rows of ``a``; records that it ran."""
    CORPUS_CALLS.append(len(tables["a"]))
    return {"n": pd.DataFrame({"n": pd.array([len(tables["a"])], dtype="Int64")})}


@pytest.mark.parametrize("change, reruns", [
    ("nothing", False),
    ("value", True),
    ("row added", True),
    ("unread table", False),  # a table the stage does not read does not invalidate it
])
def test_memo_corpus_stage_reruns_only_when_inputs_change(tmp_path, change, reruns):
    a = pd.DataFrame({"x": pd.array(["p", "q"], dtype="string")})
    tables = {"a": a, "b": a}
    first = cache.memo_corpus_stage(count_stage, tables, {}, ("a",), tmp_path)
    if change == "value":
        tables = {"a": a.assign(x=pd.array(["p", "r"], dtype="string")), "b": a}
    elif change == "row added":
        tables = {"a": pd.concat([a, a.iloc[:1]], ignore_index=True), "b": a}
    elif change == "unread table":
        tables = {"a": a, "b": a.iloc[:1]}
    CORPUS_CALLS.clear()
    again = cache.memo_corpus_stage(count_stage, tables, {}, ("a",), tmp_path)
    assert bool(CORPUS_CALLS) == reruns
    if not reruns:
        pd.testing.assert_frame_equal(again["n"], first["n"])
    entries = list((tmp_path / "corpus").rglob("*.pkl"))
    assert len(entries) == 1  # only the latest result is kept


def test_memo_corpus_stage_without_cache_folder_just_runs():
    CORPUS_CALLS.clear()
    cache.memo_corpus_stage(count_stage, {"a": pd.DataFrame({"x": [1]})}, {}, ("a",))
    cache.memo_corpus_stage(count_stage, {"a": pd.DataFrame({"x": [1]})}, {}, ("a",))
    assert CORPUS_CALLS == [1, 1]

"""The runner: serial, local processes and Dask give the same tables, in manifest order."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from analysis import corpus, pipeline, runner

COLUMNS = ["doc_id", "file", "level", "region", "issuer", "issuer_type", "title", "campaign", "date"]


def make_corpus(root: Path, n: int, empty: tuple[int, ...] = ()) -> Path:
    """A tiny corpus of ``n`` numbered plans (documents in ``empty`` are empty files)."""
    root.mkdir(parents=True, exist_ok=True)
    rows = []
    for i in range(n):
        name = f"{i:03d}.txt"
        lines = [f"关于进一步改进工作作风密切联系群众的实施方案（第{i}号）", "一、精简会议活动"]
        lines += [f"{k}．严格执行中央八项规定，全年压缩会议{i + k}个，会议时间不超过{k + 1}小时。" for k in range(1, 4)]
        lines += ["二、改进文风", f"{4}．精简文件简报，第{i}类文件一律不发，切实改进文风。"]
        text = "" if i in empty else "\n".join(lines) + "\n"
        (root / name).write_text(text, encoding="utf-8")
        rows.append([f"d{i:03d}", name, "county", "某县", "中共某县委", "county party committee",
                     f"实施方案{i}", "中央八项规定", "2013-02"])
    with open(root / "manifest.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(COLUMNS)
        w.writerows(rows)
    return root


# Module-level stages (picklable): a loader and one per-document stage.
def load_lines(entry, corpus_dir, params):
    text = (Path(corpus_dir) / entry["file"]).read_text(encoding="utf-8")
    if not text.strip():
        raise corpus.UnusableFile("the file is empty")
    return {"t_docs": pd.DataFrame({"doc_id": [entry["doc_id"]], "n_chars": [len(text)]})}


def count_lines(doc, params):
    d = doc["t_docs"]
    n = int(d["n_chars"].iloc[0]) % 7 + 1
    return {"t_rows": pd.DataFrame({"doc_id": [d["doc_id"].iloc[0]] * n, "k": range(n)})}


STAGES = [load_lines, count_lines]


def _build(corpus_dir, how, strict=False):
    manifest = corpus.read_manifest(corpus_dir)
    return runner.build_document_tables(manifest, corpus_dir, {}, strict=strict, progress=False,
                                        stages=STAGES, how=how)


def _files(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.iterdir()) if p.is_file()}


@pytest.mark.parametrize("workers", [2, 3])
def test_process_pool_equals_serial(tmp_path, workers):
    c = make_corpus(tmp_path / "c", 11, empty=(4, 9))
    serial, rej_s = _build(c, runner.Execution(workers=1))
    par, rej_p = _build(c, runner.Execution(workers=workers, chunk_docs=2))
    assert rej_s == rej_p and [r["doc_id"] for r in rej_s] == ["d004", "d009"]
    assert serial["t_docs"]["doc_id"].tolist() == [f"d{i:03d}" for i in range(11) if i not in (4, 9)]
    for name in serial:
        pd.testing.assert_frame_equal(serial[name], par[name])


def count_lines_failing_on_d003(doc, params):
    if doc["t_docs"]["doc_id"].iloc[0] == "d003":
        raise ZeroDivisionError("a fault met on this file only")
    return count_lines(doc, params)


@pytest.mark.parametrize("workers", [1, 2])
def test_an_unexpected_error_on_one_file_rejects_it_and_the_rest_are_processed(tmp_path, workers):
    c = make_corpus(tmp_path / "c", 6)
    manifest = corpus.read_manifest(c)
    how = runner.Execution(workers=workers, chunk_docs=2)
    tables, rejected = runner.build_document_tables(manifest, c, {}, progress=False, how=how,
                                                    stages=[load_lines, count_lines_failing_on_d003])
    assert [r["doc_id"] for r in rejected] == ["d003"]
    assert "internal error" in rejected[0]["reason"] and "ZeroDivisionError: a fault met" in rejected[0]["reason"]
    assert sorted(set(tables["t_rows"]["doc_id"])) == ["d000", "d001", "d002", "d004", "d005"]
    with pytest.raises(pipeline.StrictModeError, match="003.txt: internal error"):
        runner.build_document_tables(manifest, c, {}, strict=True, progress=False, how=how,
                                     stages=[load_lines, count_lines_failing_on_d003])


def count_lines_failing_with_an_object_repr(doc, params):
    if doc["t_docs"]["doc_id"].iloc[0] == "d001":
        raise ValueError(f"cannot read {object()!r}")  # a library's message naming an object by its address
    return count_lines(doc, params)


def test_a_rejection_reason_carries_no_memory_address(tmp_path):
    c = make_corpus(tmp_path / "c", 3)
    _, rejected = runner.build_document_tables(corpus.read_manifest(c), c, {}, progress=False,
                                               stages=[load_lines, count_lines_failing_with_an_object_repr])
    assert "cannot read <object>" in rejected[0]["reason"] and "0x" not in rejected[0]["reason"]


@pytest.mark.parametrize("workers", [1, 2])
def test_strict_names_first_unusable_file_in_manifest_order(tmp_path, workers):
    c = make_corpus(tmp_path / "c", 6, empty=(2, 5))
    with pytest.raises(pipeline.StrictModeError, match="002.txt"):
        _build(c, runner.Execution(workers=workers, chunk_docs=1), strict=True)


@pytest.mark.parametrize("n,workers,size", [(0, 2, 8), (1, 2, 8), (10, 2, 3), (100, 2, 32), (7, 4, 1)])
def test_chunks_cover_every_task_in_order(n, workers, size):
    tasks = list(range(n))
    chunks = runner._chunks(tasks, workers, size)
    assert [t for ch in chunks for t in ch] == tasks
    assert all(0 < len(ch) <= size for ch in chunks)
    if n:  # small enough that every worker gets about four chunks
        assert max(map(len, chunks)) <= -(-n // (4 * workers))


def _run_pipeline(corpus_dir, out, **how):
    with runner.execution(**how):
        pipeline.run(corpus_dir, out, progress=False)
    return _files(out)


def test_real_pipeline_pool_is_byte_identical_to_serial(tmp_path):
    c = make_corpus(tmp_path / "c", 6, empty=(3,))
    serial = _run_pipeline(c, tmp_path / "serial")
    assert _run_pipeline(c, tmp_path / "pool", workers=2, chunk_docs=1) == serial
    assert b"d003" in serial["rejected.csv"]


@pytest.mark.parametrize("processes", [False, True])
def test_dask_local_cluster_is_byte_identical_to_serial(tmp_path, processes):
    distributed = pytest.importorskip("distributed")
    c = make_corpus(tmp_path / "c", 5, empty=(1,))
    serial = _run_pipeline(c, tmp_path / "serial")
    with distributed.LocalCluster(processes=processes, n_workers=2, threads_per_worker=1,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as client:
        dask = _run_pipeline(c, tmp_path / "dask", scheduler=client, chunk_docs=1)
        assert dask == serial
        # the same, by address (as ``--scheduler tcp://…`` does)
        assert _run_pipeline(c, tmp_path / "addr", scheduler=cluster.scheduler_address) == serial


def test_cli_workers_and_default_cache(tmp_path):
    from analysis.__main__ import main

    c = make_corpus(tmp_path / "c", 4)
    assert main(["tables", "--corpus", str(c), "--out", str(tmp_path / "a"), "--quiet", "--no-cache"]) == 0
    assert main(["tables", "--corpus", str(c), "--out", str(tmp_path / "b"), "--quiet", "--workers", "2"]) == 0
    assert (tmp_path / "b" / ".cache" / "pack" / "segments.json").is_file()  # kept across the atomic swap
    assert main(["tables", "--corpus", str(c), "--out", str(tmp_path / "b"), "--quiet"]) == 0
    assert (tmp_path / "b" / ".cache" / "pack" / "segments.json").is_file()
    assert _files(tmp_path / "a") == _files(tmp_path / "b")
    assert not list(tmp_path.glob(".*-hold"))


def test_a_corpus_whose_every_file_is_rejected_still_has_every_table(tmp_path):
    c = make_corpus(tmp_path / "c", 2, empty=(0, 1))
    tables = pipeline.build_tables(c, progress=False)
    assert len(tables["rejected"]) == 2 and not len(tables["documents"])
    full = pipeline.build_tables(make_corpus(tmp_path / "full", 2), progress=False)
    assert set(tables) == set(full)
    for name in pipeline.PER_DOCUMENT_TABLES:
        assert list(tables[name].columns) == list(full[name].columns)

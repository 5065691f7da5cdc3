"""The tables stage: a corpus folder in, every table out, written atomically with a run manifest.

Two kinds of stage, each a plain function:

* per-document stages ``fn(doc: dict[str, DataFrame], params: dict) -> dict[str, DataFrame]`` see
  one document's tables (``documents`` with one row, ``texts``, then ``spans``, ``measures`` …) and
  return new ones. They are independent across documents (so they can run in parallel and be cached).
* corpus-wide stages ``fn(tables: dict[str, DataFrame], params: dict) -> dict[str, DataFrame]`` see
  the concatenated tables of all documents.

``params`` is a plain dict (defaults in ``DEFAULT_PARAMS``, overridden by the caller); every stage
picks its own keys, and all of them are recorded in the run manifest.
"""
from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from . import (__version__, clusters, commitments, corpus, coverage, measures, reuse, schemas, segment,
               stringency, tableio, themes, validation)

DEFAULT_PARAMS: dict = {
    "max_file_bytes": 20_000_000,  # files larger than this are refused with their size
    "ocr": True,  # scanned PDF pages (an image, no text layer) are read by OCR; False: such a PDF is refused
    "segmenter": "rjieba",  # jieba's Rust port on jieba's dictionaries; falls back to "jieba" below 99.9% agreement
    "random_state": 0,  # every random step (clustering, bootstrap) is seeded from it
    "codebook_path": None,  # None: the shipped analysis/data/codebook.toml
    "labels_path": "labels/theme_labels.csv",  # hand labels, relative to the corpus folder; skipped if absent
    "cluster_k": None,  # None: chosen by silhouette over cluster_k_range
    "cluster_k_range": (4, 12),
    "cluster_max_iter": 300,
    "new_theme_share_pct": 40.0,  # a cluster whose best theme explains less is a candidate new theme
}

# Per-document stages, in order. Each adds tables for one document.
PER_DOCUMENT_STAGES = [
    measures.extract_stage,
    commitments.commitments_stage,
    segment.segment_stage,
    themes.assign_stage,
]

# The tables the loader and the per-document stages make.
PER_DOCUMENT_TABLES = ("documents", "texts", "spans", "furniture", "measures", "commitments", "measure_stringency",
                       "measure_tokens", "measure_themes", "doc_cue_fires")

# Corpus-wide stages, in order. Each adds tables computed over all documents.
CORPUS_STAGES: list = [
    clusters.clusters_stage,
    coverage.coverage_stage,  # also writes keyness (from measure_tokens)
    validation.validation_stage,
    stringency.stringency_stage,
    reuse.reuse_stage,
]


class StrictModeError(RuntimeError):
    """Raised in strict mode when any file of the corpus could not be used."""


def resolve_params(params: dict | None) -> dict:
    """Defaults overridden by ``params``."""
    out = dict(DEFAULT_PARAMS)
    out.update(params or {})
    return out


def build_tables(corpus_dir: Path, params: dict | None = None, *, strict: bool = False,
                 progress: bool = True, corpus_stages: list | None = None) -> dict[str, pd.DataFrame]:
    """Run every stage on the corpus in ``corpus_dir``; return ``{table name: DataFrame}``.

    Unusable files go to the ``rejected`` table with their reason (and are reported on stderr);
    with ``strict=True`` the first one raises :class:`StrictModeError` naming the file instead.
    ``corpus_stages``: the corpus-wide stages to run, in order (None: all of :data:`CORPUS_STAGES`);
    e.g. ``[validation.validation_stage]`` scores the theme assignment against hand labels without
    clustering or comparing levels, and the tables of the stages left out are absent.
    """
    corpus_dir = Path(corpus_dir)
    params = resolve_params(params)
    manifest = corpus.read_manifest(corpus_dir)
    from . import runner  # serial, local processes or Dask, with the per-document cache (runner.execution)

    tables, rejected = runner.build_document_tables(manifest, corpus_dir, params, strict=strict,
                                                    progress=progress)
    for name in PER_DOCUMENT_TABLES:  # a corpus whose every file was rejected still has every table
        tables.setdefault(name, schemas.empty(name))
    tables["rejected"] = pd.DataFrame(rejected, columns=["source_file", "doc_id", "reason"])
    stage_params = dict(params, labels_path=_labels_file(corpus_dir, params.get("labels_path")))
    for fn in CORPUS_STAGES if corpus_stages is None else corpus_stages:
        tables.update(fn(tables, stage_params))
    return tables


def _labels_file(corpus_dir: Path, labels_path) -> str | None:
    """The hand-label file resolved against the corpus folder, or None when there is none."""
    if not labels_path:
        return None
    path = Path(labels_path) if Path(labels_path).is_absolute() else Path(corpus_dir) / labels_path
    return str(path) if path.is_file() else None


def run_manifest(corpus_dir: Path, params: dict, tables: dict[str, pd.DataFrame]) -> dict:
    """The run manifest: corpus hash, package version, parameters, data-file hashes, row counts."""
    from . import config

    data_hashes = {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                   for p in sorted(config.DATA_DIR.glob("*")) if p.is_file()}
    return {
        "package": "analysis",
        "package_version": __version__,
        "corpus_hash": corpus_hash(corpus_dir),
        "parameters": {k: params[k] for k in sorted(params)},
        "data_files_sha256": data_hashes,
        "tables": {n: int(len(t)) for n, t in sorted(tables.items())},
    }


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path, manifest: dict, *, threads: int = 2) -> None:
    """Write every table (CSV + Parquet) and ``run_manifest.json`` into ``out_dir``, atomically.

    ``threads``: tables written side by side (Arrow's CSV and Parquet writers release the GIL, so two
    threads take ~0.6 of the time on two cores); each file is the same whatever the number.
    """
    from concurrent.futures import ThreadPoolExecutor

    largest_first = sorted(tables, key=lambda name: (-len(tables[name]), name))
    with tableio.atomic_dir(out_dir) as tmp, ThreadPoolExecutor(max(1, threads)) as pool:
        list(pool.map(lambda name: tableio.write_table(tables[name], name, tmp), largest_first))
        tableio.write_json(manifest, tmp / "run_manifest.json")


def run(corpus_dir: Path, out_dir: Path, params: dict | None = None, *, strict: bool = False,
        progress: bool = True) -> dict[str, pd.DataFrame]:
    """Build every table from ``corpus_dir`` and write them into ``out_dir``; return the tables."""
    from . import runner

    params = runner.resolve_segmenter(resolve_params(params), corpus_dir)  # checked and recorded
    tables = build_tables(corpus_dir, params, strict=strict, progress=progress)
    write_tables(tables, out_dir, run_manifest(corpus_dir, params, tables))
    return tables


def corpus_hash(corpus_dir: Path) -> str:
    """SHA-256 over every file of the corpus folder (relative paths and bytes, in sorted order)."""
    corpus_dir = Path(corpus_dir)
    h = hashlib.sha256()
    for p in sorted(q for q in corpus_dir.rglob("*") if q.is_file()):
        rel = p.relative_to(corpus_dir).as_posix()
        if any(part.startswith(".") for part in rel.split("/")):
            continue
        h.update(rel.encode("utf-8") + b"\0" + hashlib.sha256(p.read_bytes()).digest())
    return h.hexdigest()

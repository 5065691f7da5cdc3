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
import sys
from pathlib import Path

import pandas as pd
from tqdm.auto import tqdm

from . import __version__, corpus, measures, schemas, tableio

DEFAULT_PARAMS: dict = {
    "max_file_bytes": 20_000_000,  # files larger than this are refused with their size
    "random_state": 0,
}

# Per-document stages, in order. Each adds tables for one document.
PER_DOCUMENT_STAGES = [
    measures.extract_stage,
]

# Corpus-wide stages, in order. Each adds tables computed over all documents.
CORPUS_STAGES: list = []


class StrictModeError(RuntimeError):
    """Raised in strict mode when any file of the corpus could not be used."""


def resolve_params(params: dict | None) -> dict:
    """Defaults overridden by ``params``."""
    out = dict(DEFAULT_PARAMS)
    out.update(params or {})
    return out


def process_document(entry: dict, corpus_dir: Path, params: dict) -> dict[str, pd.DataFrame]:
    """Load one manifest entry and run every per-document stage on it.

    Returns that document's tables. Raises :class:`corpus.UnusableFile` (with the reason) when the
    file cannot be used.
    """
    doc = corpus.load_stage(entry, corpus_dir, params)
    for fn in PER_DOCUMENT_STAGES:
        doc.update(fn(doc, params))
    return doc


def concat_tables(parts: list[dict[str, pd.DataFrame]]) -> dict[str, pd.DataFrame]:
    """Concatenate per-document table dicts name by name (names missing everywhere are absent)."""
    names = sorted({n for p in parts for n in p})
    out = {}
    for n in names:
        frames = [p[n] for p in parts if n in p and len(p[n])]
        out[n] = pd.concat(frames, ignore_index=True) if frames else schemas.empty(n)
    return out


def build_tables(corpus_dir: Path, params: dict | None = None, *, strict: bool = False,
                 progress: bool = True) -> dict[str, pd.DataFrame]:
    """Run every stage on the corpus in ``corpus_dir``; return ``{table name: DataFrame}``.

    Unusable files go to the ``rejected`` table with their reason (and are reported on stderr);
    with ``strict=True`` the first one raises :class:`StrictModeError` naming the file instead.
    """
    corpus_dir = Path(corpus_dir)
    params = resolve_params(params)
    manifest = corpus.read_manifest(corpus_dir)
    parts, rejected = [], []
    for entry in tqdm(manifest.to_dict("records"), desc="documents", unit="doc", disable=not progress):
        try:
            parts.append(process_document(entry, corpus_dir, params))
        except corpus.UnusableFile as exc:
            if strict:
                raise StrictModeError(f"{entry['file']}: {exc}") from exc
            print(f"rejected {entry['file']}: {exc}", file=sys.stderr)
            rejected.append({"source_file": entry["file"], "doc_id": entry["doc_id"], "reason": str(exc)})
    tables = concat_tables(parts)
    for name in ("documents", "texts", "spans", "measures"):
        tables.setdefault(name, schemas.empty(name))
    tables["rejected"] = pd.DataFrame(rejected, columns=["source_file", "doc_id", "reason"])
    for fn in CORPUS_STAGES:
        tables.update(fn(tables, params))
    return tables


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


def write_tables(tables: dict[str, pd.DataFrame], out_dir: Path, manifest: dict) -> None:
    """Write every table (CSV + Parquet) and ``run_manifest.json`` into ``out_dir``, atomically."""
    with tableio.atomic_dir(out_dir) as tmp:
        for name in sorted(tables):
            tableio.write_table(tables[name], name, tmp)
        tableio.write_json(manifest, tmp / "run_manifest.json")


def run(corpus_dir: Path, out_dir: Path, params: dict | None = None, *, strict: bool = False,
        progress: bool = True) -> dict[str, pd.DataFrame]:
    """Build every table from ``corpus_dir`` and write them into ``out_dir``; return the tables."""
    params = resolve_params(params)
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

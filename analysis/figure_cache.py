"""Figures and the workbook kept across builds: redrawn only when what shaped them changed.

Drawing the brief's figures (each as PNG, SVG and PDF) is most of a rebuild's work when the tables
did not change: a scheduled build with no new plan, a build after a notebook's narrative was edited.
Every figure file is byte-identical across runs (:func:`analysis.plotting.save_figure`), so a file
drawn once from the same inputs can be copied instead of drawn again.

Key
---
:func:`fingerprint` hashes everything a figure job's files can depend on:

* every table handed to the jobs (:func:`analysis.cache.table_hash`: names, dtypes, values, order);
* the label language and the entry's name (figure stem or workbook file name);
* the source of every module of the package and every file of ``analysis/data`` (fonts, palette,
  codebook, levels): a change anywhere in the package redraws every figure, which is rare and safe;
* the versions of the libraries that draw and encode (matplotlib, seaborn, numpy, pandas, Pillow,
  fontTools, openpyxl) and the active rcParams (a user's ``matplotlibrc`` included).

Layout of the cache folder
--------------------------
``<name>/<key>/``: the job's files and ``entry.json`` (what the job returned), written into a
temporary folder and renamed into place, so an entry is either whole or absent. Only the latest
entry per name is kept, so the folder does not grow with rebuilds.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import warnings
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import matplotlib
import pandas as pd

from . import __version__, config
from .cache import library_versions, table_hash

FORMAT = "1"
LIBRARIES = ("matplotlib", "seaborn", "numpy", "pandas", "pillow", "fonttools", "openpyxl")
ENTRY_FILE = "entry.json"


@lru_cache(maxsize=1)
def _package_hash() -> str:
    """SHA-256 of every ``analysis`` module's source and every file under ``analysis/data``."""
    root = Path(__file__).parent
    h = hashlib.sha256()
    for path in sorted([*root.glob("*.py"), *(p for p in config.DATA_DIR.rglob("*") if p.is_file())]):
        h.update(str(path.relative_to(root)).encode("utf-8"))
        h.update(path.read_bytes())
    return h.hexdigest()


def fingerprint(tables: dict[str, pd.DataFrame], lang: str) -> str:
    """Hex SHA-256 of the inputs of a set of figure jobs (see the module docstring): ``tables`` as
    handed to the jobs (``{name: DataFrame}``, every one hashed) and the label language ``lang``."""
    h = hashlib.sha256()
    for part in (FORMAT, __version__, lang, _package_hash(), json.dumps(library_versions(LIBRARIES), sort_keys=True),
                 repr(sorted((k, repr(v)) for k, v in matplotlib.rcParams.items()))):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    for name in sorted(tables):
        h.update(f"{name}={table_hash(tables[name])}\0".encode("utf-8"))
    return h.hexdigest()


@dataclass(frozen=True)
class FigureCache:
    """A cache folder and the :func:`fingerprint` of the jobs it serves (both fixed for one run)."""

    folder: Path
    fingerprint: str

    def job(self, name: str, out_dir, job):
        """``job`` (a callable writing files into ``out_dir`` and returning a figure-index entry or the
        path of the one file it wrote), reusing the files of an earlier run with the same ``name`` and
        fingerprint. The wrapped job returns what ``job`` returned then (an entry dict or a ``Path``
        into ``out_dir``) and leaves the same bytes in ``out_dir``."""
        return _Cached(self, name, Path(out_dir), job)

    def _entry(self, name: str) -> Path:
        key = hashlib.sha256(f"{self.fingerprint}\0{name}".encode("utf-8")).hexdigest()
        return Path(self.folder) / _safe(name) / key


def for_tables(folder, tables: dict[str, pd.DataFrame], lang: str) -> FigureCache | None:
    """A :class:`FigureCache` in ``folder`` for jobs drawing ``tables`` in ``lang``; None when
    ``folder`` is None (no cache: every job draws)."""
    if folder is None:
        return None
    return FigureCache(Path(folder), fingerprint(tables, lang))


def wrap(cache: FigureCache | None, name: str, out_dir, job):
    """``cache.job(name, out_dir, job)``, or ``job`` itself when ``cache`` is None."""
    return job if cache is None else cache.job(name, out_dir, job)


def _safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in name)


@dataclass(frozen=True)
class _Cached:
    cache: FigureCache
    name: str
    out_dir: Path
    job: object

    def __call__(self):
        entry = self.cache._entry(self.name)
        got = _restore(entry, self.out_dir)
        if got is not None:
            return got
        result = self.job()
        try:
            _store(entry, self.out_dir, result)
        except OSError as exc:  # a full or read-only disk costs the next build time, not this one its figures
            warnings.warn(f"figure cache: could not keep {self.name} in {entry.parent}: {exc}", stacklevel=2)
        return result


def _files(result) -> tuple[str, list[str]]:
    """(kind, file names in the output folder) of a job's result."""
    if isinstance(result, dict):
        stem = Path(result["data_file"]).stem
        formats = [f for f in str(result.get("formats") or "").split(";") if f]
        return "entry", [f"{stem}.{fmt}" for fmt in formats] + [result["data_file"]]
    if isinstance(result, Path):
        return "path", [result.name]
    raise TypeError(f"a cached figure job must return an index entry or a Path, not {type(result).__name__}")


def _restore(entry: Path, out_dir: Path):
    """Copy a complete cache entry's files into ``out_dir`` and return the job's result; None on a miss."""
    try:
        meta = json.loads((entry / ENTRY_FILE).read_text(encoding="utf-8"))
        files = meta["files"]
        if not all((entry / f).is_file() for f in files):
            return None
        out_dir.mkdir(parents=True, exist_ok=True)
        for f in files:
            shutil.copyfile(entry / f, out_dir / f)
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent or unreadable: draw again
    return meta["result"] if meta["kind"] == "entry" else out_dir / files[0]


def _store(entry: Path, out_dir: Path, result) -> None:
    """Keep the files ``result`` names as the entry (atomically) and drop older entries of the same name."""
    kind, files = _files(result)
    entry.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".tmp-", dir=entry.parent))
    try:
        for f in files:
            shutil.copyfile(out_dir / f, tmp / f)
        meta = {"kind": kind, "files": files, "result": result if kind == "entry" else None}
        (tmp / ENTRY_FILE).write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        if entry.exists():  # another worker kept the same entry first
            return
        os.replace(tmp, entry)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    for old in entry.parent.iterdir():
        if old != entry and not old.name.startswith(".tmp-"):
            shutil.rmtree(old, ignore_errors=True)

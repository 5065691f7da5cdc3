"""Writing tables: validated against their schema, CSV + Parquet, deterministic, atomic.

``write_tables`` writes every table of a stage into a temporary folder beside the destination and
swaps it in only when all were written, so a failed run never leaves half-updated tables.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from . import schemas

FLOAT_FORMAT = "%.6g"  # fixed float text, so CSVs are byte-identical across runs


def write_table(df: pd.DataFrame, name: str, out_dir: Path) -> pd.DataFrame:
    """Validate ``df`` as table ``name`` and write ``<name>.csv`` (UTF-8) and ``<name>.parquet`` into ``out_dir``.

    Returns the validated frame (declared column order and dtypes).
    """
    out_dir = Path(out_dir)
    df = schemas.validate(df, name)
    df.to_csv(out_dir / f"{name}.csv", index=False, encoding="utf-8", lineterminator="\n",
              float_format=FLOAT_FORMAT)
    table = pa.Table.from_pandas(df, preserve_index=False)
    pq.write_table(table, out_dir / f"{name}.parquet", compression="zstd")
    return df


def read_table(out_dir: Path, name: str) -> pd.DataFrame:
    """Read table ``name`` from a tables folder (Parquet), typed as its schema declares."""
    return schemas.validate(pd.read_parquet(Path(out_dir) / f"{name}.parquet"), name)


@contextlib.contextmanager
def atomic_dir(dest: Path, keep: tuple[str, ...] = ()):
    """Yield a fresh temporary folder; on success it replaces ``dest`` whole, on error it is removed.

    ``keep`` names entries of an existing ``dest`` copied into the new folder first (files this run
    does not produce but must not lose).
    """
    dest = Path(dest).resolve()
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{dest.name}.tmp-", dir=dest.parent))
    umask = os.umask(0)
    os.umask(umask)
    os.chmod(tmp, 0o777 & ~umask)  # mkdtemp makes 0700; the swapped-in folder gets ordinary permissions
    try:
        for entry in keep:
            src = dest / entry
            if src.is_dir():
                shutil.copytree(src, tmp / entry)
            elif src.exists():
                shutil.copy2(src, tmp / entry)
        yield tmp
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    swap_in(tmp, dest)


def swap_in(new: Path, dest: Path) -> None:
    """Replace folder ``dest`` by folder ``new`` with two renames (the old one is removed after)."""
    old = None
    if dest.exists():
        old = dest.with_name(f".{dest.name}.old-{os.getpid()}")
        if old.exists():
            shutil.rmtree(old)
        os.replace(dest, old)
    os.replace(new, dest)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def write_json(obj, path: Path) -> None:
    """Write ``obj`` as sorted, indented UTF-8 JSON (deterministic)."""
    Path(path).write_text(json.dumps(obj, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                          encoding="utf-8")

"""Writing tables: validated against their schema, CSV + Parquet, deterministic, atomic.

``write_tables`` writes every table of a stage into a temporary folder beside the destination and
swaps it in only when all were written, so a failed run never leaves half-updated tables.
"""
from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from . import schemas

FLOAT_FORMAT = "%.6g"  # fixed float text, so CSVs are byte-identical across runs


def write_table(df: pd.DataFrame, name: str, out_dir: Path) -> pd.DataFrame:
    """Validate ``df`` as table ``name`` and write ``<name>.csv`` (UTF-8) and ``<name>.parquet`` into ``out_dir``.

    Returns the validated frame (declared column order and dtypes).
    """
    out_dir = Path(out_dir)
    df = schemas.validate(df, name)
    write_csv(df, out_dir / f"{name}.csv")
    table = pa.Table.from_pandas(df, preserve_index=False)
    pq.write_table(table, out_dir / f"{name}.parquet", compression="zstd")
    return df


def write_csv(df: pd.DataFrame, path: Path) -> None:
    """Write ``df`` (no index) to ``path`` as UTF-8 CSV, byte for byte what
    ``df.to_csv(path, index=False, lineterminator="\\n", float_format=FLOAT_FORMAT)`` writes.

    Why not that call: pandas formats a float column value by value in Python and hands every row to
    the ``csv`` module, which took most of a rebuild's table writing on large corpora (≈ 3.5× slower
    than this). Here each column becomes its CSV text in Arrow's compute kernels (quoted as the
    ``csv`` module's minimal quoting does: a field holding ``,``, ``"`` or a line feed, and an empty
    field when it is a row's only one), and the rows are written as one buffer. Columns of another
    dtype than string, float64, Int64/int64 or boolean (the schemas' logical types) go to pandas.
    """
    path = Path(path)
    if not all(_csv_kind(df[c]) for c in df.columns):
        df.to_csv(path, index=False, encoding="utf-8", lineterminator="\n", float_format=FLOAT_FORMAT)
        return
    header = io.StringIO()
    csv.writer(header, lineterminator="\n").writerow([str(c) for c in df.columns])
    with open(path, "wb") as f:
        f.write(header.getvalue().encode("utf-8"))
        if not len(df):
            return
        fields = [_csv_field(df[c], single=df.shape[1] == 1) for c in df.columns]
        # the line feed goes on the last field, a narrower string than the joined row
        fields[-1] = pc.binary_join_element_wise(fields[-1], _text("\n"), _text(""))
        rows = pc.binary_join_element_wise(*fields, _text(","))
        for chunk in (rows.chunks if isinstance(rows, pa.ChunkedArray) else [rows]):
            _, offsets, data = chunk.buffers()
            ends = np.frombuffer(offsets, dtype=np.int64)[chunk.offset:chunk.offset + len(chunk) + 1]
            f.write(memoryview(data)[ends[0]:ends[-1]])


_QUOTE_WHEN = '[,"\n]'  # what makes the csv module's QUOTE_MINIMAL quote a field (lineterminator "\n")


def _text(value: str) -> pa.Scalar:
    return pa.scalar(value, pa.large_string())  # Arrow's string kernels want one string type throughout


def _csv_kind(s: pd.Series) -> str | None:
    """How :func:`_csv_field` writes column ``s``: ``float``, ``bool``, ``int``, ``str``, or None (not handled)."""
    dtype = s.dtype
    if dtype == "float64":
        return "float"
    if str(dtype) == "boolean" or dtype == bool:
        return "bool"
    if str(dtype) == "Int64" or dtype == "int64":
        return "int"
    if isinstance(dtype, pd.StringDtype):
        return "str"
    return None


def _csv_field(s: pd.Series, single: bool) -> pa.Array:
    """Column ``s`` as the text of its CSV fields (large_string, no nulls; a missing value is empty)."""
    kind = _csv_kind(s)
    if kind == "float":
        arr = _float_text(s.to_numpy(dtype="float64"))
    elif kind == "bool":
        known = s.notna().to_numpy()
        values = s.fillna(False).to_numpy(dtype=bool)
        arr = pa.array(np.where(known, np.where(values, "True", "False"), ""), type=pa.large_string())
    else:
        arr = pc.cast(pa.array(s, from_pandas=True), pa.large_string())
        if kind == "str":
            needs = pc.match_substring_regex(arr, _QUOTE_WHEN)
            if pc.any(needs).as_py():
                quoted = pc.binary_join_element_wise(_text('"'), pc.replace_substring(arr, '"', '""'), _text('"'),
                                                     _text(""))
                arr = pc.if_else(needs, quoted, arr)
        arr = pc.fill_null(arr, _text(""))
    if single:  # the csv module writes a row of one empty field as "" (else it would be a blank line)
        arr = pc.if_else(pc.equal(arr, _text("")), _text('""'), arr)
    return arr


def _float_text(values: np.ndarray) -> pa.Array:
    """Floats as ``FLOAT_FORMAT`` text (the ``%`` operator's, as pandas writes them; NaN empty).

    Each distinct value is formatted once: table columns repeat a few values (shares, scores) many
    times. -0.0 (text ``-0``) equals 0.0 to ``np.unique``, so a column holding it is formatted whole."""
    if np.any(np.signbit(values) & (values == 0)):
        unique, inverse = values, None
    else:
        unique, inverse = np.unique(values, return_inverse=True)
    text = pa.array(["" if v != v else FLOAT_FORMAT % v for v in unique.tolist()], type=pa.large_string())
    return text if inverse is None else text.take(pa.array(inverse.ravel()))


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

"""Per-document result cache: what a stage produced for one document, keyed by everything that shaped it.

Keys
----
* the **document key**: SHA-256 of the file's raw bytes plus its manifest row;
* a **stage fingerprint** per stage: the source of every ``analysis`` module the stage's code can reach,
  the bytes of the ``analysis/data`` files its code names, and the values of the parameters its code
  names (found by walking the stage function's code: string constants equal to a data-file name or a
  parameter key). So extraction depends on loader + extractor code and load parameters; assignment
  additionally on the codebook; segmentation on the user dictionary, stop words and ``segmenter``.
  A stage function may declare ``fn.cache_data_files`` / ``fn.cache_params`` (tuples) to override.
* the **stage key** chains them: ``key_i = sha256(key_{i-1}, fingerprint_i)`` with ``key_0`` the document
  key, so a stage is re-run when its document, its own dependencies or any earlier stage changed.

Layout of the cache folder
--------------------------
``stages/<stage>/<key[:2]>/<key>.pkl`` (a pickled ``{table name: DataFrame}``): one entry per (stage,
document key), written into a temporary file and renamed into place (atomic).
``pack/`` holds the final per-document tables of the documents built, as segments of Arrow IPC files
(``seg-*/<table>.arrow``, listed in ``segments.json``) with one extra column ``_doc_chain`` (the
document's last stage key): a rebuild memory-maps one file per table and segment instead of reading
one Parquet file per document and stage, and an incremental build appends one small segment (the pack
is compacted into one segment when stale rows pile up). The last stage's output lives only in the pack.
``corpus/stages/<stage>/<key[:2]>/<key>.pkl`` holds the latest output of a memoised corpus-wide stage (:func:`memo_corpus_stage`),
keyed by its fingerprint and a hash of its input tables; only the latest entry per stage is kept.
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.util
import json
import math
import os
import pickle
import shutil
import sys
import tempfile
import types
import warnings
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.ipc  # noqa: F401  (pa.ipc)

from . import __version__

CACHE_FORMAT = "2"  # 2: one pickle per (stage, document) entry
PACK_KEY = "_doc_chain"
PACKAGE = __name__.split(".")[0]


def _sha(*parts: bytes | str) -> str:
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8") if isinstance(p, str) else p)
        h.update(b"\0")
    return h.hexdigest()


def _plain(v):
    """A manifest or parameter value as JSON-able text (NaN and None alike are null)."""
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    try:
        if pd.isna(v):
            return None
    except (TypeError, ValueError):
        pass
    return v if isinstance(v, (bool, int, float, str)) else str(v)


def document_key(entry: dict, corpus_dir: Path) -> str:
    """SHA-256 of the raw bytes of ``entry['file']`` under ``corpus_dir`` plus the manifest row ``entry``.

    A file that cannot be read gets a key from the error text (it is rejected later, never cached).
    """
    try:
        raw = (Path(corpus_dir) / str(entry["file"]).replace("\\", "/")).read_bytes()
    except OSError as exc:
        raw = f"<unreadable: {type(exc).__name__}>".encode()
    row = json.dumps({str(k): _plain(v) for k, v in entry.items()}, sort_keys=True, ensure_ascii=False)
    return _sha(hashlib.sha256(raw).digest(), row)


# --- what a stage depends on ------------------------------------------------------------------

def _walk(fn) -> tuple[set[str], set[str]]:
    """Modules of the package reachable from ``fn``, and every string constant its code uses.

    Follows functions, classes and modules of the package named in the code (globals, attributes,
    nested code objects, default arguments), so data-file and parameter names passed through
    module constants (``USERDICT_FILE = "userdict.txt"``) are found too.
    """
    modules, strings, seen = set(), set(), set()
    roots = {PACKAGE, getattr(fn, "__module__", PACKAGE).split(".")[0]}  # the package and the stage's own
    todo = [fn]
    while todo:
        obj = todo.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            strings.add(obj)
        elif isinstance(obj, (tuple, list, frozenset, set)):
            todo.extend(obj)
        elif isinstance(obj, dict):
            todo.extend(obj.keys())
            todo.extend(obj.values())
        elif isinstance(obj, types.ModuleType):
            if obj.__name__.split(".")[0] in roots:
                modules.add(obj.__name__)
        elif isinstance(obj, types.CodeType):
            todo.extend(obj.co_consts)
        elif isinstance(obj, (types.FunctionType, types.MethodType, staticmethod, classmethod)):
            f = getattr(obj, "__func__", obj)
            if (getattr(f, "__module__", None) or "").split(".")[0] not in roots:
                continue
            modules.add(f.__module__)
            code = f.__code__
            todo.append(code)
            todo.extend(f.__defaults__ or ())
            todo.extend((f.__kwdefaults__ or {}).values())
            g = f.__globals__
            names = set(code.co_names) | _nested_names(code)
            for name in names:
                val = g[name] if name in g else _submodule(f.__module__, name)  # or a local import
                if val is not None:
                    todo.append(val)
                    if isinstance(val, types.ModuleType):  # module.attr: follow attrs named in the code
                        with warnings.catch_warnings():  # np.str & co. warn when merely looked up
                            warnings.simplefilter("ignore")
                            todo.extend(getattr(val, n) for n in names if hasattr(val, n))
            if f.__closure__:
                todo.extend(c.cell_contents for c in f.__closure__ if _cell_set(c))
        elif isinstance(obj, type):
            if obj.__module__.split(".")[0] in roots:
                modules.add(obj.__module__)
                todo.extend(vars(obj).values())
        elif hasattr(obj, "__wrapped__"):  # functools.lru_cache and friends
            todo.append(obj.__wrapped__)
        elif hasattr(obj, "pattern") and isinstance(getattr(obj, "pattern"), str):  # compiled regex
            strings.add(obj.pattern)
    return modules, strings


def _submodule(module: str, name: str):
    """The sibling module ``name`` of ``module`` when there is one (imported, so the walk is the same
    whatever was imported before), else None."""
    parent = module.rsplit(".", 1)[0] if "." in module else module
    full = f"{parent}.{name}"
    if full in sys.modules:
        return sys.modules[full]
    try:
        if importlib.util.find_spec(full) is None:
            return None
    except (ImportError, ValueError):
        return None
    return importlib.import_module(full)


def _nested_names(code: types.CodeType) -> set[str]:
    out = set()
    for c in code.co_consts:
        if isinstance(c, types.CodeType):
            out |= set(c.co_names) | _nested_names(c)
    return out


def _cell_set(cell) -> bool:
    try:
        cell.cell_contents
        return True
    except ValueError:
        return False


def _module_source_hash(name: str) -> str:
    mod = sys.modules.get(name)
    path = getattr(mod, "__file__", None)
    if not path:
        return _sha(name)
    return _sha(name, Path(path).read_bytes())


@lru_cache(maxsize=None)
def _code_dependencies(fn) -> tuple[str, tuple[str, ...], frozenset[str]]:
    """(hash of every reachable package module's source, reachable module names, string constants)."""
    modules, strings = _walk(fn)
    modules.add(fn.__module__)
    names = tuple(sorted(modules))
    return _sha(*(_module_source_hash(m) for m in names)), names, frozenset(strings)


def stage_dependencies(fn, params: dict) -> dict:
    """What the output of stage ``fn`` depends on besides its input tables.

    Returns ``{"code": hash, "modules": [...], "data_files": {name: sha256}, "params": {name: value}}``.
    """
    from .config import DATA_DIR

    code_hash, modules, strings = _code_dependencies(fn)
    data_names = getattr(fn, "cache_data_files", None)
    if data_names is None:
        available = {p.name for p in DATA_DIR.glob("*") if p.is_file()}
        data_names = sorted(available & strings)
    param_names = getattr(fn, "cache_params", None)
    if param_names is None:
        param_names = sorted(k for k in params if k in strings)
    data = {}
    for name in sorted(data_names):
        p = DATA_DIR / name
        data[name] = hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else None
    values = {k: _plain(params.get(k)) for k in sorted(param_names)}
    # a parameter naming a file (codebook_path=…) stands for the file's content, not just its name
    files = {k: hashlib.sha256(Path(v).read_bytes()).hexdigest() for k, v in values.items()
             if isinstance(v, str) and 0 < len(v) < 4096 and Path(v).is_file()}
    return {"code": code_hash, "modules": list(modules), "data_files": data, "params": values,
            "param_files_sha256": files}


def stage_name(fn) -> str:
    """``module.function`` of a stage, the folder name of its cache entries."""
    return f"{fn.__module__}.{fn.__qualname__}"


# Third-party libraries whose upgrade may change a stage's output (reading files, segmentation, conversion,
# types): trafilatura, lxml, python-docx, charset-normalizer, pdfminer.six and olefile shape the loaded text
# itself, and rapidocr (its models), onnxruntime and pypdfium2 what OCR reads from a scan.
LIBRARIES = ("jieba", "rjieba", "opencc-python-reimplemented", "pandas", "pyarrow", "numpy", "scikit-learn",
             "trafilatura", "lxml", "python-docx", "charset-normalizer", "pdfminer.six", "olefile",
             "rapidocr", "onnxruntime", "pypdfium2", "openpyxl", "xlrd")


@lru_cache(maxsize=None)
def library_versions(libraries: tuple[str, ...] = LIBRARIES) -> dict[str, str | None]:
    """Installed versions of ``libraries`` (default :data:`LIBRARIES`; None when one is missing) and of Python."""
    from importlib.metadata import PackageNotFoundError, version

    out = {"python": ".".join(map(str, sys.version_info[:2]))}
    for lib in libraries:
        try:
            out[lib] = version(lib)
        except PackageNotFoundError:
            out[lib] = None
    return out


def stage_fingerprint(fn, params: dict) -> str:
    """One hash of :func:`stage_dependencies`, library versions, package version and cache format."""
    deps = stage_dependencies(fn, params)
    return _sha(CACHE_FORMAT, __version__, stage_name(fn), json.dumps(library_versions(), sort_keys=True),
                json.dumps(deps, sort_keys=True, ensure_ascii=False))


def chain_keys(doc_key: str, fingerprints: list[str]) -> list[str]:
    """Stage keys of one document: each stage's key hashes the previous key and its fingerprint."""
    keys, prev = [], doc_key
    for fp in fingerprints:
        prev = _sha(prev, fp)
        keys.append(prev)
    return keys


# --- entries --------------------------------------------------------------------------------

class DocumentCache:
    """Cache entries under ``root``: ``get``/``put`` one stage's tables for one stage key."""

    def __init__(self, root: Path):
        self.root = Path(root)

    def _entry(self, stage: str, key: str) -> Path:
        return self.root / "stages" / stage / key[:2] / f"{key}.pkl"

    def get(self, stage: str, key: str) -> dict[str, pd.DataFrame] | None:
        """The tables stored for (``stage``, ``key``), or None when there is no complete entry."""
        try:
            got = pickle.loads(self._entry(stage, key).read_bytes())
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
            return None
        return got if isinstance(got, dict) else None

    def put(self, stage: str, key: str, tables: dict[str, pd.DataFrame]) -> None:
        """Store ``tables`` for (``stage``, ``key``): one pickle file written aside, renamed into place (atomic).

        A pickle (not one Parquet file per table) because a build writes one entry per stage and
        document: thousands of small entries, where Parquet's per-file cost dominated. Dtypes come
        back exactly; the key holds the pandas/pyarrow versions, so an upgrade never reads old pickles.
        """
        dest = self._entry(stage, key)
        if dest.exists():
            return
        dest.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{key[:8]}.tmp-", dir=dest.parent)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(pickle.dumps(dict(tables), protocol=pickle.HIGHEST_PROTOCOL))
            os.replace(tmp, dest)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)

    # --- the pack: final per-document tables, in segments of Arrow IPC files (memory-mapped reads) ---

    @property
    def _pack(self) -> Path:
        return self.root / "pack"

    def _segments(self) -> dict:
        try:
            return json.loads((self._pack / "segments.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"tables": [], "segments": []}

    def read_pack(self, positions: dict[str, int]) -> tuple[dict[str, pd.DataFrame], dict[str, np.ndarray], int]:
        """Rows of the pack whose ``_doc_chain`` is a key of ``positions``: per table, the rows (without
        ``_doc_chain``) and the value of ``positions`` for each row; and the number of rows left out
        (stale: documents that changed or left the corpus). Rows keep their order within a document."""
        index = self._segments()
        frames: dict[str, list[pd.DataFrame]] = {n: [] for n in index["tables"]}
        where: dict[str, list[np.ndarray]] = {n: [] for n in index["tables"]}
        stale = 0
        try:
            for seg in index["segments"]:
                for n in index["tables"]:
                    with pa.memory_map(str(self._pack / seg / f"{n}.arrow")) as src:
                        t = pa.ipc.open_file(src).read_all()
                    # the key column is dictionary-encoded: look each document up once, not each row
                    col = t[PACK_KEY].combine_chunks()
                    of_doc = np.array([positions.get(k, -1) for k in col.dictionary.to_pylist()], dtype=np.int64)
                    row_pos = of_doc[col.indices.to_numpy(zero_copy_only=False)] if len(of_doc) else \
                        np.empty(0, dtype=np.int64)
                    keep = row_pos >= 0
                    stale += int((~keep).sum())
                    if keep.any() or not frames[n]:
                        t = t.drop_columns([PACK_KEY])
                        frames[n].append((t if keep.all() else t.filter(pa.array(keep))).to_pandas())
                        where[n].append(row_pos[keep])
        except (OSError, pa.ArrowException, KeyError):
            return {}, {}, 0
        out, pos = {}, {}
        for n in frames:
            fs = [(f, w) for f, w in zip(frames[n], where[n]) if len(f)] or [(frames[n][0], where[n][0])]
            out[n] = pd.concat([f for f, _ in fs], ignore_index=True) if len(fs) > 1 else fs[0][0]
            pos[n] = np.concatenate([w for _, w in fs])
        return out, pos, stale

    def write_pack(self, tables: dict[str, pd.DataFrame], append: bool = False) -> None:
        """Add ``tables`` (each with a ``_doc_chain`` column) to the pack as a new segment, or with
        ``append=False`` replace the pack by them. The segment is written aside and renamed into
        place; ``segments.json`` is replaced last, so a reader sees the old or the new pack."""
        index = self._segments() if append else {"tables": [], "segments": []}
        index["tables"] = sorted(set(index["tables"]) | set(tables))
        self._pack.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".seg.tmp-", dir=self._pack))
        try:
            for n in index["tables"]:
                df = tables.get(n)
                t = (pa.Table.from_pandas(df, preserve_index=False) if df is not None
                     else pa.table({PACK_KEY: pa.array([], type=pa.string())}))
                i = t.schema.get_field_index(PACK_KEY)
                t = t.set_column(i, PACK_KEY, pc.dictionary_encode(t[PACK_KEY]))
                with pa.OSFile(str(tmp / f"{n}.arrow"), "wb") as sink, pa.ipc.new_file(sink, t.schema) as w:
                    w.write_table(t)
            seg = f"seg-{hashlib.sha256(os.urandom(16)).hexdigest()[:16]}"
            os.rename(tmp, self._pack / seg)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        old = [] if append else self._segments()["segments"]
        index["segments"] = (index["segments"] if append else []) + [seg]
        tmp_index = self._pack / ".segments.json.tmp"
        tmp_index.write_text(json.dumps(index, sort_keys=True), encoding="utf-8")
        os.replace(tmp_index, self._pack / "segments.json")
        for s_ in old:
            shutil.rmtree(self._pack / s_, ignore_errors=True)

    def pack_segments(self) -> int:
        """Number of segments in the pack."""
        return len(self._segments()["segments"])


# --- corpus-wide stages: skipped while their input tables and dependencies are unchanged -------------

def table_hash(df: pd.DataFrame | None) -> str:
    """SHA-256 of a table's column names, dtypes and values (row order matters, the index does not)."""
    if df is None:
        return "absent"
    head = json.dumps([[str(c) for c in df.columns], [str(t) for t in df.dtypes]])
    rows = pd.util.hash_pandas_object(df, index=False).to_numpy() if len(df) else np.zeros(0, dtype=np.uint64)
    return _sha(head, str(len(df)), rows.tobytes())


def corpus_stage_key(fn, tables: dict[str, pd.DataFrame], params: dict, inputs: tuple[str, ...]) -> str:
    """Key of a corpus-wide stage run: its fingerprint (code, data files, parameters it names, library
    versions) and the hashes of the ``inputs`` tables it reads."""
    return _sha(stage_fingerprint(fn, params), *(f"{n}={table_hash(tables.get(n))}" for n in inputs))


def memo_corpus_stage(fn, tables: dict[str, pd.DataFrame], params: dict, inputs: tuple[str, ...],
                      cache_dir: Path | None = None) -> dict[str, pd.DataFrame]:
    """``fn(tables, params)``, or its stored result when the same inputs were seen by the last run.

    ``inputs``: the names of the tables ``fn`` reads (all of them: a table left out would not
    invalidate the memo). ``cache_dir`` defaults to the cache folder of the current execution
    (``runner.execution``); without one, ``fn`` simply runs. Only the latest entry per stage is
    kept, so the memo does not grow with incremental builds.
    """
    if cache_dir is None:
        from .runner import current_execution

        cache_dir = current_execution().cache_dir
    if cache_dir is None:
        return fn(tables, params)
    store, stage = DocumentCache(Path(cache_dir) / "corpus"), stage_name(fn)
    key = corpus_stage_key(fn, tables, params, inputs)
    got = store.get(stage, key)
    if got is not None:
        return got
    out = fn(tables, params)
    store.put(stage, key, out)
    for old in (Path(cache_dir) / "corpus" / "stages" / stage).glob("*/*.pkl"):
        if old.stem != key:
            old.unlink(missing_ok=True)
    return out


# --- the default cache folder <out>/.cache survives the atomic swap of <out> --------------------

import contextlib  # noqa: E402


@contextlib.contextmanager
def kept_inside(out_dir: Path, name: str = ".cache"):
    """Yield the folder to cache into for a build writing ``out_dir``; afterwards it is ``out_dir/name``.

    ``tableio.atomic_dir`` replaces ``out_dir`` whole, which would drop a cache kept inside it. So the
    cache is moved beside ``out_dir`` (``.<out>.cache-hold``, a rename) for the run and moved back
    into the new ``out_dir`` after it, also when the build failed. A hold left by a killed run is
    picked up by the next one.
    """
    out_dir = Path(out_dir).resolve()
    inside = out_dir / name
    hold = out_dir.parent / f".{out_dir.name}{name}-hold"
    hold.parent.mkdir(parents=True, exist_ok=True)
    if inside.exists():
        if hold.exists():
            shutil.rmtree(hold)
        os.replace(inside, hold)
    try:
        yield hold
    finally:
        if hold.exists():
            out_dir.mkdir(parents=True, exist_ok=True)
            if inside.exists():
                shutil.rmtree(inside)
            os.replace(hold, inside)

"""Running the per-document stages over a manifest: serially, on local processes or on a Dask cluster.

Every document goes through the loader and then ``pipeline.PER_DOCUMENT_STAGES`` independently, so the
work is spread over workers in chunks of documents and the results are put back in manifest order:
serial, ``workers=N`` and ``scheduler=ADDRESS`` builds give the same tables. With a cache folder,
each (stage, document) result is reused while nothing that shaped it changed (see :mod:`analysis.cache`).

How a build runs is not a parameter of the analysis (it is not written to the run manifest): it is set
around a call with :func:`execution`, e.g. ``with execution(workers=2, cache_dir="build/.cache"):
pipeline.run(...)``.
"""
from __future__ import annotations

import contextlib
import contextvars
import multiprocessing
import os
import re
import sys
import traceback
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
from tqdm.auto import tqdm

from . import cache as cachemod


@dataclass(frozen=True)
class Execution:
    """How per-document stages run: ``workers`` local processes (1 = in this process), or on the Dask
    cluster at ``scheduler`` (an address or a ``distributed.Client``); ``cache_dir`` None = no cache."""

    workers: int = 1
    scheduler: object = None
    cache_dir: Path | None = None
    chunk_docs: int = 32  # documents per task: large enough to amortise task overhead


MAX_PACK_SEGMENTS = 16  # an incremental build appends a segment; past this many, the pack is rewritten

_EXECUTION: contextvars.ContextVar[Execution] = contextvars.ContextVar("execution", default=Execution())


@contextlib.contextmanager
def execution(workers: int = 1, scheduler=None, cache_dir: Path | str | None = None, chunk_docs: int = 32):
    """Context in which ``pipeline.build_tables`` runs with these execution settings."""
    token = _EXECUTION.set(Execution(max(1, int(workers or 1)), scheduler,
                                     Path(cache_dir) if cache_dir else None, chunk_docs))
    try:
        yield _EXECUTION.get()
    finally:
        _EXECUTION.reset(token)


def current_execution() -> Execution:
    """The execution settings in force (serial, no cache unless inside :func:`execution`)."""
    return _EXECUTION.get()


def default_stages() -> list:
    """The loader followed by the per-document stages of the pipeline (read when called)."""
    from . import corpus, pipeline

    return [corpus.load_stage, *pipeline.PER_DOCUMENT_STAGES]


def _rejection_types() -> tuple[type, ...]:
    from . import corpus

    return (corpus.UnusableFile,)


_ADDRESS = re.compile(r" (?:object )?at 0x[0-9a-fA-F]{6,}")


def reproducible(reason: str) -> str:
    """``reason`` without the memory addresses a library's message may carry (``<… object at 0x7f…>``), which
    would make the ``rejected`` table differ from run to run."""
    return _ADDRESS.sub("", reason)


def internal_error(exc: BaseException) -> str:
    """The rejection reason for an unexpected error of this package on one file: its type, message and
    the line of ``analysis`` it came from, so the file can be reported and the fault found."""
    package = f"{os.sep}analysis{os.sep}"
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if package in f.filename]
    # the path inside the package, so analysis/schemas/corpus.py is not mistaken for analysis/corpus.py
    module = frames[-1].filename.rsplit(package, 1)[-1].replace(os.sep, "/") if frames else ""
    where = f" at analysis/{module} line {frames[-1].lineno}" if frames else ""
    return (f"internal error{where} ({type(exc).__name__}: {exc}); the file could not be processed and was "
            "left out; please report it with this message")


# --- work done on a worker ----------------------------------------------------------------------

def process_one(entry: dict, corpus_dir: Path, params: dict, stages: list,
                keys: list[str] | None = None, cache: cachemod.DocumentCache | None = None) -> dict:
    """Run ``stages`` (loader first) on one manifest entry; return its tables.

    Each stage sees the tables made so far for this document; with ``cache`` and per-stage ``keys``,
    a stage whose entry exists is read instead of run, and a stage that runs stores its output.
    """
    doc: dict[str, pd.DataFrame] = {}
    for i, fn in enumerate(stages):
        got = None
        name = cachemod.stage_name(fn) if cache is not None else None
        if cache is not None:
            got = cache.get(name, keys[i])
        if got is None:
            got = fn(entry, corpus_dir, params) if i == 0 else fn(doc, params)
            if cache is not None and i < len(stages) - 1:  # the last stage's output is kept in the pack
                cache.put(name, keys[i], got)
        doc.update(got)
    return doc


@dataclass
class ChunkResult:
    """What a worker sends back for a chunk of documents: the positions processed, the unusable ones
    ``[(position, reason)]``, and each table of all its documents concatenated, with the manifest
    position of every row (``rows[name]``). One frame per table and chunk, not per document: ten
    thousand plans × a dozen small frames cost gigabytes of per-object overhead in the parent."""

    positions: list[int]
    rejected: list[tuple[int, str]]
    tables: dict[str, pd.DataFrame]
    rows: dict[str, np.ndarray]


def process_chunk(tasks: list[tuple[int, dict, list[str] | None]], corpus_dir: str, params: dict,
                  stages: list, cache_dir: str | None) -> ChunkResult:
    """Worker task: ``[(position, entry, keys)]`` (positions ascending) -> :class:`ChunkResult`."""
    rejects = _rejection_types()
    cache = cachemod.DocumentCache(Path(cache_dir)) if cache_dir else None
    done, rejected, parts = [], [], {}
    for pos, entry, keys in tasks:
        try:
            tables = process_one(entry, Path(corpus_dir), params, stages, keys, cache)
        except rejects as exc:
            rejected.append((pos, reproducible(str(exc))))
            continue
        except Exception as exc:  # noqa: BLE001  a fault of this package on this file: the others still run
            rejected.append((pos, reproducible(internal_error(exc))))
            continue
        done.append(pos)
        for name, df in tables.items():
            parts.setdefault(name, []).append((pos, df))
    out, rows = {}, {}
    for name, items in parts.items():
        frames = [df for _, df in items if len(df)]
        out[name] = pd.concat(frames, ignore_index=True) if frames else items[0][1].iloc[:0]
        rows[name] = np.concatenate([np.full(len(df), p, dtype=np.int64) for p, df in items])
    return ChunkResult(done, rejected, out, rows)


# --- scheduling ---------------------------------------------------------------------------------

def _chunks(tasks: list, n_workers: int, size: int) -> list[list]:
    """Split ``tasks`` into chunks of at most ``size``, at least ~4 per worker when there are enough."""
    size = max(1, min(size, -(-len(tasks) // (4 * n_workers)) if tasks else 1))
    return [tasks[i:i + size] for i in range(0, len(tasks), size)]


def _run_serial(chunks, args, bar):
    for ch in chunks:
        res = process_chunk(ch, *args)
        bar.update(len(ch))
        yield res


def _run_pool(chunks, args, workers, bar):
    ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
        futs = {pool.submit(process_chunk, ch, *args): len(ch) for ch in chunks}
        for f in as_completed(futs):
            res = f.result()
            bar.update(futs[f])
            yield res


def _run_dask(chunks, args, scheduler, bar):
    from distributed import Client
    from distributed import as_completed as dask_completed

    client = scheduler if isinstance(scheduler, Client) else Client(scheduler)
    try:
        futs = [client.submit(process_chunk, ch, *args, pure=False) for ch in chunks]
        sizes = {f.key: len(ch) for f, ch in zip(futs, chunks)}
        for f in dask_completed(futs):
            res = f.result()
            bar.update(sizes[f.key])
            yield res
    finally:
        if client is not scheduler:
            client.close()


# --- assembling ---------------------------------------------------------------------------------

def _assemble(n_docs: int, fresh: list[ChunkResult], packed: dict[str, pd.DataFrame],
              packed_pos: dict[str, np.ndarray]) -> dict[str, pd.DataFrame]:
    """Tables of all documents in manifest order: the chunks processed now plus rows from the pack.

    Tables are concatenated name by name in manifest order (empty parts skipped, a name produced by
    no document at all is absent), then checked against their schemas once: the per-document stages
    leave that to this step (validating a one-document frame costs ~4 ms a table, more than most
    stages' own work).
    """
    from . import schemas

    names = sorted({n for c in fresh for n in c.tables} | set(packed))
    out = {}
    for n in names:
        frames, pos = [], []
        if n in packed and len(packed[n]):
            frames.append(packed[n])
            pos.append(packed_pos[n])
        for c in sorted(fresh, key=lambda c: c.positions[0] if c.positions else -1):
            df = c.tables.get(n)
            if df is not None and len(df):
                frames.append(df)
                pos.append(c.rows[n])
        if not frames:
            out[n] = schemas.empty(n)
            continue
        if len(frames) == 1:
            out[n] = frames[0].reset_index(drop=True)
            continue
        order = np.argsort(np.concatenate(pos), kind="stable")
        out[n] = pd.concat(frames, ignore_index=True).take(order).reset_index(drop=True)
    return {n: schemas.validate(df, n) if schemas.is_registered(n) else df for n, df in out.items()}


def _pack_tables(tables: dict[str, pd.DataFrame], row_pos: dict[str, np.ndarray], chains: list[str]):
    chains_arr = np.asarray(chains, dtype=object)
    return {n: df.assign(**{cachemod.PACK_KEY: pd.array(chains_arr[row_pos[n]], dtype="string")})
            for n, df in tables.items()}


def _row_positions(tables: dict[str, pd.DataFrame], fresh: list[ChunkResult], packed_pos) -> dict:
    """Manifest position of every row of every assembled table (rows are in manifest order)."""
    out = {}
    for n, df in tables.items():
        parts = [packed_pos.get(n, np.empty(0, dtype=np.int64))]
        parts += [c.rows[n] for c in fresh if n in c.rows]
        out[n] = np.sort(np.concatenate(parts), kind="stable")
    return out


def build_document_tables(manifest: pd.DataFrame, corpus_dir: Path, params: dict, *, strict: bool = False,
                          progress: bool = True, stages: list | None = None,
                          how: Execution | None = None) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """Run the per-document stages over every manifest row; return ``(tables, rejected rows)``.

    ``tables`` are the per-document tables concatenated in manifest order; ``rejected`` holds
    ``{"source_file", "doc_id", "reason"}`` per unusable file, in manifest order (each is also printed
    on stderr). With ``strict`` the first unusable file (in manifest order) raises
    ``pipeline.StrictModeError``. ``how`` defaults to :func:`current_execution`.
    """
    from .pipeline import StrictModeError

    how = how or current_execution()
    stages = list(stages) if stages is not None else default_stages()
    entries = manifest.to_dict("records")
    corpus_dir = Path(corpus_dir)
    store = cachemod.DocumentCache(how.cache_dir) if how.cache_dir else None

    keys: list[list[str] | None] = [None] * len(entries)
    packed, packed_pos = {}, {}
    if store is not None:
        fps = [cachemod.stage_fingerprint(fn, params) for fn in stages]
        keys = [cachemod.chain_keys(cachemod.document_key(e, corpus_dir), fps) for e in entries]
        chain_pos = {k[-1]: i for i, k in enumerate(keys)}
        packed, packed_pos, stale = store.read_pack(chain_pos)
    in_pack = {int(p) for arr in packed_pos.values() for p in arr}
    # A document none of whose rows are in the pack (or that has no rows at all) is (re)processed.
    tasks = [(i, e, keys[i]) for i, e in enumerate(entries) if i not in in_pack]

    bar = tqdm(total=len(entries), initial=len(entries) - len(tasks), desc="documents", unit="doc",
               disable=not progress)
    args = (str(corpus_dir), params, stages, str(how.cache_dir) if store is not None else None)
    n_workers = how.workers if how.scheduler is None else max(2, how.workers)
    chunks = _chunks(tasks, n_workers, how.chunk_docs)
    if how.scheduler is not None:
        results = _run_dask(chunks, args, how.scheduler, bar)
    elif how.workers > 1 and len(tasks) > 1:
        results = _run_pool(chunks, args, how.workers, bar)
    else:
        results = _run_serial(chunks, args, bar)
    fresh, rejected_by_pos = [], {}
    for chunk in results:
        fresh.append(chunk)
        rejected_by_pos.update(chunk.rejected)
        if chunk.rejected and strict and how.workers == 1 and how.scheduler is None:
            break  # serial: stop at the chunk with the first unusable file
    bar.close()

    rejected = []
    for pos in sorted(rejected_by_pos):
        e, reason = entries[pos], rejected_by_pos[pos]
        if strict:
            raise StrictModeError(f"{e['file']}: {reason}")
        print(f"rejected {e['file']}: {reason}", file=sys.stderr)
        rejected.append({"source_file": e["file"], "doc_id": e["doc_id"], "reason": reason})

    tables = _assemble(len(entries), fresh, packed, packed_pos)
    if store is not None:
        _update_pack(store, tables, fresh, packed, packed_pos, stale, [k[-1] for k in keys])
    return tables, rejected


def _update_pack(store, tables, fresh, packed, packed_pos, stale: int, chains: list[str]) -> None:
    """Append the fresh documents' rows to the pack as a segment; rewrite it whole when it is missing,
    fragmented (``MAX_PACK_SEGMENTS``) or mostly stale (more stale rows than kept ones)."""
    kept = sum(len(df) for df in packed.values())
    if packed and store.pack_segments() < MAX_PACK_SEGMENTS and stale <= max(kept, 1):
        if any(c.positions for c in fresh):
            names = sorted({n for c in fresh for n in c.tables})
            new = _assemble(len(chains), fresh, {}, {})
            row_pos = _row_positions(new, fresh, {})
            store.write_pack(_pack_tables({n: new[n] for n in names}, row_pos, chains), append=True)
        return
    store.write_pack(_pack_tables(tables, _row_positions(tables, fresh, packed_pos), chains))


def cpu_count() -> int:
    """CPUs this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


# --- command line -------------------------------------------------------------------------------

def add_cli_options(parser) -> None:
    """Add ``--workers``, ``--scheduler``, ``--cache``, ``--no-cache`` and ``--segmenter`` to ``parser``."""
    parser.add_argument("--workers", type=int, default=1,
                        help="local worker processes for the per-document stages (default 1; 0 = all CPUs)")
    parser.add_argument("--scheduler", default=None,
                        help="address of a Dask distributed scheduler (tcp://host:8786) to run them on instead")
    parser.add_argument("--cache", default=None,
                        help="per-document cache folder (default: <out>/.cache)")
    parser.add_argument("--no-cache", action="store_true", help="recompute every document")
    parser.add_argument("--segmenter", choices=["jieba", "rjieba"], default=None,
                        help="word segmenter (rjieba reads the same dictionaries; default: the pipeline's)")


def cli_params(args) -> dict:
    """Parameters set by the options of :func:`add_cli_options` (the segmenter, resolved)."""
    if getattr(args, "segmenter", None) is None:
        return {}
    from . import fastseg

    sample = fastseg.corpus_sample(Path(args.corpus)) if args.segmenter == "rjieba" else None
    memo = None if args.no_cache else Path(args.cache or Path(args.out) / ".cache")
    return fastseg.resolve_segmenter_params({"segmenter": args.segmenter}, sample, memo)


@contextlib.contextmanager
def cli_execution(args, out_dir: Path):
    """Execution settings from the options of :func:`add_cli_options`, around a build into ``out_dir``."""
    workers = args.workers if args.workers and args.workers > 0 else cpu_count()
    if args.no_cache:
        with execution(workers, args.scheduler, None) as how:
            yield how
    elif args.cache:
        with execution(workers, args.scheduler, Path(args.cache)) as how:
            yield how
    else:
        with cachemod.kept_inside(out_dir) as cache_dir, execution(workers, args.scheduler, cache_dir) as how:
            yield how


def resolve_segmenter(params: dict, corpus_dir: Path) -> dict:
    """``params`` with ``segmenter`` resolved (rjieba falls back to jieba, recording why; see
    :func:`analysis.fastseg.resolve_segmenter_params`), checked on a sample of ``corpus_dir`` and
    remembered in the current cache folder. For ``pipeline.run`` before it builds."""
    if params.get("segmenter", "jieba") == "jieba":
        return params
    from . import fastseg

    memo = current_execution().cache_dir
    return {**params, **fastseg.resolve_segmenter_params(params, fastseg.corpus_sample(Path(corpus_dir)), memo)}

"""The one-command report build: tables, then every notebook in order, then one HTML report.

``python -m analysis build [--corpus DIR] [--out DIR] [--figures DIR] [-p NAME VALUE ...]``

1. builds the tables in-process (:func:`analysis.pipeline.run`) into ``<out>/tables``;
2. executes every numbered notebook of ``notebooks/`` (jupytext percent ``.py`` files) with papermill
   from this one Python process (:class:`NotebookRunner`), writing the executed copies into
   ``<out>/notebooks`` and the figures into the figures folder. A notebook waits for the one before it,
   unless its title cell says what it waits for (tags ``after:NAME``, ``after:tables``): then it runs
   beside the others, at most :data:`PARALLEL_NOTEBOOKS` at a time (:func:`notebook_needs`);
3. writes ``<out>/report.html`` (code hidden) with a build stamp, also kept as ``<out>/build_stamp.json``.

Everything is written into temporary folders that replace ``<out>`` and the figures folder only when
every step succeeded. A failing notebook stops the build with :class:`BuildError` naming the
notebook and the cell; its executed copy is kept in ``<out>/failed/``. A kernel that dies mid-cell
fails the build the same way within about a second (never waits for the cell timeout).

Papermill and nbconvert are imported lazily, so ``import analysis.build`` stays cheap.
"""
from __future__ import annotations

import argparse
import ast
import contextlib
import datetime as dt
import functools
import json
import os
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import __version__, tableio

NOTEBOOKS_DIR = Path("notebooks")
NOTEBOOK_GLOB = "[0-9][0-9]_*.py"  # numbered notebooks run in name order
# Parameters the build sets itself (from --corpus/--out/--figures, and `notebooks_done`: the notebooks
# of this build a notebook waits for, so it may show what they wrote instead of redoing it); not
# settable with -p.
MANAGED_PARAMETERS = ("corpus_dir", "tables_dir", "figures_dir", "notebooks_done")
AFTER_TAG = "after:"  # title-cell tag naming what a notebook waits for: `after:04_clusters`, `after:tables`
PARALLEL_NOTEBOOKS = 2  # kernels executing notebooks at the same time (when their `after:` tags allow)
KEEP_IN_FIGURES = ("README.md", ".gitkeep")  # hand-written files of the figures folder survive a rebuild


class BuildError(RuntimeError):
    """The build stopped; the message names the step (and for a notebook, the cell)."""


@dataclass
class BuildResult:
    out_dir: Path
    figures_dir: Path
    report: Path
    notebooks: list[Path] = field(default_factory=list)
    stamp: dict = field(default_factory=dict)
    # wall time per step: tables, each notebook (its own start to end: notebooks may overlap), report
    seconds: dict = field(default_factory=dict)


# ---------------------------------------------------------------- notebooks and their parameters
def list_notebooks(notebooks_dir: Path = NOTEBOOKS_DIR) -> list[Path]:
    """The numbered percent-format notebooks of ``notebooks_dir`` in run order (``01_…py``, ``02_…py`` …)."""
    found = sorted(Path(notebooks_dir).glob(NOTEBOOK_GLOB))
    if not found:
        raise BuildError(f"no notebooks matching {NOTEBOOK_GLOB} in {notebooks_dir}")
    return found


def read_notebook(path: Path):
    """A jupytext ``.py`` file as an nbformat notebook, with the build's kernel set."""
    import jupytext

    nb = jupytext.read(path)
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    return nb


def declared_parameters(nb) -> dict[str, str]:
    """``{name: default source}`` of the notebook's cell tagged ``parameters`` (empty if none)."""
    for cell in nb.cells:
        if cell.cell_type == "code" and "parameters" in cell.get("metadata", {}).get("tags", []):
            tree = ast.parse(cell.source)
            return {t.id: ast.get_source_segment(cell.source, node.value)
                    for node in tree.body if isinstance(node, ast.Assign)
                    for t in node.targets if isinstance(t, ast.Name)}
    return {}


def notebook_needs(nbs: dict) -> dict[str, set[str]]:
    """``{name: notebooks that must finish before it starts}`` for notebooks ``{name: nb}`` in run order.

    By default a notebook waits for the one before it (the first for nothing but the tables). Tags
    ``after:NAME`` on its first cell replace that: it waits for exactly those notebooks;
    ``after:tables`` alone means it needs nothing but the tables. Raises :class:`BuildError` for a
    tag naming no notebook of the build, or a cycle.
    """
    names, needs = list(nbs), {}
    for i, (name, nb) in enumerate(nbs.items()):
        tags = nb.cells[0].get("metadata", {}).get("tags", []) if nb.cells else []
        after = {t[len(AFTER_TAG):] for t in tags if t.startswith(AFTER_TAG)}
        if not after:
            after = {names[i - 1]} if i else set()
        unknown = after - set(names) - {"tables"}
        if unknown:
            raise BuildError(f"notebook {name}: tag after:{sorted(unknown)[0]} names no notebook of this build")
        needs[name] = after - {"tables"}
    _check_acyclic(needs)
    return needs


def _check_acyclic(needs: dict[str, set[str]]) -> None:
    done: set = set()
    while len(done) < len(needs):
        ready = {n for n, after in needs.items() if n not in done and after <= done}
        if not ready:
            raise BuildError(f"notebooks wait for each other (after: tags): {sorted(set(needs) - done)}")
        done |= ready


def parse_parameter(value: str):
    """A ``-p`` value: a Python literal (``3``, ``0.5``, ``None``, ``['county']``) or else the string itself."""
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError):
        return value


def check_parameters(params: dict, declared: dict[str, dict[str, str]]) -> None:
    """Raise :class:`BuildError` for a parameter no notebook declares (nor the tables pipeline uses)."""
    from . import pipeline

    known = set(pipeline.DEFAULT_PARAMS) | {n for d in declared.values() for n in d}
    for name in params:
        if name in MANAGED_PARAMETERS:
            raise BuildError(f"parameter {name!r} is set by the build; use --corpus/--out/--figures")
        if name not in known:
            names = ", ".join(sorted(known - set(MANAGED_PARAMETERS)))
            raise BuildError(f"unknown parameter {name!r}: no notebook declares it (known: {names})")


def notebook_parameters(declared: dict[str, str], params: dict, paths: dict[str, Path], done=()) -> dict:
    """What papermill injects into one notebook: the build's folders, ``notebooks_done`` (``done``: the
    notebooks of this build it waits for, finished before it starts; sorted) and the ``-p`` values it declares."""
    given = {**params, **{k: str(v) for k, v in paths.items()}, "notebooks_done": sorted(done or [])}
    return {k: v for k, v in given.items() if k in declared}


# ---------------------------------------------------------------- what notebooks read
def load_tables(tables_dir, names=None, *, corpus_dir=None) -> dict:
    """Read tables ``names`` (Parquet, typed by their schema) from ``tables_dir`` into ``{name: DataFrame}``.

    ``names=None`` reads every table of the folder. Tables that are not in the folder are left out
    (a stage that has not run). When the folder does not exist yet and ``corpus_dir`` is given, the
    tables are built first (interactive use before any build; the build passes fresh tables).
    """
    tables_dir = Path(tables_dir)
    if not tables_dir.is_dir() and corpus_dir is not None:
        from . import pipeline

        pipeline.run(Path(corpus_dir), tables_dir)
    if names is None:
        names = sorted(p.stem for p in tables_dir.glob("*.parquet"))
    return {n: tableio.read_table(tables_dir, n) for n in names if (tables_dir / f"{n}.parquet").exists()}


def read_json(path) -> dict:
    """A JSON file as a dict (the run manifest of a tables folder, the build stamp)."""
    return json.loads(Path(path).read_text(encoding="utf-8"))


def show_figure(figures_dir, stem: str, draw, *, exported: bool, dpi: int = 300):
    """Show figure ``<stem>.png`` of ``figures_dir`` if ``exported``, else draw it with ``draw()``.

    ``exported``: the figure was saved in this build, from the same tables and parameters (the
    build says so through ``notebooks_done``), so it is shown as it is instead of being drawn a second
    time. It is displayed at the size matplotlib's inline backend gives a drawn figure (``dpi``: the
    resolution it was saved at). When the file does not exist (a chart the export skipped), ``draw()``
    runs. Returns what ``draw()`` returned, or None when the file was shown.
    """
    from IPython.display import Image, display

    path = Path(figures_dir, f"{stem}.png")
    if not (exported and path.is_file()):
        return draw()
    import matplotlib

    with open(path, "rb") as f:  # PNG: the width is a big-endian int at bytes 16-20 of the IHDR chunk
        width = int.from_bytes(f.read(24)[16:20], "big")
    display(Image(filename=str(path), width=round(width * matplotlib.rcParams["figure.dpi"] / dpi)))
    return None


# ---------------------------------------------------------------- executing notebooks
# Modules a waiting kernel imports while the previous notebook runs. Only ``sys.modules`` is
# filled (no name is bound), so every notebook still starts from an empty namespace.
PRELOAD_MODULES = ("numpy", "pandas", "pyarrow.parquet", "matplotlib.pyplot", "itables", "analysis.build",
                   "analysis.browse", "analysis.codebook", "analysis.plotting", "analysis.charts",
                   "analysis.charts_commitments", "analysis.export")


# A cell running longer than this fails the build (a hung kernel must not hang a scheduled build).
CELL_TIMEOUT = 1800


class NotebookFailed(RuntimeError):
    """A notebook raised, or its kernel died: which cell (1-based, counted in the source notebook) and what."""

    def __init__(self, cell_number: int, exec_count, ename: str, evalue: str, first_line: str):
        super().__init__(f"{cell_label(cell_number, exec_count)}: {ename}: {evalue}")
        self.cell_number, self.exec_count = cell_number, exec_count
        self.ename, self.evalue, self.first_line = ename, evalue, first_line


def cell_label(cell_number: int, exec_count) -> str:
    """``cell 9 (In [6])``; just ``cell 9`` when the kernel never numbered the cell (it died first)."""
    return f"cell {cell_number} (In [{exec_count}])" if exec_count is not None else f"cell {cell_number}"


class NotebookRunner:
    """Executes notebooks with papermill from this process, one fresh kernel per notebook.

    With ``prestart`` the kernel for the next notebook is launched (and imports ``preload``)
    while the current one runs, so kernel start-up overlaps with work. :meth:`execute` may be
    called from several threads at once (one notebook each). Use it as a context manager: leaving
    it shuts down the kernels still waiting.
    """

    def __init__(self, cwd: Path | None = None, kernel_name: str = "python3", prestart: bool = True,
                 preload: tuple[str, ...] = PRELOAD_MODULES, cell_timeout: int | None = CELL_TIMEOUT):
        import threading

        self.cwd = cwd
        self.kernel_name = kernel_name
        self.prestart = prestart
        self.preload = preload
        self.cell_timeout = cell_timeout
        self._spares: list = []  # kernels started ahead, not yet used
        self._busy: set = set()  # kernels executing a notebook
        self._lock = threading.Lock()
        self.aborted = False  # abort() was called: a notebook failing now was stopped, not at fault

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def start(self, n: int = 1) -> None:
        """Launch kernels now (e.g. while the tables are built) until ``n`` are waiting."""
        with self._lock:
            while self.prestart and len(self._spares) < n:
                self._spares.append(self._start_kernel())

    def close(self) -> None:
        """Shut down the kernels started ahead, if any."""
        with self._lock:
            spares, self._spares = self._spares, []
        for km in spares:
            _shutdown(km)

    def abort(self) -> None:
        """Kill the kernels executing notebooks now: their :meth:`execute` calls raise within a second."""
        with self._lock:
            busy, self.aborted = list(self._busy), True
        for km in busy:
            _shutdown(km)

    def _take_kernel(self, more: bool):
        """A kernel for the next notebook (a spare if one waits); with ``more`` keep one spare waiting."""
        with self._lock:
            km = self._spares.pop(0) if self._spares else self._start_kernel()
            if self.prestart and more and not self._spares:
                self._spares.append(self._start_kernel())
            self._busy.add(km)
        return km

    def _start_kernel(self):
        import uuid

        from jupyter_client import KernelManager
        from jupyter_core.paths import jupyter_runtime_dir

        # IPC sockets (no TCP ports, no plain-text-over-TCP warning); each kernel its own
        # connection file, since the IPC socket names derive from it.
        Path(jupyter_runtime_dir()).mkdir(parents=True, exist_ok=True)
        conn = Path(jupyter_runtime_dir()) / f"kernel-build-{uuid.uuid4().hex}.json"
        # papermill gets a blocking client that checks the kernel is alive while it waits (see
        # _watched_client_class): a kernel dying mid-cell must not hang the build.
        km = KernelManager(kernel_name=self.kernel_name, transport="ipc", connection_file=str(conn),
                           client_factory=_watched_client_class())
        # The kernel imports the same `analysis` as this process (not another installed copy).
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(
            p for p in (str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")) if p)}
        args = []
        if self.preload:  # two startup lines: import the modules, then drop the loop variable
            mods = ", ".join(repr(m) for m in self.preload)
            args += [f"--IPKernelApp.exec_lines=for _preload in ({mods},): __import__(_preload)",
                     "--IPKernelApp.exec_lines=del _preload"]
        km.start_kernel(cwd=str(self.cwd) if self.cwd else None, extra_arguments=args, env=env)
        return km

    def execute(self, nb, target: Path, parameters: dict, *, more: bool = True):
        """Execute notebook ``nb`` with ``parameters``; write it (with outputs) to ``target``.

        ``more``: another notebook follows (start its kernel now). Raises :class:`NotebookFailed`
        naming the cell when a cell raises or the kernel dies while a cell runs (``ename``
        ``DeadKernelError``, raised within about a second of the death); ``target`` then holds the
        notebook up to that cell.
        """
        import papermill as pm
        from nbclient.exceptions import DeadKernelError

        km = self._take_kernel(more)
        running: dict = {}  # the cell being executed (papermill's copy), to name it if the kernel dies

        def note_cell(cell, cell_index):
            running["cell"] = cell

        # No `cwd` for papermill: it would chdir this whole process (racing with a notebook executed
        # beside this one); the kernel was started in `self.cwd` already.
        try:
            return pm.execute_notebook(nb, str(target), parameters=parameters, kernel_name=self.kernel_name,
                                       progress_bar=False, km=km,
                                       execution_timeout=self.cell_timeout, start_timeout=120,
                                       on_cell_execute=note_cell)
        except pm.PapermillExecutionError as exc:
            raise _failure(exc, nb) from exc
        except DeadKernelError as exc:
            raise _dead_kernel(running.get("cell"), nb, km) from exc
        finally:
            with self._lock:
                self._busy.discard(km)
            _shutdown(km)


KERNEL_WATCH_INTERVAL = 0.5  # seconds between "is the kernel alive?" checks while waiting for a message


@functools.cache
def _watched_client_class():
    """A blocking kernel client whose shell and IOPub waits raise ``DeadKernelError`` when the kernel dies.

    Why: with a blocking client, nbclient waits for a cell's output inside its event loop with no
    timeout, so its own once-a-second liveness check never runs and a kernel that dies mid-cell
    (``os._exit``, OOM kill, segfault) hangs the build until the cell timeout. nbclient's asyncio
    client would run that check, but it can hang for good on a cell with an ipywidgets ``Output``
    (nbclient sends the widget's state on the shell socket while awaiting a reply on it:
    jupyter/nbclient#312), which the measure browser has. So the blocking client is kept and its
    waits are cut into :data:`KERNEL_WATCH_INTERVAL` slices, checking the kernel between slices.
    """
    from queue import Empty

    from jupyter_client.blocking import BlockingKernelClient
    from jupyter_client.channels import ZMQSocketChannel
    from nbclient.exceptions import DeadKernelError
    from traitlets import Type

    class WatchedChannel(ZMQSocketChannel):
        kernel_alive = None  # callable set by the client: is the kernel process still running?

        def get_msg(self, timeout=None):
            deadline = None if timeout is None else time.monotonic() + timeout
            while True:
                left = None if deadline is None else max(0.0, deadline - time.monotonic())
                step = KERNEL_WATCH_INTERVAL if left is None else min(KERNEL_WATCH_INTERVAL, left)
                if self.socket.poll(step * 1000):
                    return self._recv()
                if left is not None and left <= step:
                    raise Empty
                if self.kernel_alive is not None and not self.kernel_alive():
                    raise DeadKernelError("Kernel died")

    def watched(name):
        def channel(self):
            ch = getattr(BlockingKernelClient, name).fget(self)
            ch.kernel_alive = self.parent.is_alive if self.parent is not None else None
            return ch
        return property(channel)

    class WatchedKernelClient(BlockingKernelClient):
        shell_channel_class = Type(WatchedChannel)
        iopub_channel_class = Type(WatchedChannel)
        shell_channel = watched("shell_channel")
        iopub_channel = watched("iopub_channel")

    return WatchedKernelClient


def _shutdown(km) -> None:
    """Stop a kernel now; a kernel already stopped (e.g. by :meth:`NotebookRunner.abort`) is left alone."""
    with contextlib.suppress(Exception):
        if km.has_kernel:
            km.shutdown_kernel(now=True)


def _failure(exc, nb) -> NotebookFailed:
    """Locate papermill's failing cell in the source notebook (papermill adds cells of its own)."""
    return NotebookFailed(_source_cell_number(nb, exc.source, exc.cell_index), exc.exec_count, exc.ename,
                          exc.evalue, _first_line(exc.source))


def _dead_kernel(cell, nb, km) -> NotebookFailed:
    """The kernel died while ``cell`` (papermill's copy; None: before any cell) ran."""
    code = getattr(getattr(getattr(km, "provisioner", None), "process", None), "returncode", None)
    why = f"the kernel died (exit code {code})" if code is not None else "the kernel died"
    if cell is None:
        return NotebookFailed(0, None, "DeadKernelError", f"{why} before any cell ran", "")
    return NotebookFailed(_source_cell_number(nb, cell.source, 0), cell.get("execution_count"),
                          "DeadKernelError", f"{why} while this cell ran", _first_line(cell.source))


def _source_cell_number(nb, source: str, fallback: int) -> int:
    """1-based number of the cell with ``source`` in the source notebook, else ``fallback``."""
    return next((i + 1 for i, c in enumerate(nb.cells) if c.source == source), fallback)


def _first_line(source: str) -> str:
    return next((ln for ln in source.splitlines() if ln.strip()), "")


# ---------------------------------------------------------------- the build
def build(corpus_dir: Path = Path("corpus"), out_dir: Path = Path("build"), figures_dir: Path = Path("figures"),
          params: dict | None = None, *, notebooks_dir: Path = NOTEBOOKS_DIR, progress: bool = True,
          runner=None, workers: int = 1) -> BuildResult:
    """Build tables, executed notebooks, figures and ``report.html``; swap them in only on success.

    ``params`` are the ``-p`` values: every one reaches the tables pipeline and every notebook that
    declares it. ``runner`` is a :class:`NotebookRunner` (a fresh one by default). ``workers``: local
    processes for the tables' per-document stages (as ``python -m analysis tables --workers``; the
    tables are the same for any number).
    """
    from . import browse, cache, pipeline, report, runner as run_settings

    params = dict(params or {})
    corpus_dir, out_dir, figures_dir = (Path(p).resolve() for p in (corpus_dir, out_dir, figures_dir))
    sources = list_notebooks(notebooks_dir)
    nbs = {p.stem: read_notebook(p) for p in sources}
    needs = notebook_needs(nbs)
    declared = {name: declared_parameters(nb) for name, nb in nbs.items()}
    check_parameters(params, declared)
    stamp = build_stamp(corpus_dir, params)
    runner = runner or NotebookRunner(cwd=Path(notebooks_dir).resolve())
    clock = _Clock()
    if out_dir.is_relative_to(figures_dir):
        raise BuildError(f"the output folder {out_dir} must not lie inside the figures folder {figures_dir}")
    # the per-document cache (and the corpus-stage memos) live in <out>/.cache across builds, as for
    # `python -m analysis tables`: a scheduled rebuild after one new plan redoes that plan only
    with runner, cache.kept_inside(out_dir) as cache_dir, tableio.atomic_dir(out_dir) as tmp_out, \
            _figures_dir(figures_dir, out_dir, tmp_out) as tmp_fig:
        # the kernels of the notebooks that need only the tables start up while the tables are built
        runner.start(min(PARALLEL_NOTEBOOKS, sum(not after for after in needs.values())))
        with run_settings.execution(workers=workers, cache_dir=cache_dir):
            tables = pipeline.run(corpus_dir, tmp_out / "tables", _pipeline_params(params), progress=progress)
        if not len(tables["documents"]):
            raise BuildError(no_documents_message(corpus_dir, tables["rejected"]))
        try:  # a -p selection that fits no document or theme stops here, not in a notebook
            browse.check_selection(tables, params.get("levels"), params.get("themes"))
        except ValueError as exc:
            raise BuildError(f"-p levels/themes: {exc}") from None
        clock.lap("tables")
        fonts = report.FontSubsets()  # the report's font, cut while the notebooks run
        fonts.prepare(_report_text(tmp_out / "tables", sources))
        paths = {"corpus_dir": corpus_dir, "tables_dir": tmp_out / "tables", "figures_dir": tmp_fig,
                 "figure_cache_dir": cache_dir / "figures"}
        try:
            executed = _run_notebooks(nbs, needs, declared, params, paths, tmp_out, out_dir, runner, progress,
                                      clock)
            tableio.write_json(stamp, tmp_out / "build_stamp.json")
            report.write_report(executed, stamp, tmp_out / "report.html", fonts=fonts)
        finally:
            fonts.close()
        clock.lap("report")
    executed = [out_dir / "notebooks" / p.name for p in executed]
    return BuildResult(out_dir, figures_dir, out_dir / "report.html", executed, stamp, clock.laps)


def no_documents_message(corpus_dir: Path, rejected, show: int = 3) -> str:
    """Why a build stops when no file of the corpus could be used: how many were rejected and the first
    ``show`` reasons (``rejected``: the ``rejected`` table, columns ``source_file``, ``reason``)."""
    if not len(rejected):
        return f"no document to report on: the manifest of {corpus_dir} lists no files"
    reasons = [f"{r.source_file}: {r.reason}" for r in rejected.head(show).itertuples()]
    more = f"; and {len(rejected) - show} more (see rejected.csv)" if len(rejected) > show else ""
    return (f"no document to report on: all {len(rejected)} files of {corpus_dir} were rejected ("
            + "; ".join(reasons) + more + ")")


def _report_text(tables_dir: Path, sources: list[Path]) -> str:
    """Text the report will mostly be made of: every table (CSV), the notebooks, the shipped data files
    and the package's sources (figure titles and captions, chart labels): the font subset cut from it
    ahead of time then covers the report, and is not cut a second time once the report exists."""
    from . import config

    files = [*sorted(Path(tables_dir).glob("*.csv")), *sources,
             *(p for p in sorted(config.DATA_DIR.glob("*")) if p.suffix in {".csv", ".toml", ".txt"}),
             *sorted(Path(__file__).parent.glob("*.py"))]
    return "".join(p.read_text(encoding="utf-8", errors="replace") for p in files)


class _Clock:
    """Wall time of consecutive steps (``laps``: step name -> seconds)."""

    def __init__(self):
        self.laps: dict[str, float] = {}
        self._t = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = round(now - self._t, 3)
        self._t = now


@contextlib.contextmanager
def _figures_dir(figures_dir: Path, out_dir: Path, tmp_out: Path):
    """The temporary figures folder: swapped in on its own, or (inside ``out_dir``) with the output."""
    if figures_dir.is_relative_to(out_dir):
        inner = tmp_out / figures_dir.relative_to(out_dir)
        inner.mkdir(parents=True, exist_ok=True)
        yield inner
    else:
        with tableio.atomic_dir(figures_dir, keep=KEEP_IN_FIGURES) as tmp:
            yield tmp


def _pipeline_params(params: dict) -> dict:
    """The ``-p`` values for the tables pipeline; the notebooks' ``seed`` is its ``random_state``."""
    out = dict(params)
    if "seed" in out:
        out.setdefault("random_state", out["seed"])
    return out


def _run_notebooks(nbs, needs, declared, params, paths, tmp_out, out_dir, runner, progress, clock) -> list[Path]:
    """Execute the notebooks into ``tmp_out/notebooks``, each once the notebooks it ``needs`` are done,
    at most :data:`PARALLEL_NOTEBOOKS` at a time (the lowest-numbered ready one first); return them in
    name order. On a failure the other running notebooks are stopped and the failed one is kept in
    ``out_dir/failed``."""
    from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

    from tqdm.auto import tqdm

    (tmp_out / "notebooks").mkdir()
    pending, running, done = list(nbs), {}, []
    started = {}  # name -> perf_counter at its start (each notebook's own wall time goes to clock.laps)
    with ThreadPoolExecutor(PARALLEL_NOTEBOOKS, thread_name_prefix="notebook") as pool, \
            tqdm(total=len(nbs), desc="notebooks", unit="nb", disable=not progress) as bar:
        try:
            while pending or running:
                for name in [n for n in pending if needs[n] <= set(done)][:PARALLEL_NOTEBOOKS - len(running)]:
                    pending.remove(name)
                    parameters = notebook_parameters(declared[name], params, paths, _waits_for(name, needs))
                    started[name] = time.perf_counter()
                    running[pool.submit(_execute_one, runner, name, nbs[name], tmp_out, out_dir, parameters,
                                        more=bool(pending))] = name
                bar.set_postfix_str(" ".join(sorted(running.values())))
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for future in sorted(finished, key=running.get):
                    name = running.pop(future)
                    future.result()  # a failed notebook raises its BuildError here
                    done.append(name)
                    clock.laps[name] = round(time.perf_counter() - started[name], 3)
                    bar.update()
        except BaseException:  # a notebook failed, or Ctrl-C: stop the ones still running, now
            runner.abort()
            raise
    clock.lap("notebooks")
    return [tmp_out / "notebooks" / f"{name}.ipynb" for name in nbs]


def _waits_for(name: str, needs: dict[str, set[str]]) -> set[str]:
    """The notebooks ``name`` waits for, directly or through others: all done when it starts, whatever the
    timing (so what it is told, ``notebooks_done``, is the same in every build)."""
    out: set = set()
    todo = list(needs[name])
    while todo:
        n = todo.pop()
        if n not in out:
            out.add(n)
            todo.extend(needs[n])
    return out


def _execute_one(runner, name, nb, tmp_out, out_dir, parameters, *, more) -> None:
    """Execute one notebook into ``tmp_out/notebooks``; raise :class:`BuildError` naming it (and the cell)."""
    target = tmp_out / "notebooks" / f"{name}.ipynb"
    try:
        runner.execute(nb, target, parameters, more=more)
    except Exception as exc:
        if getattr(runner, "aborted", False):  # stopped because another notebook failed: not kept
            raise BuildError(f"notebook {name} stopped: another notebook failed") from exc
        if isinstance(exc, NotebookFailed):
            msg = _cell_message(exc, name)
        else:  # the kernel did not start, or papermill itself failed: no cell to blame
            msg = f"notebook {name} could not be executed: {type(exc).__name__}: {exc}"
        raise BuildError(_keep_failed(msg, target, out_dir)) from exc


def _cell_message(exc: NotebookFailed, name: str) -> str:
    return (f"notebook {name} failed in {cell_label(exc.cell_number, exc.exec_count)}: "
            f"{exc.ename}: {exc.evalue}\n  cell starts: {exc.first_line}")


def _keep_failed(message: str, target: Path, out_dir: Path) -> str:
    """Copy the failed notebook (as far as it ran) to ``<out>/failed/``; return ``message`` saying so."""
    if not target.exists():
        return f"{message}\n  previous outputs left untouched"
    kept = out_dir / "failed" / target.name
    kept.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(target, kept)
    return f"{message}\n  executed notebook kept in {kept}; previous outputs left untouched"


def build_stamp(corpus_dir: Path, params: dict) -> dict:
    """What the report was built from: corpus hash, package version, parameters, UTC date. The corpus
    folder is given relative to the working folder: a report passed around should not carry the
    builder's home path (the hash identifies the corpus)."""
    from . import pipeline

    return {
        "corpus_dir": os.path.relpath(corpus_dir),
        "corpus_hash": pipeline.corpus_hash(corpus_dir),
        "package_version": __version__,
        "parameters": {k: params[k] for k in sorted(params)},
        "built_at": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC"),
        "python": sys.version.split()[0],
    }


# ---------------------------------------------------------------- command line
def add_cli(subparsers) -> argparse.ArgumentParser:
    """Register the ``build`` sub-command on an argparse ``subparsers`` object."""
    b = subparsers.add_parser("build", help="build tables, notebooks, figures and the HTML report")
    b.add_argument("--corpus", default="corpus", help="corpus folder with manifest.csv (default: corpus)")
    b.add_argument("--out", default="build", help="output folder (default: build)")
    b.add_argument("--figures", default="figures", help="figures folder (default: figures)")
    b.add_argument("--notebooks", default=str(NOTEBOOKS_DIR), help="notebooks folder (default: notebooks)")
    b.add_argument("-p", "--parameter", nargs=2, action="append", default=[], metavar=("NAME", "VALUE"),
                   help="notebook/pipeline parameter (value read as a Python literal, else a string); repeatable")
    b.add_argument("--quiet", action="store_true", help="no progress bars")
    b.add_argument("--workers", type=int, default=1,
                   help="local worker processes for the tables' per-document stages (default 1; 0 = all CPUs)")
    b.set_defaults(func=_cli)
    return b


def _cli(args) -> int:
    from . import corpus

    params = {name: parse_parameter(value) for name, value in args.parameter}
    try:
        res = build(Path(args.corpus), Path(args.out), Path(args.figures), params,
                    notebooks_dir=Path(args.notebooks), progress=not args.quiet,
                    workers=args.workers if args.workers > 0 else (os.cpu_count() or 1))
    except (BuildError, corpus.ManifestError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(f"report: {res.report}\nexecuted notebooks: {res.out_dir / 'notebooks'}\n"
          f"tables: {res.out_dir / 'tables'}\nfigures: {res.figures_dir}")
    return 0

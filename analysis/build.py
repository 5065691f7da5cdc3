"""The one-command report build: tables, then every notebook in order, then one HTML report.

``python -m analysis build [--corpus DIR] [--out DIR] [--figures DIR] [-p NAME VALUE ...]``

1. builds the tables in-process (:func:`analysis.pipeline.run`) into ``<out>/tables``;
2. executes every numbered notebook of ``notebooks/`` (jupytext percent ``.py`` files) with papermill
   from this one Python process (:class:`NotebookRunner`), writing the executed copies into
   ``<out>/notebooks`` and the figures into the figures folder;
3. writes ``<out>/report.html`` (code hidden) with a build stamp, also kept as ``<out>/build_stamp.json``.

Everything is written into temporary folders that replace ``<out>`` and the figures folder only when
every step succeeded. A failing notebook stops the build with :class:`BuildError` naming the
notebook and the cell; its executed copy is kept in ``<out>/failed/``.

Papermill and nbconvert are imported lazily, so ``import analysis.build`` stays cheap.
"""
from __future__ import annotations

import argparse
import ast
import contextlib
import datetime as dt
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
# Parameters the build sets itself (from --corpus/--out/--figures); not settable with -p.
MANAGED_PARAMETERS = ("corpus_dir", "tables_dir", "figures_dir")
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
    seconds: dict = field(default_factory=dict)  # wall time per step: tables, each notebook, report


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


def notebook_parameters(declared: dict[str, str], params: dict, paths: dict[str, Path]) -> dict:
    """What papermill injects into one notebook: the build's folders and the ``-p`` values it declares."""
    given = {**params, **{k: str(v) for k, v in paths.items()}}
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


# ---------------------------------------------------------------- executing notebooks
# Modules a waiting kernel imports while the previous notebook runs. Only ``sys.modules`` is
# filled (no name is bound), so every notebook still starts from an empty namespace.
PRELOAD_MODULES = ("numpy", "pandas", "pyarrow.parquet", "matplotlib.pyplot", "itables", "analysis.build",
                   "analysis.browse", "analysis.codebook", "analysis.plotting", "analysis.charts")


# A cell running longer than this fails the build (a hung kernel must not hang a scheduled build).
CELL_TIMEOUT = 1800


class NotebookFailed(RuntimeError):
    """A notebook raised: which cell (1-based, counted in the source notebook) and what."""

    def __init__(self, cell_number: int, exec_count, ename: str, evalue: str, first_line: str):
        super().__init__(f"cell {cell_number} (In [{exec_count}]): {ename}: {evalue}")
        self.cell_number, self.exec_count = cell_number, exec_count
        self.ename, self.evalue, self.first_line = ename, evalue, first_line


class NotebookRunner:
    """Executes notebooks with papermill from this process, one fresh kernel per notebook.

    With ``prestart`` the kernel for the next notebook is launched (and imports ``preload``)
    while the current one runs, so kernel start-up overlaps with work. Use it as a context
    manager: leaving it shuts down a kernel still waiting.
    """

    def __init__(self, cwd: Path | None = None, kernel_name: str = "python3", prestart: bool = True,
                 preload: tuple[str, ...] = PRELOAD_MODULES, cell_timeout: int | None = CELL_TIMEOUT):
        self.cwd = cwd
        self.kernel_name = kernel_name
        self.prestart = prestart
        self.preload = preload
        self.cell_timeout = cell_timeout
        self._spare = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def start(self) -> None:
        """Launch the first kernel now (e.g. while the tables are built), if none is waiting."""
        if self.prestart and self._spare is None:
            self._spare = self._start_kernel()

    def close(self) -> None:
        """Shut down the kernel started ahead, if any."""
        if self._spare is not None:
            _shutdown(self._spare)
            self._spare = None

    def _start_kernel(self):
        import uuid

        from jupyter_client import KernelManager
        from jupyter_core.paths import jupyter_runtime_dir

        # IPC sockets (no TCP ports, no plain-text-over-TCP warning); each kernel its own
        # connection file, since the IPC socket names derive from it.
        Path(jupyter_runtime_dir()).mkdir(parents=True, exist_ok=True)
        conn = Path(jupyter_runtime_dir()) / f"kernel-build-{uuid.uuid4().hex}.json"
        km = KernelManager(kernel_name=self.kernel_name, transport="ipc", connection_file=str(conn))
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
        naming the cell when a cell raises; ``target`` then holds the notebook up to the error.
        """
        import papermill as pm

        km = self._spare or self._start_kernel()
        self._spare = self._start_kernel() if self.prestart and more else None
        try:
            return pm.execute_notebook(nb, str(target), parameters=parameters, kernel_name=self.kernel_name,
                                       progress_bar=False, cwd=str(self.cwd) if self.cwd else None, km=km,
                                       execution_timeout=self.cell_timeout, start_timeout=120)
        except pm.PapermillExecutionError as exc:
            raise _failure(exc, nb) from exc
        finally:
            _shutdown(km)


def _shutdown(km) -> None:
    km.shutdown_kernel(now=True)


def _failure(exc, nb) -> NotebookFailed:
    """Locate papermill's failing cell in the source notebook (papermill adds cells of its own)."""
    code = [i for i, c in enumerate(nb.cells) if c.source == exc.source]
    number = code[0] + 1 if code else exc.cell_index
    first = next((ln for ln in exc.source.splitlines() if ln.strip()), "")
    return NotebookFailed(number, exc.exec_count, exc.ename, exc.evalue, first)


# ---------------------------------------------------------------- the build
def build(corpus_dir: Path = Path("corpus"), out_dir: Path = Path("build"), figures_dir: Path = Path("figures"),
          params: dict | None = None, *, notebooks_dir: Path = NOTEBOOKS_DIR, progress: bool = True,
          runner=None) -> BuildResult:
    """Build tables, executed notebooks, figures and ``report.html``; swap them in only on success.

    ``params`` are the ``-p`` values: every one reaches the tables pipeline and every notebook that
    declares it. ``runner`` is a :class:`NotebookRunner` (a fresh one by default).
    """
    from . import pipeline, report

    params = dict(params or {})
    corpus_dir, out_dir, figures_dir = (Path(p).resolve() for p in (corpus_dir, out_dir, figures_dir))
    sources = list_notebooks(notebooks_dir)
    nbs = {p.stem: read_notebook(p) for p in sources}
    declared = {name: declared_parameters(nb) for name, nb in nbs.items()}
    check_parameters(params, declared)
    stamp = build_stamp(corpus_dir, params)
    runner = runner or NotebookRunner(cwd=Path(notebooks_dir).resolve())
    clock = _Clock()
    if out_dir.is_relative_to(figures_dir):
        raise BuildError(f"the output folder {out_dir} must not lie inside the figures folder {figures_dir}")
    with runner, tableio.atomic_dir(out_dir) as tmp_out, _figures_dir(figures_dir, out_dir, tmp_out) as tmp_fig:
        runner.start()  # the first notebook's kernel starts up while the tables are built
        pipeline.run(corpus_dir, tmp_out / "tables", _pipeline_params(params), progress=progress)
        clock.lap("tables")
        fonts = report.FontSubsets()  # the report's font, cut while the notebooks run
        fonts.prepare(_report_text(tmp_out / "tables", sources))
        paths = {"corpus_dir": corpus_dir, "tables_dir": tmp_out / "tables", "figures_dir": tmp_fig}
        try:
            executed = _run_notebooks(nbs, declared, params, paths, tmp_out, out_dir, runner, progress, clock)
            tableio.write_json(stamp, tmp_out / "build_stamp.json")
            report.write_report(executed, stamp, tmp_out / "report.html", fonts=fonts)
        finally:
            fonts.close()
        clock.lap("report")
    executed = [out_dir / "notebooks" / p.name for p in executed]
    return BuildResult(out_dir, figures_dir, out_dir / "report.html", executed, stamp, clock.laps)


def _report_text(tables_dir: Path, sources: list[Path]) -> str:
    """Text the report will mostly be made of: every table (CSV), the notebooks, the shipped data files."""
    from . import config

    files = [*sorted(Path(tables_dir).glob("*.csv")), *sources,
             *(p for p in sorted(config.DATA_DIR.glob("*")) if p.suffix in {".csv", ".toml", ".txt"})]
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


def _run_notebooks(nbs, declared, params, paths, tmp_out, out_dir, runner, progress, clock) -> list[Path]:
    """Execute every notebook in order into ``tmp_out/notebooks``; on failure keep it in ``out_dir/failed``."""
    from tqdm.auto import tqdm

    (tmp_out / "notebooks").mkdir()
    executed = []
    with tqdm(total=len(nbs), desc="notebooks", unit="nb", disable=not progress) as bar:
        for name, nb in nbs.items():
            bar.set_postfix_str(name)
            target = tmp_out / "notebooks" / f"{name}.ipynb"
            try:
                runner.execute(nb, target, notebook_parameters(declared[name], params, paths),
                               more=bar.n + 1 < len(nbs))
            except NotebookFailed as exc:
                raise BuildError(_keep_failed(_cell_message(exc, name), target, out_dir)) from exc
            except Exception as exc:  # the kernel died or did not start: no cell to blame
                msg = f"notebook {name} could not be executed: {type(exc).__name__}: {exc}"
                raise BuildError(_keep_failed(msg, target, out_dir)) from exc
            executed.append(target)
            clock.lap(name)
            bar.update()
    return executed


def _cell_message(exc: NotebookFailed, name: str) -> str:
    return (f"notebook {name} failed in cell {exc.cell_number} (In [{exc.exec_count}]): "
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
    """What the report was built from: corpus hash, package version, parameters, UTC date."""
    from . import pipeline

    return {
        "corpus_dir": str(corpus_dir),
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
    b.set_defaults(func=_cli)
    return b


def _cli(args) -> int:
    from . import corpus

    params = {name: parse_parameter(value) for name, value in args.parameter}
    try:
        res = build(Path(args.corpus), Path(args.out), Path(args.figures), params,
                    notebooks_dir=Path(args.notebooks), progress=not args.quiet)
    except (BuildError, corpus.ManifestError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    print(f"report: {res.report}\nexecuted notebooks: {res.out_dir / 'notebooks'}\n"
          f"tables: {res.out_dir / 'tables'}\nfigures: {res.figures_dir}")
    return 0

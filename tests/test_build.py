"""The one-command build: end to end on the bundled corpus, atomicity on failure, parameters, CLI.

The end-to-end build runs ONCE per test session (``shared_build``), also under pytest-xdist: the
first worker builds into a folder shared by the session's workers (guarded by a file lock), the
others wait and reuse it. test_notebooks.py checks the executed notebooks of the same build.
"""
import base64
import fcntl
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import traceback
from pathlib import Path

import nbformat
import pandas as pd
import pytest

from analysis import __main__ as cli
from analysis import build, report
from analysis import runner as runner_module

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
BUILD_PARAMS = {"lang": "en"}  # a -p value every notebook must receive


def _session_dir(tmp_path_factory) -> Path:
    uid = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    base = tmp_path_factory.getbasetemp()
    root = base.parent / f"shared-build-{uid}" if uid else base / "shared-build"
    root.mkdir(exist_ok=True)
    return root


def run_shared_build(tmp_path_factory) -> dict:
    """Build once per session into a shared folder; return paths and timing (or the error)."""
    root = _session_dir(tmp_path_factory)
    with open(root / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = root / "done.json"
        if not done.exists():
            info = {"out": str(root / "out"), "figures": str(root / "figures")}
            t0 = time.perf_counter()
            try:
                build.build(CORPUS, root / "out", root / "figures", BUILD_PARAMS,
                            notebooks_dir=REPO / "notebooks", progress=False)
            except Exception:  # recorded so every dependent test shows it
                info["error"] = traceback.format_exc()
            info["seconds"] = time.perf_counter() - t0
            done.write_text(json.dumps(info))
    return json.loads(done.read_text())


@pytest.fixture(scope="session")
def shared_build(tmp_path_factory):
    return run_shared_build(tmp_path_factory)


def _digest(folder: Path, pattern: str) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob(pattern))}


# ---------------------------------------------------------------- end to end
def test_build_end_to_end(shared_build):
    assert "error" not in shared_build, shared_build.get("error")
    out = Path(shared_build["out"])
    html = (out / "report.html").read_text(encoding="utf-8")
    stamp = json.loads((out / "build_stamp.json").read_text(encoding="utf-8"))
    assert stamp["corpus_hash"] in html and stamp["package_version"] in html
    assert stamp["parameters"] == BUILD_PARAMS and "lang='en'" in html
    for path in sorted((REPO / "notebooks").glob(build.NOTEBOOK_GLOB)):
        assert (out / "notebooks" / f"{path.stem}.ipynb").exists()
        assert f'id="{path.stem}"' in html  # every notebook has its section
    assert "Traceback" not in html
    tables = _digest(out / "tables", "*.csv")
    assert {"documents.csv", "measures.csv", "texts.csv"} <= set(tables)
    assert json.loads((out / "tables" / "run_manifest.json").read_text())["corpus_hash"] == stamp["corpus_hash"]
    assert not (out / "failed").exists()
    leftovers = [p.name for p in out.parent.iterdir() if ".tmp-" in p.name or ".old-" in p.name]
    assert not leftovers


def test_build_report_hides_code(shared_build):
    assert "error" not in shared_build, shared_build.get("error")
    html = (Path(shared_build["out"]) / "report.html").read_text(encoding="utf-8")
    assert "hl-ipython3" not in html  # no highlighted code: exclude_input dropped every code input
    assert "load_tables(" not in html and "subset_tables(" not in html


def test_build_report_tables_show_floats_plainly(shared_build):
    """Counts as 158, shares as 0.937: not pandas' default 158.000000 and 0.936709."""
    import re
    assert "error" not in shared_build, shared_build.get("error")
    html = (Path(shared_build["out"]) / "report.html").read_text(encoding="utf-8")
    assert "<td>" in html
    assert not re.findall(r"<td>-?\d+\.\d{6}</td>", html)


def test_build_writes_figures_with_data(shared_build):
    assert "error" not in shared_build, shared_build.get("error")
    figures = Path(shared_build["figures"])
    csvs = _digest(figures, "*.csv")
    pngs = {p.stem for p in figures.glob("*.png")}
    assert "figure_index.csv" in csvs and (figures / "brief_tables.xlsx").exists()
    assert pngs and all(f"{stem}.csv" in csvs for stem in pngs)  # every figure has its numbers
    index = (figures / "figure_index.csv").read_text(encoding="utf-8")
    assert all(f"{stem}.png" in index for stem in pngs)


def test_second_build_is_byte_identical(shared_build, tmp_path):
    """Same corpus, same parameters: the same bytes in every table CSV and every figure CSV."""
    assert "error" not in shared_build, shared_build.get("error")
    build.build(CORPUS, tmp_path / "out", tmp_path / "figures", BUILD_PARAMS,
                notebooks_dir=REPO / "notebooks", progress=False)
    first, second = Path(shared_build["out"]), tmp_path / "out"
    assert _digest(second / "tables", "*.csv") == _digest(first / "tables", "*.csv")
    assert _digest(tmp_path / "figures", "*.csv") == _digest(Path(shared_build["figures"]), "*.csv")


def test_a_rebuild_copies_the_figures_it_kept_byte_for_byte(shared_build, tmp_path):
    """A second build into the same folder finds every figure and the workbook in <out>/.cache/figures
    (tables and code unchanged): it stores no entry again, and every file of figures/ is the same. The
    first build is the session's, copied (times kept) to a folder of its own: a build folder moved
    elsewhere keeps its cache."""
    assert "error" not in shared_build, shared_build.get("error")
    out, figures = tmp_path / "out", tmp_path / "figures"
    shutil.copytree(shared_build["out"], out)
    shutil.copytree(shared_build["figures"], figures)

    def kept():  # path -> modification time: an entry drawn again would be stored again
        return {p.relative_to(out): p.stat().st_mtime_ns for p in (out / ".cache" / "figures").rglob("*")
                if p.is_file()}

    entries, drawn = kept(), _digest(figures, "*")
    assert len({p.parent for p in entries}) == len(pd.read_csv(figures / "figure_index.csv")) + 1  # + workbook
    time.sleep(0.01)
    build.build(CORPUS, out, figures, BUILD_PARAMS, notebooks_dir=REPO / "notebooks", progress=False)
    assert kept() == entries
    assert _digest(figures, "*") == drawn


# ---------------------------------------------------------------- failure leaves outputs untouched
FAILING = '''# %% [markdown]
# # Fails on purpose

# %% tags=["parameters"]
tables_dir = "t"  # tables folder
figures_dir = "f"  # figures folder

# %%
from pathlib import Path
Path(figures_dir, "half.csv").write_text("half-written")

# %%
raise ValueError("boom on purpose")
'''


def _files(root: Path) -> dict:
    """Every output file under ``root`` with its bytes; the per-document cache (``.cache``) is not an
    output: a failed build keeps what it cached, so the next one need not redo it."""
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*")
            if p.is_file() and ".cache" not in p.relative_to(root).parts}


def _previous_build(tmp_path: Path, notebook: str, source: str) -> tuple[Path, Path, Path]:
    """A notebooks folder holding ``notebook`` (percent-format ``source``) beside the outputs of an
    earlier build (report, a table, a figure file); returns ``(notebooks dir, out, figures)``."""
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    (nbdir / notebook).write_text(source, encoding="utf-8")
    out, figures = tmp_path / "out", tmp_path / "figures"
    (out / "tables").mkdir(parents=True)
    (out / "report.html").write_text("previous report")
    (out / "tables" / "measures.csv").write_text("previous table")
    figures.mkdir()
    (figures / "old.csv").write_text("previous figure data")
    return nbdir, out, figures


def test_build_keeps_its_cache_across_builds(tmp_path):
    """A build caches per-document results and corpus-stage memos in <out>/.cache, which survives the
    swap of <out>; a second build of the same corpus finds everything there (it stores nothing new)
    and writes the same tables."""
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    (nbdir / "01_ok.py").write_text("# %%\nx = 1\n", encoding="utf-8")
    out, figures = tmp_path / "out", tmp_path / "figures"
    build.build(CORPUS, out, figures, notebooks_dir=nbdir, progress=False)
    def cache_files():  # path -> modification time: an entry stored again would be rewritten
        return {p.relative_to(out): p.stat().st_mtime_ns for p in (out / ".cache").rglob("*") if p.is_file()}

    cached, first = cache_files(), _files(out / "tables")
    assert len(cached) > 10 and first
    time.sleep(0.01)
    build.build(CORPUS, out, figures, notebooks_dir=nbdir, progress=False)
    assert cache_files() == cached
    assert _files(out / "tables") == first
    assert not list(tmp_path.glob(".out*-hold"))


def test_failing_notebook_leaves_previous_outputs_untouched(tmp_path):
    nbdir, out, figures = _previous_build(tmp_path, "01_fails.py", FAILING)
    before = _files(tmp_path)

    with pytest.raises(build.BuildError) as err:
        build.build(CORPUS, out, figures, notebooks_dir=nbdir, progress=False)
    msg = str(err.value)
    assert "01_fails" in msg and "cell 4" in msg and "ValueError: boom on purpose" in msg
    assert 'raise ValueError("boom on purpose")' in msg

    after = _files(tmp_path)
    kept = Path("out/failed/01_fails.ipynb")
    assert kept in after  # the executed notebook is kept for inspection …
    assert {k: v for k, v in after.items() if k != kept} == before  # … and nothing else changed
    failed = nbformat.read(out / "failed" / "01_fails.ipynb", 4)
    assert any(o.get("ename") == "ValueError" for c in failed.cells for o in c.get("outputs", []))
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_a_corpus_whose_every_file_is_rejected_stops_the_build_saying_so(tmp_path):
    nbdir, out, figures = _previous_build(tmp_path, "01_ok.py", "# %%\nx = 1\n")
    corpus_dir = tmp_path / "corpus"
    corpus_dir.mkdir()
    (corpus_dir / "empty.txt").write_bytes(b"")
    (corpus_dir / "manifest.csv").write_text(
        "doc_id,file,level,region,issuer,issuer_type,title,campaign,date\n"
        "d1,empty.txt,county,某县,中共某县委,county party committee,实施方案,中央八项规定,2013-02\n", encoding="utf-8")
    before = _files(tmp_path)
    with pytest.raises(build.BuildError, match=r"no document to report on: all 1 files .*\(empty\.txt: the file is empty"):
        build.build(corpus_dir, out, figures, notebooks_dir=nbdir, progress=False)
    assert _files(tmp_path) == before  # instead of a notebook failing on a missing table, nothing changed


# ---------------------------------------------------------------- a kernel that dies mid-build
DYING = '''# %% [markdown]
# # Kills its own kernel on purpose

# %% tags=["parameters"]
tables_dir = "t"  # tables folder
figures_dir = "f"  # figures folder

# %%
from pathlib import Path
Path(figures_dir, "half.csv").write_text("half-written")

# %%
import os; os._exit(1)

# %%
print("never reached")
'''


def test_dead_kernel_fails_the_build_promptly(tmp_path):
    """A cell that kills its kernel: exit 1 within seconds (not the 1800 s cell timeout), the notebook
    and the cell named, the executed notebook kept, the previous outputs untouched."""
    nbdir, out, figures = _previous_build(tmp_path, "01_dies.py", DYING)
    before = _files(tmp_path)

    t0 = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "analysis", "build", "--corpus", str(CORPUS), "--out", str(out),
                           "--figures", str(figures), "--notebooks", str(nbdir), "--quiet"],
                          cwd=REPO, capture_output=True, text=True, timeout=300)
    seconds = time.perf_counter() - t0
    assert proc.returncode == 1, proc.stderr
    assert seconds < 60, f"the build took {seconds:.0f} s to notice the dead kernel"
    assert "notebook 01_dies failed in cell 4" in proc.stderr and "DeadKernelError" in proc.stderr
    assert "import os; os._exit(1)" in proc.stderr

    kept = Path("out/failed/01_dies.ipynb")
    after = _files(tmp_path)
    assert kept in after and {k: v for k, v in after.items() if k != kept} == before
    ran = [c for c in nbformat.read(tmp_path / kept, 4).cells if c.cell_type == "code" and c.execution_count]
    assert any("half.csv" in c.source for c in ran)  # the notebook as far as it ran
    assert not any("never reached" in c.source for c in ran)
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_dead_kernel_is_noticed_by_the_runner(tmp_path):
    """The runner itself raises NotebookFailed(DeadKernelError) naming the cell, well before the cell timeout."""
    nb = build.read_notebook(_write(tmp_path / "dies.py", DYING))
    with build.NotebookRunner(cwd=tmp_path, preload=(), cell_timeout=120) as runner:
        t0 = time.perf_counter()
        with pytest.raises(build.NotebookFailed) as err:
            runner.execute(nb, tmp_path / "dies.ipynb", {"figures_dir": str(tmp_path)}, more=False)
    assert time.perf_counter() - t0 < 30
    assert err.value.ename == "DeadKernelError" and err.value.cell_number == 4
    assert "exit code 1" in err.value.evalue and err.value.first_line == "import os; os._exit(1)"


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------- notebooks side by side
def _nb(first_tags=()):
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_markdown_cell("# title", metadata={"tags": list(first_tags)}),
                nbformat.v4.new_code_cell("x = 1")]
    return nb


def test_notebook_needs_default_chain_and_after_tags():
    nbs = {"01_a": _nb(), "02_b": _nb(), "03_c": _nb(["after:01_a", "after:04_d"]), "04_d": _nb(["after:tables"])}
    assert build.notebook_needs(nbs) == {"01_a": set(), "02_b": {"01_a"}, "03_c": {"01_a", "04_d"}, "04_d": set()}


def test_notebook_needs_rejects_unknown_names_and_cycles():
    with pytest.raises(build.BuildError, match="after:09_nope names no notebook"):
        build.notebook_needs({"01_a": _nb(["after:09_nope"])})
    with pytest.raises(build.BuildError, match="wait for each other"):
        build.notebook_needs({"01_a": _nb(["after:02_b"]), "02_b": _nb()})


SLOW = '''# %% [markdown] tags=["after:tables"]
# # Runs beside the failing one

# %% tags=["parameters"]
figures_dir = "f"  # figures folder

# %%
import time; time.sleep(60)
'''


def test_failure_stops_the_notebook_running_beside_it(tmp_path):
    """02 runs beside 01 (after:tables); 01 fails: the build stops at once, keeping only 01's notebook."""
    nbdir = tmp_path / "notebooks"
    nbdir.mkdir()
    _write(nbdir / "01_fails.py", FAILING)
    _write(nbdir / "02_slow.py", SLOW)
    out, cwd = tmp_path / "out", os.getcwd()
    t0 = time.perf_counter()
    with pytest.raises(build.BuildError, match="notebook 01_fails failed in cell 4"):
        build.build(CORPUS, out, tmp_path / "figures", notebooks_dir=nbdir, progress=False)
    assert time.perf_counter() - t0 < 50  # the 60 s sleep beside it was cut short
    assert os.getcwd() == cwd  # two notebooks at once never move this process's working folder
    assert sorted(p.name for p in (out / "failed").iterdir()) == ["01_fails.ipynb"]
    assert not [p for p in tmp_path.iterdir() if ".tmp-" in p.name]


def test_brief_runs_beside_the_others_and_levels_shows_its_figures(shared_build):
    """06_brief (after:tables) starts with 01, before 02; 05_levels shows the PNGs 06 exported, byte for byte."""
    assert "error" not in shared_build, shared_build.get("error")
    out, figures = Path(shared_build["out"]), Path(shared_build["figures"])
    start = {p.stem: nbformat.read(p, 4).metadata["papermill"]["start_time"] for p in (out / "notebooks").iterdir()}
    assert start["06_brief"] < start["02_measures"]
    levels = nbformat.read(out / "notebooks" / "05_levels.ipynb", 4)
    shown = [base64.b64decode(o["data"]["image/png"]) for c in levels.cells for o in c.get("outputs", [])
             if "image/png" in o.get("data", {})]
    exported = {p.read_bytes() for p in figures.glob("*.png")}
    assert len(shown) >= 5 and all(png in exported for png in shown)


# ---------------------------------------------------------------- the report
def test_report_embeds_each_image_once(shared_build):
    """The brief's figures shown in 05_levels and again in 06_brief are embedded once; 06 links to them."""
    assert "error" not in shared_build, shared_build.get("error")
    html = (Path(shared_build["out"]) / "report.html").read_text(encoding="utf-8")
    images = re.findall(r'src="data:image/png;base64,([^"]+)"', html)
    assert images and len(images) == len(set(images))
    links = re.findall(r'class="report-repeat"><a href="#(figure-\d+)"', html)
    assert links and all(f'id="{anchor}"' in html for anchor in links)


def test_report_font_covers_its_chinese_text(shared_build):
    """The embedded font subset (cut while the notebooks ran) has a glyph for every CJK character shown."""
    from fontTools.ttLib import TTFont

    assert "error" not in shared_build, shared_build.get("error")
    html = (Path(shared_build["out"]) / "report.html").read_text(encoding="utf-8")
    font = TTFont(io.BytesIO(base64.b64decode(re.search(r"data:font/woff;base64,([^)]+)\)", html).group(1))))
    assert report.cjk_characters(html) <= set(font.getBestCmap())


def _output(png: bytes):
    return nbformat.v4.new_output("display_data", data={"image/png": base64.b64encode(png).decode()})


def test_link_repeated_images_keeps_the_first_and_links_the_rest():
    first = nbformat.v4.new_code_cell("a", outputs=[_output(b"fig-a"), _output(b"fig-b")])
    second = nbformat.v4.new_code_cell("b", outputs=[_output(b"fig-a"), _output(b"fig-c")])
    assert report.link_repeated_images([("Levels", [first]), ("Brief", [second])]) == 1
    assert [list(o.data) for o in first.outputs] == [["text/html"], ["image/png"], ["image/png"]]
    assert first.outputs[0].data["text/html"] == '<a id="figure-1"></a>'
    assert 'href="#figure-1"' in second.outputs[0].data["text/html"] and "Levels" in second.outputs[0].data["text/html"]
    assert base64.b64decode(second.outputs[1].data["image/png"]) == b"fig-c"  # a new figure stays


# ---------------------------------------------------------------- parameters
@pytest.mark.parametrize("text, value", [
    ("3", 3), ("0.5", 0.5), ("None", None), ("['county', 'province']", ["county", "province"]),
    ("en", "en"), ("'en'", "en"), ("公务接待", "公务接待"), ("True", True),
])
def test_parse_parameter(text, value):
    assert build.parse_parameter(text) == value


def test_unknown_parameter_is_an_error(tmp_path):
    with pytest.raises(build.BuildError, match="unknown parameter 'no_such_thing'"):
        build.build(CORPUS, tmp_path / "out", tmp_path / "fig", {"no_such_thing": 1},
                    notebooks_dir=REPO / "notebooks", progress=False)
    with pytest.raises(build.BuildError, match="set by the build"):
        build.build(CORPUS, tmp_path / "out", tmp_path / "fig", {"tables_dir": "x"},
                    notebooks_dir=REPO / "notebooks", progress=False)
    assert not (tmp_path / "out").exists()


def test_a_level_selection_that_fits_no_document_stops_before_the_notebooks(tmp_path):
    with pytest.raises(build.BuildError, match=r"-p levels/themes: levels \['township'\] select no document"):
        build.build(CORPUS, tmp_path / "out", tmp_path / "fig", {"levels": ["township"]},
                    notebooks_dir=REPO / "notebooks", progress=False)
    assert not (tmp_path / "out" / "notebooks").exists() and not (tmp_path / "fig").exists()


def test_cli_reports_unknown_parameter(tmp_path, capsys):
    code = cli.main(["build", "--corpus", str(CORPUS), "--out", str(tmp_path / "o"), "--figures",
                     str(tmp_path / "f"), "--quiet", "-p", "no_such_thing", "1"])
    assert code == 1 and "unknown parameter 'no_such_thing'" in capsys.readouterr().err


@pytest.mark.parametrize("given,used", [(None, 1), ("2", 2), ("0", os.cpu_count() or 1)])
def test_cli_workers_reach_the_tables_stage(tmp_path, monkeypatch, given, used):
    seen = {}

    def execution(workers=1, scheduler=None, cache_dir=None, **kw):  # where the build hands them over
        seen["workers"] = workers
        raise SystemExit(0)

    monkeypatch.setattr(runner_module, "execution", execution)
    args = ["build", "--corpus", str(CORPUS), "--out", str(tmp_path / "o"), "--figures", str(tmp_path / "f"), "--quiet"]
    with pytest.raises(SystemExit):
        cli.main(args + (["--workers", given] if given else []))
    assert seen == {"workers": used}


def test_declared_parameters_and_what_each_notebook_receives():
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell('lang = "zh"  # labels\nseed = 0  # seed', metadata={"tags": ["parameters"]})]
    declared = build.declared_parameters(nb)
    assert declared == {"lang": '"zh"', "seed": "0"}
    got = build.notebook_parameters(declared, {"lang": "en", "n_clusters": 4}, {"tables_dir": Path("/t")})
    assert got == {"lang": "en"}  # only what the notebook declares
    declared["notebooks_done"] = "[]"
    got = build.notebook_parameters(declared, {}, {}, ["06_brief", "01_corpus"])
    assert got == {"notebooks_done": ["01_corpus", "06_brief"]}


def test_stamp_markdown_lists_the_stamp():
    md = report.stamp_markdown({"corpus_hash": "abc123", "package_version": "9.9", "parameters": {"seed": 1},
                                "built_at": "2026-01-01 00:00:00 UTC"})
    assert "abc123" in md and "analysis 9.9" in md and "`seed=1`" in md and "2026-01-01" in md



def test_build_stamp_names_the_corpus_without_the_builders_path():
    stamp = build.build_stamp(CORPUS.resolve(), {})
    assert not Path(stamp["corpus_dir"]).is_absolute()
    assert (Path.cwd() / stamp["corpus_dir"]).resolve() == CORPUS.resolve()

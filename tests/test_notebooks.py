"""The notebook suite: its anatomy (static checks of the .py sources) and its execution.

Execution is checked on the executed copies written by the one end-to-end build of this test
session (``shared_build`` in test_build.py: the build's own runner, on the bundled corpus).
"""
import ast
import subprocess
from pathlib import Path

import nbformat
import pytest

from analysis import build
from test_build import REPO, shared_build  # noqa: F401  (the session's one end-to-end build)

NOTEBOOKS = sorted((REPO / "notebooks").glob(build.NOTEBOOK_GLOB))
EXPECTED_ORDER = ["corpus", "measures", "themes", "clusters", "levels", "brief"]
COMMON_PARAMETERS = {"corpus_dir", "tables_dir", "figures_dir", "levels", "themes", "lang", "seed"}
MAX_DEF_LINES = 5  # a notebook may hold a tiny helper, never analysis logic


def _ids(paths):
    return [p.stem for p in paths]


def test_notebooks_are_numbered_in_the_planned_sequence():
    stems = [p.stem.split("_", 1)[1] for p in NOTEBOOKS]
    assert stems == [s for s in EXPECTED_ORDER if s in stems]  # planned order; none unknown
    assert stems[:2] == ["corpus", "measures"]
    assert [p.stem[:2] for p in NOTEBOOKS] == [f"{i:02d}" for i in range(1, len(NOTEBOOKS) + 1)]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_no_long_function_in_a_notebook(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    long = [(n.name, n.end_lineno - n.lineno + 1) for n in ast.walk(tree)
            if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef)) and n.end_lineno - n.lineno + 1 > MAX_DEF_LINES]
    assert not long, f"{path.name}: functions longer than {MAX_DEF_LINES} lines belong in the package: {long}"


def test_long_function_detector_catches_one(tmp_path):
    src = "def f(x):\n" + "".join(f"    x += {i}\n" for i in range(6)) + "    return x\n"
    tree = ast.parse(src)
    node = tree.body[0]
    assert node.end_lineno - node.lineno + 1 > MAX_DEF_LINES


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_anatomy(path):
    nb = build.read_notebook(path)
    first, last = nb.cells[0], nb.cells[-1]
    assert first.cell_type == "markdown" and first.source.startswith("# ") and "**Question.**" in first.source
    tagged = [c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", [])]
    assert len(tagged) == 1, "exactly one cell tagged `parameters`"
    assert last.cell_type == "markdown" and last.source.startswith("## Recap")
    code = "\n".join(c.source for c in nb.cells if c.cell_type == "code")
    assert "from analysis import" in code
    assert not any(c.source.lstrip().startswith(("%", "!")) for c in nb.cells if c.cell_type == "code"), \
        "no magics or shell escapes: notebooks must run as plain Python"


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_parameters_cell_holds_commented_literals(path):
    nb = build.read_notebook(path)
    cell = next(c for c in nb.cells if "parameters" in c.get("metadata", {}).get("tags", []))
    declared = build.declared_parameters(nb)
    assert COMMON_PARAMETERS <= set(declared), f"missing {COMMON_PARAMETERS - set(declared)}"
    for line in cell.source.splitlines():
        assert "  # " in line, f"parameter without a comment: {line!r}"
        assert line.split("  # ", 1)[1].count("=") == 0, f"'=' in a comment breaks papermill's parser: {line!r}"
    for name, value in declared.items():
        ast.literal_eval(value)  # literals only: papermill overrides them


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_saving_from_jupyterlab_leaves_the_source_unchanged(path):
    """With the repo's jupytext.toml, a notebook saved back to .py is byte-identical (no churn)."""
    import jupytext
    from jupytext.config import load_jupytext_configuration_file

    config = load_jupytext_configuration_file(str(REPO / "notebooks" / "jupytext.toml"))
    assert "py:percent" in str(config.formats)
    assert jupytext.writes(jupytext.read(path), fmt="py:percent", config=config) == path.read_text(encoding="utf-8")


def test_no_committed_ipynb_has_outputs():
    files = subprocess.run(["git", "ls-files", "*.ipynb"], cwd=REPO, capture_output=True, text=True,
                           check=True).stdout.split()
    with_outputs = [f for f in files if any(c.get("outputs") for c in nbformat.read(REPO / f, 4).cells)]
    assert not with_outputs, f"committed notebooks with outputs: {with_outputs}"


def test_ipynb_are_ignored_by_git():
    out = subprocess.run(["git", "check-ignore", "notebooks/01_corpus.ipynb"], cwd=REPO,
                         capture_output=True, text=True)
    assert out.returncode == 0


@pytest.mark.parametrize("path", NOTEBOOKS, ids=_ids(NOTEBOOKS))
def test_notebook_executes_on_the_bundled_corpus(shared_build, path):  # noqa: F811
    assert "error" not in shared_build, shared_build.get("error")
    executed = Path(shared_build["out"]) / "notebooks" / f"{path.stem}.ipynb"
    nb = nbformat.read(executed, 4)
    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.get("outputs", [])
              if o.get("output_type") == "error"]
    assert not errors
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.get("execution_count") for c in code), "every code cell ran"
    assert any(c.get("outputs") for c in code), "the notebook shows something"
    injected = [c for c in nb.cells if "injected-parameters" in c.get("metadata", {}).get("tags", [])]
    assert injected and "lang = \"en\"" in injected[0].source  # -p lang en reached this notebook


def test_level_filter_runs_through_the_build_runner(shared_build, tmp_path):  # noqa: F811
    """`-p levels ['county']` (a single level: no level differences, no intervals) still executes."""
    assert "error" not in shared_build, shared_build.get("error")
    path = REPO / "notebooks" / "05_levels.py"
    nb = build.read_notebook(path)
    params = build.notebook_parameters(build.declared_parameters(nb), {"levels": ["county"]},
                                       {"tables_dir": Path(shared_build["out"]) / "tables",
                                        "figures_dir": tmp_path, "corpus_dir": REPO / "corpus"})
    with build.NotebookRunner(cwd=REPO / "notebooks") as runner:
        runner.execute(nb, tmp_path / "levels.ipynb", params, more=False)
    out = nbformat.read(tmp_path / "levels.ipynb", 4)
    printed = "".join(o.get("text", "") for c in out.cells for o in c.get("outputs", []))
    assert "1 plans: county 1" in printed

"""JupyterLab, headless: the server `make lab` starts shows the notebooks and runs the package.

One JupyterLab server per test module is started from the project's interpreter (``sys.executable
-m jupyter lab``, as the Makefile's ``lab`` target does), on 127.0.0.1, a free port and a random
token, rooted at the repository. Its runtime, config, data, settings, workspaces and IPython folders
are temporary, so the test reads none of the user's Jupyter set-up and writes nothing there. Through
the REST API and the kernel websocket it checks what a researcher relies on: the ``.py`` sources are
listed and opened as notebooks (jupytext contents manager, ``notebooks/jupytext.toml``), and a
kernel started from the notebooks folder imports ``analysis`` from the project's environment.
The fixture always shuts the server down (API shutdown first, then terminate, then kill).
"""
import json
import os
import secrets
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

import jupytext
import pytest
import websocket  # websocket-client, a dependency of jupyter_server
from jupytext.config import find_jupytext_configuration_file, load_jupytext_configuration_file

REPO = Path(__file__).resolve().parents[1]
NOTEBOOK_DIR = REPO / "notebooks"
START_TIMEOUT_S = 30  # generous: the machine may be busy with other test workers
KERNEL_TIMEOUT_S = 30
PRIVATE_DIRS = {  # environment variable -> temporary sub-folder (keeps the user's Jupyter set-up out)
    "JUPYTER_RUNTIME_DIR": "runtime",
    "JUPYTER_CONFIG_DIR": "config",
    "JUPYTER_DATA_DIR": "data",
    "JUPYTERLAB_SETTINGS_DIR": "lab-settings",
    "JUPYTERLAB_WORKSPACES_DIR": "lab-workspaces",
    "IPYTHONDIR": "ipython",
}


def _api(server, method, path, body=None):
    """Call the server's REST API. Inputs: server dict (url, token), HTTP method, path with query,
    optional JSON body. Output: the decoded JSON answer (None when the answer is empty)."""
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(server["url"] + path, data=data, method=method,
                                 headers={"Authorization": f"token {server['token']}",
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=KERNEL_TIMEOUT_S) as resp:
        raw = resp.read()
    return json.loads(raw) if raw else None


def _log_tail(log_path, n=40):
    """Last n lines of the server log (for failure messages)."""
    return "\n".join(Path(log_path).read_text(errors="replace").splitlines()[-n:])


def _wait_until_up(proc, runtime_dir, token, log_path):
    """Wait for the server started as proc to answer /api/status. Inputs: the process, its runtime
    folder (where it writes jpserver-<pid>.json with its port), its token, its log file.
    Output: {"url", "token"}. Fails the test with the log tail if it exits or times out."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"jupyter lab exited with code {proc.returncode}:\n{_log_tail(log_path)}")
        for info_file in sorted(Path(runtime_dir).glob("jpserver-*.json")):
            try:
                server = {"url": f"http://127.0.0.1:{json.loads(info_file.read_text())['port']}", "token": token}
                if _api(server, "GET", "/api/status") is not None:
                    return server
            except (ValueError, KeyError, urllib.error.URLError, ConnectionError):
                pass  # file being written, or not listening yet
        time.sleep(0.2)
    pytest.fail(f"jupyter lab did not answer within {START_TIMEOUT_S} s:\n{_log_tail(log_path)}")


def _stop(proc, server):
    """Shut the server down: API shutdown (which also stops its kernels), then terminate, then kill."""
    if server is not None and proc.poll() is None:
        try:
            _api(server, "POST", "/api/shutdown")
        except (urllib.error.URLError, ConnectionError):
            pass  # already going down; the steps below make sure
    for step in (None, proc.terminate, proc.kill):
        if step is not None and proc.poll() is None:
            step()
        try:
            proc.wait(timeout=10)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="module")
def lab_server(tmp_path_factory):
    """A headless JupyterLab server on the repository. Output: {"url", "token"}; always shut down."""
    home = tmp_path_factory.mktemp("jupyter")
    env = dict(os.environ, **{var: str(home / sub) for var, sub in PRIVATE_DIRS.items()})
    token = secrets.token_hex(16)
    cmd = [sys.executable, "-m", "jupyter", "lab", "--no-browser",
           "--ServerApp.ip=127.0.0.1", "--ServerApp.port=0",  # 0: the OS picks a free port
           f"--IdentityProvider.token={token}", f"--ServerApp.root_dir={REPO}",
           "--ServerApp.allow_root=True"]  # CI and containers run as root; jupyter refuses root otherwise
    log_path = home / "server.log"
    server = None
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(cmd, cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL)
        try:
            server = _wait_until_up(proc, env["JUPYTER_RUNTIME_DIR"], token, log_path)
            yield server
        finally:
            _stop(proc, server)


def _execute(ws, code):
    """Run code on a kernel over its websocket (Jupyter JSON protocol). Inputs: an open websocket,
    the code. Output: (stdout text, execute_reply content) of that request only."""
    msg_id = uuid.uuid4().hex
    ws.send(json.dumps({
        "header": {"msg_id": msg_id, "msg_type": "execute_request", "session": uuid.uuid4().hex,
                   "username": "test", "version": "5.3"},
        "parent_header": {}, "metadata": {}, "channel": "shell", "buffers": [],
        "content": {"code": code, "silent": False, "store_history": False, "user_expressions": {},
                    "allow_stdin": False, "stop_on_error": True},
    }))
    stdout, reply, idle = [], None, False
    deadline = time.monotonic() + KERNEL_TIMEOUT_S
    while not (idle and reply is not None):
        assert time.monotonic() < deadline, f"no complete answer in {KERNEL_TIMEOUT_S} s; stdout so far {stdout}"
        msg = json.loads(ws.recv())
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue  # status messages of the server's own kernel_info requests
        kind, content = msg["msg_type"], msg["content"]
        if kind == "stream" and content["name"] == "stdout":
            stdout.append(content["text"])
        elif kind == "execute_reply":
            reply = content
        elif kind == "status":
            idle = content["execution_state"] == "idle"
    return "".join(stdout), reply


def test_lab_lists_every_notebook_source_as_a_notebook(lab_server):
    listing = _api(lab_server, "GET", "/api/contents/notebooks?content=1")
    assert listing["type"] == "directory"
    types = {entry["name"]: entry["type"] for entry in listing["content"]}
    sources = sorted(p.name for p in NOTEBOOK_DIR.glob("*.py"))
    assert sources, "no notebooks/*.py to check"
    # jupytext's contents manager presents each .py source as a notebook, not as a text file
    assert {name: types.get(name) for name in sources} == {name: "notebook" for name in sources}


def test_lab_opens_a_py_source_as_a_notebook_with_the_project_jupytext_config(lab_server):
    model = _api(lab_server, "GET", "/api/contents/notebooks/01_corpus.py?type=notebook&content=1")
    assert (model["type"], model["format"]) == ("notebook", "json")
    cells = model["content"]["cells"]
    tagged = [c for c in cells if "parameters" in c["metadata"].get("tags", [])]
    assert len(tagged) == 1 and tagged[0]["cell_type"] == "code", "one code cell tagged `parameters`"
    assert "corpus_dir =" in tagged[0]["source"]
    # same cells as jupytext reads from the file: nothing lost or merged on the way through the server
    expected = jupytext.read(NOTEBOOK_DIR / "01_corpus.py")
    assert [c["source"] for c in cells] == [c.source for c in expected.cells]
    # the server applied notebooks/jupytext.toml (percent format, metadata filters)
    config = load_jupytext_configuration_file(find_jupytext_configuration_file(str(NOTEBOOK_DIR)))
    meta = model["content"]["metadata"]["jupytext"]
    assert meta["text_representation"]["format_name"] == "percent"
    assert (meta["notebook_metadata_filter"], meta["cell_metadata_filter"]) == \
        (config.notebook_metadata_filter, config.cell_metadata_filter)


def test_lab_kernel_runs_the_package_from_the_project_environment(lab_server):
    kernel = _api(lab_server, "POST", "/api/kernels", {"name": "python3", "path": "notebooks"})
    ws = None
    try:
        ws_url = lab_server["url"].replace("http://", "ws://", 1) + f"/api/kernels/{kernel['id']}/channels"
        ws = websocket.create_connection(ws_url, timeout=KERNEL_TIMEOUT_S,
                                         header=[f"Authorization: token {lab_server['token']}"])
        code = "import os, sys, analysis\nprint(analysis.__name__, os.path.basename(os.getcwd()), sys.prefix)"
        stdout, reply = _execute(ws, code)
        assert reply["status"] == "ok", reply
        # the kernel runs where the notebooks are (they read ../build/tables) and in this environment
        assert stdout == f"analysis notebooks {sys.prefix}\n"
        stdout, reply = _execute(ws, "raise ValueError('boom')")
        assert (reply["status"], reply["ename"], stdout) == ("error", "ValueError", "")
    finally:
        if ws is not None:
            ws.close()
        _api(lab_server, "DELETE", f"/api/kernels/{kernel['id']}")

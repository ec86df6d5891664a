"""JupyterLab on a built course, and Debian's Chromium driven by Playwright, for the real-browser tests.

JupyterLab runs from this virtual environment on 127.0.0.1 with a token, in a temporary copy of the
course (lessons, datasets and a course folder built by ``ai-noord build``), so running cells never
touches the checkout. Chromium is Debian's (/usr/bin/chromium; .ci/system-deps installs it); Playwright
never downloads a browser here. On a failure the page is saved to test-artifacts/browser/<test>.png.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = Path(sys.executable).parent
ARTEFACTS = ROOT / "test-artifacts" / "browser"
CHROMIUM = os.environ.get("AI_NOORD_CHROMIUM", "/usr/bin/chromium")
# Known to work here (root, no network): no sandbox, no GPU, and none of Chromium's own network chatter.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
START_TIMEOUT = 90

# JupyterLab user settings: render every cell (no virtual scrolling, so the page holds all outputs) and
# no news or update checks (there is no network).
LAB_SETTINGS = {
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {"windowingMode": "none"},
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {"fetchNews": "false", "checkForUpdates": False},
}


def missing(reason: str):
    """Skip on a developer's machine; fail in CI (CI=true), where .ci/system-deps must have installed it."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI installs it: .ci/system-deps and the dev extra)", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Remember each phase's report on the test item, so the page fixture knows whether the test failed."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


class Lab:
    """A running JupyterLab: its base URL, token and the folder it serves."""

    def __init__(self, workdir: Path):
        import requests

        self.requests = requests
        self.workdir = workdir
        self.root = workdir / "work"
        self.port = free_port()
        self.token = secrets.token_hex(24)
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen | None = None
        self.log_path = workdir / "jupyterlab.log"

    def prepare(self) -> None:
        """A learner's and an instructor's view of the course: lessons, data and a built course folder."""
        shutil.copytree(ROOT / "modules", self.root / "modules",
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__"))
        shutil.copytree(ROOT / "datasets" / "data", self.root / "datasets" / "data")
        home = self.workdir / "home"
        home.mkdir()
        env = self.env()
        result = subprocess.run([str(VENV_BIN / "ai-noord"), "build", "--lang", "nl", "--course", str(self.root / "course")],
                                cwd=self.root, env=env, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, f"ai-noord build failed:\n{result.stdout}\n{result.stderr}"
        (self.workdir / "exchange").mkdir()
        # nbgrader reads the folder it is started in: the course, as an instructor's nbgrader_config.py says.
        (self.root / "nbgrader_config.py").write_text(
            "c = get_config()\n"
            f"c.CourseDirectory.root = {str(self.root / 'course')!r}\n"
            'c.CourseDirectory.course_id = "ai-noord"\n'
            f"c.Exchange.root = {str(self.workdir / 'exchange')!r}\n")
        settings = self.workdir / "lab-settings"
        for name, value in LAB_SETTINGS.items():
            path = settings / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(value))

    def env(self) -> dict:
        env = {key: value for key, value in os.environ.items()
               if not key.startswith(("JUPYTER", "PYTEST", "MPLBACKEND", "COV_"))}
        env["HOME"] = str(self.workdir / "home")
        env["PATH"] = os.pathsep.join([str(VENV_BIN), env.get("PATH", "/usr/bin:/bin")])
        return env

    def start(self) -> None:
        log = self.log_path.open("w")
        command = [
            str(VENV_BIN / "jupyter"), "lab", "--no-browser",
            "--ServerApp.ip=127.0.0.1", f"--ServerApp.port={self.port}", "--ServerApp.port_retries=0",
            f"--IdentityProvider.token={self.token}", f"--ServerApp.root_dir={self.root}",
            "--ServerApp.allow_root=True",  # CI runs as root
            f"--LabApp.user_settings_dir={self.workdir / 'lab-settings'}",
            f"--LabApp.workspaces_dir={self.workdir / 'lab-workspaces'}",
            "--LabApp.news_url=", "--LabApp.extension_manager=readonly",
        ]
        self.process = subprocess.Popen(command, cwd=self.root, env=self.env(), stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, start_new_session=True)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"jupyter lab exited with {self.process.returncode}:\n{self.log_tail()}")
            with contextlib.suppress(Exception):
                if self.api("GET", "/api/status").status_code == 200:
                    return
            time.sleep(0.25)
        raise TimeoutError(f"JupyterLab did not answer within {START_TIMEOUT}s:\n{self.log_tail()}")

    def api(self, method: str, path: str, **kwargs):
        return self.requests.request(method, f"{self.url}{path}", headers={"Authorization": f"token {self.token}"},
                                     timeout=30, **kwargs)

    def log_tail(self, lines: int = 60) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process is None or self.process.poll() is not None:
            return
        with contextlib.suppress(Exception):  # shut kernels down first: they run in their own sessions
            for kernel in self.api("GET", "/api/kernels").json():
                self.api("DELETE", f"/api/kernels/{kernel['id']}")
        self.process.send_signal(signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=10)

    def lab_url(self, path: str = "") -> str:
        """JupyterLab opening ``path`` in a fresh workspace (``reset``: no tabs left over from another test)."""
        return f"{self.url}/lab/tree/{path}?reset&token={self.token}"


@pytest.fixture(scope="module")
def jupyterlab(tmp_path_factory):
    """JupyterLab serving a built copy of the course (lessons in modules/, the nbgrader course in course/)."""
    if not os.access(CHROMIUM, os.X_OK):
        missing(f"Chromium not found at {CHROMIUM}: run .ci/system-deps (apt-get install chromium)")
    try:
        import playwright  # noqa: F401
    except ImportError:
        missing("playwright is not installed: pip install -e '.[dev]'")
    lab = Lab(tmp_path_factory.mktemp("jupyterlab"))
    lab.prepare()
    try:
        lab.start()
        yield lab
    finally:
        lab.stop()
        with contextlib.suppress(OSError):
            ARTEFACTS.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(lab.log_path, ARTEFACTS / f"jupyterlab-{os.getpid()}.log")


@pytest.fixture(scope="module")
def chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@pytest.fixture
def page(chromium, request):
    """A fresh browser tab (1400x1000); screenshot to test-artifacts/browser/ if the test fails."""
    context = chromium.new_context(viewport={"width": 1400, "height": 1000}, locale="nl-NL")
    context.set_default_timeout(30_000)
    tab = context.new_page()
    console_errors: list[str] = []
    tab.on("pageerror", lambda error: console_errors.append(str(error)))
    tab.console_errors = console_errors
    try:
        yield tab
    finally:
        report = getattr(request.node, "report_call", None)
        if report is None or report.failed:
            with contextlib.suppress(Exception):  # show the first error output, if there is one
                tab.locator(".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']").first \
                    .scroll_into_view_if_needed(timeout=2_000)
            with contextlib.suppress(Exception):
                ARTEFACTS.mkdir(parents=True, exist_ok=True)
                tab.screenshot(path=str(ARTEFACTS / f"{request.node.name}.png"), full_page=True)
        context.close()

"""A real JupyterHub on 127.0.0.1 for the classroom test, with the deploy/ configuration of a real class.

The hub is the ``jupyterhub`` package from PyPI with configurable-http-proxy from the npm registry. It uses
DummyAuthenticator and SimpleLocalProcessSpawner (no system accounts: every server runs as the test's own
user, each in its own home folder) and loads deploy/jupyterhub/ai_noord_hub.py unchanged; the users'
servers read deploy/jupyter/ through JUPYTER_CONFIG_PATH, where a school installs those files system-wide.

Everything runs under one temporary folder; every wait has a timeout; teardown stops the hub, then kills
by pid whatever it started that is still alive (the proxy and the users' servers).
"""

from __future__ import annotations

import contextlib
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
DEPLOY = ROOT / "deploy"
VENV_BIN = Path(sys.executable).parent
START_TIMEOUT = 90  # seconds for the hub, and for each user's server


def find_proxy() -> str | None:
    """configurable-http-proxy: $AI_NOORD_CHP, the copy .ci/system-deps installs in .ci/node/, or PATH."""
    candidates = [os.environ.get("AI_NOORD_CHP"), str(ROOT / ".ci/node/node_modules/.bin/configurable-http-proxy"),
                  shutil.which("configurable-http-proxy")]
    for candidate in candidates:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def missing(reason: str):
    """Skip on a developer's machine; fail in CI (CI=true), where .ci/system-deps must have installed it."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI installs it: .ci/system-deps and the classroom extra)", pytrace=False)
    pytest.skip(reason)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(what: str, check, timeout: float, interval: float = 0.25):
    """Call ``check`` until it returns something truthy; fail with ``what`` after ``timeout`` seconds."""
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            result = check()
            if result:
                return result
        except Exception as error:  # the server is not up yet
            last_error = error
        time.sleep(interval)
    raise TimeoutError(f"timed out after {timeout:.0f}s waiting for {what}" + (f" (last error: {last_error})" if last_error else ""))


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # a zombie child still answers kill(0); it is dead for our purposes
    with contextlib.suppress(FileNotFoundError):
        if Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1].startswith("Z"):
            return False
    return True


def stop_pid(pid: int, *, grace: float = 10.0) -> None:
    """SIGTERM ``pid``, wait up to ``grace`` seconds, then SIGKILL it."""
    if not _alive(pid):
        return
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + grace
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    if _alive(pid):
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)


class Hub:
    """A running JupyterHub: its URL, an admin service token, users' tokens and home folders."""

    def __init__(self, workdir: Path, roster: dict[str, list[str]]):
        import requests

        self.requests = requests
        self.workdir = workdir
        self.homes = workdir / "home"
        self.exchange = workdir / "exchange"
        self.roster = roster
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.admin_token = secrets.token_hex(24)
        self.tokens: dict[str, str] = {}
        self.server_pids: set[int] = set()
        self.process: subprocess.Popen | None = None
        self.log_path = workdir / "jupyterhub.log"

    # -- configuration ---------------------------------------------------------------------------
    def write_config(self, proxy: str) -> Path:
        roster_file = self.workdir / "roster.txt"
        roster_file.write_text("".join(f"{role} {name}\n" for role, names in self.roster.items() for name in names))
        config = self.workdir / "jupyterhub_config.py"
        config.write_text(f"""\
c = get_config()
c.JupyterHub.ip = "127.0.0.1"
c.JupyterHub.port = {self.port}
c.JupyterHub.hub_ip = "127.0.0.1"
c.JupyterHub.hub_port = {free_port()}
c.ConfigurableHTTPProxy.command = [{proxy!r}]
c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:{free_port()}"
c.ConfigurableHTTPProxy.pid_file = {str(self.workdir / "proxy.pid")!r}
c.JupyterHub.db_url = "sqlite:///{self.workdir / 'jupyterhub.sqlite'}"
c.JupyterHub.cookie_secret_file = {str(self.workdir / "cookie_secret")!r}
c.JupyterHub.cleanup_servers = True
c.JupyterHub.tornado_settings = {{"slow_spawn_timeout": 0}}  # answer 'starting' at once; servers start in parallel
c.JupyterHub.authenticator_class = "dummy"
c.JupyterHub.spawner_class = "simple"
c.SimpleLocalProcessSpawner.home_dir_template = {str(self.homes / "{username}")!r}
c.Spawner.cmd = [{str(VENV_BIN / "jupyterhub-singleuser")!r}]
# The test runs as whatever user runs pytest, root in CI; a real hub never starts servers as root.
c.Spawner.args = ["--ServerApp.allow_root=True"]
c.Spawner.start_timeout = {START_TIMEOUT}
c.Spawner.http_timeout = {START_TIMEOUT}
# Where a school installs deploy/jupyter/*.py system-wide (TLJH: /opt/tljh/user/etc/jupyter).
c.Spawner.environment = {{"JUPYTER_CONFIG_PATH": {str(DEPLOY / "jupyter")!r}, "MPLBACKEND": "Agg"}}
# The test drives the hub through its REST API with this service's token.
c.JupyterHub.services = [{{"name": "classroom-test", "api_token": {self.admin_token!r}}}]
c.JupyterHub.load_roles = [{{
    "name": "classroom-test",
    "scopes": ["admin:users", "admin:servers", "admin:server_state", "tokens", "admin:groups", "read:users"],
    "services": ["classroom-test"],
}}]
# The class's own configuration, exactly as deploy/ ships it.
load_subconfig({str(DEPLOY / "jupyterhub" / "ai_noord_hub.py")!r})
""")
        return config

    # -- lifecycle -------------------------------------------------------------------------------
    def start(self, proxy: str) -> None:
        self.homes.mkdir()
        self.exchange.mkdir()
        self.exchange.chmod(0o777)  # nbgrader's exchange root is world-writable (deploy/README.md)
        config = self.write_config(proxy)
        env = {key: value for key, value in os.environ.items() if not key.startswith(("JUPYTER", "PYTEST", "COV_"))}
        env["PATH"] = os.pathsep.join([str(VENV_BIN), str(Path(proxy).parent), env.get("PATH", "/usr/bin:/bin")])
        env["AI_NOORD_ROSTER"] = str(self.workdir / "roster.txt")
        env["AI_NOORD_EXCHANGE"] = str(self.exchange)
        log = self.log_path.open("w")
        self.process = subprocess.Popen([str(VENV_BIN / "jupyterhub"), "-f", str(config)], cwd=self.workdir, env=env,
                                        stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                                        start_new_session=True)
        wait_for("JupyterHub to answer", lambda: self._hub_ready(), START_TIMEOUT)

    def _hub_ready(self) -> bool:
        if self.process.poll() is not None:
            raise RuntimeError(f"jupyterhub exited with {self.process.returncode}:\n{self.log_tail()}")
        return self.requests.get(f"{self.url}/hub/api/", timeout=5).status_code == 200

    def log_tail(self, lines: int = 60) -> str:
        text = self.log_path.read_text(errors="replace") if self.log_path.exists() else ""
        return "\n".join(text.splitlines()[-lines:])

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            # JupyterHub stops the users' servers and its proxy on SIGTERM (cleanup_servers).
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(timeout=10)
        for pid in sorted(self.server_pids):
            stop_pid(pid)
        proxy_pid = self.workdir / "proxy.pid"
        if proxy_pid.is_file() and proxy_pid.read_text().strip().isdigit():
            stop_pid(int(proxy_pid.read_text().strip()))

    # -- the REST API ----------------------------------------------------------------------------
    def api(self, method: str, path: str, *, token: str | None = None, timeout: float = 30, **kwargs):
        headers = {"Authorization": f"token {token or self.admin_token}"}
        return self.requests.request(method, f"{self.url}/hub/api{path}", headers=headers, timeout=timeout, **kwargs)

    def token_for(self, user: str) -> str:
        """An API token owned by ``user`` (as the user's browser session would be), valid for 15 minutes."""
        if user not in self.tokens:
            response = self.api("POST", f"/users/{user}/tokens", json={"note": "classroom test", "expires_in": 900})
            assert response.status_code in (200, 201), response.text
            self.tokens[user] = response.json()["token"]
        return self.tokens[user]

    def start_servers(self, users: list[str]) -> None:
        """Start each user's server (as the hub's 'Start My Server' does) and wait until all are ready."""
        for user in users:
            response = self.api("POST", f"/users/{user}/server")
            assert response.status_code in (201, 202), f"{user}: {response.status_code} {response.text}\n{self.log_tail()}"
        for user in users:
            model = wait_for(f"{user}'s server", lambda u=user: self._server_ready(u), START_TIMEOUT)
            pid = (model.get("state") or {}).get("pid")
            if pid:
                self.server_pids.add(int(pid))

    def _server_ready(self, user: str):
        if self.process.poll() is not None:
            raise RuntimeError(f"jupyterhub exited:\n{self.log_tail()}")
        model = self.api("GET", f"/users/{user}").json()
        server = (model.get("servers") or {}).get("")
        return server if server and server.get("ready") else None

    def user(self, name: str) -> "UserSession":
        return UserSession(self, name)


class UserSession:
    """One person's requests to their own server, with their own token (what their browser tab sends)."""

    def __init__(self, hub: Hub, name: str):
        self.hub = hub
        self.name = name
        self.home = hub.homes / name
        self.token = hub.token_for(name)

    def request(self, method: str, path: str, *, timeout: float = 120, **kwargs):
        headers = {"Authorization": f"token {self.token}"}
        url = f"{self.hub.url}/user/{self.name}/{path.lstrip('/')}"
        return self.hub.requests.request(method, url, headers=headers, timeout=timeout, **kwargs)

    def json(self, method: str, path: str, **kwargs):
        response = self.request(method, path, **kwargs)
        assert response.status_code == 200, f"{self.name} {method} {path}: {response.status_code} {response.text[:500]}"
        return response.json()

    def hub_api(self, method: str, path: str, **kwargs):
        return self.hub.api(method, path, token=self.token, **kwargs)


@pytest.fixture
def classroom_hub(tmp_path):
    """A running JupyterHub for the class in deploy/jupyterhub/roster.example.txt's shape."""
    try:
        import jupyterhub  # noqa: F401
        import requests  # noqa: F401
    except ImportError:
        missing("jupyterhub is not installed: pip install -e '.[classroom]'")
    proxy = find_proxy()
    if proxy is None:
        missing("configurable-http-proxy not found: run .ci/system-deps (npm install into .ci/node/), or set AI_NOORD_CHP")
    if shutil.which("node") is None:
        missing("node not found (configurable-http-proxy needs Node.js): run .ci/system-deps")
    hub = Hub(tmp_path, {"instructor": ["docent"], "student": ["alice", "bob"]})
    try:
        hub.start(proxy)
        yield hub
    finally:
        hub.stop()
        artefacts = ROOT / "test-artifacts" / "classroom"
        with contextlib.suppress(OSError):
            artefacts.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(hub.log_path, artefacts / "jupyterhub.log")

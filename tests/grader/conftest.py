"""Fixtures for the grading-engine tests: a built ``ps1`` course folder, copied fresh for each use."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import ps1  # noqa: E402

from autograder import nbgrader_bridge  # noqa: E402


@pytest.fixture(scope="session", autouse=True)
def _tool_path():
    nbgrader_bridge.ensure_tool_path()  # nbgrader runs `alembic` from PATH when it creates a gradebook


@pytest.fixture(scope="session")
def ps1_template(tmp_path_factory) -> Path:
    """A course folder with ``ps1`` generated (gradebook and release) and nothing submitted."""
    return ps1.make_course(tmp_path_factory.mktemp("ps1-template") / "course")


@pytest.fixture
def ps1_course(ps1_template, tmp_path) -> Path:
    """A private copy of the ``ps1`` course folder."""
    target = tmp_path / "course"
    shutil.copytree(ps1_template, target)
    return target

collect_ignore_glob = ["fixtures/*"]


def shared_run(tmp_path_factory, name: str, compute):
    """Run ``compute(folder)`` once per test session, even with pytest-xdist workers; return its JSON result.

    The first worker to take the lock computes and stores the result; the others wait and read it, so
    an expensive grading run happens once however the tests are distributed.
    """
    import fcntl
    import json
    import os

    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    folder = root / f"shared-{name}"
    with open(root / f"shared-{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        done = folder / "result.json"
        if not done.exists():
            folder.mkdir(exist_ok=True)
            done.write_text(json.dumps(compute(folder)), encoding="utf-8")
        return json.loads(done.read_text(encoding="utf-8"))

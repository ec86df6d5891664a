"""Isolation levels: what each one blocks, checked by running probe cells in the warm runner.

For every level this machine offers, a notebook looks for the course folder, the network, its uid,
and leaves a background process behind; the same notebook then hits the memory, file-size and
process limits. The expected answers per level are the documentation of what the level blocks.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
import time
from pathlib import Path

import pytest

from autograder import sandbox
from autograder.runner import WarmRunner

pytestmark = pytest.mark.grader

# level -> (a world-readable course folder visible, network to the host reachable)
BLOCKS = {"namespaces+uid": (False, False), "userns": (False, False), "rlimits": (True, True)}
MARK = "4242.125"  # a sleep length no other process on this machine uses


def _probe_cells(course: Path, port: int) -> list:
    return [
        (0, f"import os\nprint(os.path.exists({str(course)!r}), os.getuid(), os.getcwd())", False),
        (1, f"import socket\ntry:\n    socket.create_connection(('127.0.0.1', {port}), timeout=2).close()\n"
            f"    print('network')\nexcept OSError as error:\n    print('no network')", False),
        (2, f"import subprocess\nsubprocess.Popen(['sleep', '{MARK}'])", False),
        (3, "x = bytearray(64 * 2**30)", False),
        (4, "with open('big.bin', 'wb') as f:\n    f.write(b'0' * (80 * 2**20))", False),
        (5, "import os\npids = []\nfor _ in range(100):\n    pids.append(os.fork())\n    if pids[-1] == 0:\n"
            "        import time; time.sleep(30); os._exit(0)", False),
        (6, "print('still here')", True),
    ]


def _sleepers() -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if MARK.encode() in Path(f"/proc/{entry}/cmdline").read_bytes():
                    found.append(int(entry))
            except OSError:
                continue
    return found


def test_levels_are_detected_and_reported():
    """Root on Linux with namespaces offers every level; the report names the one in force."""
    levels = sandbox.available_levels()
    assert levels[-1] == "rlimits"
    if os.geteuid() == 0:
        assert levels[0] == "namespaces+uid"
    report = sandbox.isolation_report()
    assert report["level"] == levels[0] and report["available"] == levels
    assert report["blocks"].startswith(sandbox.WHAT_IT_BLOCKS[levels[0]])
    with pytest.raises(ValueError):
        sandbox.resolve_level("chroot")


@pytest.mark.parametrize("level", sandbox.LEVELS)
def test_what_each_level_blocks(level, tmp_path):
    """Course folder and network per the table above; at every level the limits hold and no process survives."""
    if level not in sandbox.available_levels():
        pytest.skip(f"{level} is not available on this machine")
    course = Path(tempfile.mkdtemp(prefix="ai-noord-course-"))  # world-readable, as a careless setup has it
    course.chmod(0o755)
    (course / "gradebook.db").write_text("secret")
    workdir = tmp_path / "job" / "files"
    workdir.mkdir(parents=True)
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    port = server.getsockname()[1]
    limits = sandbox.Limits(cell_timeout=20, notebook_timeout=60, memory_bytes=512 * 2**20,
                            file_bytes=16 * 2**20, processes=32)
    try:
        with WarmRunner(level=level, scratch=tmp_path, hidden=[course, tmp_path]) as runner:
            result = runner.run(_probe_cells(course, port), workdir=workdir, jobdir=tmp_path / "job", slot=0,
                                limits=limits)
    finally:
        server.close()
        shutil.rmtree(course)
    text = {i: "".join(o.get("text", "") for o in c.outputs) for i, c in result.cells.items()}
    errors = {i: [o["ename"] for o in c.outputs if o["output_type"] == "error"] for i, c in result.cells.items()}
    visible, network = BLOCKS[level]
    assert text[0].split()[0] == str(visible)
    assert text[1].strip() == ("network" if network else "no network")
    if level == "namespaces+uid" or (level == "rlimits" and sandbox.rlimits_drops_uid()):
        assert int(text[0].split()[1]) >= sandbox.BASE_UID
    assert errors[3] == ["MemoryError"]
    assert errors[4] == ["OSError"]  # EFBIG: the file-size limit
    # EAGAIN: the process limit (the kernel never applies it to uid 0 outside a namespace)
    if level == "namespaces+uid" or os.geteuid() != 0 or (level == "rlimits" and sandbox.rlimits_drops_uid()):
        assert errors[5] == ["BlockingIOError"]
    assert result.cells[6].status == "ok" and text[6] == "still here\n"
    assert not result.stopped
    for _ in range(50):
        if not _sleepers():
            break
        time.sleep(0.1)
    assert _sleepers() == [], "a process started by the notebook outlived it"


def test_notebook_time_limit_and_runner_restart(tmp_path):
    """Cells that each stay under the cell limit still stop at the notebook limit; a dead runner is restarted."""
    workdir = tmp_path / "files"
    workdir.mkdir()
    cells = [(i, "import time\ntime.sleep(1.5)", False) for i in range(4)]
    limits = sandbox.Limits(cell_timeout=10, notebook_timeout=2.5, interrupt_grace=2)
    with WarmRunner(level=sandbox.detect_level(), scratch=tmp_path, hidden=[]) as runner:
        result = runner.run(cells, workdir=workdir, jobdir=tmp_path / "a", slot=0, limits=limits)
        assert [result.cells[i].status for i in range(4)] == ["ok", "error", "not-run", "not-run"]
        assert "notebook ran longer than 2.5 s" in result.stopped
        runner.proc.kill()
        runner.proc.wait()
        again = runner.run([(0, "print('back')", False)], workdir=workdir, jobdir=tmp_path / "b", slot=0,
                           limits=limits)
        assert again.cells[0].outputs == [{"output_type": "stream", "name": "stdout", "text": "back\n"}]

"""The warm runner, grader side: one pre-imported process that forks a fresh, sandboxed child per notebook.

``WarmRunner`` (used by the grader) starts ``python -m autograder.zygote``, the *zygote*: a clean
interpreter that never sees the gradebook or any notebook, imports IPython, numpy, pandas,
scikit-learn and matplotlib once (BLAS pinned to one thread before numpy loads, matplotlib on Agg via
the inline backend), and then waits. For each notebook the grader sends it two socket ends; the zygote
forks a *supervisor*, which enters new namespaces (``sandbox.py``) and forks the *child*: PID 1 of its
own PID namespace, with a fresh root file system, an unprivileged uid and resource limits. The child
runs cells one at a time as the grader sends them, so it never holds a test before that test runs.

The grader keeps the clock: per-cell and per-notebook wall time, SIGINT through the supervisor and
SIGKILL when the interrupt is ignored. Every reply carries the nonce of its request; anything out of
order, malformed or too large is a finding, never a grade.
"""

from __future__ import annotations

import json
import os
import secrets
import select
import signal
import socket
import struct
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .sandbox import BASE_UID, Limits

HEADER = struct.Struct(">I")
THREAD_VARS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS", "NUMEXPR_NUM_THREADS",
               "VECLIB_MAXIMUM_THREADS", "BLIS_NUM_THREADS")
OUTPUT_TYPES = {"stream", "display_data", "execute_result", "error"}


# -- framing ----------------------------------------------------------------------------------------


def send_frame(sock: socket.socket, message: dict) -> None:
    data = json.dumps(message).encode("utf-8")
    sock.sendall(HEADER.pack(len(data)) + data)


class FrameTooLarge(Exception):
    """The other side sent more than the output limits allow."""


class Channel:
    """Length-prefixed JSON frames over a stream socket, read with deadlines."""

    def __init__(self, sock: socket.socket, max_frame: int):
        self.sock = sock
        self.max_frame = max_frame
        self.buffer = b""

    def recv(self, deadline: float | None):
        """The next frame; ``None`` on timeout; ``EOFError`` when the other side has gone."""
        while True:
            if len(self.buffer) >= HEADER.size:
                (size,) = HEADER.unpack_from(self.buffer)
                if size > self.max_frame:
                    raise FrameTooLarge(size)
                if len(self.buffer) >= HEADER.size + size:
                    data = self.buffer[HEADER.size:HEADER.size + size]
                    self.buffer = self.buffer[HEADER.size + size:]
                    try:
                        message = json.loads(data)
                    except ValueError:
                        message = {"type": "garbage"}
                    return message if isinstance(message, dict) else {"type": "garbage"}
            timeout = None if deadline is None else max(0.0, deadline - time.monotonic())
            ready, _, _ = select.select([self.sock], [], [], timeout)
            if not ready:
                return None
            chunk = self.sock.recv(1 << 20)
            if not chunk:
                raise EOFError
            self.buffer += chunk
            if len(self.buffer) > self.max_frame + HEADER.size + (1 << 20):
                raise FrameTooLarge(len(self.buffer))

    def send(self, message: dict) -> bool:
        try:
            send_frame(self.sock, message)
            return True
        except OSError:
            return False


# -- results ----------------------------------------------------------------------------------------


@dataclass
class CellRun:
    """What happened to one code cell."""

    status: str  # "ok", "error" or "not-run"
    outputs: list = field(default_factory=list)
    seconds: float = 0.0
    reason: str = ""  # why an error came from the runner rather than the code (timeout, killed)


@dataclass
class RunResult:
    """Everything the grader learns from running one notebook."""

    cells: dict = field(default_factory=dict)
    events: list = field(default_factory=list)  # (kind, detail, cell)
    stopped: str = ""  # why the notebook stopped before its last cell
    notes: list = field(default_factory=list)  # limits hit that did not stop the run
    seconds: float = 0.0


def _valid_output(output) -> bool:
    if not isinstance(output, dict) or output.get("output_type") not in OUTPUT_TYPES:
        return False
    kind = output["output_type"]
    if kind == "stream":
        return output.get("name") in ("stdout", "stderr") and isinstance(output.get("text"), str)
    if kind == "error":
        return isinstance(output.get("ename"), str) and isinstance(output.get("evalue"), str) and \
            isinstance(output.get("traceback"), list) and all(isinstance(x, str) for x in output["traceback"])
    return isinstance(output.get("data"), dict) and isinstance(output.get("metadata", {}), dict)


# -- the grader's side ----------------------------------------------------------------------------


class WarmRunner:
    """Start the zygote once, then ``run(...)`` notebooks from any number of grader threads."""

    def __init__(self, *, level: str, scratch: Path, hidden: list[Path], python: str | None = None,
                 preload: list[str] = ()):
        self.level = level
        self.preload = [name for name in preload if all(part.isidentifier() for part in name.split("."))]
        self.scratch = Path(scratch)
        self.hidden = [str(p) for p in hidden]
        self.python = python or sys.executable
        self.lock = threading.Lock()
        self.proc: subprocess.Popen | None = None
        self.control: socket.socket | None = None

    def __enter__(self) -> "WarmRunner":
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def start(self, timeout: float = 180.0) -> None:
        parent, child = socket.socketpair(socket.AF_UNIX, socket.SOCK_SEQPACKET)
        env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
               "MPLBACKEND": "Agg", "PYTHONDONTWRITEBYTECODE": "1", "PYTHONHASHSEED": "0",
               "HOME": str(self.scratch), "TMPDIR": str(self.scratch)}
        env.update({name: "1" for name in THREAD_VARS})
        log = open(self.scratch / "zygote.log", "wb")
        self.proc = subprocess.Popen([self.python, "-m", "autograder.zygote", str(child.fileno()),
                                      json.dumps(self.preload)],
                                     pass_fds=[child.fileno()], env=env, cwd=str(self.scratch),
                                     stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        log.close()
        child.close()
        self.control = parent
        ready, _, _ = select.select([parent], [], [], timeout)
        message = parent.recv(1024) if ready else b""
        if message != b"ready":
            self.close()
            raise RuntimeError(f"the warm runner did not start; see {self.scratch / 'zygote.log'}")

    def close(self) -> None:
        if self.control is not None:
            self.control.close()
            self.control = None
        if self.proc is not None:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
            self.proc = None

    def run(self, cells: list[tuple[int, str, bool]], *, workdir: Path, jobdir: Path, slot: int,
            limits: Limits) -> RunResult:
        """Run ``cells`` (index, source, is_test) in a fresh sandboxed child; never raises for student faults."""
        result = RunResult()
        started = time.monotonic()
        job_parent, job_child = socket.socketpair()
        sup_parent, sup_child = socket.socketpair()
        (jobdir / "root").mkdir(parents=True, exist_ok=True)
        request = {"level": self.level, "uid": BASE_UID + slot, "gid": BASE_UID + slot,
                   "workdir": str(workdir), "rootdir": str(jobdir / "root"), "hidden": self.hidden,
                   "limits": limits.to_dict(),
                   "code_paths": [str(Path(__file__).resolve().parent)]}
        with self.lock:
            if self.control is None:
                raise RuntimeError("the warm runner is not running")
            if self.proc is not None and self.proc.poll() is not None:  # it died: start a fresh one
                self.control.close()
                self.start()
            socket.send_fds(self.control, [json.dumps(request).encode()], [job_child.fileno(), sup_child.fileno()])
        job_child.close()
        sup_child.close()
        max_frame = limits.text_output_bytes + 2 * limits.rich_output_bytes + (1 << 20)
        channel, supervisor = Channel(job_parent, max_frame), Channel(sup_parent, 1 << 16)
        try:
            self._drive(cells, channel, supervisor, limits, result)
        finally:
            supervisor.send({"type": "kill"})
            job_parent.close()
            sup_parent.close()
            result.seconds = time.monotonic() - started
        return result

    def _drive(self, cells, channel: Channel, supervisor: Channel, limits: Limits, result: RunResult) -> None:
        notebook_deadline = time.monotonic() + limits.notebook_timeout + 60.0
        pending = list(cells)
        try:
            ready = self._wait_for(channel, "ready", None, notebook_deadline, result)
        except (EOFError, FrameTooLarge):
            ready = None
        if ready is None:
            result.stopped = "the sandbox could not start: " + (result.notes[-1] if result.notes else
                                                                self._exit_reason(supervisor))
            self._not_run(pending, result)
            return
        notebook_deadline = time.monotonic() + limits.notebook_timeout
        while pending:
            index, source, is_test = pending.pop(0)
            nonce = secrets.token_hex(16)
            channel.send({"type": "cell", "cell": index, "nonce": nonce, "source": source, "test": is_test})
            cell_deadline = min(time.monotonic() + limits.cell_timeout, notebook_deadline)
            try:
                reply = self._wait_for(channel, "result", nonce, cell_deadline, result, index)
                if reply is None:
                    reason = (f"the cell ran longer than {limits.cell_timeout:g} s"
                              if cell_deadline < notebook_deadline else
                              f"the notebook ran longer than {limits.notebook_timeout:g} s")
                    supervisor.send({"type": "interrupt"})
                    reply = self._wait_for(channel, "result", nonce, time.monotonic() + limits.interrupt_grace,
                                           result, index)
                    if reply is None:
                        supervisor.send({"type": "kill"})
                        result.cells[index] = CellRun("error", [], limits.cell_timeout,
                                                      reason + " and ignored the interrupt; it was stopped")
                        result.stopped = f"cell {index}: {reason}, interrupt ignored, notebook stopped"
                        self._not_run(pending, result)
                        return
                    reply["status"] = "error"
                    reply["reason"] = reason
                    if cell_deadline >= notebook_deadline:
                        self._store(index, reply, result)
                        result.stopped = f"cell {index}: {reason}"
                        self._not_run(pending, result)
                        return
                self._store(index, reply, result)
            except FrameTooLarge:
                supervisor.send({"type": "kill"})
                result.cells[index] = CellRun("error", [], 0.0, "the cell produced more output than allowed")
                result.stopped = f"cell {index}: output limit exceeded, notebook stopped"
                self._not_run(pending, result)
                return
            except EOFError:
                why = self._exit_reason(supervisor)
                result.cells[index] = CellRun("error", [], 0.0, f"the notebook's process ended ({why})")
                result.stopped = f"cell {index}: the notebook's process ended ({why})"
                self._not_run(pending, result)
                return
        channel.send({"type": "done"})

    def _wait_for(self, channel: Channel, kind: str, nonce, deadline: float, result: RunResult, index=None):
        while True:
            message = channel.recv(deadline)
            if message is None:
                return None
            if message.get("type") == "error" and kind == "ready":
                result.notes.append("sandbox: " + str(message.get("detail", ""))[:300])
                return None
            if message.get("type") == "event":
                result.events.append((str(message.get("kind", "tamper"))[:20], str(message.get("detail", ""))[:500],
                                      message.get("cell") if isinstance(message.get("cell"), int) else index))
                continue
            if message.get("type") == kind and (nonce is None or (message.get("nonce") == nonce
                                                                  and message.get("cell") == index)):
                return message
            result.events.append(("tamper", f"unexpected message from the notebook's process while running cell "
                                            f"{index} (forged or out of order)", index))
            if kind == "result":
                raise EOFError

    @staticmethod
    def _store(index: int, reply: dict, result: RunResult) -> None:
        outputs = reply.get("outputs") if isinstance(reply.get("outputs"), list) else []
        valid = [o for o in outputs if _valid_output(o)]
        if len(valid) != len(outputs):
            result.events.append(("tamper", f"malformed outputs from cell {index}", index))
        status = reply.get("status") if reply.get("status") in ("ok", "error") else "error"
        seconds = reply.get("seconds") if isinstance(reply.get("seconds"), (int, float)) else 0.0
        if reply.get("truncated") and "output truncated" not in " ".join(result.notes):
            result.notes.append(f"output truncated (limit reached in cell {index})")
        result.cells[index] = CellRun(status, valid, float(seconds), str(reply.get("reason", "")))

    @staticmethod
    def _not_run(pending: list, result: RunResult) -> None:
        for index, _, _ in pending:
            result.cells[index] = CellRun("not-run")
        pending.clear()

    @staticmethod
    def _exit_reason(supervisor: Channel) -> str:
        try:
            deadline = time.monotonic() + 5.0
            while True:
                message = supervisor.recv(deadline)
                if message is None:
                    return "no exit status"
                if message.get("type") == "exit":
                    return describe_exit(int(message.get("code", 0)))
                if message.get("type") == "error":
                    return str(message.get("detail", "sandbox error"))[:300]
        except (EOFError, FrameTooLarge, ValueError):
            return "no exit status"


def describe_exit(code: int) -> str:
    """A person's words for a child's exit status (negative: killed by that signal)."""
    if code >= 0:
        return f"exit status {code}"
    names = {signal.SIGKILL: "killed (SIGKILL: memory, process or time limit)",
             signal.SIGXCPU: "CPU time limit reached (SIGXCPU)", signal.SIGSEGV: "crashed (SIGSEGV)",
             signal.SIGXFSZ: "file size limit reached (SIGXFSZ)", signal.SIGABRT: "aborted (SIGABRT)"}
    return names.get(-code, f"killed by signal {-code}")

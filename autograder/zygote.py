"""The warm runner, inside: the zygote, the supervisor and the sandboxed child (``python -m autograder.zygote FD``).

The zygote is a clean interpreter started by ``runner.WarmRunner``: it never sees the gradebook or a
notebook. It imports the course's libraries once (BLAS pinned to one thread by its environment),
prepares the cell executor (``cellexec.prepare``), and then forks a *supervisor* per request. The
supervisor enters new namespaces and forks the *child*, PID 1 of its own PID namespace, which builds
its root file system, drops its privileges, applies the limits and serves cells
(``cellexec.serve``). The supervisor forwards the grader's interrupts and reports how the child ended.
"""

from __future__ import annotations

import json
import os
import select
import signal
import socket
import sys
import time

from .runner import THREAD_VARS, Channel, FrameTooLarge, send_frame
from .sandbox import BASE_UID, Limits

WARM_MODULES = ("numpy", "pandas", "sklearn", "sklearn.linear_model", "sklearn.model_selection", "sklearn.metrics",
                "sklearn.tree", "sklearn.neighbors", "sklearn.preprocessing", "sklearn.cluster",
                "sklearn.ensemble", "sklearn.datasets", "matplotlib", "matplotlib.pyplot", "numpy.testing",
                "pandas.testing", "unittest", "autograder.practice", "ipywidgets")


def _warm_up(preload: list[str] = ()):
    """Import the course's libraries (and ``preload``) once; return the executor every child inherits."""
    import importlib
    import io
    import warnings

    for name in (*WARM_MODULES, *preload):
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - an optional library missing only costs speed
            pass
    from IPython.core.interactiveshell import InteractiveShell

    shell = InteractiveShell.instance(history_length=0, colors="NoColor")
    shell.history_manager.enabled = False
    try:
        shell.enable_matplotlib("inline")
    except Exception:  # noqa: BLE001
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            import pandas as pd
            frame = pd.read_csv(io.StringIO("a,b\n1,2\n3,4\n5,6\n7,8"))
            frame.describe()
            frame.groupby("a").mean()
            from sklearn.linear_model import LinearRegression, LogisticRegression
            from sklearn.model_selection import train_test_split
            from sklearn.tree import DecisionTreeClassifier
            train_test_split(frame, test_size=0.5, random_state=0)
            LinearRegression().fit(frame[["a"]], frame["b"])
            LogisticRegression().fit(frame[["a"]], [0, 1, 0, 1])
            DecisionTreeClassifier().fit(frame[["a"]], [0, 1, 0, 1])
            import matplotlib.pyplot as plt
            figure = plt.figure()
            plt.plot([1, 2], [3, 4])
            figure.savefig(io.BytesIO(), format="png")
            plt.close("all")
        except Exception:  # noqa: BLE001
            pass
    from . import cellexec

    executor = cellexec.prepare(shell)
    import gc
    gc.collect()
    gc.freeze()
    return executor


def _child(request: dict, job_fd: int, executor) -> None:
    """The sandboxed child: enter the sandbox, then run cells until told to stop."""
    from . import sandbox

    limits = Limits(**request["limits"])
    level = request["level"]
    uid, gid = int(request["uid"]), int(request["gid"])
    try:
        sandbox.die_with_parent()
        devnull = os.open("/dev/null", os.O_RDWR)
        for fd in (0, 1, 2):
            os.dup2(devnull, fd)
        os.close(devnull)
        os.closerange(3, job_fd)
        os.closerange(job_fd + 1, 65536)
        if level == "rlimits":
            os.setsid()
            if sandbox.rlimits_drops_uid():
                for dirpath, dirnames, filenames in os.walk(request["workdir"]):
                    for name in [dirpath] + [os.path.join(dirpath, n) for n in dirnames + filenames]:
                        os.lchown(name, uid, gid)
            os.chdir(request["workdir"])
            home = request["workdir"]
        else:
            owner = (0, 0) if level == "userns" else (uid, gid)  # inside a user namespace only 0 is mapped
            sandbox.build_root(request["rootdir"], request["workdir"], uid=owner[0], gid=owner[1],
                               disk_bytes=limits.disk_bytes, code_paths=request["code_paths"],
                               hidden=request["hidden"])
            os.chdir("/home/student")
            home = "/home/student"
        sandbox.drop_privileges(level, uid, gid)
        base = 0 if level == "namespaces+uid" or (level == "rlimits" and os.geteuid() != uid) else \
            sandbox.count_processes(os.getuid())
        sandbox.apply_limits(limits, nproc_base=base)
    except BaseException as error:  # noqa: B902 - the grader reports "could not start" with the reason
        try:
            send_frame(socket.socket(fileno=job_fd), {"type": "error", "detail": f"{type(error).__name__}: {error}"})
        finally:
            os._exit(70)
    os.environ.clear()
    os.environ.update({"HOME": home, "TMPDIR": "/tmp" if level != "rlimits" else home, "LANG": "C.UTF-8",
                       "PATH": "/usr/local/bin:/usr/bin:/bin", "MPLBACKEND": "Agg", "USER": "student",
                       "NBGRADER_EXECUTION": "autograde", **{name: "1" for name in THREAD_VARS}})
    sys.path[:] = [""] + [p for p in sys.path if p not in ("", os.getcwd())]
    sock = socket.socket(fileno=job_fd)
    # a process the notebook forks must not speak for it: close the channel in every child
    os.register_at_fork(after_in_child=sock.close)
    kill_strays = os.getpid() == 1 or (level == "rlimits" and os.getuid() >= BASE_UID)
    try:
        executor.serve(executor, sock, text_bytes=limits.text_output_bytes, rich_bytes=limits.rich_output_bytes,
                       kill_strays=kill_strays)
    except BaseException:  # noqa: B902
        os._exit(71)
    os._exit(0)


def _supervise(request: dict, job_fd: int, status_fd: int, executor) -> None:
    """The supervisor: namespaces, fork the child, forward interrupts, report how the child ended."""
    from . import sandbox

    status = socket.socket(fileno=status_fd)
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    try:
        sandbox.enter_namespaces(request["level"])
    except OSError as error:
        send_frame(status, {"type": "error", "detail": f"namespaces: {error}"})
        os._exit(1)
    pid = os.fork()
    if pid == 0:
        status.close()
        _child(request, job_fd, executor)
        os._exit(0)
    os.close(job_fd)
    kill_group = request["level"] == "rlimits"
    pidfd = os.pidfd_open(pid)
    channel = Channel(status, 1 << 16)
    deadline = time.monotonic() + float(request["limits"]["notebook_timeout"]) + 120.0

    def stop(sig: int) -> None:
        try:
            os.killpg(pid, sig) if kill_group else os.kill(pid, sig)
        except OSError:
            pass

    while True:
        ready, _, _ = select.select([status, pidfd], [], [], max(0.0, deadline - time.monotonic()))
        if pidfd in ready:
            _, code = os.waitpid(pid, 0)
            if kill_group:
                stop(signal.SIGKILL)
                _kill_uid(request)
            try:
                send_frame(status, {"type": "exit", "code": os.waitstatus_to_exitcode(code)})
            except OSError:
                pass
            os._exit(0)
        if not ready:
            stop(signal.SIGKILL)
            continue
        try:
            message = channel.recv(time.monotonic())
        except (EOFError, FrameTooLarge, OSError):
            message = {"type": "kill"}
        if message is None:
            continue
        stop(signal.SIGINT if message.get("type") == "interrupt" else signal.SIGKILL)


def _kill_uid(request: dict) -> None:
    """At the rlimits level as root: end every process of the sandbox's uid (setsid cannot escape this)."""
    if os.geteuid() != 0:
        return
    pid = os.fork()
    if pid == 0:
        try:
            os.setresuid(int(request["uid"]), int(request["uid"]), int(request["uid"]))
            os.kill(-1, signal.SIGKILL)
        finally:
            os._exit(0)
    os.waitpid(pid, 0)


def zygote_main(control_fd: int, preload: list[str] = ()) -> None:
    """Warm up, say ``ready``, then fork a supervisor per request until the grader goes away."""
    from . import sandbox

    sandbox.die_with_parent()
    control = socket.socket(fileno=control_fd)
    executor = _warm_up(preload)
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)
    control.sendall(b"ready")
    while True:
        try:
            data, fds, _, _ = socket.recv_fds(control, 1 << 20, 2)
        except OSError:
            break
        if not data:
            break
        try:
            request = json.loads(data)
        except ValueError:
            request = None
        if request is None or len(fds) != 2:
            for fd in fds:
                os.close(fd)
            continue
        pid = os.fork()
        if pid == 0:
            control.close()
            try:
                _supervise(request, fds[0], fds[1], executor)
            finally:
                os._exit(0)
        for fd in fds:
            os.close(fd)


if __name__ == "__main__":
    zygote_main(int(sys.argv[1]), json.loads(sys.argv[2]) if len(sys.argv) > 2 else [])

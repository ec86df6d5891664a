"""Operating-system isolation for student code: which level this machine offers, and how to enter it.

Three levels, strongest first; ``detect_level()`` picks the best one that works here and
``isolation_report()`` says what it blocks (``ai-noord doctor`` prints it):

``namespaces+uid``
    As root: new mount, network, IPC, UTS and PID namespaces (``unshare`` through ``ctypes``; Python
    3.11 has no ``os.unshare``). The child sees a fresh root built from read-only binds of the system
    and Python folders plus a size-limited tmpfs for its throw-away work folder and ``/tmp``; the course
    folder, the gradebook, other students and the grader's scratch space are not on its file system.
    No network interface is up. It runs as an unprivileged uid of its own (one per worker slot), with
    ``no_new_privs``; when its process ends, the kernel ends every process it started.
``userns``
    Not root, but the kernel allows user namespaces: the same namespaces inside a user namespace; the
    child keeps the instructor's uid outside but has no capabilities and sees only the new root.
``rlimits``
    Nothing else works: a separate process, a temporary work folder, resource limits, a process group,
    and (as root) an unprivileged uid. Files readable by that uid remain readable: keep the course
    folder private (mode 700) on such a machine.

Every level applies the resource limits in ``Limits``. This module is imported by the warm runner's
children, so it imports nothing heavy.
"""

from __future__ import annotations

import ctypes
import errno
import os
import platform
import resource
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass

LEVELS = ("namespaces+uid", "userns", "rlimits")

CLONE_NEWNS = 0x00020000
CLONE_NEWUTS = 0x04000000
CLONE_NEWIPC = 0x08000000
CLONE_NEWUSER = 0x10000000
CLONE_NEWPID = 0x20000000
CLONE_NEWNET = 0x40000000
MS_RDONLY, MS_NOSUID, MS_NODEV, MS_REMOUNT, MS_BIND, MS_REC, MS_PRIVATE = 1, 2, 4, 32, 4096, 16384, 1 << 18
MNT_DETACH = 2
PR_SET_PDEATHSIG, PR_SET_NO_NEW_PRIVS = 1, 38
SYS_PIVOT_ROOT = {"x86_64": 155, "aarch64": 41}

BASE_UID = 61000
"""Sandboxed code runs as uid ``BASE_UID + slot`` (root level): one uid per worker, none in /etc/passwd."""

WHAT_IT_BLOCKS = {
    "namespaces+uid": "own uid, no network, private /tmp, course folder and other students not visible, "
                      "all processes killed with the notebook, resource limits",
    "userns": "no network, private /tmp, course folder and other students not visible, all processes "
              "killed with the notebook, resource limits (runs under your uid outside the namespace)",
    "rlimits": "resource limits and a separate process only (as root: its own uid when Python is readable "
               "by others): student code can read what that uid can read and can use the network; keep the "
               "course folder private",
}


@dataclass(frozen=True)
class Limits:
    """Resource limits for one notebook run. Sizes in bytes, times in seconds."""

    cell_timeout: float = 30.0
    notebook_timeout: float = 300.0
    cpu_seconds: int = 300
    memory_bytes: int = 1536 * 2**20
    processes: int = 64
    file_bytes: int = 64 * 2**20
    disk_bytes: int = 128 * 2**20
    text_output_bytes: int = 256 * 2**10
    rich_output_bytes: int = 2**20
    interrupt_grace: float = 3.0

    def to_dict(self) -> dict:
        return asdict(self)


def _libc():
    return ctypes.CDLL(None, use_errno=True)


def _check(result: int, what: str) -> None:
    if result != 0:
        err = ctypes.get_errno()
        raise OSError(err, f"{what}: {os.strerror(err)}")


def unshare(flags: int) -> None:
    """``unshare(2)``."""
    _check(_libc().unshare(ctypes.c_int(flags)), "unshare")


def mount(source: str | None, target: str, fstype: str | None, flags: int = 0, data: str | None = None) -> None:
    """``mount(2)``."""
    enc = lambda s: s.encode() if s is not None else None  # noqa: E731
    _check(_libc().mount(enc(source), enc(target), enc(fstype), ctypes.c_ulong(flags), enc(data)),
           f"mount {target}")


def _prctl(option: int, value: int) -> None:
    _check(_libc().prctl(ctypes.c_int(option), ctypes.c_ulong(value), ctypes.c_ulong(0),
                         ctypes.c_ulong(0), ctypes.c_ulong(0)), "prctl")


def die_with_parent() -> None:
    """Ask the kernel to SIGKILL this process when its parent ends."""
    _prctl(PR_SET_PDEATHSIG, 9)


# -- detection -----------------------------------------------------------------------------------


def _probe(flags: int, user: bool) -> bool:
    """Try ``unshare(flags)`` and a tmpfs mount in a throw-away child process."""
    import tempfile

    target = tempfile.mkdtemp(prefix="ai-noord-probe-")
    try:
        pid = os.fork()
        if pid == 0:  # pragma: no cover - child
            try:
                uid, gid = os.geteuid(), os.getegid()
                unshare(flags)
                if user:
                    _write_id_maps(uid, gid)
                mount("tmpfs", target, "tmpfs", 0, "size=1m")
                os._exit(0)
            except BaseException:
                os._exit(1)
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status) == 0
    finally:
        os.rmdir(target)


NAMESPACES = CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWUTS | CLONE_NEWPID


def available_levels() -> list[str]:
    """Every isolation level that works on this machine, strongest first."""
    levels = []
    if platform.system() == "Linux" and platform.machine() in SYS_PIVOT_ROOT:
        if os.geteuid() == 0 and _probe(CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWIPC | CLONE_NEWPID, False):
            levels.append("namespaces+uid")
        if _probe(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET, True):
            levels.append("userns")
    levels.append("rlimits")
    return levels


def detect_level() -> str:
    """The strongest isolation level that works here."""
    return available_levels()[0]


def resolve_level(requested: str | None) -> str:
    """``requested`` if it works here (``None``/``"auto"``: the strongest); ValueError otherwise."""
    levels = available_levels()
    if requested in (None, "auto"):
        return levels[0]
    if requested not in LEVELS:
        raise ValueError(f"unknown isolation level {requested!r}; choose one of {', '.join(LEVELS)}")
    if requested not in levels:
        raise ValueError(f"isolation level {requested!r} is not available here (available: {', '.join(levels)})")
    return requested


def isolation_report() -> dict:
    """What ``ai-noord doctor`` shows: the level in force, the others available, and what it blocks."""
    levels = available_levels()
    blocks = WHAT_IT_BLOCKS[levels[0]]
    if levels[0] == "rlimits" and os.geteuid() == 0 and not rlimits_drops_uid():
        blocks += ("; WARNING: Python is not readable by other users here, so student code would run as root: "
                   "grade untrusted work on a machine with user namespaces")
    return {"level": levels[0], "available": levels, "blocks": blocks,
            "bubblewrap": shutil.which("bwrap") is not None}


# -- entering a level (called in the runner's children) -----------------------------------------


def _write_id_maps(uid: int, gid: int, inner: int = 0) -> None:
    with open("/proc/self/setgroups", "w") as f:
        f.write("deny")
    with open("/proc/self/uid_map", "w") as f:
        f.write(f"{inner} {uid} 1")
    with open("/proc/self/gid_map", "w") as f:
        f.write(f"{inner} {gid} 1")


def enter_namespaces(level: str) -> None:
    """In the supervisor process: new namespaces; its next child is PID 1 of the new PID namespace."""
    if level == "namespaces+uid":
        unshare(NAMESPACES)
    elif level == "userns":
        uid, gid = os.geteuid(), os.getegid()
        unshare(CLONE_NEWUSER | NAMESPACES)
        _write_id_maps(uid, gid)


def _bind(source: str, root: str, *, writable: bool = False) -> None:
    target = root + source
    if os.path.islink(source):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if not os.path.lexists(target):
            os.symlink(os.readlink(source), target)
        return
    if os.path.isdir(source):
        os.makedirs(target, exist_ok=True)
    elif os.path.exists(source):
        os.makedirs(os.path.dirname(target), exist_ok=True)
        if not os.path.exists(target):
            open(target, "w").close()
    else:
        return
    mount(source, target, None, MS_BIND | MS_REC)
    if not writable:
        # a user namespace may not clear flags the original mount has (nodev, noexec, atime): keep them
        kept = os.statvfs(target).f_flag & (MS_NODEV | 8 | 1024 | 2048 | 4096)
        mount(None, target, None, MS_REMOUNT | MS_BIND | MS_RDONLY | MS_NOSUID | kept)


def _system_paths(code_paths: list[str]) -> list[str]:
    paths = ["/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32", "/etc"]
    paths += [sys.base_prefix, sys.prefix, sys.exec_prefix] + list(code_paths)
    out: list[str] = []
    for path in paths:
        path = os.path.realpath(path) if not os.path.islink(path) else path
        if path and path != "/" and path not in out and os.path.lexists(path):
            out.append(path)
    # a folder inside another one is bound with it
    return [p for p in out if not any(p != q and p.startswith(q.rstrip("/") + "/") for q in out)]


def build_root(root: str, workdir_src: str, *, uid: int, gid: int, disk_bytes: int,
               code_paths: list[str], hidden: list[str]) -> None:
    """Make ``root`` a new, mostly read-only root file system and ``pivot_root`` into it.

    ``/home/student`` gets a copy of ``workdir_src``; ``hidden`` paths (the course folder, the grader's
    scratch folder) are covered by an empty tmpfs if they lie inside a bound folder.
    """
    mount(None, "/", None, MS_REC | MS_PRIVATE)
    mount("tmpfs", root, "tmpfs", MS_NOSUID | MS_NODEV, f"size={max(disk_bytes, 2**20)},mode=0755")
    bound = _system_paths(code_paths)
    for path in bound:
        _bind(path, root)
    for path in hidden:
        path = os.path.realpath(path)
        inside = any(path.startswith(b.rstrip("/") + "/") for b in bound)
        if inside and os.path.isdir(root + path):
            mount("tmpfs", root + path, "tmpfs", MS_RDONLY | MS_NOSUID | MS_NODEV, "size=4k,mode=0555")
    os.makedirs(root + "/dev", exist_ok=True)
    for dev in ("null", "zero", "random", "urandom"):
        _bind(f"/dev/{dev}", root, writable=True)
    for folder, mode in (("/dev/shm", 0o1777), ("/tmp", 0o1777), ("/home/student", 0o755), ("/proc", 0o555)):
        os.makedirs(root + folder, exist_ok=True)
        os.chmod(root + folder, mode)
    mount("proc", root + "/proc", "proc", MS_NOSUID | MS_NODEV)
    work = root + "/home/student"
    shutil.copytree(workdir_src, work, dirs_exist_ok=True)
    for dirpath, dirnames, filenames in os.walk(work):
        for name in [dirpath] + [os.path.join(dirpath, n) for n in dirnames + filenames]:
            os.lchown(name, uid, gid)
    os.makedirs(root + "/.oldroot", exist_ok=True)
    libc = _libc()
    _check(libc.syscall(ctypes.c_long(SYS_PIVOT_ROOT[platform.machine()]), root.encode(),
                        (root + "/.oldroot").encode()), "pivot_root")
    os.chdir("/")
    _check(libc.umount2(b"/.oldroot", ctypes.c_int(MNT_DETACH)), "umount old root")
    os.rmdir("/.oldroot")


def others_can_use(path: str) -> bool:
    """Whether a user with no relation to ``path`` can reach and read it (o+x on every folder, o+r on it)."""
    parts = os.path.realpath(path).split("/")
    for depth in range(1, len(parts) + 1):
        folder = "/".join(parts[:depth]) or "/"
        try:
            mode = os.stat(folder).st_mode
        except OSError:
            return False
        if not mode & 0o001 or (depth == len(parts) and not mode & 0o004):
            return False
    return True


def rlimits_drops_uid() -> bool:
    """At the rlimits level as root: switch uid only if that uid can still read the Python installation."""
    return os.geteuid() == 0 and all(others_can_use(p) for p in {sys.base_prefix, sys.prefix})


def drop_privileges(level: str, uid: int, gid: int) -> None:
    """Become ``uid``/``gid`` (root level) or give up every capability (user namespace)."""
    if level == "namespaces+uid" or (level == "rlimits" and rlimits_drops_uid()):
        os.setgroups([])
        os.setresgid(gid, gid, gid)
        os.setresuid(uid, uid, uid)
    elif level == "userns":
        # a nested user namespace in which we are an ordinary user: no capabilities over our mounts
        unshare(CLONE_NEWUSER)
        _write_id_maps(0, 0, inner=1000)
    _prctl(PR_SET_NO_NEW_PRIVS, 1)


def apply_limits(limits: Limits, *, nproc_base: int = 0) -> None:
    """Set the ``setrlimit`` limits: CPU, address space, processes, file size, open files, core."""
    def vm_size() -> int:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmSize:"):
                    return int(line.split()[1]) * 1024
        return 0

    memory = vm_size() + limits.memory_bytes
    cpu = max(1, int(limits.cpu_seconds))
    for name, value in (("RLIMIT_CPU", (cpu, cpu + 2)), ("RLIMIT_AS", (memory, memory)),
                        ("RLIMIT_NPROC", (nproc_base + limits.processes,) * 2),
                        ("RLIMIT_FSIZE", (limits.file_bytes,) * 2), ("RLIMIT_NOFILE", (256, 256)),
                        ("RLIMIT_CORE", (0, 0))):
        try:
            resource.setrlimit(getattr(resource, name), value)
        except (ValueError, OSError):
            pass


def count_processes(uid: int) -> int:
    """How many processes ``uid`` runs now (RLIMIT_NPROC counts them all)."""
    count = 0
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                if os.stat(f"/proc/{entry}").st_uid == uid:
                    count += 1
            except OSError:
                continue
    return count


def bubblewrap_available() -> bool:
    """Whether ``bwrap`` is installed (not needed: the namespaces are set up directly)."""
    try:
        return subprocess.run(["bwrap", "--version"], capture_output=True).returncode == 0
    except OSError as error:
        return error.errno != errno.ENOENT and False

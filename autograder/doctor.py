"""``ai-noord doctor``: is this machine ready to build, teach and grade the course?"""

from __future__ import annotations

import shutil
import sys
from dataclasses import dataclass
from importlib import metadata

from . import nbgrader_bridge
from .course import load_course
from .errors import AiNoordError

# (distribution, lowest version known to work with the rest)
REQUIRED = (
    ("nbgrader", "0.9.6"),
    ("jupyterlab", "4.1"),
    ("ipykernel", "6.29"),
    ("ipywidgets", "8.1"),
    ("pandas", "2.1"),
    ("scikit-learn", "1.4"),
    ("matplotlib", "3.8"),
)


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _version_tuple(text: str) -> tuple[int, ...]:
    parts = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
    return tuple(parts)


def _package(name: str, minimum: str) -> Check:
    try:
        version = metadata.version(name)
    except metadata.PackageNotFoundError:
        return Check(name, False, f"not installed (need >= {minimum}); run pip install -e .")
    ok = _version_tuple(version) >= _version_tuple(minimum)
    return Check(name, ok, version if ok else f"{version} is older than {minimum}")


def _kernel() -> Check:
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    try:
        spec = KernelSpecManager().get_kernel_spec("python3")
    except NoSuchKernel:
        return Check("python3 kernel", False, "missing; run python -m ipykernel install --sys-prefix")
    return Check("python3 kernel", True, spec.argv[0])


def _alembic() -> Check:
    nbgrader_bridge.ensure_tool_path()
    path = shutil.which("alembic")
    return Check("alembic on PATH", bool(path), path or "missing; nbgrader cannot create a gradebook")


def _course() -> Check:
    try:
        course = load_course()
    except AiNoordError as error:
        return Check("course", False, str(error))
    missing = [a.id for a in course.assignments for name in a.data if not (course.data_dir / name).is_file()]
    if missing:
        return Check("course", False, f"data missing for {', '.join(missing)}; run python datasets/generate.py")
    return Check("course", True, f"{len(course.modules)} modules, {len(course.lessons)} lessons at {course.root}")


def _sandbox() -> Check:
    from .sandbox import isolation_report

    report = isolation_report()
    weak = report["level"] == "rlimits"
    detail = f"{report['level']}: {report['blocks']}"
    if weak:
        detail += " (no namespaces here: student code could read files the grader can read; grade as root or enable user namespaces)"
    return Check("grading isolation", True, detail)


def run_checks() -> list[Check]:
    """Every readiness check, in the order a person would fix them."""
    python_ok = sys.version_info >= (3, 10)
    checks = [Check("python", python_ok, sys.version.split()[0] + ("" if python_ok else " (need 3.10+)"))]
    checks += [_package(name, minimum) for name, minimum in REQUIRED]
    checks += [_kernel(), _alembic(), _course(), _sandbox()]
    return checks


def report(checks: list[Check]) -> str:
    width = max(len(check.name) for check in checks)
    return "\n".join(f"{'ok ' if c.ok else 'NO '} {c.name.ljust(width)}  {c.detail}" for c in checks)

"""How fast is ``ai-noord grade`` next to plain ``nbgrader autograde``, and next to the code itself?

Builds the course's ``ai_basics`` assignment in a temporary course folder, generates a class of
submissions (honest, partial and broken, each one different), and measures in the same run:

* plain ``nbgrader autograde`` (one kernel per notebook, serial), on all submissions or on a sample
  (``--plain-sample N``: the output says so);
* ``grade_assignment`` with ``--workers`` workers (sandboxed, warm runner), on all submissions;
* the *warm floor*: the same student code (the sanitized notebooks' code cells) executed in this
  already-warm interpreter, without sandbox, fork or gradebook.

It checks that both graders give the same score to every submission they both graded, and prints
seconds per submission and the ratios. Usage::

    .venv/bin/python benchmarks/grade_speed.py                      # 200 submissions, plain on all
    .venv/bin/python benchmarks/grade_speed.py --plain-sample 40    # plain nbgrader on 40 of them
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

import nbformat

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from autograder import nbgrader_bridge  # noqa: E402
from autograder.build import build_course  # noqa: E402
from autograder.grade import grade_assignment  # noqa: E402

ASSIGNMENT = "ai_basics"


def make_class(course: Path, count: int, seed: int) -> dict:
    """``count`` submissions: 60% honest, 25% partial (some answers left as released), 15% broken."""
    source = next((course / "source" / ASSIGNMENT).glob("*.ipynb"))
    solution = nbformat.read(source, as_version=4)
    release = nbformat.read(course / "release" / ASSIGNMENT / source.name, as_version=4)
    answers = [i for i, c in enumerate(release.cells)
               if c.get("metadata", {}).get("nbgrader", {}).get("solution") and c.cell_type == "code"]
    rng = random.Random(seed)
    kinds = {}
    for number in range(count):
        roll = rng.random()
        kind = "honest" if roll < 0.6 else "partial" if roll < 0.85 else "broken"
        nb = nbformat.from_dict(release)
        for index in answers:
            keep_stub = kind == "partial" and rng.random() < 0.5
            nb.cells[index].source = release.cells[index].source if keep_stub else solution.cells[index].source
        if kind == "broken":
            index = rng.choice(answers)
            nb.cells[index].source = rng.choice([
                solution.cells[index].source + "\nraise RuntimeError('oops')",
                solution.cells[index].source.replace("return", "retur n", 1),
                "import pandas as pd\npd.read_csv('missing.csv')\n" + solution.cells[index].source])
        nb.cells[answers[0]].source += f"\n# student {number}"
        student = f"student{number:03d}"
        folder = course / "submitted" / student / ASSIGNMENT
        folder.mkdir(parents=True)
        nbformat.write(nb, folder / source.name)
        kinds[student] = kind
    return kinds


def plain_nbgrader(course: Path) -> float:
    """Wall seconds of one ``nbgrader autograde ASSIGNMENT`` over the whole course folder."""
    env = dict(os.environ, PATH=f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}")
    start = time.perf_counter()
    subprocess.run([str(Path(sys.executable).parent / "nbgrader"), "autograde", ASSIGNMENT, "--force"],
                   cwd=str(course), env=env, check=False, capture_output=True)
    return time.perf_counter() - start


def warm_floor(course: Path, students: list[str]) -> float:
    """Seconds per submission to run the sanitized code cells in this warm interpreter (best of two)."""
    session = nbgrader_bridge.GradingSession(course, ASSIGNMENT)
    notebook = session.notebooks[0]
    programs = []
    for student in students:
        nb = nbformat.read(session.path("submitted", student) / f"{notebook}.ipynb", as_version=4)
        nb = session.sanitize(nb, student, notebook)
        programs.append([c.source for c in nb.cells if c.cell_type == "code"])
    workdir = Path(tempfile.mkdtemp(prefix="ai-noord-floor-"))
    for path in session.path("source").iterdir():
        if path.suffix != ".ipynb":
            shutil.copy(path, workdir)
    here = os.getcwd()
    os.chdir(workdir)
    try:
        def run_all() -> float:
            start = time.perf_counter()
            for cells in programs:
                namespace = {"__name__": "__main__"}
                with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                    for source in cells:
                        try:
                            exec(compile(source, "<cell>", "exec"), namespace)
                        except Exception:  # noqa: BLE001 - broken submissions fail here too
                            pass
            return time.perf_counter() - start

        run_all()  # warm up: lazy imports
        return min(run_all(), run_all()) / len(programs)
    finally:
        os.chdir(here)
        shutil.rmtree(workdir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--submissions", type=int, default=200)
    parser.add_argument("--plain-sample", type=int, default=None,
                        help="grade only this many submissions with plain nbgrader (default: all)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--keep", type=Path, default=None, help="build the course here and keep it")
    args = parser.parse_args(argv)
    nbgrader_bridge.ensure_tool_path()
    warnings.simplefilter("ignore")

    base = args.keep or Path(tempfile.mkdtemp(prefix="ai-noord-bench-"))
    base.mkdir(parents=True, exist_ok=True)
    course = base / "course"
    print(f"building {ASSIGNMENT} and {args.submissions} submissions in {course}", file=sys.stderr)
    build_course(course, lang="en", assignments=[ASSIGNMENT])
    kinds = make_class(course, args.submissions, args.seed)
    students = sorted(kinds)

    sample = students if args.plain_sample is None else sorted(random.Random(args.seed).sample(
        students, min(args.plain_sample, len(students))))
    plain = base / "plain"
    shutil.copytree(course, plain, ignore=shutil.ignore_patterns("submitted"))
    for student in sample:
        shutil.copytree(course / "submitted" / student, plain / "submitted" / student)
    print(f"plain nbgrader autograde on {len(sample)} submissions...", file=sys.stderr)
    plain_seconds = plain_nbgrader(plain)

    print(f"ai-noord grade on {len(students)} submissions with {args.workers} workers...", file=sys.stderr)
    start = time.perf_counter()
    summary = grade_assignment(course, ASSIGNMENT, workers=args.workers, progress=True)
    engine_seconds = time.perf_counter() - start

    print("warm floor...", file=sys.stderr)
    floor = warm_floor(course, students)

    plain_scores = {r["student"]: r["score"] for r in nbgrader_bridge.submission_scores(plain, ASSIGNMENT)}
    engine_scores = {r.student: r.score for r in summary.results}
    mismatches = [s for s in sample if plain_scores.get(s) != engine_scores.get(s)]

    per_plain = plain_seconds / len(sample)
    per_engine = engine_seconds / len(students)
    counts = {kind: sum(1 for k in kinds.values() if k == kind) for kind in ("honest", "partial", "broken")}
    print()
    print(f"class: {len(students)} submissions of {ASSIGNMENT} ({counts['honest']} honest, {counts['partial']} "
          f"partial, {counts['broken']} broken); {os.cpu_count()} CPUs; isolation {summary.isolation}")
    if len(sample) < len(students):
        print(f"plain nbgrader was run on a random sample of {len(sample)} submissions (--plain-sample)")
    print(f"{'':34}{'s/submission':>14}{'total s':>10}{'graded':>8}")
    print(f"{'plain nbgrader autograde (serial)':34}{per_plain:14.3f}{plain_seconds:10.1f}{len(sample):8d}")
    print(f"{f'ai-noord grade ({args.workers} workers)':34}{per_engine:14.3f}{engine_seconds:10.1f}"
          f"{len(students):8d}")
    print(f"{'warm floor (same code, in-process)':34}{floor:14.3f}{floor * len(students):10.1f}{len(students):8d}")
    print(f"speed-up over plain nbgrader: {per_plain / per_engine:.1f}x")
    print(f"ai-noord grade per submission vs warm floor: {per_engine / floor:.1f}x wall "
          f"({per_engine * args.workers / floor:.1f}x per worker)")
    print(f"outcomes: {summary.graded} graded, {summary.flagged} flagged, {summary.failed} failed")
    print(f"same scores on all {len(sample)} submissions graded by both: {'yes' if not mismatches else 'NO'}")
    for student in mismatches[:10]:
        print(f"  {student} ({kinds[student]}): plain {plain_scores.get(student)} vs ai-noord "
              f"{engine_scores.get(student)}")
    if args.keep is None:
        shutil.rmtree(base, ignore_errors=True)
    return 1 if mismatches else 0


if __name__ == "__main__":
    sys.exit(main())

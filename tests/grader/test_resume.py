"""Kill-and-resume: a grading run killed with SIGKILL and started again ends with the same gradebook.

A class of 12 submissions is graded once without interruption (the reference), and once in a
subprocess that is killed with SIGKILL after a few submissions are recorded; the warm runner must die
with it. Running ``grade_assignment`` again finishes the job: nothing graded twice, nothing lost.
"""

from __future__ import annotations

import copy
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import nbformat
import pytest
from nbformat.v4 import new_code_cell

import ps1
from autograder.grade import LEDGER, grade_assignment

pytestmark = pytest.mark.grader

ROOT = Path(__file__).resolve().parents[2]


def _class(course: Path) -> list[str]:
    """12 students; each notebook sleeps 0.4 s so that the run can be killed half-way."""
    students = []
    for number in range(12):
        name = ("honest", "partial", "blank")[number % 3]
        nb = nbformat.read(ps1.FIXTURES / f"{name}.ipynb", as_version=4)
        nb = copy.deepcopy(nb)
        nb.cells.insert(2, new_code_cell("import time\ntime.sleep(0.4)", id="slow"))
        student = f"s{number:02d}-{name}"
        ps1.submit(course, student, nb)
        students.append(student)
    return students


def _runner_children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()
                cmdline = Path(f"/proc/{entry}/cmdline").read_bytes()
            except OSError:
                continue
            if int(stat[1]) == pid and b"autograder.zygote" in cmdline:
                found.append(int(entry))
    return found


def test_killed_run_resumes_to_the_same_gradebook(ps1_course, tmp_path):
    """SIGKILL mid-run, run again: the gradebook equals that of an uninterrupted run; no process is left."""
    students = _class(ps1_course)
    reference = tmp_path / "reference"
    shutil.copytree(ps1_course, reference)
    grade_assignment(reference, ps1.ASSIGNMENT, workers=2, progress=False)
    expected = ps1.gradebook_rows(reference)

    code = (f"from autograder.grade import grade_assignment; "
            f"grade_assignment({str(ps1_course)!r}, 'ps1', workers=2, progress=False)")
    process = subprocess.Popen([sys.executable, "-c", code], cwd=str(ROOT))
    ledger = ps1_course / LEDGER / ps1.ASSIGNMENT
    deadline = time.monotonic() + 120
    zygotes: list[int] = []
    while time.monotonic() < deadline and len(list(ledger.glob("*.json"))) < 4:
        zygotes = zygotes or _runner_children(process.pid)
        time.sleep(0.05)
    recorded = len(list(ledger.glob("*.json")))
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert 4 <= recorded < len(students), "the run should be killed half-way"
    assert zygotes, "the grader should have started a warm runner"
    for _ in range(100):
        if not any(Path(f"/proc/{pid}").exists() for pid in zygotes):
            break
        time.sleep(0.05)
    assert not any(Path(f"/proc/{pid}").exists() for pid in zygotes), "the warm runner outlived the grader"

    left = [p for p in Path(tempfile.gettempdir()).glob("ai-noord-grade-*")
            if (p / "grader.pid").is_file() and (p / "grader.pid").read_text() == str(process.pid)]
    assert left, "the killed run leaves its scratch folder behind"
    summary = grade_assignment(ps1_course, ps1.ASSIGNMENT, workers=2, progress=False)
    assert not any(p.exists() for p in left), "the next run removes it"
    assert sum(r.resumed for r in summary.results) >= recorded
    assert [r.outcome for r in summary.results] == ["graded"] * len(students)
    assert ps1.gradebook_rows(ps1_course) == expected
    for student in students:
        assert (ps1_course / "autograded" / student / "ps1" / "ps1.ipynb").is_file()


def test_second_run_skips_and_force_regrades(ps1_course):
    """A finished run is not repeated; ``force=True`` grades again and changes nothing in the gradebook."""
    for student in ("a", "b"):
        ps1.submit(ps1_course, student, ps1.FIXTURES / "honest.ipynb")
    first = grade_assignment(ps1_course, ps1.ASSIGNMENT, progress=False)
    rows = ps1.gradebook_rows(ps1_course)
    again = grade_assignment(ps1_course, ps1.ASSIGNMENT, progress=False)
    assert [r.resumed for r in again.results] == [True, True]
    assert [(r.outcome, r.score) for r in again.results] == [(r.outcome, r.score) for r in first.results]
    forced = grade_assignment(ps1_course, ps1.ASSIGNMENT, force=True, progress=False)
    assert [r.resumed for r in forced.results] == [False, False]
    assert ps1.gradebook_rows(ps1_course) == rows


def test_changed_submission_is_graded_again(ps1_course):
    """A student who hands in again (different files) is regraded on the next run."""
    path = ps1.submit(ps1_course, "c", ps1.FIXTURES / "partial.ipynb")
    assert grade_assignment(ps1_course, ps1.ASSIGNMENT, progress=False).results[0].score == 4.0
    shutil.copyfile(ps1.FIXTURES / "honest.ipynb", path)
    result = grade_assignment(ps1_course, ps1.ASSIGNMENT, progress=False).results[0]
    assert (result.resumed, result.score) == (False, 6.0)

"""Differential tests: on honest submissions, ``grade_assignment`` gives exactly plain nbgrader's scores.

Three assignments are graded twice, in two copies of the same course folder -- once with plain
``nbgrader autograde`` (through ``nbgrader_bridge.autograde_plain``) and once with the engine:

- ``ps1`` (this folder's assignment) with honest, partial, blank and reshaped submissions;
- the notebooks nbgrader ships for its own autograde tests (``fixtures/nbgrader``);
- the course's own ``ai_basics`` assignment, built with ``ai-noord build``: the instructor's solution
  and the untouched release.

The same runs show where plain nbgrader is fooled and the engine is not: an always-equal object, a
patched test helper and a notebook that rewrites the gradebook; and the one deliberate difference: a
warning on stderr in a test cell does not cost points here.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import ps1
from conftest import shared_run
from autograder import nbgrader_bridge
from autograder.grade import grade_assignment

pytestmark = pytest.mark.grader

HERE = Path(__file__).resolve().parent
NBGRADER_FILES = HERE / "fixtures" / "nbgrader"
PS1_HONEST = ["honest", "partial", "blank", "old_nbformat", "edits_locked_cell"]
PS1_FOOLING = ["always_equal_object", "patches_assert_helper", "warns_in_test_cell"]
GRADEBOOK_WRITER = "writes_gradebook_nearby"  # graded last under plain nbgrader: it rewrites every grade
NBGRADER_SUBMISSIONS = {"unchanged": "submitted-unchanged.ipynb", "changed": "submitted-changed.ipynb",
                        "grade-cell-changed": "submitted-grade-cell-changed.ipynb",
                        "locked-cell-changed": "submitted-locked-cell-changed.ipynb",
                        "cheater": "submitted-cheat-attempt.ipynb"}


def _write_config(course: Path) -> None:
    course.mkdir(parents=True, exist_ok=True)
    (course / "nbgrader_config.py").write_text(ps1.CONFIG, encoding="utf-8")


def _nbgrader_course(course: Path) -> None:
    """Assignments ``nbg`` (nbgrader's submitted-* files), ``squares`` (test.ipynb) and ``relative``."""
    _write_config(course)
    for assignment, notebook, extra in (("nbg", "submitted-unchanged.ipynb", None), ("squares", "test.ipynb", None),
                                        ("relative", "open_relative_file.ipynb", "data.txt")):
        folder = course / "source" / assignment
        folder.mkdir(parents=True)
        shutil.copyfile(NBGRADER_FILES / notebook, folder / "p1.ipynb")
        if extra:
            shutil.copyfile(NBGRADER_FILES / extra, folder / extra)
        nbgrader_bridge.generate_assignment(course, assignment, "en")
    for student, notebook in NBGRADER_SUBMISSIONS.items():
        _submit(course, "nbg", student, NBGRADER_FILES / notebook)
    _submit(course, "squares", "honest", NBGRADER_FILES / "test.ipynb")
    _submit(course, "relative", "honest", NBGRADER_FILES / "open_relative_file.ipynb")


def _submit(course: Path, assignment: str, student: str, notebook: Path, name: str = "p1.ipynb") -> None:
    folder = course / "submitted" / student / assignment
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(notebook, folder / name)


def _course_assignment(course: Path) -> str:
    """Build the course's first assignment and submit its solution and its blank release."""
    from autograder.build import build_course

    build_course(course, lang="en", assignments=["ai_basics"])
    source = next((course / "source" / "ai_basics").glob("*.ipynb"))
    _submit(course, "ai_basics", "solution", source, source.name)
    _submit(course, "ai_basics", "blank", course / "release" / "ai_basics" / source.name, source.name)
    return "ai_basics"


def _scores(course: Path, assignment: str) -> dict:
    return {row["student"]: row["score"] for row in nbgrader_bridge.submission_scores(course, assignment)}


def _run_both(folder: Path) -> dict:
    """Build each course once, copy it, grade one copy with plain nbgrader and the other with the engine."""
    builds = {}
    ps1_course = ps1.make_course(folder / "ps1")
    for name in PS1_HONEST + PS1_FOOLING + [GRADEBOOK_WRITER]:
        ps1.submit(ps1_course, name, ps1.FIXTURES / f"{name}.ipynb")
    builds["ps1"] = (ps1_course, ["ps1"])
    _nbgrader_course(folder / "nbgrader")
    builds["nbgrader"] = (folder / "nbgrader", ["nbg", "squares", "relative"])
    builds["course"] = (folder / "course", [_course_assignment(folder / "course")])
    results = {"plain": {}, "engine": {}, "flags": {}, "manual": {}}
    for key, (course, assignments) in builds.items():
        plain = course.with_name(course.name + "-plain")
        shutil.copytree(course, plain)
        for assignment in assignments:
            students = sorted(p.parent.name for p in (plain / "submitted").glob(f"*/{assignment}"))
            for student in [s for s in students if s != GRADEBOOK_WRITER]:
                nbgrader_bridge.autograde_plain(plain, assignment, student)
            results["plain"][f"{key}/{assignment}"] = _scores(plain, assignment)
            if GRADEBOOK_WRITER in students:
                nbgrader_bridge.autograde_plain(plain, assignment, GRADEBOOK_WRITER)
            summary = grade_assignment(course, assignment, workers=2, progress=False)
            results["engine"][f"{key}/{assignment}"] = _scores(course, assignment)
            results["plain"][f"{key}/{assignment}"].pop(GRADEBOOK_WRITER, None)
            results["flags"][f"{key}/{assignment}"] = {r.student: r.outcome for r in summary.results}
            for label, folder_ in (("plain", plain), ("engine", course)):
                rows = ps1.gradebook_rows(folder_, assignment)
                results["manual"][f"{label}/{key}/{assignment}"] = sorted(
                    {s for s, entry in rows.items() if s != "#rows" for v in entry.values()
                     if isinstance(v, tuple) and len(v) == 3 and v[1] is not None})
    return results


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    return shared_run(tmp_path_factory, "differential", _run_both)


def test_ps1_honest_submissions_score_the_same(both):
    """Honest, partial, blank and reshaped ps1 submissions: identical scores, none flagged."""
    plain, engine = both["plain"]["ps1/ps1"], both["engine"]["ps1/ps1"]
    assert {s: engine[s] for s in PS1_HONEST} == {s: plain[s] for s in PS1_HONEST}
    assert [engine[s] for s in ("honest", "partial", "blank")] == [6.0, 4.0, 0.0]
    assert {s: both["flags"]["ps1/ps1"][s] for s in PS1_HONEST} == {s: "graded" for s in PS1_HONEST}


def test_nbgrader_shipped_notebooks_score_the_same(both):
    """nbgrader's own test notebooks: the same scores, except the cheat attempt, which is flagged."""
    for assignment in ("nbgrader/nbg", "nbgrader/squares", "nbgrader/relative"):
        plain, engine = dict(both["plain"][assignment]), dict(both["engine"][assignment])
        plain.pop("cheater", None)
        cheater = engine.pop("cheater", None)
        assert engine == plain, assignment
        if cheater is not None:
            assert both["flags"][assignment]["cheater"] == "flagged"
            assert cheater == 0.0
    assert both["engine"]["nbgrader/relative"]["honest"] == 10.0
    assert both["engine"]["nbgrader/squares"]["honest"] == 3.0  # the autograded part; the rest is manual


def test_course_assignment_scores_the_same(both):
    """The course's ai_basics assignment: the solution gets full marks from both, the blank release none."""
    plain, engine = both["plain"]["course/ai_basics"], both["engine"]["course/ai_basics"]
    assert engine == plain
    assert engine["blank"] == 0.0
    assert engine["solution"] > 0 and both["flags"]["course/ai_basics"]["solution"] == "graded"


def test_plain_nbgrader_is_fooled_where_the_engine_is_not(both):
    """An always-equal object and a patched np.testing pass under plain nbgrader; here they are flagged."""
    plain, engine, flags = both["plain"]["ps1/ps1"], both["engine"]["ps1/ps1"], both["flags"]["ps1/ps1"]
    assert (plain["always_equal_object"], engine["always_equal_object"]) == (6.0, 5.0)
    assert (plain["patches_assert_helper"], engine["patches_assert_helper"]) == (6.0, 2.0)
    assert flags["always_equal_object"] == flags["patches_assert_helper"] == "flagged"


def test_plain_nbgrader_lets_a_notebook_rewrite_the_gradebook(both):
    """Under plain nbgrader one notebook gives every student a manual grade; here nobody gets one."""
    assert len(both["manual"]["plain/ps1/ps1"]) == len(PS1_HONEST + PS1_FOOLING) + 1
    assert both["manual"]["engine/ps1/ps1"] == []


def test_a_warning_on_stderr_costs_no_points(both):
    """The deliberate difference: plain nbgrader gives 0 for a test cell that warns; the engine does not."""
    assert both["plain"]["ps1/ps1"]["warns_in_test_cell"] == 3.0
    assert both["engine"]["ps1/ps1"]["warns_in_test_cell"] == 6.0

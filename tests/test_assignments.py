"""Through the real nbgrader pipeline, every assignment's solution earns full marks and its blank release zero."""

import shutil

import pytest

from autograder import nbgrader_bridge
from autograder.build import build_course
from autograder.course import LANGUAGES, load_course

from conftest import ROOT

pytestmark = pytest.mark.grader
CASES = [(a.id, lang) for a in load_course(ROOT).assignments for lang in LANGUAGES]


def submit(course_dir, assignment, student, notebook_path):
    folder = course_dir / "submitted" / student / assignment.id
    folder.mkdir(parents=True)
    for item in notebook_path.parent.iterdir():
        shutil.copy(item, folder / item.name)


@pytest.mark.parametrize("assignment_id,lang", CASES)
def test_solution_full_marks_blank_zero(assignment_id, lang, course, tmp_path):
    """Does the instructor solution score every point and the untouched release none, in each language?"""
    assignment = course.assignment(assignment_id)
    course_dir = tmp_path / "course"
    build_course(course_dir, lang=lang, assignments=[assignment_id], course=course)
    submit(course_dir, assignment, "solution", course_dir / "source" / assignment_id / f"{assignment.notebook}.ipynb")
    submit(course_dir, assignment, "blank", course_dir / "release" / assignment_id / f"{assignment.notebook}.ipynb")
    for student in ("solution", "blank"):
        result = nbgrader_bridge.autograde_plain(course_dir, assignment_id, student)
        assert result["success"], result.get("error")
    scores = {row["student"]: row for row in nbgrader_bridge.submission_scores(course_dir, assignment_id)}
    assert scores["solution"]["max_score"] > 0
    assert scores["solution"]["score"] == scores["solution"]["max_score"]
    assert scores["blank"]["score"] == 0


@pytest.mark.parametrize("assignment_id,lang", CASES)
def test_release_has_friendly_starter_code_and_no_answers(assignment_id, lang, course, tmp_path):
    """Does the student version hold placeholders in the notebook's language, and no solution or hidden test?"""
    assignment = course.assignment(assignment_id)
    course_dir = tmp_path / "course"
    build_course(course_dir, lang=lang, assignments=[assignment_id], course=course)
    text = (course_dir / "release" / assignment_id / f"{assignment.notebook}.ipynb").read_text(encoding="utf-8")
    assert "NotImplementedError" not in text
    assert "BEGIN SOLUTION" not in text and "BEGIN HIDDEN TESTS" not in text
    assert nbgrader_bridge.CODE_STUBS[lang].splitlines()[0] in text.replace("\\n", "\n")
    for name in assignment.data:
        assert (course_dir / "release" / assignment_id / name).is_file()

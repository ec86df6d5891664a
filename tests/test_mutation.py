"""Every assignment discriminates: generated wrong solutions lose the points of the cells they should."""

import shutil

import nbformat
import pytest

from autograder.course import LANGUAGES, load_course
from autograder.mutation import MUTANTS, run_mutants, table
from autograder.build import stage_assignment

from course_paths import ROOT

pytestmark = pytest.mark.grader
COURSE = load_course(ROOT)
CASES = [(a.id, lang) for a in COURSE.assignments for lang in LANGUAGES]


@pytest.mark.parametrize("assignment_id,lang", CASES)
def test_every_applicable_mutant_is_caught(assignment_id, lang, tmp_path):
    """Does each wrong solution (None, wrong type, off by one, hard-coded, always-equal) lose all points of
    its task's grade cells, and does each mutant that does not apply say why?"""
    assignment = COURSE.assignment(assignment_id)
    folder = stage_assignment(COURSE, assignment, tmp_path, lang)
    results = run_mutants(folder / f"{assignment.notebook}.ipynb", assignment=assignment_id, lang=lang)
    print(table(results))
    assert {r.mutant for r in results} == set(MUTANTS)
    assert all(r.caught for r in results), table([r for r in results if not r.caught])
    for kind in ("none", "wrong_type", "always_equal", "hard_coded"):
        assert any(r.mutant == kind and not r.not_applicable for r in results), f"{kind} never applied"


def test_gate_fails_without_hidden_tests(tmp_path):
    """Is the gate itself able to fail? With the hidden tests removed, hard-coded answers must slip through."""
    assignment = COURSE.assignments[0]
    folder = stage_assignment(COURSE, assignment, tmp_path, "en")
    path = folder / f"{assignment.notebook}.ipynb"
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        if "BEGIN HIDDEN TESTS" in cell.source:
            cell.source = cell.source.split("### BEGIN HIDDEN TESTS")[0]
    nbformat.write(notebook, path)
    results = run_mutants(path, assignment=assignment.id, lang="en", mutants=("hard_coded",))
    assert any(not r.caught for r in results), table(results)

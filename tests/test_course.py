"""course/course.yaml describes a course whose every file exists, in both languages, in step."""

from pathlib import Path

import nbformat
import pytest

from autograder.course import LANGUAGES, TRACKS, load_course
from autograder.errors import AiNoordError

from notebook_pairs import code_shape, pair_differences

ROOT = Path(__file__).resolve().parent.parent
COURSE = load_course(ROOT)
TWINS = [lesson.path("nl") for lesson in COURSE.lessons] + [a.path("nl") for a in COURSE.assignments]


def test_every_module_has_hours_objectives_and_content(course):
    """Does each module give study hours per track, objectives in both languages, lessons and an assignment?"""
    assert course.modules
    for module in course.modules:
        assert set(module.study_hours) == set(TRACKS), module.id
        assert module.objectives, module.id
        for objective in module.objectives:
            assert objective["id"] and all(objective.get(lang) for lang in LANGUAGES), objective
        assert module.lessons and module.assignment is not None, module.id
        assert (module.path / "README.md").is_file(), f"{module.id} has no README.md"


def test_every_listed_file_exists(course):
    """Is every lesson and assignment in course.yaml there in Dutch and English, with the data it names?"""
    for item in (*course.lessons, *course.assignments):
        for lang in LANGUAGES:
            assert item.path(lang).is_file(), item.path(lang)
    for assignment in course.assignments:
        for name in assignment.data:
            assert (course.data_dir / name).is_file(), name


def test_no_notebook_is_left_out_of_course_yaml(course):
    """Is every notebook under modules/ listed in course.yaml (nothing silently left out of a track)?"""
    listed = {p for item in (*course.lessons, *course.assignments) for p in (item.path("nl"), item.path("en"))}
    on_disk = {p for p in (ROOT / "modules").glob("*/*/*.ipynb")}
    assert on_disk == listed


@pytest.mark.parametrize("nl_path", TWINS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
def test_dutch_and_english_twins_are_in_step(nl_path):
    """Do the Dutch and English twins have the same cells, metadata, graded ids and points, and code?"""
    en_path = nl_path.with_name(nl_path.name.replace(".nl.ipynb", ".en.ipynb"))
    assert pair_differences(nl_path, en_path) == []


def test_pair_check_catches_drift(tmp_path):
    """Does the pair check see a changed graded cell, a changed line of code and a missing cell?"""
    assignment = COURSE.assignments[0]
    nl = nbformat.read(assignment.path("nl"), as_version=4)
    en = nbformat.read(assignment.path("en"), as_version=4)
    nl_file, en_file = tmp_path / "x.nl.ipynb", tmp_path / "x.en.ipynb"
    nbformat.write(nl, nl_file)
    graded = next(c for c in en.cells if c.metadata.get("nbgrader", {}).get("grade"))
    graded.metadata["nbgrader"]["points"] += 1
    nbformat.write(en, en_file)
    assert any("metadata differs" in p for p in pair_differences(nl_file, en_file))
    en = nbformat.read(assignment.path("en"), as_version=4)
    next(c for c in en.cells if c.cell_type == "code").source += "\nx = 1"
    nbformat.write(en, en_file)
    assert any("code differs" in p for p in pair_differences(nl_file, en_file))
    en.cells.pop()
    nbformat.write(en, en_file)
    assert any("cells vs" in p for p in pair_differences(nl_file, en_file))


def test_code_shape_ignores_only_comments_and_strings():
    assert code_shape('x = f(1)  # één\nprint("hallo")') == code_shape('x = f(1)  # one\nprint("hello")')
    assert code_shape("x = f(1)") != code_shape("x = f(2)")


def test_unknown_assignment_is_a_clear_error(course):
    with pytest.raises(AiNoordError, match="unknown assignment 'nope'; the course has: "):
        course.assignment("nope")


def test_broken_course_file_is_a_clear_error(tmp_path):
    (tmp_path / "course").mkdir()
    (tmp_path / "course" / "course.yaml").write_text("title: {nl: x}\n")
    with pytest.raises(AiNoordError, match="lacks the key 'modules'"):
        load_course(tmp_path)

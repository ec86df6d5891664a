"""Through the real nbgrader pipeline, every assignment's solution earns full marks and its blank release zero."""

import html
import re
import shutil

import nbformat
import pytest

from autograder import nbgrader_bridge
from autograder.build import build_course
from autograder.course import LANGUAGES, load_course
from autograder.feedback import write_feedback
from autograder.results import load_results

from course_paths import ROOT

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
    assert scores["solution"]["score"] == auto_gradable_points(course_dir, assignment_id) > 0
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


WARN_WRAP = '''
def _warn_first(function):
    import functools, warnings
    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        warnings.warn("this pandas option will change in a future version", FutureWarning)
        return function(*args, **kwargs)
    return wrapper
'''


def with_warnings(source_path, out_path):
    """The instructor solution, but every solution function first emits a FutureWarning (on stderr)."""
    from autograder.mutation import defined_names

    notebook = nbformat.read(source_path, as_version=4)
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("solution") and cell.cell_type == "code":
            names = [n for n in defined_names(cell.source) if f"def {n}(" in cell.source]
            cell.source += WARN_WRAP + "".join(f"{n} = _warn_first({n})\n" for n in names)
    out_path.parent.mkdir(parents=True)
    nbformat.write(notebook, out_path)


@pytest.fixture(scope="module")
def engine_graded(tmp_path_factory):
    """Every assignment in both languages, graded by ai-noord grade: the solution, the blank release, and the
    solution with warnings on stderr."""
    from autograder.grade import grade_assignment

    built = {}
    course = load_course(ROOT)
    for assignment_id, lang in CASES:
        assignment = course.assignment(assignment_id)
        course_dir = tmp_path_factory.mktemp(f"{assignment_id}-{lang}") / "course"
        build_course(course_dir, lang=lang, assignments=[assignment_id], course=course)
        source = course_dir / "source" / assignment_id / f"{assignment.notebook}.ipynb"
        submit(course_dir, assignment, "solution", source)
        submit(course_dir, assignment, "blank", course_dir / "release" / assignment_id / source.name)
        warned = course_dir / "tmp-warned" / source.name
        with_warnings(source, warned)
        submit(course_dir, assignment, "warned", warned)
        shutil.rmtree(warned.parent)
        summary = grade_assignment(course_dir, assignment_id, progress=False)
        write_feedback(course_dir, assignment_id)
        built[(assignment_id, lang)] = (course_dir, summary)
    return built


@pytest.mark.parametrize("assignment_id,lang", CASES)
def test_engine_full_marks_zero_and_no_false_zero(assignment_id, lang, engine_graded):
    """Through ai-noord grade: full marks for the solution, none for the blank release, and full marks for a
    correct solution that writes a FutureWarning to stderr in every test cell (plain nbgrader gives it zero)."""
    course_dir, summary = engine_graded[(assignment_id, lang)]
    scores = {row["student"]: row for row in nbgrader_bridge.submission_scores(course_dir, assignment_id)}
    auto_max = auto_gradable_points(course_dir, assignment_id)
    assert scores["solution"]["score"] == auto_max > 0
    assert scores["warned"]["score"] == auto_max, summary.text()
    assert scores["blank"]["score"] == 0


@pytest.mark.parametrize("assignment_id,lang", CASES)
def test_feedback_is_safe_and_useful(assignment_id, lang, engine_graded):
    """Does no feedback page contain hidden test source, and does every failing visible test of the blank
    release show a message that comes from the notebook in its own language?"""
    course_dir, _ = engine_graded[(assignment_id, lang)]
    source = next((course_dir / "source" / assignment_id).glob("*.ipynb"))
    notebook = nbformat.read(source, as_version=4)
    hidden_lines, visible_text = [], ""
    for cell in notebook.cells:
        if "BEGIN HIDDEN TESTS" in cell.source:
            region = cell.source.split("### BEGIN HIDDEN TESTS")[1].split("### END HIDDEN TESTS")[0]
            hidden_lines += [line.strip() for line in region.splitlines() if len(line.strip()) > 15]
            visible_text += cell.source.split("### BEGIN HIDDEN TESTS")[0]
    # a line that the notebook also shows outside the hidden tests (say, in the solution) is no leak
    outside = "\n".join(re.sub(r"### BEGIN HIDDEN TESTS.*?### END HIDDEN TESTS", "", c.source, flags=re.DOTALL)
                        for c in notebook.cells)
    hidden_lines = [line for line in hidden_lines if line not in outside]
    assert hidden_lines
    pages = list((course_dir / "feedback").glob("*/*/*.html"))
    assert len(pages) == 6
    for page in pages:
        text = html.unescape(page.read_text(encoding="utf-8"))
        leaked = [line for line in hidden_lines if line in text]
        assert not leaked, f"{page.name} quotes hidden tests: {leaked[:2]}"
    blank = [r for r in load_results(course_dir, assignment_id) if r.student == "blank"][0]
    assert blank.lang == lang
    for cell in blank.cells:
        if cell.cell_type == "code" and cell.failed and not cell.failed_in_hidden:
            message = cell.message.split(": ", 1)[-1]
            assert message and message.split("{")[0][:25] in visible_text.replace("\\n", "\n"), cell


def auto_gradable_points(course_dir, assignment_id):
    """Points of the auto-graded (code) grade cells; hand-graded answers are graded by a person later."""
    details = nbgrader_bridge.submission_details(course_dir, assignment_id)
    return sum(g["max_score"] for nb in details[0]["notebooks"] for g in nb["grades"] if g["cell_type"] == "code")


def test_plain_nbgrader_gives_the_warning_a_false_zero(course, tmp_path):
    """Is the no-false-zero check able to fail? Plain nbgrader 0.9.6 zeroes a correct answer that warns."""
    assignment = course.assignments[0]
    course_dir = tmp_path / "course"
    build_course(course_dir, lang="en", assignments=[assignment.id], course=course)
    source = course_dir / "source" / assignment.id / f"{assignment.notebook}.ipynb"
    with_warnings(source, tmp_path / "warned" / source.name)
    submit(course_dir, assignment, "warned", tmp_path / "warned" / source.name)
    assert nbgrader_bridge.autograde_plain(course_dir, assignment.id, "warned")["success"]
    [row] = nbgrader_bridge.submission_scores(course_dir, assignment.id)
    assert row["score"] < auto_gradable_points(course_dir, assignment.id)

"""From an LMS class list and an LMS bulk download to grades, feedback, a report and LMS grade files."""

import csv
import re
import zipfile

import nbformat
import pytest

from test_cli import run_cli

pytestmark = pytest.mark.grader
EVIL = "=SUM(1+1)"
ROSTER = ("OrgDefinedId,Username,Last Name,First Name,Email,End-of-Line Indicator\n"
          "s1001,#jdvries,de Vries,Jan,jan@student.example,#\n"
          "s1002,#fhoek,Hoekstra,Fenna,fenna@student.example,#\n"
          f"s1003,#evil,{EVIL},Eve,+31 50 123@student.example,#\n"
          "s1004,#nynke,Postma,Nynke,nynke@student.example,#\n")


def hard_coded(source_nb):
    """The solution, but share_using_ai returns the visible test's answer whatever the data: hidden tests catch it."""
    notebook = nbformat.from_dict(source_nb)
    for cell in notebook.cells:
        if cell.metadata.get("nbgrader", {}).get("grade_id") == "share_using_ai":
            cell.source = 'def share_using_ai(data):\n    return float(pd.read_csv("sme_survey.csv")["uses_ai"].mean())'
    return notebook


@pytest.fixture(scope="module")
def graded_course(tmp_path_factory):
    base = tmp_path_factory.mktemp("workflow")
    course = base / "course"
    assert run_cli("build", "ai_basics", "--course", str(course)).returncode == 0
    (base / "classlist.csv").write_text(ROSTER, encoding="utf-8")
    source = nbformat.read(course / "source/ai_basics/ai_basics.ipynb", as_version=4)
    release = nbformat.read(course / "release/ai_basics/ai_basics.ipynb", as_version=4)
    with zipfile.ZipFile(base / "download.zip", "w") as archive:
        for folder, notebook in (("1-1 - Jan de Vries - Nov 30, 2026 1012 AM", source),
                                 ("1-2 - Fenna Hoekstra - Nov 30, 2026 1015 AM", release),
                                 ("1-3 - Eve " + EVIL + " - Nov 30, 2026 1020 AM", source),
                                 ("1-4 - Nynke Postma - Dec 1, 2026 0930 AM", hard_coded(source))):
            archive.writestr(f"{folder}/ai_basics.ipynb", nbformat.writes(notebook))
        archive.writestr("index.html", "<html>downloaded from Brightspace</html>")
    steps = [
        ("roster", str(base / "classlist.csv"), "--course", str(course)),
        ("collect", "ai_basics", str(base / "download.zip"), "--lms", "brightspace", "--course", str(course)),
        ("grade", "ai_basics", "--course", str(course)),
        ("feedback", "ai_basics", "--course", str(course)),
        ("report", "--course", str(course), "--out", str(base / "report.html")),
        ("export", "--lms", "brightspace", "--course", str(course), "--out", str(base / "brightspace.csv")),
        ("export", "--lms", "canvas", "--course", str(course), "--out", str(base / "canvas.csv")),
        ("export", "--lms", "moodle", "--course", str(course), "--out", str(base / "moodle.csv")),
        ("records", "--course", str(course), "--out", str(base / "records")),
    ]
    outputs = {}
    for step in steps:
        result = run_cli(*step)
        assert result.returncode == 0, f"{step}: {result.stderr[-2000:]}"
        outputs[step[0]] = result.stdout
    return base, course, outputs


def test_collect_puts_each_notebook_with_its_data(graded_course):
    """Are the four notebooks collected under the roster ids, with the data file, and the stray file skipped?"""
    base, course, outputs = graded_course
    for student in ("s1001", "s1002", "s1003", "s1004"):
        assert (course / "submitted" / student / "ai_basics" / "ai_basics.ipynb").is_file()
        assert (course / "submitted" / student / "ai_basics" / "sme_survey.csv").is_file()
    assert "skipped 1 files" in outputs["collect"] and "index.html" in outputs["collect"]


def test_feedback_is_useful_and_hides_hidden_tests(graded_course):
    """Does feedback show visible failure messages in Dutch, count hidden failures without their source?"""
    base, course, _ = graded_course
    pages = sorted(course.glob("feedback/*/ai_basics/*.html"))
    assert len(pages) == 8  # nbgrader's notebook page and our summary, for four students
    blank = (course / "feedback/s1002/ai_basics/feedback_summary.html").read_text(encoding="utf-8")
    assert "share_using_ai gaf None terug" in blank and 'lang="nl"' in blank
    cheat = (course / "feedback/s1004/ai_basics/feedback_summary.html").read_text(encoding="utf-8")
    assert "een verborgen test faalde" in cheat and "3 van 4 vragen met verborgen tests" in cheat
    for page in course.glob("feedback/*/ai_basics/*.html"):
        text = page.read_text(encoding="utf-8")
        assert "HIDDEN TESTS" not in text and "small = pd.DataFrame" not in text and "_reference" not in text


def test_report_content(graded_course):
    """Does the report show the distribution (as an embedded image with a text alternative), every question's
    difficulty and discrimination, the hidden-test failure, and the Dutch grades?"""
    base, _, _ = graded_course
    html = (base / "report.html").read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in html and "Histogram of 4 grades" in html
    for question in ("test_share_using_ai", "test_majority_baseline_accuracy", "test_confusion_counts",
                     "test_train_and_score"):
        assert question in html
    assert "(hidden test)" in html
    assert re.search(r"s1001 \(Jan de Vries\)</td><td>10 / 10</td><td>10.0", html)
    assert "<script" not in html.lower()


def rows(path):
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.reader(handle))


def test_lms_exports(graded_course):
    """Has each LMS file its own columns and the right points, with formulas neutralised?"""
    base, _, _ = graded_course
    brightspace = rows(base / "brightspace.csv")
    assert brightspace[0] == ["OrgDefinedId", "ai_basics Points Grade", "End-of-Line Indicator"]
    assert ["s1001", "10", "#"] in brightspace and ["s1002", "0", "#"] in brightspace
    assert ["s1004", "8", "#"] in brightspace
    canvas = rows(base / "canvas.csv")
    assert canvas[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", "ai_basics"]
    evil_row = next(r for r in canvas if "SUM(1+1)" in r[0])
    assert evil_row[0].startswith("'=")
    moodle = rows(base / "moodle.csv")
    assert moodle[0] == ["Email address", "ai_basics"]
    assert ["'+31 50 123@student.example", "10"] in moodle
    for name in ("brightspace.csv", "canvas.csv", "moodle.csv"):
        for row in rows(base / name):
            assert not any(cell[:1] in ("=", "+", "-", "@") for cell in row), row


def test_records(graded_course):
    base, _, _ = graded_course
    records = rows(base / "records" / "records.csv")
    assert records[0][:6] == ["student", "name", "module", "assignment", "submitted", "result"]
    assert ["s1001", "Jan de Vries", "01_ai_basics", "ai_basics", "2026-11-30", "passed"] == records[1][:6]
    assert (base / "records" / "s1001.html").is_file()

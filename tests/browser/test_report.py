"""The course report opens in a real browser and reads well on a laptop screen."""

import shutil

import pytest

from autograder.build import build_course
from autograder.course import load_course
from autograder.grade import grade_assignment
from autograder.report import write_report

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    course = load_course()
    course_dir = tmp_path_factory.mktemp("report") / "course"
    build_course(course_dir, lang="nl", assignments=["ai_basics"], course=course)
    for student, folder in (("s1", "source"), ("s2", "release"), ("s3", "source")):
        target = course_dir / "submitted" / student / "ai_basics"
        shutil.copytree(course_dir / folder / "ai_basics", target)
    grade_assignment(course_dir, "ai_basics", progress=False)
    return write_report(course_dir)


def test_report_renders_on_a_laptop_screen(report_file, page):
    """Does the report show its title, a loaded histogram with a text alternative, the question table and
    the grades, without sideways scrolling at 1366x768 and without script errors?"""
    page.set_viewport_size({"width": 1366, "height": 768})
    page.goto(report_file.as_uri())
    assert page.locator("h1").inner_text() == "AI Noord course report"
    image = page.locator("figure img").first
    assert image.evaluate("img => img.complete && img.naturalWidth > 100")
    assert "Histogram of 3 grades" in image.get_attribute("alt")
    assert page.locator("table").first.locator("tbody tr").count() == 4  # the four questions of ai_basics
    assert page.get_by_text("s2").first.is_visible()
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    assert page.console_errors == []

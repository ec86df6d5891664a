"""Grade exports cannot run as spreadsheet formulas, and the Dutch 1-10 scale is right at its anchors."""

import pytest

from autograder.export import dutch_grade, spreadsheet_safe


@pytest.mark.parametrize("text", ["=1+1", "+31 50", "-2", "@SUM(A1)", "\tx", "=HYPERLINK(\"http://x\")"])
def test_formula_starts_are_neutralised(text):
    """Does every value that a spreadsheet would run as a formula get a leading apostrophe?"""
    assert spreadsheet_safe(text) == "'" + text


def test_plain_values_stay_as_they_are():
    assert spreadsheet_safe("s001") == "s001"
    assert spreadsheet_safe(7.5) == "7.5"
    assert spreadsheet_safe(-2) == "-2"  # a number is a number, not a formula
    assert spreadsheet_safe(None) == ""


@pytest.mark.parametrize("score,grade", [(0, 1.0), (5.5, 5.5), (10, 10.0), (1.1, 1.9), (8, 8.0)])
def test_dutch_grade_anchors(score, grade):
    """Is 0 points a 1, 55% of the points a 5.5 (the pass mark), and all points a 10, linear in between?"""
    assert dutch_grade(score, 10) == grade


def test_dutch_grade_is_bounded():
    assert dutch_grade(12, 10) == 10.0 and dutch_grade(-1, 10) == 1.0 and dutch_grade(1, 0) == 1.0

"""Failures are placed in the visible or hidden part of a test cell, so feedback never quotes a hidden test."""

from autograder.results import failing_line, hidden_line_range

CELL = "result = f()\nassert result is not None, 'say why'\n### BEGIN HIDDEN TESTS\nassert f(2) == 4\n### END HIDDEN TESTS"


def test_hidden_region_lines():
    assert list(hidden_line_range(CELL)) == [3, 4, 5]
    assert hidden_line_range("assert True") is None


def test_failing_line_in_each_traceback_style():
    """Do IPython arrows, 'Cell In[n], line m' and the grader's '<cell n>' frames all give the test cell's line,
    and the outermost frame (the test cell), not the learner's function?"""
    assert failing_line(["\x1b[0;31m----> 4\x1b[0m assert f(2) == 4"]) == 4
    assert failing_line(["Cell In[9], line 2", "Cell In[3], line 7, in f"]) == 2
    assert failing_line(['  File "<cell 6>", line 4, in <module>', '  File "<cell 2>", line 1, in f']) == 4
    assert failing_line(["no line here"]) is None

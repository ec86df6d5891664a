"""``ai-noord demo`` runs the whole instructor loop end to end, as README's quickstart does."""

import csv

import pytest

from test_cli import run_cli

pytestmark = pytest.mark.grader


def test_demo_end_to_end(tmp_path):
    """Does the demo, run by path without an activated venv, collect a Brightspace download, grade every sample as
    built, write feedback without hidden tests, a report, grade exports and AI-literacy records?"""
    out = tmp_path / "demo"
    result = run_cli("demo", "--out", str(out))
    assert result.returncode == 0, result.stderr[-3000:]
    assert "every grade matches the score its sample was built to earn" in result.stdout
    for kind in ("perfect", "partial", "empty", "loops", "errors"):
        assert f"  {kind}" in result.stdout
    assert "30 graded, 0 flagged, 0 failed" in result.stdout
    rows = list(csv.DictReader((out / "grades-csv.csv").open(encoding="utf-8")))
    assert len(rows) == 30
    assert {row["grade"] for row in rows} >= {"1", "10"}
    brightspace = list(csv.reader((out / "grades-brightspace.csv").open(encoding="utf-8")))
    assert brightspace[0] == ["OrgDefinedId", "ai_basics Points Grade", "End-of-Line Indicator"] and len(brightspace) == 31
    assert "course report" in result.stdout and (out / "report.html").is_file()
    assert len(list((out / "records").glob("s*.html"))) == 30
    feedback = sorted((out / "course" / "feedback").glob("*/ai_basics/*.html"))
    assert len(feedback) == 60
    for page in feedback:
        html = page.read_text(encoding="utf-8")
        assert "BEGIN HIDDEN TESTS" not in html and "_reference" not in html


def test_demo_refuses_a_folder_with_files(tmp_path):
    """Is an existing non-empty folder left alone, with one clear line?"""
    (tmp_path / "keep.txt").write_text("mine")
    result = run_cli("demo", "--out", str(tmp_path))
    assert result.returncode == 2 and "is not empty" in result.stderr
    assert (tmp_path / "keep.txt").read_text() == "mine"

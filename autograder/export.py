"""Grade exports: one CSV row per submission, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
from pathlib import Path

from . import nbgrader_bridge

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def spreadsheet_safe(value) -> str:
    """A cell value that a spreadsheet shows as text, never runs as a formula (OWASP CSV injection).

    Numbers stay numbers; text that starts with ``= + - @`` (or a tab or carriage return) gets a
    leading apostrophe.
    """
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return format(value, "g")
    text = "" if value is None else str(value)
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def dutch_grade(score: float, max_score: float, *, pass_mark: float = 5.5, pass_fraction: float = 0.55) -> float:
    """The Dutch 1-10 grade for ``score`` out of ``max_score``: linear from 1 to ``pass_mark`` at
    ``pass_fraction`` of the points, and from there to 10; rounded to one decimal."""
    if max_score <= 0:
        return 1.0
    fraction = min(max(score / max_score, 0.0), 1.0)
    if fraction < pass_fraction:
        grade = 1 + (pass_mark - 1) * fraction / pass_fraction
    else:
        grade = pass_mark + (10 - pass_mark) * (fraction - pass_fraction) / (1 - pass_fraction)
    return round(grade, 1)


def export_csv(course_dir: Path, assignment_id: str, out: Path) -> Path:
    """Write ``student, assignment, score, max_score, grade`` for every graded submission."""
    rows = nbgrader_bridge.submission_scores(course_dir, assignment_id)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_MINIMAL)
        writer.writerow(["student", "assignment", "score", "max_score", "grade"])
        for row in rows:
            grade = dutch_grade(row["score"], row["max_score"])
            writer.writerow([spreadsheet_safe(v) for v in
                             (row["student"], assignment_id, row["score"], row["max_score"], grade)])
    return out

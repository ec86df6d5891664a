"""Grade exports for Brightspace, Canvas and Moodle, and a plain CSV, safe to open in a spreadsheet.

Each file holds only what its reader needs: the LMS's own identifiers and the points per assignment
(the plain CSV adds the Dutch 1-10 grade). Every text cell that a spreadsheet could run as a formula
is neutralised.
"""

from __future__ import annotations

import csv
from pathlib import Path

from . import nbgrader_bridge
from .errors import AiNoordError
from .roster import RosterEntry, load_roster

EXPORT_FORMATS = ("brightspace", "canvas", "moodle", "csv")

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




def _scores(course_dir: Path, assignments: list[str]) -> dict[str, dict[str, float]]:
    """student -> assignment -> points."""
    table: dict[str, dict[str, float]] = {}
    for assignment in assignments:
        for row in nbgrader_bridge.submission_scores(course_dir, assignment):
            table.setdefault(row["student"], {})[assignment] = row["score"]
    return table


def _lms_rows(lms: str, assignments: list[str], roster: dict[str, RosterEntry], scores) -> tuple[list, list]:
    if lms == "brightspace":
        header = ["OrgDefinedId", *[f"{a} Points Grade" for a in assignments], "End-of-Line Indicator"]
        rows = [[roster[s].lms_id or s, *[scores[s].get(a, "") for a in assignments], "#"] for s in sorted(scores)]
    elif lms == "canvas":
        header = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", *assignments]
        rows = [[f"{roster[s].last_name}, {roster[s].first_name}", roster[s].lms_id, roster[s].lms_sis_id,
                 roster[s].lms_login, roster[s].section, *[scores[s].get(a, "") for a in assignments]]
                for s in sorted(scores)]
    else:  # moodle: matched on the e-mail address at import
        header = ["Email address", *assignments]
        rows = [[roster[s].email or roster[s].lms_login, *[scores[s].get(a, "") for a in assignments]]
                for s in sorted(scores)]
    return header, rows


def export_grades(course_dir: Path, *, lms: str = "csv", out: Path | None = None) -> Path:
    """Write every graded assignment's points in the chosen LMS's import format (or a plain CSV)."""
    if lms not in EXPORT_FORMATS:
        raise AiNoordError(f"unknown export format {lms!r}; choose one of {', '.join(EXPORT_FORMATS)}")
    course_dir = Path(course_dir)
    assignments = nbgrader_bridge.graded_assignments(course_dir)
    if not assignments:
        raise AiNoordError("nothing is graded yet; run ai-noord grade ASSIGNMENT first")
    out = Path(out) if out else course_dir / f"grades-{lms}.csv"
    if lms == "csv":
        rows = []
        for assignment in assignments:
            rows += [[r["student"], assignment, r["score"], r["max_score"], dutch_grade(r["score"], r["max_score"])]
                     for r in nbgrader_bridge.submission_scores(course_dir, assignment)]
        header = ["student", "assignment", "score", "max_score", "grade"]
    else:
        roster = {e.student_id: e for e in load_roster(course_dir)}
        scores = _scores(course_dir, assignments)
        missing = sorted(s for s in scores if s not in roster)
        if missing:
            raise AiNoordError(f"{len(missing)} graded students are not in the roster (e.g. {missing[0]}); "
                               f"import the {lms} class list first (ai-noord roster FILE)")
        header, rows = _lms_rows(lms, assignments, roster, scores)
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(header)
        writer.writerows([[spreadsheet_safe(v) for v in row] for row in rows])
    return out

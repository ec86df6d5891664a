"""Grading results as plain data: the gradebook's scores joined with what each test cell said.

Feedback, the course report and the grade exports all read from here. A failing test cell's message is
shown only when the failing line is a *visible* test; a failure inside the hidden tests is counted,
never quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import nbformat

from . import nbgrader_bridge

HIDDEN_BEGIN, HIDDEN_END = "BEGIN HIDDEN TESTS", "END HIDDEN TESTS"
ANSI = re.compile(r"\x1b\[[0-9;]*m")


@dataclass
class CellResult:
    grade_id: str
    score: float
    max_score: float
    cell_type: str
    needs_manual_grade: bool = False
    comment: str = ""
    has_hidden_tests: bool = False
    failed: bool = False
    failed_in_hidden: bool = False
    message: str = ""          # the visible test's message (empty when it passed or failed in hidden tests)

    @property
    def hidden_passed(self) -> bool:
        return self.has_hidden_tests and not self.failed


@dataclass
class SubmissionResult:
    student: str
    first_name: str
    last_name: str
    email: str
    timestamp: str
    seconds_late: float
    score: float
    max_score: float
    needs_manual_grade: bool
    lang: str
    cells: list[CellResult] = field(default_factory=list)
    flag: str = ""             # why the grader set this submission aside for a person to review

    @property
    def late(self) -> bool:
        return self.seconds_late > 0


def hidden_line_range(source: str) -> range | None:
    """1-based line numbers of a cell's hidden test region (the source as it was graded)."""
    lines = source.splitlines()
    start = next((i for i, line in enumerate(lines, 1) if HIDDEN_BEGIN in line), None)
    if start is None:
        return None
    end = next((i for i, line in enumerate(lines, 1) if HIDDEN_END in line and i > start), len(lines))
    return range(start, end + 1)


def failing_line(traceback: list[str]) -> int | None:
    """The line of the test cell where the error was raised, read from an IPython traceback."""
    text = ANSI.sub("", "\n".join(traceback))
    arrows = re.findall(r"^-{2,}>\s*(\d+)", text, flags=re.MULTILINE)
    if arrows:
        return int(arrows[0])
    cell_lines = re.findall(r"(?:Cell In ?\[\d*\]|<ipython-input-[^>]*>|\"<cell \d+>\"), line (\d+)", text)
    return int(cell_lines[0]) if cell_lines else None


def read_cell_outcomes(notebook_path: Path) -> tuple[str, dict[str, dict]]:
    """The notebook's language and, per grade cell, whether it failed, where, and its message."""
    notebook = nbformat.read(notebook_path, as_version=4)
    lang = notebook.metadata.get("ai_noord", {}).get("lang", "nl")
    outcomes = {}
    for cell in notebook.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if not meta.get("grade") or cell.cell_type != "code":
            continue
        hidden = hidden_line_range(cell.source)
        errors = [o for o in cell.get("outputs", []) if o.get("output_type") == "error"]
        outcome = {"has_hidden_tests": hidden is not None, "failed": bool(errors), "failed_in_hidden": False,
                   "message": ""}
        if errors:
            error = errors[-1]
            line = failing_line(error.get("traceback", []))
            in_hidden = hidden is not None and (line is None or line in hidden)
            outcome["failed_in_hidden"] = in_hidden
            if not in_hidden:
                outcome["message"] = f"{error.get('ename', 'Error')}: {error.get('evalue', '')}".strip().rstrip(":")
        outcomes[meta["grade_id"]] = outcome
    return lang, outcomes


def load_flags(course_dir: Path, assignment_id: str) -> dict[str, str]:
    """Submissions the grader set aside for review or could not grade: student -> reasons (``ai-noord grade``)."""
    from .grade import load_results as grading_records

    return {student: "; ".join(record.get("reasons", [])) or record.get("outcome", "")
            for student, record in grading_records(course_dir, assignment_id).items()
            if record.get("outcome") in ("flagged", "failed")}


def load_results(course_dir: Path, assignment_id: str) -> list[SubmissionResult]:
    """Every graded submission of an assignment, with per-cell outcomes."""
    course_dir = Path(course_dir)
    flags = load_flags(course_dir, assignment_id)
    results = []
    for row in nbgrader_bridge.submission_details(course_dir, assignment_id):
        lang, cells = "nl", []
        for notebook in row["notebooks"]:
            path = course_dir / "autograded" / row["student"] / assignment_id / f"{notebook['name']}.ipynb"
            outcomes = {}
            if path.is_file():
                lang, outcomes = read_cell_outcomes(path)
            for grade in notebook["grades"]:
                outcome = outcomes.get(grade["grade_id"], {})
                cells.append(CellResult(
                    grade_id=grade["grade_id"], score=grade["score"], max_score=grade["max_score"],
                    cell_type=grade["cell_type"], needs_manual_grade=grade["needs_manual_grade"],
                    comment=grade["comment"], has_hidden_tests=outcome.get("has_hidden_tests", False),
                    failed=outcome.get("failed", False), failed_in_hidden=outcome.get("failed_in_hidden", False),
                    message=outcome.get("message", "")))
        fields = {k: row[k] for k in ("student", "first_name", "last_name", "email", "timestamp", "seconds_late",
                                      "score", "max_score", "needs_manual_grade")}
        results.append(SubmissionResult(**fields, lang=lang, cells=cells, flag=flags.get(row["student"], "")))
    return results

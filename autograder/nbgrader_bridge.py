"""The one module that talks to nbgrader's internals.

Everything here works on a course folder (nbgrader's ``CourseDirectory.root``): it loads that folder's
``nbgrader_config.py``, adds what the build knows (the notebook language's friendly stubs), and calls
nbgrader's own converters and gradebook.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from pathlib import Path

from .errors import AiNoordError

COURSE_ID = "ai-noord"

# Friendly starter code instead of ``raise NotImplementedError()`` (nbgrader#1154): a placeholder that
# runs, so the learner meets a test message that explains what is expected, not a wall.
CODE_STUBS = {
    "nl": "# JOUW CODE HIER: vervang de ... door jouw code\n...",
    "en": "# YOUR CODE HERE: replace the ... with your code\n...",
}
TEXT_STUBS = {"nl": "JOUW ANTWOORD HIER", "en": "YOUR ANSWER HERE"}


def ensure_tool_path() -> None:
    """Put this interpreter's ``bin`` folder first on PATH.

    nbgrader 0.9.6 runs the ``alembic`` executable found on PATH when it creates a gradebook, so a
    virtual environment's ``ai-noord`` fails unless that environment is activated. This makes
    ``.venv/bin/ai-noord`` work without activation.
    """
    bin_dir = str(Path(sys.executable).parent)
    parts = os.environ.get("PATH", "").split(os.pathsep)
    if not parts or parts[0] != bin_dir:
        os.environ["PATH"] = os.pathsep.join([bin_dir, *[p for p in parts if p != bin_dir]])


def course_config(course_dir: Path, lang: str | None = None):
    """nbgrader configuration for ``course_dir``: its ``nbgrader_config.py`` plus the course's own settings."""
    from traitlets.config import Config
    from traitlets.config.loader import PyFileConfigLoader

    config = Config()
    config_file = course_dir / "nbgrader_config.py"
    if config_file.is_file():
        config.merge(PyFileConfigLoader(config_file.name, path=str(course_dir)).load_config())
    config.CourseDirectory.root = str(course_dir)
    config.CourseDirectory.course_id = config.CourseDirectory.get("course_id", COURSE_ID) or COURSE_ID
    if lang:
        config.ClearSolutions.code_stub = {"python": CODE_STUBS[lang]}
        config.ClearSolutions.text_stub = TEXT_STUBS[lang]
    return config


@contextlib.contextmanager
def _quiet_nbgrader():
    """nbgrader logs every step at INFO; keep the terminal for our own progress bar and summary."""
    logger = logging.getLogger("traitlets")
    level = logger.level
    logger.setLevel(logging.ERROR)
    try:
        yield
    finally:
        logger.setLevel(level)


def api(course_dir: Path, lang: str | None = None):
    """An ``NbGraderAPI`` for ``course_dir`` that works without an activated virtual environment."""
    ensure_tool_path()
    from nbgrader.apps.api import NbGraderAPI
    from nbgrader.coursedir import CourseDirectory

    config = course_config(course_dir, lang)
    coursedir = CourseDirectory(config=config)
    return NbGraderAPI(coursedir=coursedir, config=config)


def _last_line(result: dict) -> str:
    text = (result.get("error") or result.get("log") or "").strip().splitlines()
    return text[-1] if text else "no details"


def generate_assignment(course_dir: Path, assignment_id: str, lang: str) -> None:
    """``nbgrader generate_assignment``: source -> release, with the gradebook updated."""
    with _quiet_nbgrader():
        result = api(course_dir, lang).generate_assignment(assignment_id, force=True, create=True)
    if not result["success"]:
        raise AiNoordError(f"nbgrader could not generate {assignment_id}: {_last_line(result)}")


def add_students(course_dir: Path, students: list[dict]) -> None:
    """Add (or update) students in the gradebook; each dict has ``id`` and optional names and email."""
    with gradebook(course_dir) as book:
        for student in students:
            fields = {k: v for k, v in student.items() if k in ("first_name", "last_name", "email") and v}
            book.update_or_create_student(student["id"], **fields)


@contextlib.contextmanager
def gradebook(course_dir: Path):
    """The course's nbgrader ``Gradebook``, closed afterwards."""
    ensure_tool_path()
    from nbgrader.api import Gradebook

    config = course_config(course_dir)
    db_url = config.CourseDirectory.get("db_url") or f"sqlite:///{course_dir / 'gradebook.db'}"
    book = Gradebook(db_url, course_id=config.CourseDirectory.course_id)
    try:
        yield book
    finally:
        book.close()


def autograde_plain(course_dir: Path, assignment_id: str, student_id: str, *, timeout: int = 30) -> dict:
    """Plain ``nbgrader autograde`` for one student (the reference the grading engine is compared with)."""
    nbapi = api(course_dir)
    nbapi.config.ExecutePreprocessor.timeout = timeout
    nbapi.config.Execute.timeout = timeout
    with _quiet_nbgrader():
        return nbapi.autograde(assignment_id, student_id, force=True, create=True)


def _hide_hidden_tests_class():
    """A feedback preprocessor: hidden test source and the tracebacks that would quote it stay out."""
    from nbgrader.preprocessors import ClearHiddenTests

    class HideHiddenTests(ClearHiddenTests):
        def preprocess_cell(self, cell, resources, cell_index):
            had_hidden = cell.cell_type == "code" and self.begin_test_delimeter in cell.source
            cell, resources = super().preprocess_cell(cell, resources, cell_index)
            if had_hidden:
                for output in cell.get("outputs", []):
                    if output.get("output_type") == "error":
                        output["traceback"] = [f"{output.get('ename', 'Error')}: {output.get('evalue', '')}"]
            return cell, resources

    return HideHiddenTests


def generate_feedback(course_dir: Path, assignment_id: str, student_id: str | None = None) -> dict:
    """``nbgrader generate_feedback`` for one student or every autograded student, without hidden tests."""
    from nbconvert.preprocessors import CSSHTMLHeaderPreprocessor
    from nbgrader.preprocessors import GetGrades

    nbapi = api(course_dir)
    nbapi.config.GenerateFeedback.preprocessors = [GetGrades, _hide_hidden_tests_class(), CSSHTMLHeaderPreprocessor]
    with _quiet_nbgrader():
        return nbapi.generate_feedback(assignment_id, student_id, force=True)


def submission_scores(course_dir: Path, assignment_id: str) -> list[dict]:
    """One row per submission: student id, score, max score, and whether it needs manual grading."""
    import warnings

    from nbgrader.api import MissingEntry

    rows = []
    with gradebook(course_dir) as book, warnings.catch_warnings():
        warnings.simplefilter("ignore")  # SQLAlchemy's autoflush notes on nbgrader's lazy relations
        try:
            assignment = book.find_assignment(assignment_id)
        except MissingEntry:
            raise AiNoordError(f"assignment {assignment_id!r} is not in the gradebook; run ai-noord build first") from None
        for submission in assignment.submissions:
            rows.append({
                "student": submission.student.id,
                "score": float(submission.score),
                "max_score": float(submission.max_score),
                "needs_manual_grade": bool(submission.needs_manual_grade),
                "timestamp": submission.timestamp.isoformat() if submission.timestamp else "",
            })
    return sorted(rows, key=lambda row: row["student"])

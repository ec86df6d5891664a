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


def zip_collect(course_dir: Path, assignment_id: str, archive: Path, *, lms: str, roster: list) -> dict:
    """nbgrader's ``zip_collect`` with a safe extractor and a collector that knows the LMS's file names.

    Returns ``{"collected": [student ids], "skipped": [files not matched to the roster]}``.
    """
    import shutil as _shutil

    from nbgrader.apps.zipcollectapp import ZipCollectApp
    from nbgrader.plugins.zipcollect import ExtractorPlugin, FileNameCollectorPlugin

    from .archive import safe_extract
    from .collect import match_file, notebook_file_id

    ensure_tool_path()
    released = sorted(p.name for p in (course_dir / "release" / assignment_id).glob("*.ipynb"))
    if not released:
        raise AiNoordError(f"{assignment_id} has no released notebook; run ai-noord build {assignment_id} first")
    downloaded = course_dir / "downloaded" / assignment_id
    extracted = downloaded / "extracted"
    outcome = {"collected": set(), "skipped": []}

    class SafeExtractor(ExtractorPlugin):
        def extract(self, archive_path, extracted_path):
            for item in sorted(Path(archive_path).iterdir()):
                if item.suffix == ".zip":
                    safe_extract(item, Path(extracted_path))

    class LmsCollector(FileNameCollectorPlugin):
        def collect(self, submitted_file):
            relative = str(Path(submitted_file).relative_to(extracted))
            found = match_file(relative, lms, roster)
            if found is None or not found.file.endswith(".ipynb"):
                outcome["skipped"].append(relative)
                return None
            outcome["collected"].add(found.student_id)
            info = {"student_id": found.student_id, "file_id": notebook_file_id(found.file, released)}
            if found.timestamp:
                info["timestamp"] = found.timestamp
            return info

    archive_dir = downloaded / "archive"
    archive_dir.mkdir(parents=True, exist_ok=True)
    _shutil.copyfile(archive, archive_dir / Path(archive).name)
    config = course_config(course_dir)
    config.ZipCollectApp.extractor_plugin = SafeExtractor
    config.ZipCollectApp.collector_plugin = LmsCollector
    config.ZipCollectApp.force = True
    config.ZipCollectApp.log_level = logging.ERROR
    config.CourseDirectory.assignment_id = assignment_id
    app = ZipCollectApp(config=config)
    with _quiet_nbgrader():
        app.initialize([])
        app.log.setLevel(logging.ERROR)
        app.coursedir.assignment_id = assignment_id
        try:
            app.start()
        except SystemExit:
            raise AiNoordError(f"nbgrader zip_collect failed for {archive}; see {course_dir / 'downloaded'}") from None
    return {"collected": sorted(outcome["collected"]), "skipped": outcome["skipped"]}


def submission_details(course_dir: Path, assignment_id: str) -> list[dict]:
    """Everything the gradebook knows about each submission of an assignment, as plain data.

    One dict per submission: student (id, names), timestamp, seconds late, score and max score, and per
    notebook the grades of its cells (grade id, score, max, needs manual grade, cell type) and the
    comments an instructor wrote.
    """
    import warnings

    from nbgrader.api import MissingEntry

    details = []
    with gradebook(course_dir) as book, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            assignment = book.find_assignment(assignment_id)
        except MissingEntry:
            raise AiNoordError(f"assignment {assignment_id!r} is not in the gradebook; run ai-noord build first") from None
        for submission in assignment.submissions:
            notebooks = []
            for notebook in submission.notebooks:
                comments = {c.name: (c.manual_comment or c.auto_comment or "") for c in notebook.comments}
                notebooks.append({
                    "name": notebook.name,
                    "grades": [{
                        "grade_id": g.name, "score": float(g.score), "max_score": float(g.max_score),
                        "needs_manual_grade": bool(g.needs_manual_grade), "cell_type": g.cell_type,
                        "comment": comments.get(g.name, ""),
                    } for g in notebook.grades],
                })
            details.append({
                "student": submission.student.id,
                "first_name": submission.student.first_name or "",
                "last_name": submission.student.last_name or "",
                "email": submission.student.email or "",
                "timestamp": submission.timestamp.isoformat() if submission.timestamp else "",
                "seconds_late": float(submission.total_seconds_late or 0),
                "score": float(submission.score),
                "max_score": float(submission.max_score),
                "needs_manual_grade": bool(submission.needs_manual_grade),
                "notebooks": notebooks,
            })
    return sorted(details, key=lambda d: d["student"])


def graded_assignments(course_dir: Path) -> list[str]:
    """Ids of the gradebook's assignments that have at least one submission, in the gradebook's order."""
    import warnings

    with gradebook(course_dir) as book, warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [a.name for a in book.assignments if a.submissions]


# --- grading ---
# What ``autograder.grade`` needs from nbgrader: its gradebook, its sanitize preprocessors (restore locked
# and grade cells, add missing ones back), and its scoring -- with the verdict of each test cell taken
# from the sandboxed runner instead of from stderr. Code is never executed here.
#
# Speed: nbgrader's preprocessors open a new ``Gradebook`` (engine, schema check) for every notebook
# and validate every cell's metadata with a fresh JSON-schema run. While a ``GradingSession`` works
# they borrow its one open gradebook, and identical metadata is validated once.

_GRADEBOOK_USERS = ("overwritecells", "overwritekernelspec", "saveautogrades", "latesubmissions")


def _verdict_cell(cell, verdict: str):
    """A copy of ``cell`` whose outputs say exactly what the runner decided (stderr is not a failure)."""
    import copy

    from nbformat.v4 import new_output

    shown = copy.deepcopy(cell)
    shown.outputs = [o for o in shown.outputs if not (o.output_type == "stream" and o.name == "stderr")]
    if verdict != "ok":
        shown.outputs = [o for o in shown.outputs if o.output_type != "execute_result"]
        if not any(o.output_type == "error" for o in shown.outputs):
            shown.outputs.append(new_output("error", ename="Error", evalue="", traceback=[]))
    else:
        shown.outputs = [o for o in shown.outputs if o.output_type != "error"]
    return shown


class _LentGradebook:
    """An open ``Gradebook`` lent to nbgrader code: its ``with`` blocks and ``close()`` leave it open."""

    def __init__(self, book):
        self._book = book

    def __getattr__(self, name):
        return getattr(self._book, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None

    def close(self):
        return None


@contextlib.contextmanager
def _lend(book):
    import importlib

    modules = [importlib.import_module(f"nbgrader.preprocessors.{name}") for name in _GRADEBOOK_USERS]
    saved = [module.Gradebook for module in modules]
    lent = _LentGradebook(book)
    for module in modules:
        module.Gradebook = lambda *args, **kwargs: lent
    try:
        yield
    finally:
        for module, original in zip(modules, saved):
            module.Gradebook = original


def _grading_classes():
    """nbgrader's CheckCellMetadata and SaveAutoGrades, adapted as described above."""
    import json

    from nbgrader import utils
    from nbgrader.nbgraderformat import MetadataValidator, ValidationError
    from nbgrader.preprocessors import CheckCellMetadata, SaveAutoGrades

    class CachedValidator(MetadataValidator):
        seen: set = set()

        def validate_cell(self, cell):
            meta = cell.metadata.get("nbgrader")
            key = None if meta is None else (cell.cell_type, json.dumps(meta, sort_keys=True, default=str))
            if key is not None and key in self.seen:
                return
            super().validate_cell(cell)
            if key is not None:
                self.seen.add(key)

    class CachedCheckCellMetadata(CheckCellMetadata):
        """CheckCellMetadata that validates each distinct cell metadata once."""

        def preprocess(self, nb, resources):
            try:
                CachedValidator().validate_nb(nb)
            except ValidationError as error:
                raise ValidationError(f"Notebook failed to validate; the nbgrader metadata may be corrupted "
                                      f"({error})") from None
            return nb, resources

    class SaveRunnerGrades(SaveAutoGrades):
        """nbgrader's SaveAutoGrades, scoring each test cell by the runner's verdict."""

        def preprocess_cell(self, cell, resources, index):
            scored = cell
            if utils.is_grade(cell) and cell.cell_type == "code" and not utils.is_solution(cell):
                scored = _verdict_cell(cell, resources["ai_noord"]["verdicts"].get(index, "not-run"))
            super().preprocess_cell(scored, resources, index)
            return cell, resources

        def _add_score(self, cell, resources):
            super()._add_score(cell, resources)
            review = resources["ai_noord"]["review"]
            grade_id = cell.metadata["nbgrader"]["grade_id"]
            if grade_id in review:
                grade = self.gradebook.find_grade(grade_id, self.notebook_id, self.assignment_id, self.student_id)
                if review[grade_id] == "zero":
                    grade.auto_score = 0
                grade.needs_manual_grade = True
                self.gradebook.db.commit()

    return CachedCheckCellMetadata, SaveRunnerGrades


class GradingSession:
    """nbgrader's gradebook and preprocessors for grading one assignment in one course folder.

    Use it as a context manager (or call ``close()``): it keeps the gradebook open while it works.
    """

    def __init__(self, course_dir: Path, assignment_id: str):
        ensure_tool_path()
        from nbgrader import utils
        from nbgrader.api import Gradebook, MissingEntry
        from nbgrader.coursedir import CourseDirectory
        from nbgrader.preprocessors import (AssignLatePenalties, ClearOutput, DeduplicateIds, IgnorePattern,
                                            LimitOutput, OverwriteCells, OverwriteKernelspec)

        self.course_dir = Path(course_dir).resolve()
        self.assignment_id = assignment_id
        self.config = course_config(self.course_dir)
        self.config.OverwriteCells.add_missing_cells = True
        self.coursedir = CourseDirectory(config=self.config)
        self.db_url = self.coursedir.db_url
        self.utils = utils
        check, save = _grading_classes()
        self.sanitizers = [cls(config=self.config) for cls in
                           (ClearOutput, DeduplicateIds, OverwriteKernelspec, OverwriteCells, check)]
        self.finishers = [cls(config=self.config) for cls in
                          (IgnorePattern, LimitOutput, save, AssignLatePenalties, check)]
        self.hidden_delimiters = (self.config.ClearHiddenTests.get("begin_test_delimeter", "BEGIN HIDDEN TESTS"),
                                  self.config.ClearHiddenTests.get("end_test_delimeter", "END HIDDEN TESTS"))
        self.book = Gradebook(self.db_url, course_id=self.config.CourseDirectory.course_id)
        try:
            self.notebooks = [nb.name for nb in self.book.find_assignment(assignment_id).notebooks]
        except MissingEntry:
            self.close()
            raise AiNoordError(f"assignment {assignment_id!r} is not in the gradebook of {self.course_dir}; "
                               f"run ai-noord build first") from None
        if not self.notebooks:
            self.close()
            raise AiNoordError(f"assignment {assignment_id!r} has no notebooks; run ai-noord build first")

    def __enter__(self) -> "GradingSession":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        if self.book is not None:
            self.book.close()
            self.book = None

    def rollback(self) -> None:
        """Forget a half-done gradebook change after an error, so the next submission starts clean."""
        try:
            self.book.db.rollback()
        except Exception:  # noqa: BLE001 - nothing to roll back
            pass

    def path(self, step: str, student_id: str = ".") -> Path:
        """``source``/``submitted``/``autograded`` folder of this assignment (for one student)."""
        folder = getattr(self.coursedir, f"{step}_directory")
        return Path(self.coursedir.format_path(folder, student_id, self.assignment_id))

    def students(self) -> list[str]:
        """Students with a submission folder for this assignment, sorted."""
        root = Path(self.coursedir.format_path(self.coursedir.submitted_directory, "*", self.assignment_id))
        return sorted(p.parent.name for p in root.parent.parent.glob(f"*/{self.assignment_id}") if p.is_dir())

    def ignored(self, name: str) -> bool:
        import fnmatch
        return any(fnmatch.fnmatch(name, pattern) for pattern in self.coursedir.ignore)

    def begin_submission(self, student_id: str) -> None:
        """Create (or keep) the student and the submission row, with the submission's timestamp."""
        import warnings

        timestamp = self.coursedir.get_existing_timestamp(str(self.path("submitted", student_id)))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # SQLAlchemy's autoflush notes on nbgrader's lazy relations
            self.book.update_or_create_student(student_id)
            if timestamp:
                self.book.update_or_create_submission(self.assignment_id, student_id, timestamp=timestamp)
            else:
                self.book.update_or_create_submission(self.assignment_id, student_id)

    def _resources(self, student_id: str, notebook_id: str) -> dict:
        return {"unique_key": notebook_id, "output_files_dir": f"{notebook_id}_files",
                "nbgrader": {"student": student_id, "assignment": self.assignment_id, "notebook": notebook_id,
                             "db_url": self.db_url}}

    def sanitize(self, nb, student_id: str, notebook_id: str):
        """nbgrader's sanitize pass: clear outputs, deduplicate ids, restore kernelspec and locked cells."""
        import nbformat

        resources = self._resources(student_id, notebook_id)
        with _lend(self.book):
            for preprocessor in self.sanitizers:
                nb, resources = preprocessor.preprocess(nb, resources)
                if type(preprocessor).__name__ == "DeduplicateIds":
                    for cell in nb.cells:  # an earlier duplicate is left as an ordinary cell, not a broken one
                        if cell.metadata.get("nbgrader", None) == {}:
                            del cell.metadata["nbgrader"]
        return nbformat.from_dict(nb)

    def save(self, nb, student_id: str, notebook_id: str, verdicts: dict, review: dict):
        """Score ``nb`` into the gradebook: ``verdicts`` by cell index; ``review`` grade id -> "zero"/"keep"."""
        resources = self._resources(student_id, notebook_id)
        resources["ai_noord"] = {"verdicts": verdicts, "review": review}
        with _lend(self.book):
            for preprocessor in self.finishers:
                nb, resources = preprocessor.preprocess(nb, resources)
        return nb

    def zero_notebook(self, student_id: str, notebook_id: str, *, review: bool) -> None:
        """A notebook that is missing or unreadable: every grade 0 (marked for review when ``review``)."""
        submission = self.book.find_submission_notebook(notebook_id, self.assignment_id, student_id)
        for grade in submission.grades:
            grade.auto_score = 0
            grade.needs_manual_grade = review
        self.book.db.commit()

    def grade_cells(self, nb) -> dict:
        """Cell index -> (grade id, is an autograded test cell) for every grade cell of ``nb``."""
        utils = self.utils
        return {i: (c.metadata.nbgrader["grade_id"], c.cell_type == "code" and not utils.is_solution(c))
                for i, c in enumerate(nb.cells) if utils.is_grade(c)}

    def score(self, student_id: str) -> tuple[float, float]:
        """(score, max score) of this student's submission in the gradebook."""
        submission = self.book.find_submission(self.assignment_id, student_id)
        return float(submission.score), float(submission.max_score)

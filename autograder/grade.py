"""``ai-noord grade``: autograde every submission of an assignment, safely and in parallel.

The pipeline is nbgrader's own, with one step replaced::

    submitted/<student>/<assignment>/<nb>.ipynb
      -> nbgrader sanitize (ClearOutput, DeduplicateIds, OverwriteKernelspec, OverwriteCells with
         add_missing_cells, CheckCellMetadata)                              [grader process, gradebook]
      -> run the code cells in a fresh sandboxed child of the warm runner  [worker thread -> runner, zygote]
      -> outputs back into the notebook; hidden-test text redacted from outputs
      -> IgnorePattern, LimitOutput, SaveAutoGrades (verdict from the runner), AssignLatePenalties,
         CheckCellMetadata                                                  [grader process, gradebook]
      -> autograded/<student>/<assignment>/, then a record in .ai-noord/grading/<assignment>/<student>.json

Only the grader's main thread touches the gradebook. A submission whose record exists (same files) is
not graded again, so a run that was killed can simply be started again: every step before the record
is idempotent (nbgrader updates grade rows in place), so nothing is lost or counted twice.
"""

from __future__ import annotations

import concurrent.futures
import hashlib
import json
import os
import queue
import shutil
import sys
import tempfile
import time
import traceback
import warnings
from dataclasses import asdict, dataclass, field
from pathlib import Path

import nbformat

from . import nbgrader_bridge, sandbox
from .errors import AiNoordError
from .grade_outputs import apply_outputs, hidden_test_lines, redact_hidden, review_cells, scrub
from .runner import WarmRunner

__all__ = ["GradeSummary", "SubmissionResult", "grade_assignment", "hidden_test_lines", "load_results"]

ENGINE_VERSION = "1"
LEDGER = Path(".ai-noord") / "grading"
MAX_EXTRA_BYTES = 64 * 2**20


@dataclass
class SubmissionResult:
    """How one submission ended: ``graded``, ``flagged`` (a person should look) or ``failed``."""

    student: str
    outcome: str
    score: float | None = None
    max_score: float | None = None
    reasons: list = field(default_factory=list)
    seconds: float = 0.0
    resumed: bool = False  # graded by an earlier run with the same files


@dataclass
class GradeSummary:
    """The result of ``grade_assignment``: per submission, and totals for the summary line."""

    assignment: str
    isolation: str
    workers: int
    results: list
    seconds: float

    def _count(self, outcome: str) -> int:
        return sum(1 for r in self.results if r.outcome == outcome)

    @property
    def graded(self) -> int:
        return self._count("graded")

    @property
    def flagged(self) -> int:
        return self._count("flagged")

    @property
    def failed(self) -> int:
        return self._count("failed")

    @property
    def seconds_per_submission(self) -> float:
        done = [r for r in self.results if not r.resumed]
        return self.seconds / len(done) if done else 0.0

    def text(self) -> str:
        """A short report for the terminal: totals, then every flagged or failed submission with reasons."""
        resumed = sum(1 for r in self.results if r.resumed)
        lines = [f"{self.assignment}: {self.graded} graded, {self.flagged} flagged, {self.failed} failed"
                 + (f" ({resumed} already graded earlier)" if resumed else ""),
                 f"{self.seconds:.1f} s in total, {self.seconds_per_submission:.2f} s per submission, "
                 f"{self.workers} workers, isolation: {self.isolation}"]
        for result in self.results:
            if result.outcome != "graded":
                score = f" {result.score:g}/{result.max_score:g}" if result.score is not None else ""
                lines.append(f"  {result.outcome} {result.student}{score}: " + "; ".join(result.reasons[:4]))
        return "\n".join(lines)

    def __str__(self) -> str:
        return self.text()


@dataclass
class _Plan:
    """One notebook of one submission, sanitized and ready to run."""

    notebook_id: str
    nb: object
    cells: list
    source_path: Path


@dataclass
class _Submission:
    student: str
    fingerprint: str
    plans: list = field(default_factory=list)
    reasons: list = field(default_factory=list)
    flagged: bool = False
    started: float = 0.0
    runs: list = field(default_factory=list)


# -- public API ---------------------------------------------------------------------------------


def grade_assignment(course_dir, assignment: str, *, workers: int = 2, timeout: float = 30.0,
                     notebook_timeout: float = 300.0, memory_mb: int = 1536, max_processes: int = 64,
                     max_output_kb: int = 256, max_rich_output_kb: int = 1024, isolation: str = "auto", students: list[str] | None = None,
                     force: bool = False, progress: bool = True) -> GradeSummary:
    """Autograde ``course_dir/submitted/*/assignment`` with nbgrader's pipeline and the sandboxed runner.

    ``timeout`` is per cell, ``notebook_timeout`` per notebook (wall seconds; CPU time is limited to the
    same); ``memory_mb`` is the memory a notebook may add to the warm interpreter; ``max_output_kb`` and
    ``max_rich_output_kb`` cap a notebook's text and its rich (HTML, images) output; ``isolation`` is
    ``auto`` or a level from ``sandbox.LEVELS``. ``force`` grades again even submissions already
    recorded as graded. Every submission ends graded, flagged or failed, with reasons.
    """
    if workers < 1:
        raise AiNoordError("--workers must be at least 1")
    course_dir = Path(course_dir).resolve()
    if not (course_dir / "nbgrader_config.py").is_file() and not (course_dir / "gradebook.db").is_file():
        raise AiNoordError(f"{course_dir} is not a course folder (no nbgrader_config.py); run ai-noord build")
    try:
        level = sandbox.resolve_level(isolation)
    except ValueError as error:
        raise AiNoordError(str(error)) from None
    limits = sandbox.Limits(cell_timeout=float(timeout), notebook_timeout=float(notebook_timeout),
                            cpu_seconds=int(notebook_timeout) + 5, memory_bytes=int(memory_mb) * 2**20,
                            processes=int(max_processes), text_output_bytes=int(max_output_kb) * 1024,
                            rich_output_bytes=int(max_rich_output_kb) * 1024)
    with nbgrader_bridge.GradingSession(course_dir, assignment) as session:
        return _grade(session, course_dir, assignment, workers=workers, limits=limits, level=level,
                      students=students, force=force, progress=progress)


def _grade(session, course_dir: Path, assignment: str, *, workers: int, limits, level: str, students,
           force: bool, progress: bool) -> GradeSummary:
    wanted = session.students()
    if students is not None:
        missing = sorted(set(students) - set(wanted))
        if missing:
            raise AiNoordError(f"no submission of {assignment} for: {', '.join(missing)}")
        wanted = [s for s in wanted if s in set(students)]
    if not wanted:
        raise AiNoordError(f"no submissions in {session.path('submitted', '*')}; collect them first")
    grader = _Grader(session, limits, level, force=force)
    started = time.monotonic()
    results = grader.run(wanted, workers=workers, progress=progress)
    return GradeSummary(assignment, level, workers, results, time.monotonic() - started)


def load_results(course_dir, assignment: str) -> dict:
    """The recorded outcome of every graded submission: student -> record (outcome, score, reasons...)."""
    folder = Path(course_dir) / LEDGER / assignment
    records = {}
    for path in sorted(folder.glob("*.json")):
        try:
            records[path.stem] = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    return records


# -- the grader -----------------------------------------------------------------------------------


class _Grader:
    def __init__(self, session, limits: sandbox.Limits, level: str, *, force: bool):
        self.session = session
        self.limits = limits
        self.level = level
        self.force = force
        self.ledger = session.course_dir / LEDGER / session.assignment_id
        self.source = session.path("source")
        self.hidden = []  # hidden-test lines of the source notebooks: never in a reason either
        for path in sorted(self.source.glob("*.ipynb")):
            try:
                self.hidden += hidden_test_lines(nbformat.read(str(path), as_version=4), session.hidden_delimiters)
            except Exception:  # noqa: BLE001 - the gradebook holds the tests; this is only a safety net
                continue

    def run(self, students: list[str], *, workers: int, progress: bool) -> list:
        from tqdm import tqdm

        results: dict[str, SubmissionResult] = {}
        todo = []
        for student in students:
            record = self._done(student)
            if record is not None:
                results[student] = record
            else:
                todo.append(student)
        bar = tqdm(total=len(students), initial=len(results), file=sys.stderr, disable=not progress,
                   unit="submission", desc=f"grading {self.session.assignment_id}")
        if todo:
            self.ledger.mkdir(parents=True, exist_ok=True)
            scratch = _new_scratch()
            try:
                with WarmRunner(level=self.level, scratch=scratch, hidden=[self.session.course_dir, scratch],
                                preload=_imports(self.source)) as runner:
                    self._run_all(todo, runner, scratch, workers, results, bar)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
        bar.close()
        return [results[s] for s in students]

    def _run_all(self, todo, runner, scratch: Path, workers: int, results: dict, bar) -> None:
        slots: queue.Queue = queue.Queue()
        for slot in range(workers):
            slots.put(slot)
        pending = list(todo)
        inflight: dict = {}
        with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
            while pending or inflight:
                while pending and len(inflight) < workers * 2:
                    student = pending.pop(0)
                    submission = self._safely(student, results, self._prepare, student)
                    if submission is None:
                        bar.update()
                        continue
                    future = pool.submit(self._execute, submission, runner, scratch, slots)
                    inflight[future] = submission
                done, _ = concurrent.futures.wait(inflight, return_when=concurrent.futures.FIRST_COMPLETED)
                for future in done:
                    submission = inflight.pop(future)
                    try:
                        submission.runs = future.result()
                    except Exception as error:  # noqa: BLE001 - a runner failure fails one submission
                        results[submission.student] = self._failed(submission.student, error)
                    else:
                        result = self._safely(submission.student, results, self._finish, submission)
                        if result is not None:
                            results[submission.student] = result
                    bar.update()

    def _safely(self, student: str, results: dict, step, *args):
        try:
            return step(*args)
        except Exception as error:  # noqa: BLE001 - one broken submission never stops the batch
            results[student] = self._failed(student, error)
            self.session.rollback()
            return None

    def _failed(self, student: str, error: Exception) -> SubmissionResult:
        detail = "".join(traceback.format_exception_only(type(error), error)).strip().splitlines()[-1]
        return SubmissionResult(student, "failed", reasons=[scrub(f"grader error: {detail}", self.hidden)])

    # -- before running: resume check, gradebook rows, sanitize (main thread) --------------------

    def _done(self, student: str) -> SubmissionResult | None:
        path = self.ledger / f"{student}.json"
        if self.force or not path.is_file() or not self.session.path("autograded", student).is_dir():
            return None
        try:
            record = json.loads(path.read_text(encoding="utf-8"))
            if record["fingerprint"] != _fingerprint(self.session.path("submitted", student)) or \
                    record["engine"] != ENGINE_VERSION:
                return None
            fields = {k: record[k] for k in ("student", "outcome", "score", "max_score", "reasons", "seconds")}
            return SubmissionResult(**fields, resumed=True)
        except (OSError, ValueError, KeyError, TypeError):  # a damaged record: grade again
            return None

    def _prepare(self, student: str) -> _Submission:
        folder = self.session.path("submitted", student)
        submission = _Submission(student, _fingerprint(folder), started=time.monotonic())
        self.session.begin_submission(student)
        present = sorted(p for p in folder.glob("*.ipynb") if p.is_file() and not p.is_symlink())
        expected = self.session.notebooks
        unknown = [p for p in present if p.stem not in expected]
        for notebook_id in expected:
            path = folder / f"{notebook_id}.ipynb"
            if not path.is_file() or path.is_symlink():
                if len(expected) == 1 and len(unknown) == 1:
                    path = unknown[0]
                    submission.flagged = True
                    submission.reasons.append(f"notebook renamed to {path.name}; graded as {notebook_id}.ipynb")
                else:
                    self.session.zero_notebook(student, notebook_id, review=False)
                    submission.reasons.append(f"{notebook_id}.ipynb is missing: 0 points")
                    continue
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # nbformat's notes on old or id-less notebooks
                    nb = nbformat.read(str(path), as_version=4)
            except Exception as error:  # noqa: BLE001 - JSON, schema or encoding: all unreadable
                self._unreadable(submission, notebook_id, f"{path.name} is not a readable notebook "
                                                          f"({_first_line(error)})")
                continue
            try:
                nb = self.session.sanitize(nb, student, notebook_id)
            except Exception as error:  # noqa: BLE001 - e.g. inconsistent checksums after tampering
                self._unreadable(submission, notebook_id, f"{path.name}: nbgrader could not restore its "
                                                          f"cells ({scrub(_first_line(error), self.hidden)})")
                continue
            cells = _code_cells(nb, self.session.grade_cells(nb))
            submission.plans.append(_Plan(notebook_id, nb, cells, path))
        return submission

    def _unreadable(self, submission: _Submission, notebook_id: str, reason: str) -> None:
        self.session.zero_notebook(submission.student, notebook_id, review=True)
        submission.flagged = True
        submission.reasons.append(reason + ": 0 points, review")

    # -- running (worker threads: no gradebook here) -----------------------------------------------

    def _execute(self, submission: _Submission, runner: WarmRunner, scratch: Path, slots: queue.Queue) -> list:
        slot = slots.get()
        try:
            runs = []
            for number, plan in enumerate(submission.plans):
                jobdir = scratch / f"{submission.student}-{number}-{slot}"
                files = jobdir / "files"
                _copy_extra_files(self.session.path("submitted", submission.student), files, self.session)
                _copy_extra_files(self.source, files, self.session)
                try:
                    runs.append(runner.run(plan.cells, workdir=files, jobdir=jobdir, slot=slot,
                                           limits=self.limits))
                finally:
                    shutil.rmtree(jobdir, ignore_errors=True)
            return runs
        finally:
            slots.put(slot)

    # -- after running: outputs, scores, files, record (main thread) -----------------------------

    def _finish(self, submission: _Submission) -> SubmissionResult:
        session = self.session
        reasons, flagged = list(submission.reasons), submission.flagged
        written = []
        for plan, run in zip(submission.plans, submission.runs):
            grade_cells = session.grade_cells(plan.nb)
            verdicts = apply_outputs(plan.nb, run)
            redact_hidden(plan.nb, session.hidden_delimiters)
            review, run_flagged, run_reasons = review_cells(plan.nb, run, grade_cells)
            flagged = flagged or run_flagged
            reasons.extend(run_reasons)
            nb = session.save(plan.nb, submission.student, plan.notebook_id, verdicts, review)
            written.append((plan.notebook_id, nb))
        self._write_autograded(submission.student, written)
        score, max_score = session.score(submission.student)
        outcome = "flagged" if flagged else "graded"
        reasons = [scrub(reason, self.hidden) for reason in reasons]
        result = SubmissionResult(submission.student, outcome, score, max_score, reasons,
                                  round(time.monotonic() - submission.started, 3))
        record = {**asdict(result), "fingerprint": submission.fingerprint, "engine": ENGINE_VERSION,
                  "isolation": self.level}
        record.pop("resumed")
        _write_atomic(self.ledger / f"{submission.student}.json", json.dumps(record, indent=1))
        return result

    def _write_autograded(self, student: str, notebooks: list) -> None:
        dest = self.session.path("autograded", student)
        staging = dest.parent / f".{dest.name}.ai-noord-tmp"
        shutil.rmtree(staging, ignore_errors=True)
        _copy_extra_files(self.session.path("submitted", student), staging, self.session)
        _copy_extra_files(self.source, staging, self.session)
        submitted_stamp = self.session.path("submitted", student) / "timestamp.txt"
        if submitted_stamp.is_file() and not submitted_stamp.is_symlink():  # nbgrader keeps it for feedback
            shutil.copyfile(submitted_stamp, staging / "timestamp.txt")
        for notebook_id, nb in notebooks:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                nbformat.write(nb, str(staging / f"{notebook_id}.ipynb"))
        for path in staging.rglob("*"):
            if path.is_file():
                path.chmod(0o444)
        shutil.rmtree(dest, ignore_errors=True)
        dest.parent.mkdir(parents=True, exist_ok=True)
        os.replace(staging, dest)


# -- helpers ------------------------------------------------------------------------------------------


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    return (text.splitlines()[0] if text else type(error).__name__)[:200]


def _fingerprint(folder: Path) -> str:
    """A hash of every regular file in a submission folder (names and contents) and the engine version."""
    digest = hashlib.sha256(ENGINE_VERSION.encode())
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            digest.update(str(path.relative_to(folder)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _code_cells(nb, grade_cells: dict) -> list:
    """(index, source, is_test) for every code cell, in order."""
    cells = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type == "code":
            source = cell.source if isinstance(cell.source, str) else \
                "".join(map(str, cell.source)) if isinstance(cell.source, list) else str(cell.source)
            cells.append((index, source, bool(grade_cells.get(index, (None, False))[1])))
    return cells


def _new_scratch() -> Path:
    """A private temporary folder for this run; folders left by runs that were killed are removed."""
    for old in Path(tempfile.gettempdir()).glob("ai-noord-grade-*"):
        try:
            pid = int((old / "grader.pid").read_text())
        except (OSError, ValueError):
            continue
        if not Path(f"/proc/{pid}").exists():
            shutil.rmtree(old, ignore_errors=True)
    scratch = Path(tempfile.mkdtemp(prefix="ai-noord-grade-"))
    (scratch / "grader.pid").write_text(str(os.getpid()))
    return scratch


def _imports(source: Path) -> list[str]:
    """Modules the assignment's source notebooks import: the warm runner imports them once, up front."""
    import ast

    names: list[str] = []
    for path in sorted(source.glob("*.ipynb")):
        try:
            cells = nbformat.read(str(path), as_version=4).cells
        except Exception:  # noqa: BLE001
            continue
        for cell in cells:
            try:
                tree = ast.parse(cell.source if cell.cell_type == "code" else "")
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                if isinstance(node, ast.Import):
                    names += [alias.name for alias in node.names]
                elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                    names.append(node.module)
    return sorted(set(names))


def _copy_extra_files(source: Path, dest: Path, session) -> None:
    """Copy regular, non-notebook files (no symlinks, nothing ignored, 64 MB at most) like nbgrader does."""
    dest.mkdir(parents=True, exist_ok=True)
    if not source.is_dir():
        return
    total = 0
    for dirpath, dirnames, filenames in os.walk(source):
        dirnames[:] = [d for d in dirnames if not session.ignored(d) and not os.path.islink(os.path.join(dirpath, d))]
        for name in filenames:
            path = Path(dirpath) / name
            if name.endswith(".ipynb") or name == "timestamp.txt" or session.ignored(name) or path.is_symlink() \
                    or not path.is_file():
                continue
            total += path.stat().st_size
            if total > MAX_EXTRA_BYTES:
                return
            target = dest / path.relative_to(source)
            target.parent.mkdir(parents=True, exist_ok=True)
            if target.exists():
                target.chmod(0o644)
                target.unlink()
            shutil.copyfile(path, target)


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(text, encoding="utf-8")
    os.replace(temporary, path)

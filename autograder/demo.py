"""``ai-noord demo``: the whole instructor loop on a generated sample class, offline.

build -> a sample class of submissions with a known spread -> autograde -> feedback -> grade export,
then a summary that compares each grade with the score the sample was built to earn.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from . import nbgrader_bridge
from .build import build_course
from .course import load_course
from .errors import AiNoordError
from .export import export_grades
from .feedback import write_feedback
from .progress import progress
from .sample_class import SampleSubmission, make_sample_class

DEMO_ASSIGNMENT = "ai_basics"


@dataclass
class DemoResult:
    course_dir: Path
    submissions: list[SampleSubmission]
    scores: dict[str, float]
    export: Path
    seconds: float
    grading_summary: str = ""

    @property
    def mismatches(self) -> list[SampleSubmission]:
        return [s for s in self.submissions if self.scores.get(s.student) != s.expected_score]

    def text(self) -> str:
        by_kind: dict[str, list[str]] = {}
        for s in self.submissions:
            got = self.scores.get(s.student)
            entry = f"{s.student} {got:g}" if got is not None else f"{s.student} not graded"
            if got != s.expected_score:
                entry += f" (expected {s.expected_score:g})"
            by_kind.setdefault(s.kind, []).append(entry)
        lines = [f"AI Noord demo: {len(self.submissions)} submissions of {DEMO_ASSIGNMENT} built, graded and "
                 f"exported in {self.seconds:.0f} s (points per submission below)"]
        if self.grading_summary:
            lines.append(self.grading_summary)
        for kind, entries in by_kind.items():
            lines.append(f"  {kind:8s} ({len(entries):2d}): " + ", ".join(entries[:6]) + (" ..." if len(entries) > 6 else ""))
        verdict = ("every grade matches the score its sample was built to earn" if not self.mismatches else
                   f"{len(self.mismatches)} grades differ from the expected score: "
                   + ", ".join(s.student for s in self.mismatches))
        lines += [
            f"  check: {verdict}",
            "Where to look:",
            f"  course folder      {self.course_dir}",
            f"  graded notebooks   {self.course_dir / 'autograded'}",
            f"  feedback (HTML)    {self.course_dir / 'feedback'}",
            f"  grades (CSV)       {self.export}",
            f"  gradebook          {self.course_dir / 'gradebook.db'}",
        ]
        return "\n".join(lines)


def _grade(course_dir: Path, assignment: str, students: list[str], *, timeout: int) -> tuple[dict[str, float], str]:
    """Grade every submission; the safe engine when it is there, plain nbgrader otherwise."""
    try:
        from .grade import grade_assignment
    except ImportError:
        grade_assignment = None
    if grade_assignment is not None:
        summary = grade_assignment(course_dir, assignment, timeout=timeout)
        summary_text = summary.text()
    else:
        for student in progress(students, desc="grading"):
            nbgrader_bridge.autograde_plain(course_dir, assignment, student, timeout=timeout)
        summary_text = "graded with plain nbgrader autograde"
    scores = {row["student"]: row["score"] for row in nbgrader_bridge.submission_scores(course_dir, assignment)}
    return scores, summary_text


def run_demo(out: Path | None = None, *, size: int = 30, timeout: int = 10, lang: str = "nl") -> DemoResult:
    """Run the instructor loop in ``out`` (a new temporary folder if not given)."""
    start = time.monotonic()
    course = load_course()
    if out is None:
        out = Path(tempfile.mkdtemp(prefix="ai-noord-demo-"))
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise AiNoordError(f"{out} is not empty; give a new or empty folder with --out so nothing is overwritten")
    course_dir = out / "course"
    out.mkdir(parents=True, exist_ok=True)
    build_course(course_dir, lang=lang, assignments=[DEMO_ASSIGNMENT], course=course)
    notebook = course.assignment(DEMO_ASSIGNMENT).notebook
    submissions = make_sample_class(course_dir, DEMO_ASSIGNMENT, notebook, size=size)
    nbgrader_bridge.add_students(course_dir, [
        {"id": s.student, "first_name": s.first_name, "last_name": s.last_name} for s in submissions])
    scores, summary_text = _grade(course_dir, DEMO_ASSIGNMENT, [s.student for s in submissions], timeout=timeout)
    write_feedback(course_dir, DEMO_ASSIGNMENT)
    export = export_grades(course_dir, lms="csv", out=out / "grades.csv")
    return DemoResult(course_dir, submissions, scores, export, time.monotonic() - start, summary_text)

"""``ai-noord demo``: the whole instructor loop on a generated sample class, offline.

build -> a sample class with a known spread of answers, as a Brightspace class list and bulk download
-> roster import -> safe collection -> ai-noord grade -> feedback -> course report -> grade exports ->
AI-literacy records, then a summary that compares each grade with the score its sample was built to earn.
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
from .sample_class import SampleSubmission, sample_submissions, write_brightspace_download

DEMO_ASSIGNMENT = "ai_basics"


@dataclass
class DemoResult:
    course_dir: Path
    submissions: list[SampleSubmission]
    scores: dict[str, float]
    files: dict[str, Path]
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
        lines = [f"AI Noord demo: a class of {len(self.submissions)} collected from a Brightspace download, graded, "
                 f"given feedback, reported and exported in {self.seconds:.0f} s (points per submission below)"]
        if self.grading_summary:
            lines.append(self.grading_summary)
        for kind, entries in by_kind.items():
            lines.append(f"  {kind:8s} ({len(entries):2d}): " + ", ".join(entries[:6]) + (" ..." if len(entries) > 6 else ""))
        verdict = ("every grade matches the score its sample was built to earn" if not self.mismatches else
                   f"{len(self.mismatches)} grades differ from the expected score: "
                   + ", ".join(s.student for s in self.mismatches))
        width = max(len(label) for label in self.files)
        lines += [f"  check: {verdict}", "Where to look (open the course report in a browser first):"]
        lines += [f"  {label.ljust(width)}  {path}" for label, path in self.files.items()]
        return "\n".join(lines)


def run_demo(out: Path | None = None, *, size: int = 30, timeout: int = 10, lang: str = "nl") -> DemoResult:
    """Run the instructor loop in ``out`` (a new temporary folder if not given)."""
    from .collect import collect_zip, import_roster
    from .grade import grade_assignment
    from .records import write_records
    from .report import write_report

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
    samples = sample_submissions(course_dir, DEMO_ASSIGNMENT, notebook, size=size)
    classlist, download = write_brightspace_download(samples, DEMO_ASSIGNMENT, notebook, out / "lms")
    import_roster(course_dir, classlist)
    collect_zip(course_dir, DEMO_ASSIGNMENT, download, lms="brightspace")
    summary = grade_assignment(course_dir, DEMO_ASSIGNMENT, timeout=timeout)
    scores = {row["student"]: row["score"] for row in nbgrader_bridge.submission_scores(course_dir, DEMO_ASSIGNMENT)}
    write_feedback(course_dir, DEMO_ASSIGNMENT)
    report = write_report(course_dir, out=out / "report.html")
    exports = {lms: export_grades(course_dir, lms=lms, out=out / f"grades-{lms}.csv") for lms in ("csv", "brightspace")}
    records = write_records(course_dir, out=out / "records", course=course)
    return DemoResult(course_dir=course_dir, submissions=[sample for sample, _ in samples], scores=scores,
                      files={"LMS class list and download": out / "lms", "graded notebooks": course_dir / "autograded",
                             "feedback per student (HTML)": course_dir / "feedback", "course report": report,
                             "grades (CSV, 1-10)": exports["csv"], "grades for Brightspace": exports["brightspace"],
                             "AI-literacy records (mkb)": records, "gradebook": course_dir / "gradebook.db"},
                      seconds=time.monotonic() - start, grading_summary=summary.text())

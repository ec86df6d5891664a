"""AI-literacy records for the ``mkb`` track: what each learner completed, when, and which objectives it covers.

Article 4 of the EU AI Act (as amended by Regulation (EU) 2026/1744) asks providers and deployers of AI
systems to take measures to support the AI literacy of their staff. No certificate is required; the
Commission's Q&A on AI literacy (7 May 2025) says internal records are enough. These records are such
evidence for an employer's own file: one printable page per learner and one CSV for the organisation.
They hold names, completed assignments with dates and results, and the objectives covered -- nothing else.
"""

from __future__ import annotations

import csv
import html
from dataclasses import dataclass
from pathlib import Path

from . import nbgrader_bridge
from .course import Course, load_course
from .errors import AiNoordError
from .export import spreadsheet_safe
from .report import GradingRule


@dataclass(frozen=True)
class Completion:
    student: str
    name: str
    module: str
    module_title: str
    assignment: str
    submitted: str
    result: str          # "passed" or "attempted"
    study_hours: float
    objectives: tuple[tuple[str, str], ...]   # (objective id, text)


def completions(course_dir: Path, course: Course, *, track: str = "mkb", lang: str = "nl",
                rule: GradingRule = GradingRule()) -> list[Completion]:
    """One completion per learner and graded assignment of a module that the track includes."""
    rows = []
    graded = set(nbgrader_bridge.graded_assignments(course_dir))
    for module in course.modules:
        assignment = module.assignment
        if assignment is None or assignment.id not in graded:
            continue
        objectives = tuple((o["id"], o[lang]) for o in module.objectives)
        for row in nbgrader_bridge.submission_details(course_dir, assignment.id):
            passed = rule.grade(row["score"], row["max_score"]) >= rule.pass_mark
            rows.append(Completion(
                student=row["student"], name=f"{row['first_name']} {row['last_name']}".strip(),
                module=module.id, module_title=module.title[lang], assignment=assignment.id,
                submitted=row["timestamp"][:10], result="passed" if passed else "attempted",
                study_hours=float(module.study_hours.get(track, 0)), objectives=objectives))
    return rows


TEXT = {
    "nl": {"title": "Overzicht AI-geletterdheid", "module": "Module", "date": "Ingeleverd", "result": "Resultaat",
           "hours": "Studie-uren", "objectives": "Leerdoelen", "passed": "voldoende", "attempted": "gemaakt",
           "intro": "Dit overzicht laat zien welke onderdelen van de cursus AI Noord deze deelnemer heeft afgerond. "
                    "Het is bedoeld voor het eigen dossier van de werkgever over AI-geletterdheid (artikel 4 van de "
                    "AI-verordening). Een certificaat is niet verplicht; controleer de actuele tekst op EUR-Lex."},
    "en": {"title": "AI literacy record", "module": "Module", "date": "Submitted", "result": "Result",
           "hours": "Study hours", "objectives": "Objectives", "passed": "passed", "attempted": "attempted",
           "intro": "This record shows which parts of the AI Noord course this participant completed. It is meant "
                    "for the employer's own file on AI literacy (Article 4 of the AI Act). No certificate is "
                    "required; check the current text on EUR-Lex."},
}


def render_page(name: str, items: list[Completion], lang: str) -> str:
    text = TEXT[lang]
    rows = "\n".join(
        f"<tr><td>{html.escape(c.module_title)}</td><td>{html.escape(c.submitted)}</td>"
        f"<td>{text[c.result]}</td><td>{c.study_hours:g}</td>"
        f"<td><ul>{''.join(f'<li>{html.escape(t)}</li>' for _, t in c.objectives)}</ul></td></tr>" for c in items)
    return f"""<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8"><title>{text['title']}: {html.escape(name)}</title>
<style>body{{font-family:system-ui,sans-serif;max-width:50rem;margin:2rem auto;line-height:1.45}}
table{{border-collapse:collapse;width:100%}}th,td{{border:1px solid #999;padding:.3rem .5rem;text-align:left;vertical-align:top}}
@media print{{body{{margin:0}}}}</style></head>
<body><h1>{text['title']}</h1><h2>{html.escape(name)}</h2><p>{text['intro']}</p>
<table><thead><tr><th>{text['module']}</th><th>{text['date']}</th><th>{text['result']}</th><th>{text['hours']}</th>
<th>{text['objectives']}</th></tr></thead><tbody>
{rows}
</tbody></table></body></html>
"""


def write_records(course_dir: Path, *, out: Path | None = None, track: str = "mkb", lang: str = "nl",
                  course: Course | None = None) -> Path:
    """Write ``records.csv`` and one printable page per learner into ``out`` (default DIR/records/)."""
    course = course or load_course()
    items = completions(Path(course_dir), course, track=track, lang=lang)
    if not items:
        raise AiNoordError("no graded assignments to record yet; run ai-noord grade ASSIGNMENT first")
    out = Path(out) if out else Path(course_dir) / "records"
    out.mkdir(parents=True, exist_ok=True)
    with (out / "records.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, quoting=csv.QUOTE_ALL)
        writer.writerow(["student", "name", "module", "assignment", "submitted", "result", "study_hours",
                         "objective_ids"])
        for c in items:
            writer.writerow([spreadsheet_safe(v) for v in (c.student, c.name, c.module, c.assignment, c.submitted,
                                                           c.result, c.study_hours,
                                                           " ".join(i for i, _ in c.objectives))])
    by_student: dict[str, list[Completion]] = {}
    for c in items:
        by_student.setdefault(c.student, []).append(c)
    for student, entries in by_student.items():
        (out / f"{student}.html").write_text(render_page(entries[0].name or student, entries, lang), encoding="utf-8")
    return out

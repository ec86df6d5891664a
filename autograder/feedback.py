"""Per-student feedback pages, in the notebook's language.

Each page shows the points per question, the message of every failing *visible* test, how many
questions with hidden tests passed (a count, never their source), the instructor's comments, and a
note when the submission was late or set aside for review. The page sits next to nbgrader's own
feedback (the graded notebook as HTML, with hidden tests removed) so ``release_feedback`` hands both out.
"""

from __future__ import annotations

import html
from pathlib import Path

from .results import SubmissionResult, load_results

SUMMARY_FILE = "feedback_summary.html"

TEXT = {
    "nl": {
        "title": "Feedback", "question": "Vraag", "points": "Punten", "result": "Uitkomst",
        "total": "Totaal", "passed": "goed", "failed": "niet goed", "manual": "wordt door je docent nagekeken",
        "hidden": "Verborgen tests: {passed} van {total} vragen met verborgen tests helemaal goed.",
        "hidden_failed": "een verborgen test faalde: controleer je berekening op andere gegevens",
        "comment": "Opmerking van je docent", "late": "Je hebt te laat ingeleverd.",
        "flag": "Je docent bekijkt deze inlevering nog zelf.", "no_message": "een test faalde (zonder uitleg)",
        "notebook": "Je nagekeken notebook staat in hetzelfde mapje (het .html-bestand met de naam van de opdracht).",
    },
    "en": {
        "title": "Feedback", "question": "Question", "points": "Points", "result": "Result",
        "total": "Total", "passed": "passed", "failed": "not passed", "manual": "will be graded by your teacher",
        "hidden": "Hidden tests: {passed} of {total} questions with hidden tests fully passed.",
        "hidden_failed": "a hidden test failed: check your calculation on other data",
        "comment": "Comment from your teacher", "late": "Your submission was late.",
        "flag": "Your teacher is still reviewing this submission in person.", "no_message": "a test failed (no message)",
        "notebook": "Your graded notebook is in the same folder (the .html file named after the assignment).",
    },
}

STYLE = """body{font-family:system-ui,sans-serif;max-width:48rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1a1a1a}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #bbb;padding:.4rem .6rem;text-align:left;vertical-align:top}
.ok{color:#006d4f}.no{color:#a63d00}.note{background:#eef5fb;border-left:6px solid #0072B2;padding:.5rem 1rem}"""


def _row(cell, text) -> str:
    if cell.needs_manual_grade:
        outcome = text["manual"]
    elif not cell.failed and cell.score >= cell.max_score:
        outcome = f'<span class="ok">{text["passed"]}</span>'
    else:
        reason = text["hidden_failed"] if cell.failed_in_hidden else (cell.message or text["no_message"])
        outcome = f'<span class="no">{text["failed"]}</span>: {html.escape(reason)}'
    if cell.comment:
        outcome += f"<br><em>{text['comment']}:</em> {html.escape(cell.comment)}"
    return (f"<tr><td>{html.escape(cell.grade_id)}</td><td>{cell.score:g} / {cell.max_score:g}</td>"
            f"<td>{outcome}</td></tr>")


def render(result: SubmissionResult, assignment_id: str) -> str:
    """One student's feedback page as a self-contained HTML document."""
    text = TEXT.get(result.lang, TEXT["nl"])
    hidden = [c for c in result.cells if c.has_hidden_tests]
    notes = []
    if result.late:
        notes.append(text["late"])
    if result.flag:
        notes.append(text["flag"])
    rows = "\n".join(_row(cell, text) for cell in result.cells)
    notes_html = "".join(f'<p class="note">{html.escape(n)}</p>' for n in notes)
    hidden_html = (f"<p>{text['hidden'].format(passed=sum(c.hidden_passed for c in hidden), total=len(hidden))}</p>"
                   if hidden else "")
    return f"""<!DOCTYPE html>
<html lang="{result.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{text['title']}: {html.escape(assignment_id)}</title><style>{STYLE}</style></head>
<body><h1>{text['title']}: {html.escape(assignment_id)}</h1>
{notes_html}
<table><thead><tr><th>{text['question']}</th><th>{text['points']}</th><th>{text['result']}</th></tr></thead>
<tbody>
{rows}
</tbody>
<tfoot><tr><th>{text['total']}</th><th>{result.score:g} / {result.max_score:g}</th><th></th></tr></tfoot></table>
{hidden_html}
<p>{text['notebook']}</p>
</body></html>
"""


def write_feedback(course_dir: Path, assignment_id: str) -> list[Path]:
    """nbgrader's notebook feedback (hidden tests removed) plus a summary page per graded student."""
    from . import nbgrader_bridge
    from .errors import AiNoordError

    results = load_results(course_dir, assignment_id)
    if not results:
        raise AiNoordError(f"no graded submissions of {assignment_id}; run ai-noord grade {assignment_id} first")
    outcome = nbgrader_bridge.generate_feedback(course_dir, assignment_id)
    if not outcome["success"]:
        raise AiNoordError(f"nbgrader could not write feedback for {assignment_id}; is every submission graded?")
    written = []
    for result in results:
        folder = Path(course_dir) / "feedback" / result.student / assignment_id
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / SUMMARY_FILE
        path.write_text(render(result, assignment_id), encoding="utf-8")
        written.append(path)
    return written

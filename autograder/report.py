"""``ai-noord report``: one self-contained HTML page about a course's graded work.

Per assignment: the score distribution, the Dutch 1-10 grades with a configurable pass mark and scoring
rule, per question the difficulty (share of points earned) and discrimination (item-rest correlation),
the most common failing tests, and the flagged and late submissions. Plots are embedded as PNG images
with a text alternative. ``pseudonymise=True`` replaces student ids by stable pseudonyms (a keyed hash
whose key stays in the course folder) and leaves names out, for sharing beyond the instructor.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import html
import io
import secrets
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from . import nbgrader_bridge
from .errors import AiNoordError
from .export import dutch_grade
from .results import SubmissionResult, load_results

KEY_FILE = ".pseudonym_key"
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7")  # Okabe-Ito


@dataclass(frozen=True)
class GradingRule:
    """Dutch grading: ``pass_fraction`` of the points gives ``pass_mark``; linear from 1 to 10 around it."""

    pass_mark: float = 5.5
    pass_fraction: float = 0.55

    def grade(self, score: float, max_score: float) -> float:
        return dutch_grade(score, max_score, pass_mark=self.pass_mark, pass_fraction=self.pass_fraction)


def pseudonym(course_dir: Path, student: str) -> str:
    """A stable pseudonym for ``student``: HMAC-SHA256 with the course's own secret key."""
    key_path = Path(course_dir) / KEY_FILE
    if not key_path.is_file():
        key_path.write_text(secrets.token_hex(32), encoding="utf-8")
        key_path.chmod(0o600)
    key = key_path.read_text(encoding="utf-8").strip().encode()
    return "p-" + hmac.new(key, student.encode(), hashlib.sha256).hexdigest()[:10]


def item_rest_correlation(items: list[float], totals: list[float]) -> float | None:
    """Pearson correlation between an item's scores and the rest of the total (total minus the item)."""
    rest = [t - i for i, t in zip(items, totals)]
    if len(items) < 3 or statistics.pstdev(items) == 0 or statistics.pstdev(rest) == 0:
        return None
    return statistics.correlation(items, rest)


def _png(figure) -> str:
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", dpi=100, bbox_inches="tight")
    return base64.b64encode(buffer.getvalue()).decode()


def _histogram(grades: list[float], rule: GradingRule, title: str) -> tuple[str, str]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots(figsize=(6, 2.8))
    axes.hist(grades, bins=[x / 2 for x in range(2, 21)], color=PALETTE[0], edgecolor="white")
    axes.axvline(rule.pass_mark, color=PALETTE[3], linestyle="--", label=f"pass mark {rule.pass_mark:g}")
    axes.set(xlabel="grade (1-10)", ylabel="students", title=title, xlim=(1, 10))
    axes.legend()
    image = _png(figure)
    plt.close(figure)
    passed = sum(g >= rule.pass_mark for g in grades)
    alt = (f"Histogram of {len(grades)} grades from 1 to 10; median {statistics.median(grades):.1f}; "
           f"{passed} of {len(grades)} at or above the pass mark {rule.pass_mark:g}.")
    return image, alt


def _question_rows(results: list[SubmissionResult]) -> list[dict]:
    totals = [r.score for r in results]
    rows = []
    for index, cell in enumerate(results[0].cells if results else []):
        items = [r.cells[index].score if index < len(r.cells) else 0.0 for r in results]
        maximum = cell.max_score or 1
        failures = [r.cells[index] for r in results if index < len(r.cells) and r.cells[index].failed]
        rows.append({
            "question": cell.grade_id, "max": cell.max_score,
            "difficulty": sum(items) / (maximum * len(items)),
            "discrimination": item_rest_correlation(items, totals),
            "failed": len(failures),
            "messages": Counter(c.message or ("(hidden test)" if c.failed_in_hidden else "(no message)")
                                for c in failures).most_common(2),
        })
    return rows


def _assignment_section(course_dir: Path, assignment: str, rule: GradingRule, pseudonymise: bool) -> str:
    results = load_results(course_dir, assignment)
    if not results:
        return ""
    grades = [rule.grade(r.score, r.max_score) for r in results]
    image, alt = _histogram(grades, rule, f"{assignment}: grades")
    questions = _question_rows(results)
    name = (lambda r: pseudonym(course_dir, r.student)) if pseudonymise else (
        lambda r: f"{r.student} ({r.first_name} {r.last_name})".replace(" ( )", "").replace("()", ""))
    q_rows = "\n".join(
        f"<tr><td>{html.escape(q['question'])}</td><td>{q['max']:g}</td><td>{q['difficulty']:.2f}</td>"
        f"<td>{'n/a' if q['discrimination'] is None else format(q['discrimination'], '.2f')}</td>"
        f"<td>{q['failed']}</td><td>{'<br>'.join(html.escape(f'{m} ({n}x)') for m, n in q['messages'])}</td></tr>"
        for q in questions)
    special = [r for r in results if r.flag or r.late]
    s_rows = "\n".join(
        f"<tr><td>{html.escape(name(r))}</td><td>{'yes' if r.late else ''}</td><td>{html.escape(r.flag)}</td></tr>"
        for r in special) or '<tr><td colspan="3">none</td></tr>'
    g_rows = "\n".join(
        f"<tr><td>{html.escape(name(r))}</td><td>{r.score:g} / {r.max_score:g}</td><td>{g:.1f}</td></tr>"
        for r, g in sorted(zip(results, grades), key=lambda pair: name(pair[0])))
    passed = sum(g >= rule.pass_mark for g in grades)
    return f"""
<section><h2>{html.escape(assignment)}</h2>
<p>{len(results)} submissions; mean grade {statistics.mean(grades):.1f}, median {statistics.median(grades):.1f};
{passed} passed ({100 * passed / len(results):.0f}%).</p>
<figure><img src="data:image/png;base64,{image}" alt="{html.escape(alt)}"><figcaption>{html.escape(alt)}</figcaption></figure>
<h3>Questions</h3>
<p>Difficulty is the share of the points that students earned (low = hard). Discrimination is the
correlation between a question's score and the rest of the total: below about 0.2 the question does not
separate stronger from weaker work, and deserves a look.</p>
<table><thead><tr><th>question</th><th>points</th><th>difficulty</th><th>discrimination</th><th>failed</th>
<th>most common failures</th></tr></thead><tbody>
{q_rows}
</tbody></table>
<h3>Flagged and late submissions</h3>
<table><thead><tr><th>student</th><th>late</th><th>flagged for review</th></tr></thead><tbody>
{s_rows}
</tbody></table>
<h3>Grades</h3>
<table><thead><tr><th>student</th><th>points</th><th>grade</th></tr></thead><tbody>
{g_rows}
</tbody></table></section>"""


STYLE = """body{font-family:system-ui,sans-serif;max-width:60rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45;color:#1a1a1a}
table{border-collapse:collapse;width:100%;margin:.5rem 0 1.2rem}th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left}
img{max-width:100%;height:auto}figcaption{font-size:.9em;color:#444}section{margin-bottom:2.5rem}"""


def write_report(course_dir: Path, *, out: Path | None = None, rule: GradingRule = GradingRule(),
                 pseudonymise: bool = False) -> Path:
    """Write the course report; return its path."""
    course_dir = Path(course_dir)
    if not 1 <= rule.pass_mark <= 10 or not 0 < rule.pass_fraction < 1:
        raise AiNoordError("the pass mark must lie between 1 and 10 and the pass fraction between 0 and 1")
    assignments = nbgrader_bridge.graded_assignments(course_dir)
    if not assignments:
        raise AiNoordError("nothing is graded yet; run ai-noord grade ASSIGNMENT first")
    sections = "".join(_assignment_section(course_dir, a, rule, pseudonymise) for a in assignments)
    mode = "pseudonymised: student ids are replaced, names left out" if pseudonymise else \
        "for the instructor: contains student ids and names"
    page = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>AI Noord course report</title><style>{STYLE}</style></head>
<body><h1>AI Noord course report</h1>
<p>{html.escape(mode)}. Grades: {rule.pass_fraction:.0%} of the points gives {rule.pass_mark:g}; linear from 1 to 10.
Every point comes from a test in the assignment; no AI model grades anyone.</p>
{sections}
</body></html>
"""
    out = Path(out) if out else course_dir / ("report-pseudonymised.html" if pseudonymise else "report.html")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(page, encoding="utf-8")
    return out

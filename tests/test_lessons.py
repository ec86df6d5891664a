"""Lesson notebooks: every practice exercise's own solution makes its check say correct, and each lesson
has the structure learners rely on (objectives at the top, key points at the end, exercises at two levels)."""

from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from autograder.course import LANGUAGES, load_course

from course_paths import ROOT

LESSONS = [(lesson, lang) for lesson in load_course(ROOT).lessons for lang in LANGUAGES]
CORRECT = {"nl": "Goed!", "en": "Correct!"}
KEY_POINTS = {"nl": "Kernpunten", "en": "Key points"}
OBJECTIVES = {"nl": "Leerdoelen", "en": "Objectives"}

MEMORY_BUDGET = 1024 ** 3  # per lesson; time budgets are measured by benchmarks/notebook_budgets.py


def kernel_peak_bytes(client) -> int:
    """The kernel's resident-memory high-water mark (Linux)."""
    status = Path(f"/proc/{client.km.provisioner.process.pid}/status").read_text()
    return int(next(line for line in status.splitlines() if line.startswith("VmHWM:")).split()[1]) * 1024


INJECT = '''from autograder.practice import ExerciseSet as _ExerciseSet
_exercise = next(getattr(_v, {id!r}) for _v in list(globals().values())
                 if isinstance(_v, _ExerciseSet) and {id!r} in dir(_v))
exec(_exercise.solution_code, globals())'''


def ai_noord(cell) -> dict:
    return cell.get("metadata", {}).get("ai_noord", {})


def exercise_cells(notebook):
    answers = [(i, ai_noord(c)["answer"]) for i, c in enumerate(notebook.cells) if "answer" in ai_noord(c)]
    checks = [(i, ai_noord(c)["check"]) for i, c in enumerate(notebook.cells) if "check" in ai_noord(c)]
    return answers, checks


def lesson_id(case):
    lesson, lang = case if isinstance(case, tuple) else (case, "")
    return f"{lesson.module.id}/{lesson.id}.{lang}" if lang else str(case)


@pytest.mark.parametrize("lesson,lang", LESSONS, ids=[lesson_id(c) for c in LESSONS])
def test_structure(lesson, lang):
    """Objectives at the top, key points at the end, and each answer cell followed by its check cell."""
    notebook = nbformat.read(lesson.path(lang), as_version=4)
    assert notebook.cells[0].cell_type == "markdown" and OBJECTIVES[lang] in notebook.cells[0].source
    assert notebook.cells[-1].cell_type == "markdown" and KEY_POINTS[lang] in notebook.cells[-1].source
    answers, checks = exercise_cells(notebook)
    assert len(answers) >= 3, "each lesson has at least three practice exercises"
    assert [i + 1 for i, _ in answers] == [i for i, _ in checks]
    assert [a for _, a in answers] == [c for _, c in checks]


def exercise_verdicts(path: Path, lang: str) -> tuple[dict[str, str], int]:
    """Run a lesson with every answer cell replaced by its exercise's solution: each check's text, and the
    kernel's peak memory."""
    notebook = nbformat.read(path, as_version=4)
    answers, checks = exercise_cells(notebook)
    for index, exercise_id in answers:
        notebook.cells[index].source = INJECT.format(id=exercise_id)
    client = NotebookClient(notebook, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            client.execute_cell(cell, index)
        peak = kernel_peak_bytes(client)
    verdicts = {}
    for index, exercise_id in checks:
        texts = [o.get("data", {}).get("text/plain", "") for o in notebook.cells[index].outputs
                 if o.get("output_type") == "execute_result"]
        verdicts[exercise_id] = texts[-1] if texts else "(no output)"
    return verdicts, peak


@pytest.mark.notebooks
@pytest.mark.parametrize("lesson,lang", LESSONS, ids=[lesson_id(c) for c in LESSONS])
def test_solutions_pass_their_checks(lesson, lang):
    """Put each exercise's solution in place of its answer cell: does every check then say correct, and does the
    lesson stay within its memory budget?"""
    verdicts, peak = exercise_verdicts(lesson.path(lang), lang)
    wrong = {k: v for k, v in verdicts.items() if not v.startswith(CORRECT[lang])}
    assert verdicts and not wrong, wrong
    assert peak < MEMORY_BUDGET, f"the kernel peaked at {peak / 1024 ** 2:.0f} MB (budget 1 GB)"


@pytest.mark.notebooks
def test_a_wrong_solution_is_caught(tmp_path):
    """Can this check fail? An exercise whose own solution is wrong must show up."""
    (tmp_path / "tiny_practice.py").write_text(
        "from autograder.practice import Exercise, ExerciseSet, number\n"
        "def exercises(lang):\n"
        "    hint = [{'nl': 'Tel.', 'en': 'Count.'}]\n"
        "    return ExerciseSet(lang, [Exercise('total', 'basis', number(3), hint, 'total = 2')])\n")
    notebook = nbformat.v4.new_notebook(cells=[
        nbformat.v4.new_code_cell("from tiny_practice import exercises\nq = exercises('en')"),
        nbformat.v4.new_code_cell("total = ...", metadata={"ai_noord": {"answer": "total"}}),
        nbformat.v4.new_code_cell("q.total.check(total)", metadata={"ai_noord": {"check": "total"}}),
    ])
    nbformat.write(notebook, tmp_path / "tiny.en.ipynb")
    verdicts, _ = exercise_verdicts(tmp_path / "tiny.en.ipynb", "en")
    assert verdicts["total"].startswith("Not quite")

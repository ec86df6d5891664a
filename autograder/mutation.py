"""Prove that an assignment's tests discriminate: generated wrong solutions must lose their points.

Mutants are generated from the solution notebook, so a new assignment is covered without extra work.
Each mutant changes ONE solution cell; every name that cell defines (a function or a variable) is
wrapped so that it gives a wrong answer of one kind:

- ``none``          returns ``None``
- ``wrong_type``    returns the right value as text (or a list, when the value already is text)
- ``off_by_one``    returns a slightly wrong value: ints + 1, floats * 1.01 + 0.01, booleans flipped, and
                    the first element of a tuple, list, dict or table changed that way
- ``hard_coded``    returns, for every call, what the first call returned (the values the visible
                    test checks), whatever the input
- ``always_equal``  returns an object that claims to equal everything
- ``equal_float``   returns a wrong number as a float subclass that claims to equal everything

A mutant that cannot apply to a cell (say ``off_by_one`` on a fitted model) is reported as not
applicable, with the reason. Verdicts follow nbgrader's rule for code grade cells -- an error output
means zero points -- minus its stderr rule (a warning is not a wrong answer).
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from pathlib import Path

import nbformat
from nbclient import NotebookClient

MUTANTS = ("none", "wrong_type", "off_by_one", "hard_coded", "always_equal", "equal_float")

# Runs in the kernel before the notebook: the wrappers that turn a right answer into a wrong one.
HARNESS = r'''
import functools as _ft, numbers as _nb

class _NotApplicable(Exception):
    pass

class _AlwaysEqual:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __hash__ = object.__hash__

class _EqualFloat(float):
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    __hash__ = float.__hash__

def _off_by_one(value):
    import numpy as _np, pandas as _pd
    if isinstance(value, (bool, _np.bool_)):
        return not value
    if isinstance(value, _nb.Integral):
        return value + 1
    if isinstance(value, _nb.Real):
        return value * 1.01 + 0.01
    if isinstance(value, str):
        return value + "x"
    if isinstance(value, (tuple, list)) and value:
        return type(value)([_off_by_one(value[0]), *value[1:]])
    if isinstance(value, dict) and value:
        key = next(iter(value))
        return {**value, key: _off_by_one(value[key])}
    if isinstance(value, _pd.Series) and len(value):
        out = value.copy()
        out.iloc[0] = _off_by_one(out.iloc[0])
        return out
    if isinstance(value, _pd.DataFrame) and len(value):
        return value.iloc[1:].copy()
    raise _NotApplicable(f"no slightly wrong version of a {type(value).__name__}")

def _wrong_type(value):
    return [value] if isinstance(value, str) else str(value)

def _transform(kind, value):
    if kind == "none":
        if value is None:
            raise _NotApplicable("the right answer already is None")
        return None
    if kind == "wrong_type":
        return _wrong_type(value)
    if kind == "off_by_one":
        return _off_by_one(value)
    if kind == "always_equal":
        return _AlwaysEqual()
    if kind == "equal_float":
        if not isinstance(value, _nb.Real):
            raise _NotApplicable(f"the right answer is a {type(value).__name__}, not a number")
        return _EqualFloat(_off_by_one(value))
    raise ValueError(kind)

_MUTANT_LOG = []
_CALLS = {}  # functions without parameters, for which hard-coding is no mutant

def _hard_coding_notes():
    """A function without parameters has one right answer: hard-coding it is correct, not a mutant."""
    return [f"{name} takes no input, so a fixed answer is the right answer" for name in _CALLS]

def _mutate(name, obj, kind):
    if callable(obj) and not isinstance(obj, type):
        import inspect as _inspect
        if kind == "hard_coded" and not _inspect.signature(obj).parameters:
            _CALLS[name] = True
        cache = []
        @_ft.wraps(obj)
        def mutant(*args, **kwargs):
            value = obj(*args, **kwargs)
            if kind == "hard_coded":
                if not cache:
                    cache.append(value)
                return cache[0]
            try:
                return _transform(kind, value)
            except _NotApplicable as reason:
                _MUTANT_LOG.append(str(reason))
                return value
        return mutant
    if kind == "hard_coded":
        _MUTANT_LOG.append("a variable is hard-coded by nature; covered by the hidden tests of its function")
        return obj
    try:
        return _transform(kind, obj)
    except _NotApplicable as reason:
        _MUTANT_LOG.append(str(reason))
        return obj
'''


@dataclass
class Task:
    solution_index: int
    grade_id: str
    names: tuple[str, ...]
    grade_cells: dict[str, float]  # grade_id -> points


@dataclass
class MutantResult:
    assignment: str
    lang: str
    task: str
    mutant: str
    points: float
    lost: float
    not_applicable: str = ""
    failed_cells: list[str] = field(default_factory=list)

    @property
    def caught(self) -> bool:
        return bool(self.not_applicable) or self.lost == self.points


def _nbgrader(cell) -> dict:
    return cell.get("metadata", {}).get("nbgrader", {})


def defined_names(source: str) -> tuple[str, ...]:
    """Top-level functions and variables a solution cell defines."""
    tree = ast.parse(source)
    names = []
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            names.append(node.name)
        elif isinstance(node, ast.Assign):
            names += [t.id for t in node.targets if isinstance(t, ast.Name)]
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.append(node.target.id)
    return tuple(dict.fromkeys(names))


def tasks(notebook) -> list[Task]:
    """Solution cells in order, each with the grade cells that follow it up to the next solution cell."""
    found: list[Task] = []
    for index, cell in enumerate(notebook.cells):
        meta = _nbgrader(cell)
        if meta.get("solution") and cell.cell_type == "code":
            found.append(Task(index, meta["grade_id"], defined_names(cell.source), {}))
        elif meta.get("grade") and cell.cell_type == "code" and found:
            found[-1].grade_cells[meta["grade_id"]] = float(meta.get("points", 0))
    return [task for task in found if task.grade_cells]


class NotebookRunner:
    """One kernel per notebook; each run starts from a clean namespace (imports stay warm)."""

    def __init__(self, path: Path, timeout: int = 60):
        self.path = path
        self.notebook = nbformat.read(path, as_version=4)
        self.client = NotebookClient(nbformat.v4.new_notebook(), timeout=timeout, kernel_name="python3", allow_errors=True,
                                     resources={"metadata": {"path": str(path.parent)}})

    def __enter__(self):
        self.client.km = self.client.create_kernel_manager()
        self.client.start_new_kernel()
        self.client.start_new_kernel_client()
        return self

    def __exit__(self, *exc):
        self.client._cleanup_kernel()

    def _run(self, source: str) -> list:
        cell = nbformat.v4.new_code_cell(source)
        self.client.nb.cells = [cell]
        self.client.execute_cell(cell, 0)
        return cell.outputs

    def failing_grade_cells(self, replace: dict[int, str]) -> tuple[set[str], list[str]]:
        """Run the notebook with some cells replaced; return the grade cells with an error, and mutant notes."""
        self._run("%reset -f\n" + HARNESS)
        failing = set()
        for index, cell in enumerate(self.notebook.cells):
            if cell.cell_type != "code":
                continue
            outputs = self._run(replace.get(index, cell.source))
            meta = _nbgrader(cell)
            if meta.get("grade") and any(o.get("output_type") == "error" for o in outputs):
                failing.add(meta["grade_id"])
        notes = self._run("print('\\n'.join(sorted(set(_MUTANT_LOG + _hard_coding_notes()))))")
        text = "".join(o.get("text", "") for o in notes if o.get("output_type") == "stream").strip()
        return failing, [line for line in text.splitlines() if line]


def mutant_source(cell_source: str, names: tuple[str, ...], kind: str) -> str:
    wraps = "\n".join(f"{name} = _mutate({name!r}, {name}, {kind!r})" for name in names)
    return f"{cell_source}\n{wraps}\n"


def run_mutants(source_notebook: Path, *, assignment: str, lang: str,
                mutants: tuple[str, ...] = MUTANTS) -> list[MutantResult]:
    """Every mutant of every task of one source notebook (run in its own folder, next to its data)."""
    results = []
    with NotebookRunner(source_notebook) as runner:
        baseline, _ = runner.failing_grade_cells({})
        if baseline:
            raise AssertionError(f"{source_notebook}: the solution itself fails {sorted(baseline)}")
        for task in tasks(runner.notebook):
            cell = runner.notebook.cells[task.solution_index]
            for kind in mutants:
                failing, notes = runner.failing_grade_cells(
                    {task.solution_index: mutant_source(cell.source, task.names, kind)})
                points = sum(task.grade_cells.values())
                lost = sum(p for g, p in task.grade_cells.items() if g in failing)
                reason = "; ".join(notes) if notes and not failing else ""
                results.append(MutantResult(assignment, lang, task.grade_id, kind, points, lost, reason,
                                            sorted(failing)))
    return results


def table(results: list[MutantResult]) -> str:
    """The mutation table: assignment x task x mutant -> points lost (or why the mutant does not apply)."""
    lines = [f"{'assignment':14s} {'lang':4s} {'task':28s} {'mutant':12s} result"]
    for r in results:
        if r.not_applicable:
            verdict = f"n/a ({r.not_applicable})"
        else:
            verdict = f"lost {r.lost:g}/{r.points:g}" + ("" if r.caught else "  <-- NOT CAUGHT")
        lines.append(f"{r.assignment:14s} {r.lang:4s} {r.task:28s} {r.mutant:12s} {verdict}")
    applicable = [r for r in results if not r.not_applicable]
    caught = sum(r.caught for r in applicable)
    lines.append(f"{caught} of {len(applicable)} applicable mutants caught; "
                 f"{len(results) - len(applicable)} not applicable")
    return "\n".join(lines)


def mutation_table(assignments: list[str] | None = None, *, langs: tuple[str, ...] = ("nl", "en"),
                   course=None) -> list[MutantResult]:
    """Stage each assignment's solution with its data in a temporary folder and run every mutant."""
    import tempfile

    from .build import stage_assignment
    from .course import load_course
    from .progress import progress

    course = course or load_course()
    chosen = [course.assignment(a) for a in assignments] if assignments else list(course.assignments)
    results: list[MutantResult] = []
    with tempfile.TemporaryDirectory(prefix="ai-noord-mutants-") as tmp:
        for assignment, lang in progress([(a, l) for a in chosen for l in langs], desc="mutants"):
            folder = stage_assignment(course, assignment, Path(tmp) / lang, lang)
            results += run_mutants(folder / f"{assignment.notebook}.ipynb", assignment=assignment.id, lang=lang)
    return results

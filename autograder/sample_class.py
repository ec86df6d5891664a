"""A generated sample class: submissions with a known, realistic spread of answers.

Each submission starts from the released notebook and fills in some task cells from the instructor's
solution, so its expected score is known in advance: perfect, partial, empty, one that errors and one
that loops forever. Students are fictional.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

import nbformat

FIRST_NAMES = ("Anna", "Bauke", "Dirk", "Eelke", "Fenna", "Geert", "Hylke", "Ilse", "Jelle", "Klaske",
               "Lieke", "Marrit", "Nynke", "Oane", "Pieter", "Roos", "Sjoerd", "Tjitske", "Wiebe", "Yara",
               "Zeynep", "Mohamed", "Sanne", "Bram", "Lotte", "Daan", "Femke", "Joris", "Noor", "Ruben")
LAST_NAMES = ("de Vries", "Hoekstra", "Bakker", "Dijkstra", "Visser", "de Jong", "Postma", "Mulder",
              "Bosma", "Kuipers", "Smit", "Veenstra", "Brouwer", "Jansen", "Wierenga", "Huisman")

KINDS = ("perfect", "partial", "empty", "errors", "loops")


@dataclass(frozen=True)
class SampleSubmission:
    student: str
    first_name: str
    last_name: str
    kind: str
    solved: tuple[str, ...]
    expected_score: float


def _grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def task_points(source: nbformat.NotebookNode) -> dict[str, float]:
    """Points per solution cell: those of the grade cells that follow it, up to the next solution cell."""
    points: dict[str, float] = {}
    current = None
    for cell in source.cells:
        meta = cell.get("metadata", {}).get("nbgrader", {})
        if meta.get("solution"):
            current = meta["grade_id"]
            points[current] = 0.0
        elif meta.get("grade") and current is not None:
            points[current] += float(meta.get("points", 0))
    return points


def _kinds(size: int, rng: random.Random) -> list[str]:
    fixed = ["errors", "loops"] + ["empty"] * max(1, size // 10) + ["perfect"] * max(1, size // 4)
    kinds = fixed + ["partial"] * max(0, size - len(fixed))
    rng.shuffle(kinds)
    return kinds[:size]


def _fill(release, source, solved: set[str], *, broken: str | None = None, looping: str | None = None):
    answers = {_grade_id(cell): cell.source for cell in source.cells}
    notebook = nbformat.from_dict(release)
    for cell in notebook.cells:
        grade_id = _grade_id(cell)
        if grade_id in solved:
            cell.source = answers[grade_id]
        if grade_id == broken:
            cell.source = cell.source + "\n    return (  # unfinished line"
        if grade_id == looping:
            cell.source = "while True:\n    pass\n\n" + cell.source
    return notebook


def make_sample_class(course_dir: Path, assignment_id: str, notebook: str, *, size: int = 30,
                      seed: int = 2026) -> list[SampleSubmission]:
    """Write ``size`` submissions into ``course_dir/submitted/<student>/<assignment>/`` and describe them."""
    rng = random.Random(seed)
    source = nbformat.read(course_dir / "source" / assignment_id / f"{notebook}.ipynb", as_version=4)
    release = nbformat.read(course_dir / "release" / assignment_id / f"{notebook}.ipynb", as_version=4)
    points = task_points(source)
    tasks = list(points)
    submissions = []
    for number, kind in enumerate(_kinds(size, rng), 1):
        broken = looping = None
        if kind == "perfect":
            solved = set(tasks)
        elif kind == "empty":
            solved = set()
        elif kind == "partial":
            solved = set(rng.sample(tasks, rng.randint(1, len(tasks) - 1)))
        else:
            solved = set(tasks)
            victim = rng.choice(tasks)
            broken, looping = (victim, None) if kind == "errors" else (None, victim)
            solved.discard(victim)
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        student = f"s{number:03d}"
        folder = course_dir / "submitted" / student / assignment_id
        folder.mkdir(parents=True, exist_ok=True)
        nbformat.write(_fill(release, source, solved | ({broken} if broken else set()), broken=broken,
                             looping=looping), folder / f"{notebook}.ipynb")
        for extra in (release_file for release_file in (course_dir / "release" / assignment_id).iterdir()
                      if release_file.suffix != ".ipynb"):
            (folder / extra.name).write_bytes(extra.read_bytes())
        (folder / "timestamp.txt").write_text(f"2026-11-{10 + number % 10:02d} 09:{number:02d}:00.000000 UTC\n")
        expected = sum(points[t] for t in solved)
        submissions.append(SampleSubmission(student, first, last, kind, tuple(sorted(solved)), expected))
    return submissions

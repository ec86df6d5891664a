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


def _names(size: int, rng: random.Random) -> list[tuple[str, str]]:
    """``size`` different fictional (first, last) names: an LMS download is matched to students by name."""
    pairs = [(first, last) for first in FIRST_NAMES for last in LAST_NAMES]
    return rng.sample(pairs, size)


def sample_submissions(course_dir: Path, assignment_id: str, notebook: str, *, size: int = 30,
                       seed: int = 2026) -> list[tuple[SampleSubmission, nbformat.NotebookNode]]:
    """``size`` generated submissions of a built assignment, each with the score it was built to earn."""
    rng = random.Random(seed)
    source = nbformat.read(course_dir / "source" / assignment_id / f"{notebook}.ipynb", as_version=4)
    release = nbformat.read(course_dir / "release" / assignment_id / f"{notebook}.ipynb", as_version=4)
    points = task_points(source)
    tasks = list(points)
    samples = []
    for number, (kind, (first, last)) in enumerate(zip(_kinds(size, rng), _names(size, rng)), 1):
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
        filled = _fill(release, source, solved | ({broken} if broken else set()), broken=broken, looping=looping)
        expected = sum(points[t] for t in solved)
        samples.append((SampleSubmission(f"s{number:03d}", first, last, kind, tuple(sorted(solved)), expected),
                        filled))
    return samples


def write_brightspace_download(samples, assignment_id: str, notebook: str, out: Path) -> tuple[Path, Path]:
    """The class list and the bulk-download zip that Brightspace would give for these submissions."""
    import csv
    import zipfile

    out.mkdir(parents=True, exist_ok=True)
    classlist = out / "classlist_brightspace.csv"
    with classlist.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["OrgDefinedId", "Username", "Last Name", "First Name", "Email", "End-of-Line Indicator"])
        for sample, _ in samples:
            login = (sample.first_name[0] + sample.last_name.replace(" ", "")).lower()
            writer.writerow([sample.student, f"#{login}", sample.last_name, sample.first_name,
                             f"{login}@student.example", "#"])
    archive = out / f"{assignment_id} Download Nov 30, 2026 1200 PM.zip"
    with zipfile.ZipFile(archive, "w", compression=zipfile.ZIP_DEFLATED) as zipped:
        for number, (sample, filled) in enumerate(samples, 1):
            folder = (f"{100000 + number}-{200000 + number} - {sample.first_name} {sample.last_name} - "
                      f"Nov {20 + number % 9}, 2026 {9 + number % 3}{number % 6}{number % 10} AM")
            zipped.writestr(f"{folder}/{notebook}.ipynb", nbformat.writes(filled))
        zipped.writestr("index.html", "<html><body>Brightspace download</body></html>")
    return classlist, archive

"""The course as data: ``course/course.yaml`` read into small, validated objects.

The course file lists the modules in order, their lessons and assignment, the tracks (``mbo``, ``hbo``,
``wo``, ``mkb``) that include each one, study hours and learning objectives. Everything else -- build,
tests, reports -- asks this module where things are.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .errors import AiNoordError

LANGUAGES = ("nl", "en")
TRACKS = ("mbo", "hbo", "wo", "mkb")
COURSE_FILE = Path("course") / "course.yaml"


@dataclass(frozen=True)
class Lesson:
    id: str
    module: "Module" = field(repr=False, compare=False)
    tracks: tuple[str, ...]
    minutes: int

    def path(self, lang: str) -> Path:
        return self.module.path / "lessons" / f"{self.id}.{lang}.ipynb"


@dataclass(frozen=True)
class Assignment:
    id: str
    module: "Module" = field(repr=False, compare=False)
    notebook: str
    tracks: tuple[str, ...]
    data: tuple[str, ...]

    def path(self, lang: str) -> Path:
        return self.module.path / "assignment" / f"{self.notebook}.{lang}.ipynb"


@dataclass(frozen=True)
class Module:
    id: str
    path: Path
    title: dict
    study_hours: dict
    objectives: tuple[dict, ...]
    lessons: tuple[Lesson, ...] = ()
    assignment: Assignment | None = None


@dataclass(frozen=True)
class Course:
    root: Path
    title: dict
    tracks: dict
    modules: tuple[Module, ...]

    @property
    def data_dir(self) -> Path:
        return self.root / "datasets" / "data"

    @property
    def assignments(self) -> tuple[Assignment, ...]:
        return tuple(m.assignment for m in self.modules if m.assignment is not None)

    @property
    def lessons(self) -> tuple[Lesson, ...]:
        return tuple(lesson for m in self.modules for lesson in m.lessons)

    def assignment(self, assignment_id: str) -> Assignment:
        for assignment in self.assignments:
            if assignment.id == assignment_id:
                return assignment
        known = ", ".join(a.id for a in self.assignments) or "none"
        raise AiNoordError(f"unknown assignment {assignment_id!r}; the course has: {known}")


def find_root(start: Path | None = None) -> Path:
    """The project folder: ``$AI_NOORD_ROOT``, else the nearest parent of ``start`` (or of this package)
    that holds ``course/course.yaml``."""
    if os.environ.get("AI_NOORD_ROOT"):
        root = Path(os.environ["AI_NOORD_ROOT"])
        if (root / COURSE_FILE).is_file():
            return root
        raise AiNoordError(f"AI_NOORD_ROOT={root} has no {COURSE_FILE}; point it at the ai-noord checkout")
    for base in (start or Path.cwd(), Path(__file__).resolve().parent):
        for folder in (base, *base.parents):
            if (folder / COURSE_FILE).is_file():
                return folder
    raise AiNoordError(f"cannot find {COURSE_FILE}; run ai-noord inside the ai-noord checkout or set AI_NOORD_ROOT")


def _tracks(value, where: str) -> tuple[str, ...]:
    tracks = tuple(value or ())
    unknown = [t for t in tracks if t not in TRACKS]
    if unknown or not tracks:
        raise AiNoordError(f"{where}: tracks must be a non-empty subset of {', '.join(TRACKS)}, got {value!r}")
    return tracks


def _module(root: Path, raw: dict) -> Module:
    module_id = raw["id"]
    where = f"course.yaml module {module_id}"
    module = Module(
        id=module_id,
        path=root / "modules" / module_id,
        title=raw["title"],
        study_hours=raw["study_hours"],
        objectives=tuple(raw.get("objectives", ())),
    )
    lessons = tuple(
        Lesson(id=item["id"], module=module, tracks=_tracks(item.get("tracks"), f"{where} lesson {item['id']}"),
               minutes=int(item["minutes"]))
        for item in raw.get("lessons", ())
    )
    assignment = None
    if raw.get("assignment"):
        item = raw["assignment"]
        assignment = Assignment(id=item["id"], module=module, notebook=item.get("notebook", item["id"]),
                                tracks=_tracks(item.get("tracks"), f"{where} assignment"),
                                data=tuple(item.get("data", ())))
    object.__setattr__(module, "lessons", lessons)
    object.__setattr__(module, "assignment", assignment)
    return module


def load_course(root: Path | None = None) -> Course:
    """Read and check ``course/course.yaml`` under ``root`` (found with :func:`find_root` if not given)."""
    root = Path(root) if root else find_root()
    path = root / COURSE_FILE
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise AiNoordError(f"cannot read {path}: {error}") from None
    try:
        modules = tuple(_module(root, item) for item in raw["modules"])
        return Course(root=root, title=raw["title"], tracks=raw["tracks"], modules=modules)
    except KeyError as error:
        raise AiNoordError(f"{path} lacks the key {error}; see docs/authoring.md") from None

"""Build a course folder: ``modules/`` -> ``DIR/source`` -> nbgrader ``generate_assignment`` -> ``DIR/release``.

For each assignment the notebook in the chosen language is copied to ``DIR/source/<id>/<notebook>.ipynb``
together with the data files it reads (from ``datasets/data/``), and nbgrader generates the student
version with friendly starter code in that language.
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import nbformat

from . import nbgrader_bridge
from .course import LANGUAGES, Assignment, Course, load_course
from .errors import AiNoordError

SETTINGS_FILE = "ai_noord.json"


@dataclass(frozen=True)
class BuildResult:
    course_dir: Path
    lang: str
    assignments: tuple[str, ...]

    def text(self) -> str:
        names = ", ".join(self.assignments) or "none"
        return f"built {names} ({self.lang}) in {self.course_dir / 'release'}"


def course_settings(course_dir: Path) -> dict:
    """What the build recorded about a course folder (its language)."""
    path = Path(course_dir) / SETTINGS_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {"lang": "nl"}


def _read_notebook(path: Path) -> nbformat.NotebookNode:
    try:
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        return notebook
    except FileNotFoundError:
        raise AiNoordError(f"missing notebook {path}; check course/course.yaml") from None
    except Exception as error:  # nbformat raises several types for a damaged file
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        raise AiNoordError(f"{path} is not a valid notebook ({reason}); restore it from git") from None


def _write_config(course_dir: Path, template: Path) -> None:
    target = course_dir / "nbgrader_config.py"
    if not target.exists() and template.resolve() != target.resolve():
        shutil.copyfile(template, target)


def stage_assignment(course: Course, assignment: Assignment, course_dir: Path, lang: str) -> Path:
    """Copy an assignment's notebook and data into ``course_dir/source/<id>/``; return that folder."""
    notebook = _read_notebook(assignment.path(lang))
    folder = course_dir / "source" / assignment.id
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    nbformat.write(notebook, folder / f"{assignment.notebook}.ipynb")
    for name in assignment.data:
        data_file = course.data_dir / name
        if not data_file.is_file():
            raise AiNoordError(f"{assignment.id} needs {data_file}, which is missing; run python datasets/generate.py")
        shutil.copyfile(data_file, folder / name)
    return folder


def build_course(course_dir: Path | None = None, *, lang: str = "nl", assignments: list[str] | None = None,
                 course: Course | None = None) -> BuildResult:
    """Build ``course_dir`` (default: the checkout's ``course/``) in ``lang`` for the given assignments (default all)."""
    if lang not in LANGUAGES:
        raise AiNoordError(f"unknown language {lang!r}; choose one of {', '.join(LANGUAGES)}")
    course = course or load_course()
    course_dir = Path(course_dir) if course_dir else course.root / "course"
    if not course_dir.parent.is_dir():
        raise AiNoordError(f"cannot create {course_dir}: its parent folder does not exist")
    chosen = [course.assignment(a) for a in assignments] if assignments else list(course.assignments)
    course_dir.mkdir(exist_ok=True)
    _write_config(course_dir, course.root / "course" / "nbgrader_config.py")
    settings = course_settings(course_dir)
    (course_dir / SETTINGS_FILE).write_text(json.dumps({**settings, "lang": lang}, indent=2) + "\n", encoding="utf-8")
    for assignment in chosen:
        stage_assignment(course, assignment, course_dir, lang)
        nbgrader_bridge.generate_assignment(course_dir, assignment.id, lang)
    return BuildResult(course_dir=course_dir, lang=lang, assignments=tuple(a.id for a in chosen))

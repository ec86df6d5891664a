"""Collect submissions from an LMS bulk-download zip into nbgrader's ``submitted/`` folder.

The zip is checked entry by entry and unpacked safely (``archive.py``); nbgrader's ``zip_collect``
then copies each notebook to ``submitted/<student>/<assignment>/`` with a plugin that knows how each
LMS names the files in its download, and matches them to the roster:

- Brightspace: ``<n>-<n> - <First Last> - <Mon D, YYYY HMM AM> - <file>`` (or that as a folder)
- Canvas:      ``<loginname>[_LATE]_<canvas user id>_<submission id>_<file>``
- Moodle:      ``<First Last>_<participant id>_assignsubmission_file_/<file>`` (or flat with ``_``)
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .errors import AiNoordError
from .roster import LMSES, RosterEntry

PATTERNS = {
    "brightspace": re.compile(
        r"^\d+-\d+ - (?P<name>.+?) - (?P<date>[A-Z][a-z]{2} \d{1,2}, \d{4} \d{3,4} [AP]M)(?: - |/)(?P<file>[^/]+)$"),
    "canvas": re.compile(r"^(?P<login>[a-z0-9]+)(?P<late>_LATE)?_(?P<user_id>\d+)_(?P<sub_id>\d+)_(?P<file>[^/]+)$"),
    "moodle": re.compile(r"^(?P<name>.+?)_(?P<participant>\d+)_assignsubmission_file_(?:/|_)?(?P<file>[^/]+)$"),
}


@dataclass(frozen=True)
class Match:
    student_id: str
    file: str
    timestamp: str | None
    late: bool = False


def _normal(name: str) -> str:
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]", "", text)


def match_file(relative: str, lms: str, roster: list[RosterEntry]) -> Match | None:
    """The student and file a path inside an LMS download belongs to, or None if it is not a submission."""
    if lms not in PATTERNS:
        raise AiNoordError(f"unknown LMS {lms!r}; choose one of {', '.join(LMSES)}")
    found = PATTERNS[lms].match(relative.replace("\\", "/"))
    if not found:
        return None
    groups = found.groupdict()
    if lms == "canvas":
        by_id = {e.lms_id: e for e in roster if e.lms_id}
        entry = by_id.get(groups["user_id"])
        timestamp = None
    else:
        by_name = {_normal(e.full_name): e for e in roster}
        entry = by_name.get(_normal(groups["name"]))
        timestamp = None
        if lms == "brightspace":
            timestamp = datetime.strptime(groups["date"], "%b %d, %Y %I%M %p").isoformat()
    if entry is None:
        return None
    return Match(entry.student_id, groups["file"], timestamp, late=bool(groups.get("late")))


def notebook_file_id(filename: str, released: list[str]) -> str:
    """The released notebook a submitted file stands for: LMSes rename files (``ai_basics-1.ipynb``),
    and an assignment with one notebook accepts any ``.ipynb`` as that notebook."""
    if filename in released:
        return filename
    if filename.endswith(".ipynb") and len(released) == 1:
        return released[0]
    stem = re.sub(r"-\d+$", "", Path(filename).stem)
    candidate = stem + Path(filename).suffix
    return candidate if candidate in released else filename


def import_roster(course_dir: Path, class_list: Path, *, lms: str | None = None) -> list[RosterEntry]:
    """Read an LMS class list, keep it as the course roster, and add its students to the gradebook."""
    from . import nbgrader_bridge
    from .roster import read_lms_roster, save_roster

    entries = read_lms_roster(class_list, lms)
    save_roster(course_dir, entries)
    nbgrader_bridge.add_students(course_dir, [
        {"id": e.student_id, "first_name": e.first_name, "last_name": e.last_name, "email": e.email}
        for e in entries])
    return entries


def collect_zip(course_dir: Path, assignment_id: str, archive: Path, *, lms: str) -> dict:
    """Collect an LMS bulk download into ``submitted/``; each submission gets the assignment's data files."""
    import shutil

    from . import nbgrader_bridge
    from .roster import load_roster

    roster = [e for e in load_roster(course_dir)]
    if not roster:
        raise AiNoordError("the course has no roster yet; import the class list first (ai-noord roster FILE)")
    if not Path(archive).is_file():
        raise AiNoordError(f"no such file: {archive}")
    result = nbgrader_bridge.zip_collect(course_dir, assignment_id, Path(archive), lms=lms, roster=roster)
    release = course_dir / "release" / assignment_id
    for student in result["collected"]:
        folder = course_dir / "submitted" / student / assignment_id
        for item in release.iterdir():
            if item.is_file() and item.suffix != ".ipynb" and not (folder / item.name).exists():
                shutil.copyfile(item, folder / item.name)
    return result

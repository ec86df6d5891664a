"""Class lists exported from Brightspace, Canvas or Moodle, read into one shape.

Each LMS names its columns differently; a roster entry keeps what the tools need and nothing more:
the course's student id, names and e-mail (for the gradebook) and the LMS's own identifiers (for the
grade export back to that LMS). The roster is stored as ``roster.csv`` in the course folder.
"""

from __future__ import annotations

import csv
import re
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from .errors import AiNoordError

LMSES = ("brightspace", "canvas", "moodle")
ROSTER_FILE = "roster.csv"


@dataclass(frozen=True)
class RosterEntry:
    student_id: str
    first_name: str
    last_name: str
    email: str
    lms: str
    lms_id: str = ""         # Brightspace OrgDefinedId, Canvas ID, Moodle ID number
    lms_login: str = ""      # Brightspace Username, Canvas SIS Login ID, Moodle e-mail
    lms_sis_id: str = ""     # Canvas SIS User ID
    section: str = ""        # Canvas Section

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


def _safe_id(value: str) -> str:
    """A student id nbgrader can use as a folder name."""
    cleaned = re.sub(r"[^A-Za-z0-9_.@-]", "", value.strip().lstrip("#"))
    return cleaned


def detect_lms(header: list[str]) -> str:
    """Which LMS wrote a class list, from its header row."""
    names = {h.strip().lower() for h in header}
    if "orgdefinedid" in names:
        return "brightspace"
    if {"student", "id", "sis user id"} <= names or {"student", "id", "sis login id"} <= names:
        return "canvas"
    if {"first name", "last name"} <= names and ("email address" in names or "id number" in names):
        return "moodle"
    raise AiNoordError("cannot tell which LMS wrote this class list; expected Brightspace (OrgDefinedId), "
                       "Canvas (Student, ID, SIS User ID) or Moodle (First name, Last name, Email address) columns")


def _get(row: dict, *names: str) -> str:
    lowered = {k.strip().lower(): (v or "").strip() for k, v in row.items() if k}
    for name in names:
        if lowered.get(name.lower()):
            return lowered[name.lower()]
    return ""


def _brightspace(row: dict) -> RosterEntry:
    org_id = _get(row, "OrgDefinedId").lstrip("#")
    username = _get(row, "Username").lstrip("#")
    return RosterEntry(_safe_id(org_id or username), _get(row, "First Name"), _get(row, "Last Name"),
                       _get(row, "Email"), "brightspace", lms_id=org_id, lms_login=username)


def _canvas(row: dict) -> RosterEntry | None:
    name = _get(row, "Student")
    if not name or name.lower().startswith("points possible") or name.lower() == "test student":
        return None
    last, _, first = name.partition(",")
    canvas_id, sis_id, login = _get(row, "ID"), _get(row, "SIS User ID"), _get(row, "SIS Login ID")
    return RosterEntry(_safe_id(sis_id or login or canvas_id), first.strip(), last.strip(), "", "canvas",
                       lms_id=canvas_id, lms_login=login, lms_sis_id=sis_id, section=_get(row, "Section"))


def _moodle(row: dict) -> RosterEntry:
    email, id_number = _get(row, "Email address"), _get(row, "ID number")
    return RosterEntry(_safe_id(id_number or email.split("@")[0]), _get(row, "First name"), _get(row, "Last name"),
                       email, "moodle", lms_id=id_number, lms_login=email)


_READERS = {"brightspace": _brightspace, "canvas": _canvas, "moodle": _moodle}


def read_lms_roster(path: Path, lms: str | None = None) -> list[RosterEntry]:
    """Read a class list exported from an LMS (detected from its header unless ``lms`` is given)."""
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AiNoordError(f"cannot read class list {path}: {error}") from None
    rows = list(csv.DictReader(text.splitlines()))
    if not rows:
        raise AiNoordError(f"class list {path} has no rows; export it again from your LMS")
    lms = lms or detect_lms(list(rows[0].keys()))
    if lms not in _READERS:
        raise AiNoordError(f"unknown LMS {lms!r}; choose one of {', '.join(LMSES)}")
    entries = [entry for entry in map(_READERS[lms], rows) if entry is not None]
    problems = [e.full_name or "(no name)" for e in entries if not e.student_id]
    if problems:
        raise AiNoordError(f"class list {path}: no usable id for {', '.join(problems[:3])}; check the id columns")
    seen: set[str] = set()
    duplicates = [e.student_id for e in entries if e.student_id in seen or seen.add(e.student_id)]
    if duplicates:
        raise AiNoordError(f"class list {path}: the id {duplicates[0]} appears twice; fix the export and try again")
    return entries


def save_roster(course_dir: Path, entries: list[RosterEntry]) -> Path:
    """Store the roster in the course folder (merged with one that is there, newest entry wins)."""
    current = {e.student_id: e for e in load_roster(course_dir)}
    current.update({e.student_id: e for e in entries})
    path = Path(course_dir) / ROSTER_FILE
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=[f.name for f in fields(RosterEntry)])
        writer.writeheader()
        for entry in sorted(current.values(), key=lambda e: e.student_id):
            writer.writerow(asdict(entry))
    return path


def load_roster(course_dir: Path) -> list[RosterEntry]:
    path = Path(course_dir) / ROSTER_FILE
    if not path.is_file():
        return []
    with path.open(encoding="utf-8", newline="") as handle:
        return [RosterEntry(**row) for row in csv.DictReader(handle)]

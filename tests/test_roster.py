"""Class lists from Brightspace, Canvas and Moodle are read into one roster shape."""

import pytest

from autograder.collect import match_file, notebook_file_id
from autograder.errors import AiNoordError
from autograder.roster import detect_lms, read_lms_roster

BRIGHTSPACE = ("OrgDefinedId,Username,Last Name,First Name,Email,End-of-Line Indicator\n"
               "s1001,#jdvries,de Vries,Jan,jan@student.example,#\n")
CANVAS = ("Student,ID,SIS User ID,SIS Login ID,Section,ai_basics (1234)\n"
          "    Points Possible,,,,,10\n"
          "\"Hoekstra, Fenna\",98765,s2002,fhoekstra,Groep A,\n")
MOODLE = ("First name,Last name,ID number,Institution,Department,Email address\n"
          "Sjoerd,Dijkstra,s3003,Noorderpoort,ICT,sjoerd@student.example\n")


@pytest.mark.parametrize("text,lms,student,first,lms_id", [
    (BRIGHTSPACE, "brightspace", "s1001", "Jan", "s1001"),
    (CANVAS, "canvas", "s2002", "Fenna", "98765"),
    (MOODLE, "moodle", "s3003", "Sjoerd", "s3003"),
])
def test_each_lms_is_read(tmp_path, text, lms, student, first, lms_id):
    """Is the LMS recognised from its columns, and are id, names and the LMS's own id kept?"""
    path = tmp_path / "list.csv"
    path.write_text(text, encoding="utf-8")
    [entry] = read_lms_roster(path)
    assert (entry.lms, entry.student_id, entry.first_name, entry.lms_id) == (lms, student, first, lms_id)


def test_unknown_columns_and_duplicates(tmp_path):
    with pytest.raises(AiNoordError, match="cannot tell which LMS"):
        detect_lms(["name", "number"])
    path = tmp_path / "dup.csv"
    path.write_text(BRIGHTSPACE + "s1001,#other,Other,Ann,ann@x.example,#\n", encoding="utf-8")
    with pytest.raises(AiNoordError, match="appears twice"):
        read_lms_roster(path)


def test_download_names_are_matched(tmp_path):
    """Are each LMS's bulk-download file names matched to the right roster entry?"""
    lists = {}
    for name, text in (("b", BRIGHTSPACE), ("c", CANVAS), ("m", MOODLE)):
        (tmp_path / f"{name}.csv").write_text(text, encoding="utf-8")
        lists[name] = read_lms_roster(tmp_path / f"{name}.csv")
    found = match_file("123-456 - Jan de Vries - Nov 30, 2026 1012 AM - ai_basics.ipynb", "brightspace", lists["b"])
    assert (found.student_id, found.file, found.timestamp) == ("s1001", "ai_basics.ipynb", "2026-11-30T10:12:00")
    found = match_file("fhoekstra_LATE_98765_555_ai_basics-1.ipynb", "canvas", lists["c"])
    assert (found.student_id, found.late, found.file) == ("s2002", True, "ai_basics-1.ipynb")
    found = match_file("Sjoerd Dijkstra_77_assignsubmission_file_/ai_basics.ipynb", "moodle", lists["m"])
    assert found.student_id == "s3003"
    assert match_file("Someone Else_77_assignsubmission_file_/x.ipynb", "moodle", lists["m"]) is None
    assert notebook_file_id("ai_basics-1.ipynb", ["ai_basics.ipynb"]) == "ai_basics.ipynb"

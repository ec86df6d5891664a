"""A class on a real JupyterHub: an instructor and two students run an assignment through nbgrader's exchange.

Everything a person does goes through the hub and the servers it started, with the same requests
JupyterLab's nbgrader panels send (Assignments list: fetch, submit, fetch feedback; the Validate button;
the formgrader: release, collect, release feedback; the contents API for opening and saving a notebook).
The instructor's terminal work (``ai-noord build``, ``ai-noord grade``, ``ai-noord feedback``) runs as
commands in the instructor's home folder, as typed in a JupyterLab terminal.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import nbformat
import pytest

VENV_BIN = Path(sys.executable).parent
pytestmark = pytest.mark.classroom

COURSE_ID = "ai-noord"
ASSIGNMENT = "ai_basics"
NOTEBOOK = f"{ASSIGNMENT}/{ASSIGNMENT}.ipynb"
COMMAND_TIMEOUT = 300  # seconds for any one instructor command
# What the wrong student types: the number of AI users instead of their share.
WRONG_SHARE = 'def share_using_ai(data):\n    return int(data["uses_ai"].sum())  # bob-counted-instead-of-share\n'


def grade_id(cell) -> str | None:
    return cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")


def typed_solutions(source_notebook: Path) -> dict[str, str]:
    """The instructor's solutions as a student would type them: without nbgrader's solution markers."""
    source = nbformat.read(source_notebook, as_version=4)
    return {grade_id(cell): "\n".join(line for line in cell.source.splitlines()
                                      if "### BEGIN SOLUTION" not in line and "### END SOLUTION" not in line)
            for cell in source.cells if cell.get("metadata", {}).get("nbgrader", {}).get("solution")}


def instructor_command(home: Path, *args: str) -> str:
    """An ``ai-noord`` command typed in the instructor's terminal (their home folder, their HOME)."""
    env = {key: value for key, value in os.environ.items() if not key.startswith(("JUPYTER", "PYTEST"))}
    env.update(HOME=str(home), PATH=os.pathsep.join([str(VENV_BIN), env.get("PATH", "")]), MPLBACKEND="Agg")
    result = subprocess.run([str(VENV_BIN / "ai-noord"), *args], cwd=home, env=env, capture_output=True, text=True,
                            timeout=COMMAND_TIMEOUT)
    assert result.returncode == 0, f"ai-noord {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


def listed(session, status: str) -> list[dict]:
    """The student's Assignments list (JupyterLab's nbgrader panel), entries of this assignment with ``status``."""
    answer = session.json("GET", "assignments", params={"course_id": COURSE_ID})
    assert answer["success"], answer
    return [item for item in answer["value"] if item["assignment_id"] == ASSIGNMENT and item["status"] == status]


def assignment_action(session, action: str) -> dict:
    """Press fetch / submit / fetch feedback in the Assignments list."""
    return session.json("POST", f"assignments/{action}", data=json.dumps({"course_id": COURSE_ID, "assignment_id": ASSIGNMENT}))


def formgrader(session, action: str) -> dict:
    """Press a button in the formgrader's Manage Assignments page."""
    answer = session.json("POST", f"formgrader/api/assignment/{ASSIGNMENT}/{action}")
    assert answer.get("success"), f"formgrader {action}: {answer}"
    return answer


def open_notebook(session, path: str) -> dict:
    return session.json("GET", f"api/contents/{path}", params={"content": 1})["content"]


def save_notebook(session, path: str, notebook: dict) -> None:
    response = session.request("PUT", f"api/contents/{path}",
                               data=json.dumps({"type": "notebook", "format": "json", "content": notebook}))
    assert response.status_code in (200, 201), f"saving {path}: {response.status_code} {response.text[:300]}"


def validate(session, path: str) -> dict:
    """The Validate button: runs the notebook in the student's server and reports failing tests."""
    answer = session.json("POST", "assignments/validate", data=json.dumps({"path": path}), timeout=180)
    assert answer["success"], f"validate crashed: {answer.get('value', '')[-800:]}"
    return answer["value"]


def feedback_files(session) -> dict[str, str]:
    """Every feedback file in the student's ``ai_basics/feedback/<timestamp>/`` folders, by path, with its text."""
    found = {}
    response = session.request("GET", f"api/contents/{ASSIGNMENT}/feedback")
    if response.status_code == 404:
        return found
    for folder in response.json()["content"]:
        for item in session.json("GET", f"api/contents/{folder['path']}")["content"]:
            found[item["path"]] = session.json("GET", f"api/contents/{item['path']}", params={"content": 1})["content"]
    return found


def test_a_class_runs_an_assignment_through_the_hub(classroom_hub):
    """Proves the whole classroom loop on JupyterHub with nbgrader's exchange and the deploy/ configuration:
    only the instructor has the formgrader and can see the class list; the instructor releases; both students
    fetch, work (alice right, bob wrong), validate (bob's Validate shows his failing test) and submit; the
    instructor collects and grades (alice full marks, bob only the task he did right), writes and releases
    feedback; each student fetches feedback for their own submission and never the other's, without the
    hidden tests."""
    hub = classroom_hub
    timings: dict[str, float] = {}
    clock = time.monotonic()

    def lap(step: str) -> None:
        nonlocal clock
        now = time.monotonic()
        timings[step] = round(now - clock, 1)
        clock = now

    # The instructor builds the course in their home folder, as deploy/README.md says.
    docent_home = hub.homes / "docent"
    docent_home.mkdir(parents=True)
    course_dir = docent_home / "ai-noord"
    instructor_command(docent_home, "build", "--lang", "nl", "--course", str(course_dir), ASSIGNMENT)
    lap("build")

    hub.start_servers(["docent", "alice", "bob"])
    docent, alice, bob = hub.user("docent"), hub.user("alice"), hub.user("bob")
    lap("start three servers")

    # Roles: the formgrader and the class list are the instructor's alone.
    assert docent.request("GET", "formgrader/api/status").json() == {"status": True}
    for student in (alice, bob):
        assert student.request("GET", "formgrader/api/status").status_code == 404, f"{student.name} has the formgrader"
        assert student.request("GET", f"formgrader/api/assignment/{ASSIGNMENT}/release",).status_code == 404
        assert student.hub_api("GET", f"/groups/nbgrader-{COURSE_ID}").status_code == 403
    class_list = docent.hub_api("GET", f"/groups/nbgrader-{COURSE_ID}")
    assert class_list.status_code == 200 and sorted(class_list.json()["users"]) == ["alice", "bob"]

    # The instructor releases the assignment through the exchange.
    assert not listed(alice, "released"), "something was released before the instructor released it"
    formgrader(docent, "release")
    lap("release")

    # Each student fetches it, opens it, works, validates and submits.
    answers = typed_solutions(course_dir / "source" / ASSIGNMENT / f"{ASSIGNMENT}.ipynb")
    work = {
        "alice": dict(answers),
        "bob": {"share_using_ai": WRONG_SHARE, "majority_baseline_accuracy": answers["majority_baseline_accuracy"]},
    }
    validations = {}
    for student in (alice, bob):
        assert len(listed(student, "released")) == 1, f"{student.name} does not see the released assignment"
        assignment_action(student, "fetch")
        assert listed(student, "fetched"), f"{student.name}'s fetch did not arrive: {hub.log_tail()}"
        notebook = open_notebook(student, NOTEBOOK)
        typed = 0
        for cell in notebook["cells"]:
            if grade_id(cell) in work[student.name]:
                cell["source"] = work[student.name][grade_id(cell)]
                typed += 1
        assert typed == len(work[student.name])
        save_notebook(student, NOTEBOOK, notebook)
        validations[student.name] = validate(student, NOTEBOOK)
        assignment_action(student, "submit")
        assert listed(student, "submitted"), f"{student.name}'s submission is not listed: {hub.log_tail()}"
    lap("fetch, work, validate, submit (2 students)")

    assert not validations["alice"].get("failed") and not validations["alice"].get("errored"), validations["alice"]
    bob_failures = json.dumps(validations["bob"].get("failed", []))
    assert "test_share_using_ai" in bob_failures or "share" in bob_failures, validations["bob"]

    # The instructor collects, grades, writes feedback and releases it.
    formgrader(docent, "collect")
    for name in ("alice", "bob"):
        assert (course_dir / "submitted" / name / ASSIGNMENT / f"{ASSIGNMENT}.ipynb").is_file(), f"{name} not collected"
    lap("collect")
    instructor_command(docent_home, "grade", ASSIGNMENT, "--course", str(course_dir), "--workers", "2", "--timeout", "60")
    lap("grade")
    scores = {row["student"]: row for row in docent.json("GET", f"formgrader/api/submissions/{ASSIGNMENT}")}
    assert set(scores) == {"alice", "bob"}, scores
    assert scores["alice"]["score"] == scores["alice"]["max_score"] > 0, scores["alice"]
    assert scores["bob"]["score"] == 2, scores["bob"]  # only majority_baseline_accuracy (2 points) is right
    instructor_command(docent_home, "feedback", ASSIGNMENT, "--course", str(course_dir))
    formgrader(docent, "release_feedback")
    lap("feedback and release")

    # Each student fetches feedback: their own, and only their own.
    received = {}
    for student in (alice, bob):
        assignment_action(student, "fetch_feedback")
        received[student.name] = feedback_files(student)
        assert len(received[student.name]) == 1, f"{student.name} got {sorted(received[student.name])}"
    lap("fetch feedback (2 students)")
    (alice_feedback,), (bob_feedback,) = received["alice"].values(), received["bob"].values()
    assert "bob-counted-instead-of-share" in bob_feedback, "bob's feedback does not show bob's own work"
    assert "bob-counted-instead-of-share" not in alice_feedback, "alice received bob's feedback"
    assert alice_feedback != bob_feedback
    for text in (alice_feedback, bob_feedback):
        assert "BEGIN HIDDEN TESTS" not in text, "feedback shows the hidden tests"
    assert re.search(r"Score:\s*10(\.0)?\s*/\s*10", alice_feedback), "alice's feedback does not show her full marks"
    assert re.search(r"Score:\s*2(\.0)?\s*/\s*10", bob_feedback), "bob's feedback does not show his score"
    # Both students' feedback sat side by side in the shared exchange; each fetch took only its owner's.
    released = {path.read_text() for path in (hub.exchange / COURSE_ID / "feedback").glob("*.html")}
    assert {alice_feedback, bob_feedback} <= released

    print("classroom timings (s):", json.dumps(timings), file=sys.stderr)

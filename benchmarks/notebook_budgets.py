"""Execution time and peak memory of every lesson notebook, against the course's budgets (30 s, 1 GB).

Run from the checkout:   .venv/bin/python benchmarks/notebook_budgets.py [--skip-validation]

Each notebook runs in a fresh kernel, one at a time, so the figures do not disturb each other; peak
memory is the kernel's high-water mark (VmHWM). Then the whole-course validation (nbval over every
lesson, two workers, as in CI) is timed. Prints a Markdown table; exits 1 when a lesson is over budget.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from autograder.course import LANGUAGES, load_course  # noqa: E402

BUDGET_SECONDS = 30.0
BUDGET_BYTES = 1024 ** 3


def kernel_peak_bytes(client: NotebookClient) -> int:
    pid = client.km.provisioner.process.pid
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) * 1024
    return 0


def run_notebook(path: Path) -> tuple[float, int]:
    """Seconds from kernel start to the last cell, and the kernel's peak resident memory."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    start = time.perf_counter()
    with client.setup_kernel():
        for index, cell in enumerate(notebook.cells):
            client.execute_cell(cell, index)
        seconds = time.perf_counter() - start
        peak = kernel_peak_bytes(client)
    return seconds, peak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--skip-validation", action="store_true", help="do not time the whole nbval run")
    args = parser.parse_args(argv)
    course = load_course(ROOT)
    print("| notebook | seconds | peak MB | within budget |")
    print("| --- | ---: | ---: | --- |")
    over = 0
    for lesson in course.lessons:
        for lang in LANGUAGES:
            path = lesson.path(lang)
            seconds, peak = run_notebook(path)
            ok = seconds <= BUDGET_SECONDS and peak <= BUDGET_BYTES
            over += not ok
            print(f"| {path.relative_to(ROOT)} | {seconds:.1f} | {peak / 1024 ** 2:.0f} | {'yes' if ok else 'NO'} |",
                  flush=True)
    if not args.skip_validation:
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "-n", "2", "modules"],
                       cwd=ROOT, check=False, capture_output=True)
        print(f"\nwhole-course validation (nbval, every lesson, 2 workers): {time.perf_counter() - start:.0f} s")
    print(f"\nbudgets: {BUDGET_SECONDS:.0f} s and {BUDGET_BYTES / 1024 ** 3:.0f} GB per lesson; "
          f"{over} notebook(s) over budget")
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())

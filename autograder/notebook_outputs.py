"""Keep lesson notebooks small and their checked outputs true.

Lesson notebooks are stored with outputs only in the cells tagged ``nbval-check-output`` (nbval compares
those against a fresh run); every other output is cleared. ``refresh`` executes a notebook in its own
folder and stores it that way. Maintainers run::

    python -m autograder.notebook_outputs modules/01_ai_basics/lessons/*.ipynb
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

CHECK_OUTPUT_TAG = "nbval-check-output"


def keeps_output(cell: nbformat.NotebookNode) -> bool:
    """Whether a cell's output is part of the stored notebook (nbval checks it)."""
    return CHECK_OUTPUT_TAG in cell.get("metadata", {}).get("tags", [])


def strip_outputs(notebook: nbformat.NotebookNode) -> nbformat.NotebookNode:
    """Clear outputs and execution counts of every code cell that nbval does not check, and saved widget state.

    A checked cell keeps its execution count: nbval treats a cell with outputs but no count as never run.
    """
    notebook.metadata.pop("widgets", None)
    for cell in notebook.cells:
        if cell.cell_type != "code":
            continue
        cell.metadata.pop("execution", None)
        if not keeps_output(cell):
            cell.outputs = []
            cell.execution_count = None
    return notebook


def refresh(path: Path, *, timeout: int = 120) -> None:
    """Execute ``path`` in its folder and store it with only its checked outputs."""
    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(notebook, timeout=timeout, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    nbformat.write(strip_outputs(notebook), path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m autograder.notebook_outputs", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("notebooks", nargs="+", type=Path)
    parser.add_argument("--strip-only", action="store_true", help="clear unchecked outputs without running")
    args = parser.parse_args(argv)
    for path in args.notebooks:
        if args.strip_only:
            nbformat.write(strip_outputs(nbformat.read(path, as_version=4)), path)
        else:
            refresh(path)
        print(f"refreshed {path}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

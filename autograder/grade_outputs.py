"""From the runner's results to the autograded notebook: outputs, hidden tests, and what needs review.

Pure functions on nbformat notebooks and ``runner.RunResult``; no gradebook, no student code. Used by
``grade.py`` in the grader's main thread.
"""

from __future__ import annotations

from nbformat.v4 import new_output

from .runner import RunResult

REDACTED = "[hidden test]"


def apply_outputs(nb, run: RunResult) -> dict:
    """Put the runner's outputs into ``nb``; return each code cell's verdict (ok, error, not-run)."""
    verdicts = {}
    count = 0
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        cell_run = run.cells.get(index)
        outputs = []
        if cell_run is None or cell_run.status == "not-run":
            why = run.stopped or "the notebook stopped earlier"
            outputs.append(new_output("error", ename="NotRun", evalue=f"not run: {why}",
                                      traceback=[f"NotRun: this cell was not run ({why})"]))
            verdicts[index] = "not-run"
            cell.execution_count = None
        else:
            count += 1
            cell.execution_count = count
            for output in cell_run.outputs:
                try:
                    outputs.append(_to_nbformat(output, count))
                except Exception:  # noqa: BLE001 - _valid_output already checked the shape
                    continue
            if cell_run.reason:
                name = "CellTimeoutError" if "longer than" in cell_run.reason else "RunnerError"
                outputs = [o for o in outputs if o.output_type != "error"]
                outputs.append(new_output("error", ename=name, evalue=cell_run.reason,
                                          traceback=[f"{name}: {cell_run.reason}"]))
            verdicts[index] = cell_run.status
        cell.outputs = outputs
    return verdicts


def _to_nbformat(output: dict, count: int):
    kind = output["output_type"]
    if kind == "stream":
        return new_output("stream", name=output["name"], text=output["text"])
    if kind == "error":
        return new_output("error", ename=output["ename"], evalue=output["evalue"], traceback=output["traceback"])
    if kind == "execute_result":
        return new_output("execute_result", data=output["data"], metadata=output.get("metadata", {}),
                          execution_count=count)
    return new_output("display_data", data=output["data"], metadata=output.get("metadata", {}))


def hidden_test_lines(nb, delimiters: tuple[str, str]) -> list[str]:
    """The stripped lines between the hidden-test delimiters of every cell, longest first."""
    begin, end = delimiters
    lines = set()
    for cell in nb.cells:
        inside = False
        for line in str(cell.get("source", "")).splitlines():
            if begin in line:
                inside = True
            elif end in line:
                inside = False
            elif inside and len(line.strip()) >= 3:
                lines.add(line.strip())
    return sorted(lines, key=len, reverse=True)


def scrub(text: str, lines: list[str]) -> str:
    for line in lines:
        if line in text:
            text = text.replace(line, REDACTED)
    return text


def redact_hidden(nb, delimiters: tuple[str, str]) -> None:
    """Replace every hidden-test line that shows up in any output (a traceback, a print) by a marker."""
    lines = hidden_test_lines(nb, delimiters)
    if not lines:
        return

    def clean(text):
        if not isinstance(text, str):
            return text
        for line in lines:
            if line in text:
                text = text.replace(line, REDACTED)
        return text

    for cell in nb.cells:
        for output in cell.get("outputs", []):
            if "text" in output:
                output["text"] = clean(output["text"])
            if "evalue" in output:
                output["evalue"] = clean(output["evalue"])
            if "traceback" in output:
                output["traceback"] = [clean(line) for line in output["traceback"]]
            for mime, value in list(output.get("data", {}).items()):
                if isinstance(value, str):
                    output["data"][mime] = clean(value)
                elif isinstance(value, list):
                    output["data"][mime] = [clean(v) for v in value]


def review_cells(nb, run: RunResult, grade_cells: dict) -> tuple[dict, bool, list]:
    """Which grade cells a person must review, whether to flag, and why.

    Tampering found by the runner: every test cell from the first finding on scores 0 and is marked
    for manual grading (a person can give the points back); earlier cells keep their score. A notebook
    that had to be stopped: the cells that did not run score 0 and are marked for review.
    """
    review, reasons, flagged = {}, [], False
    tamper = [e for e in run.events if e[0] == "tamper"]
    network = [e for e in run.events if e[0] == "network"]
    if tamper:
        flagged = True
        first = min((e[2] for e in tamper if isinstance(e[2], int)), default=0)
        for index, (grade_id, is_test) in grade_cells.items():
            review[grade_id] = "zero" if is_test and index >= first else "keep"
        details = sorted({e[1] for e in tamper})
        reasons.append(f"tampering detected: {'; '.join(details[:3])}"
                       + (f" (+{len(details) - 3} more)" if len(details) > 3 else ""))
    if network:
        reasons.append("tried to use the network (blocked)")
    if run.stopped:
        flagged = True
        reasons.append(run.stopped)
        for index, (grade_id, is_test) in grade_cells.items():
            cell_run = run.cells.get(index)
            if is_test and (cell_run is None or cell_run.status == "not-run"):
                review.setdefault(grade_id, "keep")
    reasons.extend(run.notes)
    for index, cell_run in sorted(run.cells.items()):
        if cell_run.reason and "longer than" in cell_run.reason and not run.stopped.startswith(f"cell {index}:"):
            reasons.append(f"cell {index}: {cell_run.reason} (interrupted)")
        for output in cell_run.outputs:
            if output.get("output_type") == "error" and output.get("ename") in ("MemoryError",):
                reasons.append(f"cell {index}: memory limit reached")
            elif output.get("output_type") == "error" and output.get("ename") == "BlockingIOError":
                reasons.append(f"cell {index}: process limit reached")
    return review, flagged, reasons

"""The course in JupyterLab as a person uses it: Debian's Chromium, driven by Playwright, clicking and typing.

A Dutch lesson runs from top to bottom without error output, its slider moves by keyboard and changes the
numbers and the plot, and a practice exercise gives its feedback (from the radio-button widget and from a
typed answer). An assignment's Validate button reports unfinished work. The formgrader opens on the course.
"""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.browser

LESSON = "modules/01_ai_basics/lessons/03_evaluating_models.nl.ipynb"
ASSIGNMENT = "course/release/ai_basics/ai_basics.ipynb"
RUN_ALL_TIMEOUT = 240_000  # ms
CURRENT_PANEL = ".jp-NotebookPanel:not(.lm-mod-hidden)"
ERROR_OUTPUT = ".jp-OutputArea-output[data-mime-type='application/vnd.jupyter.stderr']"


def open_notebook(page, jupyterlab, path: str) -> None:
    page.goto(jupyterlab.lab_url(path))
    page.wait_for_selector(f"{CURRENT_PANEL} .jp-Notebook .jp-Cell", timeout=90_000)
    # The kernel is ready when the status bar says so (the toolbar's indicator reads 'idle' before it starts).
    page.locator("#jp-main-statusbar", has_text="| Idle").wait_for(timeout=90_000)


def menu(page, title: str, command: str) -> None:
    """Click a menu in JupyterLab's menu bar, then one of its items (by the command it runs)."""
    page.locator(".lm-MenuBar-item", has_text=title).first.click()
    page.locator(f"li.lm-Menu-item[data-command='{command}']").click()


def wait_until_all_cells_ran(page) -> None:
    """Wait until every code cell has an execution count, or until an error shows (Run All stops there)."""
    page.wait_for_function(
        """(errorOutput) => {
            if (document.querySelector(errorOutput)) return true;
            const prompts = [...document.querySelectorAll('.jp-Notebook .jp-CodeCell .jp-InputArea-prompt')];
            const idle = document.querySelector(".jp-Notebook-ExecutionIndicator[data-status='idle']");
            return idle && prompts.length > 0 && prompts.every(p => /\\[\\d+\\]/.test(p.textContent));
        }""",
        arg=ERROR_OUTPUT, timeout=RUN_ALL_TIMEOUT)


def code_cell(page, starts_with: str):
    """The code cell whose source contains ``starts_with`` (CodeMirror shows the source as text)."""
    return page.locator(".jp-CodeCell", has=page.locator(".jp-InputArea .cm-content", has_text=starts_with))


def test_dutch_lesson_runs_and_its_widgets_respond(jupyterlab, page):
    """Proves a learner can run the Dutch lesson 03 with Run > Run All Cells and see no error output; that the
    depth slider, moved with the arrow key, changes the printed scores and the plot; and that the practice
    exercise answers 'not attempted' before, 'not quite' for a wrong choice and 'correct' for the right one,
    both from the widget's Controleer button and from a typed answer."""
    open_notebook(page, jupyterlab, LESSON)
    menu(page, "Run", "runmenu:run-all")
    wait_until_all_cells_ran(page)

    errors = page.locator(ERROR_OUTPUT)
    assert errors.count() == 0, "error output in the lesson:\n" + "\n---\n".join(errors.all_inner_texts())
    assert page.locator(".jp-OutputArea-output", has_text="Nog niet geprobeerd").count() >= 1, \
        "the practice checks do not say 'not attempted' before an answer"
    assert not page.console_errors, page.console_errors

    # The slider: keyboard focus on its handle, one step to the right.
    slider_cell = page.locator(".jp-CodeCell", has=page.locator(".widget-slider"))
    handle = slider_cell.get_by_role("slider")
    assert handle.get_attribute("aria-valuenow") in ("3", "3.0")
    outputs = slider_cell.locator(".jp-Cell-outputArea")
    assert "Diepte 3:" in outputs.inner_text()
    plot_before = slider_cell.locator("img").first.get_attribute("src")
    handle.focus()
    page.keyboard.press("ArrowRight")
    page.wait_for_function("el => el.innerText.includes('Diepte 4:')", arg=outputs.element_handle(), timeout=30_000)
    assert "Diepte 3:" not in outputs.inner_text()
    slider_cell.locator("img").first.wait_for()
    assert slider_cell.locator("img").first.get_attribute("src") != plot_before, "the plot did not change"

    # The practice exercise's widget: a wrong choice, then the right one.
    widget = page.locator(".jp-CodeCell", has=page.locator(".widget-radio-box")).last
    widget.locator(".widget-radio-box label", has_text="a)").click()
    widget.get_by_role("button", name="Controleer").click()
    widget.locator(".widget-output", has_text="Nog niet goed").wait_for()
    widget.locator(".widget-radio-box label", has_text="b)").click()
    widget.get_by_role("button", name="Controleer").click()
    widget.locator(".widget-output", has_text="Goed!").wait_for()

    # The same exercise by typing the answer and running the check cell (Shift+Enter twice).
    answer = code_cell(page, "overfit_diagnosis = ...")
    answer.locator(".cm-content").click()
    page.keyboard.press("Control+a")
    page.keyboard.type('overfit_diagnosis = "b"')
    page.keyboard.press("Shift+Enter")
    page.keyboard.press("Shift+Enter")
    check = code_cell(page, "q.overfit_diagnosis.check(overfit_diagnosis)")
    check.locator(".jp-OutputArea-output", has_text="Goed!").wait_for()
    assert page.locator(ERROR_OUTPUT).count() == 0


def test_validate_button_reports_unfinished_work(jupyterlab, page):
    """Proves nbgrader's Validate button works on the built assignment in JupyterLab: on the blank student
    version it runs the notebook and reports the failing tests, in a dialog the learner can close."""
    open_notebook(page, jupyterlab, ASSIGNMENT)
    page.locator(f"{CURRENT_PANEL} .jp-NotebookPanel-toolbar").get_by_text("Validate", exact=True).click()
    dialog = page.locator(".jp-Dialog")
    dialog.wait_for(timeout=120_000)
    dialog.get_by_text("failed", exact=False).first.wait_for(timeout=120_000)
    text = dialog.inner_text()
    # The first task's visible test fails on the placeholder, with its own (Dutch) message.
    assert "share_using_ai" in text and "AssertionError" in text, text
    dialog.get_by_role("button").last.click()
    dialog.wait_for(state="detached")


def test_formgrader_opens_on_the_course(jupyterlab, page):
    """Proves the instructor's formgrader opens from JupyterLab's Nbgrader menu and lists the built assignment."""
    open_notebook(page, jupyterlab, ASSIGNMENT)
    menu(page, "Nbgrader", "nbgrader:open-formgrader")
    frame = page.frame_locator("iframe").first
    frame.get_by_text("Manage Assignments").first.wait_for(timeout=60_000)
    frame.get_by_text("ai_basics", exact=True).first.wait_for(timeout=60_000)


def test_error_output_is_seen(jupyterlab, page):
    """Proves the lesson test's error check can fail: a notebook whose second cell raises shows error output
    that ERROR_OUTPUT finds, after the same Run All Cells."""
    broken = jupyterlab.root / "broken_lesson.nl.ipynb"
    broken.write_text(json.dumps({
        "nbformat": 4, "nbformat_minor": 5, "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}},
        "cells": [{"cell_type": "code", "id": f"c{i}", "metadata": {}, "outputs": [], "execution_count": None,
                   "source": source} for i, source in enumerate(["x = 1", "raise ValueError('kapotte les')", "x + 1"])],
    }))
    open_notebook(page, jupyterlab, broken.name)
    menu(page, "Run", "runmenu:run-all")
    page.locator(ERROR_OUTPUT, has_text="kapotte les").wait_for(timeout=60_000)
    assert page.locator(ERROR_OUTPUT).count() == 1

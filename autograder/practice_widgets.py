"""Keyboard-friendly widgets around practice exercises, for learners who would rather click than type.

``choice_widget(q.risk, {"a": {"nl": ..., "en": ...}, ...})`` shows radio buttons and a "Check" button;
the feedback is the same as ``q.risk.check("a")`` gives.
"""

from __future__ import annotations

from typing import Mapping

import ipywidgets as widgets
from IPython.display import display

from .practice import Exercise, Text

_BUTTON = {"nl": "Controleer", "en": "Check"}


def choice_widget(exercise: Exercise, options: Mapping[str, Text]) -> widgets.VBox:
    """Radio buttons for ``options`` (key -> label) with a check button that calls ``exercise.check``."""
    lang = exercise.lang
    choices = widgets.RadioButtons(
        options=[(f"{key}) {label[lang]}", key) for key, label in options.items()],
        value=None,
        layout=widgets.Layout(width="auto"),
    )
    button = widgets.Button(description=_BUTTON[lang], button_style="primary")
    output = widgets.Output()

    def on_click(_button: widgets.Button) -> None:
        output.clear_output()
        with output:
            display(exercise.check(choices.value))

    button.on_click(on_click)
    return widgets.VBox([choices, button, output])

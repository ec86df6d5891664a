"""Practice exercises with instant feedback: ``q1.check(answer)``, ``q1.hint()``, ``q1.solution()``.

The model is Kaggle's learntools: an exercise is a small declarative object. Every check has three
outcomes -- not attempted, incorrect (with a message that helps), correct -- and every text exists in
Dutch and English. A lesson notebook builds its exercises once, in its own language::

    from ai_basics_practice import exercises
    q = exercises("nl")
    q.rows.check(aantal_rijen)

Checks compare by value *and* type, so an object that claims to equal everything is not "correct".
"""

from __future__ import annotations

import html
import math
import numbers
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

LANGUAGES = ("nl", "en")
LEVELS = ("basis", "verdieping")

NOT_ATTEMPTED = "not_attempted"
INCORRECT = "incorrect"
CORRECT = "correct"

Text = Mapping[str, str]
"""A text in every course language: ``{"nl": "...", "en": "..."}``."""

_LABELS = {
    NOT_ATTEMPTED: {"nl": "Nog niet geprobeerd", "en": "Not attempted yet"},
    INCORRECT: {"nl": "Nog niet goed", "en": "Not quite"},
    CORRECT: {"nl": "Goed!", "en": "Correct!"},
    "hint": {"nl": "Hint", "en": "Hint"},
    "solution": {"nl": "Oplossing", "en": "Solution"},
    "no_more_hints": {
        "nl": "Dit was de laatste hint. Kom je er niet uit? Bekijk dan de oplossing met .solution().",
        "en": "That was the last hint. Still stuck? Look at the solution with .solution().",
    },
    "placeholder": {
        "nl": "Vervang eerst de ... (of None) door jouw antwoord en voer de cel opnieuw uit.",
        "en": "First replace the ... (or None) with your answer and run the cell again.",
    },
}
_COLOURS = {NOT_ATTEMPTED: "#0072B2", INCORRECT: "#D55E00", CORRECT: "#009E73"}  # Okabe-Ito


def _check_text(text: Text, where: str) -> None:
    missing = [lang for lang in LANGUAGES if not str(text.get(lang, "")).strip()]
    if missing:
        raise ValueError(f"{where}: text is missing in {', '.join(missing)}")


class Incorrect(Exception):
    """Raised by a checker: the answer is wrong, and ``text`` says why in every language."""

    def __init__(self, text: Text):
        _check_text(text, "Incorrect")
        super().__init__(text.get("en"))
        self.text = text


@dataclass(frozen=True)
class Feedback:
    """What a learner sees after a check, a hint or a solution request."""

    status: str
    title: str
    message: str = ""
    code: str = ""

    def _repr_html_(self) -> str:
        colour = _COLOURS.get(self.status, "#555555")
        body = f"<strong>{html.escape(self.title)}</strong>"
        if self.message:
            body += f" {html.escape(self.message)}"
        if self.code:
            body += f"<pre>{html.escape(self.code)}</pre>"
        return (
            f'<div role="status" style="border-left: 6px solid {colour}; padding: 0.4em 0.8em;">'
            f"{body}</div>"
        )

    def __repr__(self) -> str:
        text = f"{self.title} {self.message}".strip()
        return f"{text}\n{self.code}" if self.code else text


def _is_placeholder(value: Any) -> bool:
    return value is None or value is Ellipsis


def _is_number(value: Any) -> bool:
    return isinstance(value, numbers.Real) and not isinstance(value, bool)


# -- checkers: small functions that raise Incorrect, never trust the answer's own __eq__ -------------


def number(expected: float, *, tolerance: float = 1e-6, relative: bool = False) -> Callable[[Any], None]:
    """Accept a real number within ``tolerance`` (absolute, or relative when ``relative``)."""

    def check(value: Any) -> None:
        if not _is_number(value):
            raise Incorrect({
                "nl": f"Ik verwacht een getal, maar kreeg iets van type {type(value).__name__}.",
                "en": f"I expected a number, but got something of type {type(value).__name__}.",
            })
        value = float(value)
        if not math.isfinite(value):
            raise Incorrect({"nl": "Je antwoord is geen eindig getal.", "en": "Your answer is not a finite number."})
        allowed = tolerance * abs(expected) if relative else tolerance
        if abs(value - expected) > allowed:
            direction = ("te groot", "too large") if value > expected else ("te klein", "too small")
            raise Incorrect({
                "nl": f"Je antwoord {value:g} is {direction[0]}.",
                "en": f"Your answer {value:g} is {direction[1]}.",
            })

    return check


def computed_number(expected: Callable[[], float], *, tolerance: float = 1e-6,
                      mixups: Callable[[], list[tuple[float, Text]]] = lambda: []) -> Callable[[Any], None]:
    """Like ``number``, but the expected value is computed when the check runs (from the data), and common
    mix-ups -- ``(value, text)`` pairs, also computed then -- get their own explanation."""

    def check(value: Any) -> None:
        target = float(expected())
        try:
            number(target, tolerance=tolerance)(value)
        except Incorrect:
            if not isinstance(value, numbers.Real) or isinstance(value, bool):
                raise
            for other, text in mixups():
                if abs(float(value) - float(other)) <= tolerance and abs(float(other) - target) > tolerance:
                    raise Incorrect(text) from None
            raise

    return check


def text_choice(expected: str, explanations: Mapping[str, Text] | None = None) -> Callable[[Any], None]:
    """Accept one option key (case and spaces ignored); explain a wrong choice with its own text."""
    explanations = dict(explanations or {})

    def check(value: Any) -> None:
        if not isinstance(value, str):
            raise Incorrect({
                "nl": f"Geef je antwoord als tekst tussen aanhalingstekens, bijvoorbeeld \"{expected[:1]}\".",
                "en": f"Give your answer as text in quotes, for example \"{expected[:1]}\".",
            })
        answer = value.strip().lower()
        if answer == expected.lower():
            return
        if answer in explanations:
            raise Incorrect(explanations[answer])
        raise Incorrect({
            "nl": f"\"{value}\" is geen van de opties of niet het beste antwoord.",
            "en": f"\"{value}\" is not one of the options, or not the best answer.",
        })

    return check


def one_of_type(kind: type, predicate: Callable[[Any], bool], wrong: Text) -> Callable[[Any], None]:
    """Accept a value of type ``kind`` for which ``predicate`` holds; otherwise say ``wrong``."""

    def check(value: Any) -> None:
        if not isinstance(value, kind):
            raise Incorrect({
                "nl": f"Ik verwacht een {kind.__name__}, maar kreeg een {type(value).__name__}.",
                "en": f"I expected a {kind.__name__}, but got a {type(value).__name__}.",
            })
        if not predicate(value):
            raise Incorrect(wrong)

    return check


def boolean(expected: bool, wrong: Text) -> Callable[[Any], None]:
    """Accept ``True``/``False`` (also numpy's bool, which ``model.predict(...)[0]`` gives); else say ``wrong``.

    A one-element array or list gets its own hint: take the value out with ``[0]``.
    """

    def check(value: Any) -> None:
        if type(value).__name__ in ("bool", "bool_") and type(value).__module__ in ("builtins", "numpy"):
            if bool(value) is not bool(expected):
                raise Incorrect(wrong)
            return
        if hasattr(value, "__len__") and not isinstance(value, str) and len(value) == 1:
            raise Incorrect({
                "nl": "Je antwoord is een rij met één waarde erin. Haal die waarde eruit met [0].",
                "en": "Your answer is a row holding one value. Take that value out with [0].",
            })
        if isinstance(value, str) and value.strip() in ("True", "False"):
            raise Incorrect({
                "nl": "Schrijf True of False zonder aanhalingstekens: het is een waarde, geen tekst.",
                "en": "Write True or False without quotes: it is a value, not text.",
            })
        raise Incorrect({
            "nl": f"Ik verwacht True of False, maar kreeg iets van type {type(value).__name__}.",
            "en": f"I expected True or False, but got something of type {type(value).__name__}.",
        })

    return check


@dataclass(frozen=True)
class ChoiceItem:
    """A multiple-choice or classification item whose key and explanations a test can check.

    ``options`` maps each option key to its label, ``explanations`` maps every option key to why it is
    (or is not) the answer, both in every language. ``case`` names the real-world case the item is
    about (for example a ``case_id`` of the AI use-case catalogue), so that two items about one case
    can be checked not to contradict each other.
    """

    options: Mapping[str, Text]
    answer: str
    explanations: Mapping[str, Text]
    case: str | None = None

    def problems(self) -> list[str]:
        """Everything wrong with the item itself (empty when it is sound)."""
        found = []
        if self.answer not in self.options:
            found.append(f"keyed answer {self.answer!r} is not among the options {sorted(self.options)}")
        if set(self.explanations) != set(self.options):
            found.append(f"explanations cover {sorted(self.explanations)}, options are {sorted(self.options)}")
        for kind, texts in (("option", self.options), ("explanation", self.explanations)):
            for key, text in texts.items():
                missing = [lang for lang in LANGUAGES if not str(text.get(lang, "")).strip()]
                if missing:
                    found.append(f"{kind} {key!r}: text missing in {', '.join(missing)}")
        return found

    def label(self, key: str, lang: str) -> str:
        return self.options[key][lang]

    def exercise(self, item_id: str, level: str, hints: list[Text], correct_text: Text | None = None) -> "Exercise":
        """A practice exercise for this item: its own checker, and ``item_id = "<key>"`` as the solution."""
        return Exercise(id=item_id, level=level, checker=self.checker, hints=hints,
                        solution_code=f'{item_id} = "{self.answer}"',
                        correct_text=correct_text or self.explanations[self.answer])

    @property
    def checker(self) -> Callable[[Any], None]:
        """A checker that accepts the keyed option and explains every other option with its own text."""
        wrong = {key: text for key, text in self.explanations.items() if key != self.answer}
        return text_choice(self.answer, wrong)


# -- exercises ----------------------------------------------------------------------------------------


@dataclass
class Exercise:
    """One practice question: a checker, tiered hints and a solution, in every course language."""

    id: str
    level: str
    checker: Callable[[Any], None]
    hints: list[Text]
    solution_code: str
    correct_text: Text = field(default_factory=lambda: {"nl": "", "en": ""})
    lang: str = "nl"
    _hints_shown: int = 0

    def __post_init__(self) -> None:
        if self.level not in LEVELS:
            raise ValueError(f"exercise {self.id}: level must be one of {LEVELS}, not {self.level!r}")
        if not self.hints:
            raise ValueError(f"exercise {self.id}: give at least one hint")
        for number_, hint in enumerate(self.hints, 1):
            _check_text(hint, f"exercise {self.id} hint {number_}")

    def _t(self, text: Text) -> str:
        return text.get(self.lang, "")

    def check(self, value: Any = None) -> Feedback:
        """Check an answer: not attempted, incorrect with a helpful message, or correct."""
        if _is_placeholder(value):
            return Feedback(NOT_ATTEMPTED, self._t(_LABELS[NOT_ATTEMPTED]) + ".", self._t(_LABELS["placeholder"]))
        try:
            self.checker(value)
        except Incorrect as wrong:
            return Feedback(INCORRECT, self._t(_LABELS[INCORRECT]) + ":", self._t(wrong.text))
        except Exception as error:  # a checker must never crash the learner's notebook
            return Feedback(INCORRECT, self._t(_LABELS[INCORRECT]) + ":", f"{type(error).__name__}: {error}")
        return Feedback(CORRECT, self._t(_LABELS[CORRECT]), self._t(self.correct_text))

    def hint(self, level: int | None = None) -> Feedback:
        """Show the next hint (or hint number ``level``); hints get more concrete each time."""
        if level is None:
            self._hints_shown = min(self._hints_shown + 1, len(self.hints) + 1)
            level = self._hints_shown
        if level > len(self.hints):
            return Feedback("hint", self._t(_LABELS["hint"]) + ":", self._t(_LABELS["no_more_hints"]))
        level = max(level, 1)
        title = f"{self._t(_LABELS['hint'])} {level}/{len(self.hints)}:"
        return Feedback("hint", title, self._t(self.hints[level - 1]))

    def solution(self) -> Feedback:
        """Show a worked solution."""
        return Feedback("solution", self._t(_LABELS["solution"]) + ":", code=self.solution_code.strip())


class ExerciseSet:
    """The exercises of one lesson in one language, reachable as attributes: ``q.rows.check(...)``."""

    def __init__(self, lang: str, exercises: list[Exercise]):
        if lang not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, not {lang!r}")
        self.lang = lang
        self._exercises: dict[str, Exercise] = {}
        for exercise in exercises:
            if exercise.id in self._exercises:
                raise ValueError(f"exercise id {exercise.id!r} is used twice")
            exercise.lang = lang
            self._exercises[exercise.id] = exercise

    def __getattr__(self, name: str) -> Exercise:
        try:
            return self.__dict__["_exercises"][name]
        except KeyError:
            raise AttributeError(f"no exercise named {name!r}; there are: {', '.join(self._exercises)}") from None

    def __iter__(self):
        return iter(self._exercises.values())

    def __dir__(self):
        return list(self._exercises)

"""The practice-check API gives three outcomes, tiered hints and solutions, in both languages."""

import pytest

from autograder.practice import (CORRECT, INCORRECT, NOT_ATTEMPTED, Exercise, ExerciseSet, Incorrect, number,
                                 one_of_type, text_choice)

HINTS = [{"nl": "Tel de rijen.", "en": "Count the rows."}, {"nl": "Gebruik len(df).", "en": "Use len(df)."}]


def make(lang="nl", checker=None):
    exercise = Exercise("rows", "basis", checker or number(1200), HINTS, "n_rows = len(df)",
                        correct_text={"nl": "Precies.", "en": "Exactly."})
    return ExerciseSet(lang, [exercise]).rows


class AlwaysEqual:
    def __eq__(self, other):
        return True


def test_three_outcomes():
    """Is a placeholder 'not attempted', a wrong value 'incorrect' with a reason, and the right one 'correct'?"""
    q = make()
    assert q.check(...).status == NOT_ATTEMPTED
    assert q.check(None).status == NOT_ATTEMPTED
    wrong = q.check(1199)
    assert wrong.status == INCORRECT and "te klein" in wrong.message
    assert q.check(1200).status == CORRECT and q.check(1200).message == "Precies."


def test_english_messages():
    """Does the English set speak English?"""
    q = make("en")
    assert repr(q.check(1300)).startswith("Not quite: Your answer 1300 is too large.")
    assert repr(q.check(...)).startswith("Not attempted yet.")


def test_always_equal_object_is_not_correct():
    """Can an object that claims to equal everything pass a check? It must not."""
    assert make().check(AlwaysEqual()).status == INCORRECT
    assert make(checker=text_choice("b")).check(AlwaysEqual()).status == INCORRECT


def test_booleans_are_not_numbers():
    """Is True (which Python treats as 1) refused where a count is expected?"""
    assert make(checker=number(1)).check(True).status == INCORRECT


def test_hints_are_tiered_and_end():
    """Do hints come one by one, each more concrete, and then point to the solution?"""
    q = make()
    assert q.hint().message == "Tel de rijen."
    assert q.hint().message == "Gebruik len(df)."
    assert ".solution()" in q.hint().message
    assert q.hint(1).title == "Hint 1/2:"
    assert "len(df)" in q.solution().code


def test_text_choice_explains_each_option():
    """Does a wrong choice get its own explanation, and do case and spaces not matter?"""
    checker = text_choice("b", {"a": {"nl": "A is te breed.", "en": "A is too broad."}})
    q = make(checker=checker)
    assert q.check(" B ").status == CORRECT
    assert q.check("a").message == "A is te breed."
    assert q.check(3).status == INCORRECT


def test_one_of_type():
    """Is the type checked before the predicate, with both messages?"""
    q = make(checker=one_of_type(list, lambda v: len(v) == 2, {"nl": "Twee items.", "en": "Two items."}))
    assert "list" in q.check("ab").message
    assert q.check([1]).message == "Twee items."
    assert q.check([1, 2]).status == CORRECT


def test_crashing_checker_does_not_crash_notebook():
    """A checker that raises by accident still gives feedback instead of a traceback."""
    q = make(checker=lambda value: 1 / 0)
    assert q.check(5).status == INCORRECT and "ZeroDivisionError" in q.check(5).message


def test_missing_translation_is_refused():
    """Can an exercise be defined with a hint in one language only? It must not."""
    with pytest.raises(ValueError, match="missing in en"):
        Exercise("x", "basis", number(1), [{"nl": "alleen Nederlands"}], "x = 1")
    with pytest.raises(ValueError, match="missing in nl"):
        Incorrect({"en": "only English"})


def test_bad_level_and_duplicate_ids():
    with pytest.raises(ValueError, match="level"):
        Exercise("x", "easy", number(1), HINTS, "x = 1")
    exercise = Exercise("x", "verdieping", number(1), HINTS, "x = 1")
    with pytest.raises(ValueError, match="twice"):
        ExerciseSet("nl", [exercise, exercise])
    with pytest.raises(AttributeError, match="no exercise named 'y'"):
        ExerciseSet("nl", [exercise]).y


def test_feedback_html_escapes_answers():
    """Is learner text escaped in the HTML feedback?"""
    q = make(checker=text_choice("b"))
    assert "<script>" not in q.check("<script>").__class__._repr_html_(q.check("<script>"))


def test_boolean_checker():
    """Are True/False (numpy's too) accepted, and a one-item array or the text "True" explained?"""
    import numpy as np

    from autograder.practice import boolean

    q = make(checker=boolean(True, {"nl": "Kijk nog eens.", "en": "Look again."}))
    assert q.check(True).status == CORRECT and q.check(np.bool_(True)).status == CORRECT
    assert q.check(False).message == "Kijk nog eens."
    assert "[0]" in q.check(np.array([True])).message
    assert "aanhalingstekens" in q.check("True").message
    assert q.check(AlwaysEqual()).status == INCORRECT and q.check(1).status == INCORRECT


def test_strip_outputs_keeps_only_checked_cells():
    """Are unchecked outputs and widget state dropped, and checked cells kept with their execution count?"""
    import nbformat

    from autograder.notebook_outputs import strip_outputs

    checked = nbformat.v4.new_code_cell("1", execution_count=3, metadata={"tags": ["nbval-check-output"]},
                                        outputs=[nbformat.v4.new_output("execute_result", {"text/plain": "1"},
                                                                        execution_count=3)])
    other = nbformat.v4.new_code_cell("2", execution_count=4,
                                      outputs=[nbformat.v4.new_output("stream", text="noise")])
    notebook = nbformat.v4.new_notebook(cells=[checked, other], metadata={"widgets": {"state": {}}})
    strip_outputs(notebook)
    assert "widgets" not in notebook.metadata
    assert checked.outputs and checked.execution_count == 3
    assert other.outputs == [] and other.execution_count is None


def test_computed_number_explains_known_mixups():
    """Is the expected value computed when the check runs, and does a known mix-up get its own explanation?"""
    from autograder.practice import computed_number

    data = {"total": 40}
    mixup = {"nl": "Dat is het aantal rijen, niet het totaal.", "en": "That is the row count, not the total."}
    q = make(checker=computed_number(lambda: data["total"], mixups=lambda: [(12, mixup)]))
    assert q.check(40).status == CORRECT
    assert q.check(12).message == mixup["nl"]
    assert "te klein" in q.check(11).message
    data["total"] = 12
    assert q.check(12).status == CORRECT  # the right answer wins over a mix-up that equals it
    assert q.check(AlwaysEqual()).status == INCORRECT


def test_choice_item_makes_its_exercise():
    """Does a keyed item turn into an exercise whose solution is its key and whose feedback is its own text?"""
    from autograder.practice import ChoiceItem

    text = {"nl": "x", "en": "x"}
    item = ChoiceItem({"a": text, "b": text}, "b", {"a": {"nl": "A niet.", "en": "Not A."}, "b": {"nl": "Ja.", "en": "Yes."}})
    exercise = ExerciseSet("nl", [item.exercise("pick", "basis", HINTS)]).pick
    assert exercise.solution_code == 'pick = "b"'
    assert exercise.check("b").message == "Ja." and exercise.check("a").message == "A niet."

"""Multiple-choice and classification items: the keyed answer is one of the options, every option is
explained in both languages, items about one case agree, and items about a catalogued AI use case agree
with the catalogue's risk tier (wrong answer keys are the most reported defect in comparable courses)."""

import importlib.util
import sys
from pathlib import Path

import pandas as pd
import pytest
import yaml

from autograder.practice import ChoiceItem

from course_paths import ROOT

PRACTICE_FILES = sorted(ROOT.glob("modules/*/lessons/*_practice.py"))
ITEM_FILES = sorted(ROOT.glob("modules/*/assignment/items.yaml"))
TIERS = {"prohibited", "high", "limited", "minimal"}
CATALOGUE = pd.read_csv(ROOT / "datasets" / "data" / "ai_use_cases.csv").set_index("case_id")["risk_tier"].to_dict()


def load_practice_module(path: Path):
    spec = importlib.util.spec_from_file_location(f"practice_{path.parent.parent.name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.path.insert(0, str(path.parent))  # a practice file may import its lesson helpers
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path.remove(str(path.parent))
    return module


def load_practice_items(path: Path) -> dict[str, ChoiceItem]:
    return dict(getattr(load_practice_module(path), "CHOICE_ITEMS", {}))


def load_assignment_items(path: Path) -> dict[str, ChoiceItem]:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    items = raw.get("items", raw)
    if isinstance(items, list):
        items = {item["id"]: item for item in items}
    return {key: ChoiceItem(options=value["options"], answer=str(value["answer"]),
                            explanations=value["explanations"], case=value.get("case"))
            for key, value in items.items()}


def all_items() -> dict[str, ChoiceItem]:
    items = {}
    for path in PRACTICE_FILES:
        items.update({f"{path.parent.parent.name}/{k}": v for k, v in load_practice_items(path).items()})
    for path in ITEM_FILES:
        items.update({f"{path.parent.parent.name}/assignment/{k}": v for k, v in load_assignment_items(path).items()})
    return items


ITEMS = all_items()


def catalogue_problems(items: dict[str, ChoiceItem]) -> list[str]:
    problems = []
    by_case: dict[str, set[str]] = {}
    for name, item in items.items():
        if item.case is None:
            continue
        if set(item.options) == TIERS or set(item.options) <= TIERS and item.answer in TIERS:
            by_case.setdefault(item.case, set()).add(item.answer)
            if item.case in CATALOGUE and CATALOGUE[item.case] != item.answer:
                problems.append(f"{name}: keyed {item.answer}, the catalogue says {CATALOGUE[item.case]}")
            elif item.case not in CATALOGUE:
                problems.append(f"{name}: case {item.case} is not in the AI use-case catalogue")
    problems += [f"case {case}: items disagree ({sorted(answers)})" for case, answers in by_case.items()
                 if len(answers) > 1]
    return problems


def test_every_practice_module_lists_its_items():
    """Does every module's practice file expose CHOICE_ITEMS, so no keyed item escapes these checks?"""
    assert PRACTICE_FILES
    for path in PRACTICE_FILES:
        assert isinstance(getattr(load_practice_module(path), "CHOICE_ITEMS", None), dict), path


@pytest.mark.parametrize("name", sorted(ITEMS))
def test_item_is_sound(name):
    """Is the keyed answer among the options, with an explanation for every option in Dutch and English?"""
    assert ITEMS[name].problems() == []


def test_items_agree_with_each_other_and_the_catalogue():
    assert catalogue_problems(ITEMS) == []


def test_checks_fail_on_broken_items():
    """Can these checks fail? A key that is not an option, a missing translation, a tier that contradicts the
    catalogue, and two items about one case that disagree."""
    text = {"nl": "x", "en": "x"}
    assert ChoiceItem({"a": text, "b": text}, "c", {"a": text, "b": text}).problems()
    assert ChoiceItem({"a": text, "b": {"nl": "y"}}, "a", {"a": text, "b": text}).problems()
    case, tier = next(iter(CATALOGUE.items()))
    other = next(t for t in sorted(TIERS) if t != tier)
    options = {t: text for t in TIERS}
    wrong = {"x": ChoiceItem(options, other, options, case=case), "y": ChoiceItem(options, tier, options, case=case)}
    problems = catalogue_problems(wrong)
    assert any("the catalogue says" in p for p in problems) and any("disagree" in p for p in problems)

"""Every dataset is used by at least one course notebook, and its datasheets name exactly those notebooks."""

import re
from pathlib import Path

import pytest

pytestmark = pytest.mark.datasets
ROOT = Path(__file__).resolve().parents[2]
DATASETS = sorted(p.name[: -len(".en.md")] for p in (ROOT / "datasets" / "datasheets").glob("*.en.md"))
LABEL = {"en": "Used by:", "nl": "Gebruikt door:"}


def notebooks_using(dataset: str, root: Path = ROOT) -> set[str]:
    """Course notebooks (path without the language suffix) whose code names one of the dataset's CSV files."""
    csvs = [p.name for p in (root / "datasets" / "data").glob(f"{dataset}*.csv")]
    return {str(nb.relative_to(root)).replace(".en.ipynb", "")
            for nb in root.glob("modules/*/*/*.en.ipynb") if any(c in nb.read_text(encoding="utf-8") for c in csvs)}


def listed_in(datasheet: Path, lang: str) -> set[str]:
    text = datasheet.read_text(encoding="utf-8")
    section = text.split(LABEL[lang], 1)[1].split("\n\n", 1)[0]
    return set(re.findall(r"`(modules/[^`]+)`", section))


@pytest.mark.parametrize("dataset", DATASETS)
def test_dataset_is_used_and_its_users_are_listed(dataset):
    """Is the dataset read by a lesson or assignment, and do both datasheets list exactly those notebooks?"""
    users = notebooks_using(dataset)
    assert users, f"no notebook reads {dataset}"
    for lang in ("nl", "en"):
        assert listed_in(ROOT / "datasets" / "datasheets" / f"{dataset}.{lang}.md", lang) == users


def test_check_sees_a_stale_list(tmp_path):
    """Can the check fail? A datasheet that lists a notebook that does not use the data is out of date."""
    sheet = tmp_path / "x.en.md"
    sheet.write_text("Used by: (each)\n- `modules/99_none/lessons/01_nothing`\n", encoding="utf-8")
    assert listed_in(sheet, "en") != notebooks_using("sme_survey")

"""What learners read: plain Dutch on the mbo track, described figures, colour-blind-safe plots, ordered
headings, and links and data files that exist. Each check is also shown to fail on a broken example."""

import re
from pathlib import Path

import nbformat
import pytest

from autograder.course import LANGUAGES, load_course
from autograder.readability import TARGETS, measure, notebook_readability, prose

from course_paths import ROOT

COURSE = load_course(ROOT)
LESSONS = [(lesson, lang) for lesson in COURSE.lessons for lang in LANGUAGES]
IDS = [f"{lesson.module.id}/{lesson.id}.{lang}" for lesson, lang in LESSONS]
MBO_NL = [lesson for lesson in COURSE.lessons if "mbo" in lesson.tracks]
DESCRIPTION = {"nl": "**Beschrijving van de figuur:**", "en": "**Figure description:**"}
PLOT_CALL = re.compile(r"\bplt\.(show|subplots|figure|bar|barh|plot|scatter|hist|imshow)\(|\.plot\(|\bsns\.")
SAFE_STYLES = ("tableau-colorblind10",)
OKABE_ITO = {"#000000", "#e69f00", "#56b4e9", "#009e73", "#f0e442", "#0072b2", "#d55e00", "#cc79a7"}
TABLEAU_CB10 = {"#006ba4", "#ff800e", "#ababab", "#595959", "#5f9ed1", "#c85200", "#898989", "#a2c8ec",
                "#ffbc79", "#cfcfcf"}
NAMED_COLOUR = re.compile(r"""colou?r\s*=\s*["'](red|green|lime|darkgreen|orange|pink|magenta)["']""")


def cells(lesson, lang):
    return nbformat.read(lesson.path(lang), as_version=4).cells


# -- readability --------------------------------------------------------------------------------------


@pytest.mark.parametrize("lesson", MBO_NL, ids=[f"{l.module.id}/{l.id}" for l in MBO_NL])
def test_dutch_mbo_lessons_read_at_b1(lesson):
    """Does the Dutch text of every mbo-track lesson meet the B1 targets (docs/quality.md)?"""
    assert notebook_readability(lesson.path("nl")).problems() == []


def test_readability_check_fails_on_dense_official_dutch():
    """Can the readability check fail? A paragraph in the style of an official letter must not pass."""
    dense = ("Overeenkomstig de toepasselijke bepalingen van de Algemene Verordening Gegevensbescherming "
             "dient de verwerkingsverantwoordelijke voorafgaand aan de verwerking van persoonsgegevens een "
             "gegevensbeschermingseffectbeoordeling uit te voeren, indien een dergelijke verwerking waarschijnlijk "
             "een hoog risico inhoudt voor de rechten en vrijheden van natuurlijke personen. ") * 5
    problems = measure(prose(dense)).problems()
    assert len(problems) == 3, problems
    assert TARGETS["sentence_words"] <= 15


# -- figures, palette, headings ----------------------------------------------------------------------


def figure_problems(notebook_cells, lang):
    problems = []
    for index, cell in enumerate(notebook_cells):
        if cell.cell_type != "code" or not PLOT_CALL.search(cell.source):
            continue
        following = next((c for c in notebook_cells[index + 1:] if c.cell_type == "markdown"), None)
        if following is None or not following.source.lstrip().startswith(DESCRIPTION[lang]):
            problems.append(f"cell {index} draws a figure without a description right after it")
    return problems


def palette_problems(notebook_cells):
    code = "\n".join(c.source for c in notebook_cells if c.cell_type == "code")
    problems = []
    if PLOT_CALL.search(code) and not any(f'plt.style.use("{s}")' in code for s in SAFE_STYLES):
        problems.append("plots without plt.style.use(\"tableau-colorblind10\")")
    problems += [f"named colour {m}" for m in NAMED_COLOUR.findall(code)]
    for colour in re.findall(r"#[0-9A-Fa-f]{6}\b", code):
        if colour.lower() not in OKABE_ITO | TABLEAU_CB10:
            problems.append(f"colour {colour} is not in the colour-blind-safe palettes")
    return problems


def heading_problems(notebook_cells):
    levels = [len(m.group(1)) for c in notebook_cells if c.cell_type == "markdown"
              for m in re.finditer(r"^(#{1,6})\s", re.sub(r"```.*?```", "", c.source, flags=re.DOTALL), re.MULTILINE)]
    problems = [] if levels[:1] == [1] and levels.count(1) == 1 else ["one level-1 title, first"]
    problems += [f"heading jumps from {a} to {b}" for a, b in zip(levels, levels[1:]) if b > a + 1]
    return problems


@pytest.mark.parametrize("lesson,lang", LESSONS, ids=IDS)
def test_figures_palette_and_headings(lesson, lang):
    """Is every figure described in words, drawn with a colour-blind-safe palette, and are headings in order?"""
    notebook_cells = cells(lesson, lang)
    assert figure_problems(notebook_cells, lang) == []
    assert palette_problems(notebook_cells) == []
    assert heading_problems(notebook_cells) == []


def test_figure_palette_and_heading_checks_fail_on_broken_notebooks():
    """Can those checks fail? A plot without description or style, a red line, and a skipped heading."""
    broken = [nbformat.v4.new_markdown_cell("# Title\n### Skipped"),
              nbformat.v4.new_code_cell('plt.plot([1, 2], color="red")\nplt.show()'),
              nbformat.v4.new_markdown_cell("Some text.")]
    assert figure_problems(broken, "en")
    assert any("tableau" in p for p in palette_problems(broken)) and any("red" in p for p in palette_problems(broken))
    assert heading_problems(broken) == ["heading jumps from 1 to 3"]


# -- links and files -----------------------------------------------------------------------------------


def reference_problems(path: Path, notebook_cells):
    problems = []
    for cell in notebook_cells:
        if cell.cell_type == "markdown":
            for target in re.findall(r"\]\(([^)\s]+)\)", cell.source):
                if target.startswith(("http://", "https://", "mailto:", "#")):
                    continue
                if not (path.parent / target.split("#")[0]).exists():
                    problems.append(f"link to missing {target}")
        else:
            for target in re.findall(r"""read_(?:csv|json|parquet)\(\s*["']([^"']+)["']""", cell.source):
                if not (path.parent / target).exists():
                    problems.append(f"reads missing {target}")
    return problems


@pytest.mark.parametrize("lesson,lang", LESSONS, ids=IDS)
def test_links_and_data_files_exist(lesson, lang):
    """Do internal links point at files that exist, and does every file a lesson reads exist?"""
    assert reference_problems(lesson.path(lang), cells(lesson, lang)) == []


def test_reference_check_fails_on_missing_files(tmp_path):
    broken = [nbformat.v4.new_markdown_cell("See [the data](missing.md)."),
              nbformat.v4.new_code_cell('pd.read_csv("../nope.csv")')]
    assert reference_problems(tmp_path / "x.ipynb", broken) == ["link to missing missing.md", "reads missing ../nope.csv"]

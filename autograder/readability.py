"""Readability of Dutch lesson text, as a check for language level B1.

No formula measures a CEFR level; the course uses three signals that Dutch plain-language practice
(B1, "taalniveau B1") relies on, each with a target:

- average sentence length in words (target: 12 or fewer -- short sentences are the first advice of
  every B1 writing guide, and lists and instructions keep the average of a lesson well below that),
- the Flesch-Douma reading ease (Douma 1960, Flesch's formula refitted for Dutch):
  ``206.835 - 0.93 * words per sentence - 77 * syllables per word`` (higher is easier; target: 60 or
  more, "fairly easy" on Flesch's scale),
- the share of long words of four syllables or more (target: at most 12%: common words are short).

These are the course's own targets, set so that each signal has room but a paragraph of dense
official Dutch fails them; they are not an official B1 test.

The text measured is the prose of a notebook's markdown cells: headings, code, tables, links' targets,
inline code and the glossary's terms are left out, so that a necessary technical word listed in the
glossary does not count against a lesson.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import nbformat

DIPHTHONGS = ("aai", "ooi", "oei", "eeu", "ieu", "ij", "ei", "ou", "au", "ui", "oe", "eu", "ie", "aa", "ee",
              "oo", "uu")
VOWELS = set("aeiouyáéíóúèëïöü")

TARGETS = {"sentence_words": 12.0, "douma": 60.0, "long_words": 0.12}


@dataclass(frozen=True)
class Readability:
    sentences: int
    words: int
    sentence_words: float
    syllables_per_word: float
    douma: float
    long_words: float

    def problems(self, targets: dict = TARGETS) -> list[str]:
        found = []
        if self.sentence_words > targets["sentence_words"]:
            found.append(f"sentences average {self.sentence_words:.1f} words (target <= {targets['sentence_words']:g})")
        if self.douma < targets["douma"]:
            found.append(f"Flesch-Douma {self.douma:.0f} (target >= {targets['douma']:g})")
        if self.long_words > targets["long_words"]:
            found.append(f"{self.long_words:.0%} long words (target <= {targets['long_words']:.0%})")
        return found


def syllables(word: str) -> int:
    """Syllables of a Dutch word, counted as groups of vowels (diphthongs and long vowels count once)."""
    word = word.lower()
    count, index = 0, 0
    while index < len(word):
        if word[index] in VOWELS:
            for group in DIPHTHONGS:
                if word.startswith(group, index):
                    index += len(group)
                    break
            else:
                index += 1
            count += 1
        else:
            index += 1
    return max(count, 1)


def prose(markdown: str) -> str:
    """The running text of a markdown cell: no headings, code, tables, link targets, emphasis marks or bullets.

    Wrapped lines of a paragraph are joined; a paragraph or list item that ends without a full stop still
    ends its sentence.
    """
    text = re.sub(r"```.*?```", " ", markdown, flags=re.DOTALL)
    blocks: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        item = re.match(r"^([-*+]|\d+\.)\s+", stripped)
        if not stripped or stripped.startswith(("#", "|", "<")) or item:
            if current:
                blocks.append(" ".join(current))
            current = [stripped[item.end():]] if item else []
            continue
        current.append(stripped)
    if current:
        blocks.append(" ".join(current))
    cleaned = []
    for block in blocks:
        block = re.sub(r"`[^`]*`", " ", block)
        block = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", block)
        block = re.sub(r"https?://\S+", " ", block)
        block = re.sub(r"[*_]{1,3}", "", block).strip()
        if block:
            cleaned.append(block if block[-1] in ".!?;" else block + ".")
    return "\n".join(cleaned)


def measure(text: str, glossary: set[str] = frozenset()) -> Readability:
    sentences = [s for s in re.split(r"(?<=[.!?;])\s+", text) if re.search(r"[A-Za-zÀ-ÿ]", s)]
    words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+(?:[-'][A-Za-zÀ-ÿ]+)*", text)]
    counted = [w for w in words if w.lower() not in glossary]
    syll = [syllables(w) for w in counted] or [1]
    n_sentences, n_words = max(len(sentences), 1), max(len(words), 1)
    per_sentence = n_words / n_sentences
    per_word = sum(syll) / len(syll)
    return Readability(len(sentences), len(words), per_sentence, per_word,
                       206.835 - 0.93 * per_sentence - 77 * per_word,
                       sum(s >= 4 for s in syll) / len(syll))


def glossary_terms(notebook) -> set[str]:
    """Words defined in the notebook's glossary ("Woordenlijst"): they are taught, so they do not count."""
    terms: set[str] = set()
    for cell in notebook.cells:
        if cell.cell_type != "markdown" or "Woordenlijst" not in cell.source:
            continue
        section = cell.source.split("Woordenlijst", 1)[1]
        for line in section.splitlines():
            bold = re.match(r"^\s*(?:[-*]|\|)\s*\*\*(.+?)\*\*", line)
            plain = re.match(r"^\s*[-*]\s*([^:|\n]+?)\s*:", line)
            term = bold.group(1) if bold else plain.group(1) if plain else ""
            terms.update(word.lower() for word in re.findall(r"[A-Za-zÀ-ÿ]+", term))
    return terms


def notebook_readability(path) -> Readability:
    notebook = nbformat.read(path, as_version=4)
    text = "\n\n".join(prose(c.source) for c in notebook.cells if c.cell_type == "markdown")
    return measure(text, glossary_terms(notebook))

"""Compare a Dutch notebook with its English twin: same cells, same code apart from comments and text."""

from __future__ import annotations

import io
import tokenize
from pathlib import Path

import nbformat


def code_shape(source: str) -> list[str]:
    """The code's tokens with comments dropped and string literals blanked (they are translated)."""
    shape = []
    try:
        tokens = list(tokenize.generate_tokens(io.StringIO(source).readline))
    except (tokenize.TokenError, IndentationError, SyntaxError):
        return [source]  # not Python (e.g. a cell magic): compare as is
    for token in tokens:
        if token.type in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                          tokenize.ENDMARKER):
            continue
        if token.type == getattr(tokenize, "FSTRING_MIDDLE", None):  # Python 3.12+: f-string text is its own token
            shape.append("<str>")
            continue
        shape.append("<str>" if token.type == tokenize.STRING else token.string)
    return shape


def pair_differences(nl_path: Path, en_path: Path) -> list[str]:
    """Every way in which two twins are out of step (empty when they match)."""
    nl = nbformat.read(nl_path, as_version=4)
    en = nbformat.read(en_path, as_version=4)
    problems = []
    meta_nl = dict(nl.metadata.get("ai_noord", {}))
    meta_en = dict(en.metadata.get("ai_noord", {}))
    if meta_nl.pop("lang", None) != "nl" or meta_en.pop("lang", None) != "en":
        problems.append("metadata ai_noord.lang must be 'nl' and 'en'")
    if meta_nl != meta_en:
        problems.append(f"metadata ai_noord differs: {meta_nl} vs {meta_en}")
    if len(nl.cells) != len(en.cells):
        problems.append(f"{len(nl.cells)} cells vs {len(en.cells)} cells")
    for index, (a, b) in enumerate(zip(nl.cells, en.cells)):
        if a.cell_type != b.cell_type:
            problems.append(f"cell {index}: {a.cell_type} vs {b.cell_type}")
            continue
        meta_a = {k: v for k, v in a.metadata.items() if k not in ("execution", "collapsed", "scrolled")}
        meta_b = {k: v for k, v in b.metadata.items() if k not in ("execution", "collapsed", "scrolled")}
        if meta_a != meta_b:
            problems.append(f"cell {index}: metadata differs: {meta_a} vs {meta_b}")
        if a.cell_type == "code" and code_shape(a.source) != code_shape(b.source):
            problems.append(f"cell {index}: code differs beyond comments and strings")
    return problems

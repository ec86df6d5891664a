"""``ai-noord``: help on every command, and one clear line on stderr with a non-zero exit for bad input."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from autograder.cli import build_parser, main

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = ["doctor", "build", "grade", "feedback", "export", "demo"]
AI_NOORD = Path(sys.executable).parent / "ai-noord"


def run_cli(*args, env=None, cwd=ROOT):
    """Run the installed console script the way a user does: by path, without activating the venv."""
    clean_env = {"PATH": "/usr/bin:/bin", "HOME": str(Path.home()), **(env or {})}
    return subprocess.run([str(AI_NOORD), *args], capture_output=True, text=True, env=clean_env, cwd=cwd, timeout=300)


def test_every_command_of_the_contract_exists():
    """Does the parser offer exactly the commands DESIGN.md promises (report comes with the instructor workflow)?"""
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    assert set(COMMANDS) <= set(sub.choices)


@pytest.mark.parametrize("command", [[]] + [[c] for c in COMMANDS])
def test_help(command, capsys):
    """Does --help work for the program and every subcommand, and exit 0?"""
    with pytest.raises(SystemExit) as exit_info:
        main([*command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: ai-noord" in capsys.readouterr().out


def one_line_error(result):
    lines = result.stderr.strip().splitlines()
    assert result.returncode != 0
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("ai-noord: error: ")
    return lines[0]


def test_wrong_assignment_name(tmp_path):
    """Does a wrong assignment name say which ones exist?"""
    line = one_line_error(run_cli("build", "no_such_assignment", "--course", str(tmp_path / "c")))
    assert "unknown assignment 'no_such_assignment'" in line and "ai_basics" in line


@pytest.mark.parametrize("command", [["grade", "ai_basics"], ["feedback", "ai_basics"], ["export", "--lms", "canvas"]])
def test_missing_course_folder(command, tmp_path):
    """Does a missing course folder say how to create it?"""
    line = one_line_error(run_cli(*command, "--course", str(tmp_path / "missing")))
    assert "does not exist" in line and "ai-noord build" in line


def test_malformed_notebook(tmp_path):
    """Does a damaged assignment notebook give one line that names the file, and leave the checkout alone?"""
    copy = tmp_path / "checkout"
    shutil.copytree(ROOT, copy, ignore=shutil.ignore_patterns(".venv", ".git", "course", "*.csv"))
    shutil.copytree(ROOT / "course", copy / "course", ignore=shutil.ignore_patterns("source", "release", "*.db"))
    broken = copy / "modules" / "01_ai_basics" / "assignment" / "ai_basics.nl.ipynb"
    broken.write_text('{"cells": [ this is not json')
    line = one_line_error(run_cli("build", "--course", str(tmp_path / "c"), env={"AI_NOORD_ROOT": str(copy)}))
    assert "ai_basics.nl.ipynb is not a valid notebook" in line


def test_unwritable_course_parent(tmp_path):
    line = one_line_error(run_cli("build", "--course", str(tmp_path / "no" / "such" / "dir")))
    assert "parent folder does not exist" in line


def test_doctor_runs_without_activation():
    """Does doctor find nbgrader's alembic when the venv is not activated (nbgrader 0.9.6 pitfall)?"""
    result = run_cli("doctor")
    lines = [line for line in result.stdout.splitlines() if "alembic on PATH" in line]
    assert len(lines) == 1 and lines[0].startswith("ok ") and str(AI_NOORD.parent) in lines[0]

"""pyproject.toml and environment.yml ask for the same packages with the same lower bounds."""

import re
import tomllib
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CONDA_NAMES = {"scikit-learn": "scikit-learn", "pyyaml": "pyyaml"}


def requirement_map(lines):
    result = {}
    for line in lines:
        match = re.match(r"^\s*([A-Za-z0-9_.\-]+)\s*(.*)$", line)
        name, spec = match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")
        result[name] = spec.lstrip("=") if spec.startswith("=") and not spec.startswith("===") else spec
    return result


def pyproject_requirements():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    return requirement_map(project["dependencies"] + project["optional-dependencies"]["dev"])


def environment_requirements():
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    lines = [d for d in env["dependencies"] if isinstance(d, str) and not d.startswith(("python", "pip"))]
    for item in env["dependencies"]:
        if isinstance(item, dict):
            lines += [d for d in item.get("pip", []) if not d.startswith(("-e", "."))]
    return requirement_map(lines)


def test_environment_matches_pyproject():
    """Does environment.yml (conda/Binder) list exactly pyproject's packages, dev extras included, with the same bounds?"""
    assert environment_requirements() == pyproject_requirements()


def test_requirement_map_sees_a_changed_bound():
    assert requirement_map(["pandas>=2.1"]) != requirement_map(["pandas>=2.2"])
    assert requirement_map(["nbgrader==0.9.6"]) == requirement_map(["nbgrader =0.9.6"])

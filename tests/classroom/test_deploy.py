"""deploy/ holds only settings that JupyterHub, nbgrader, Jupyter Server and the Z2JH chart know, and they
mean what deploy/README.md says. These load the files the way their programs do (traitlets for the .py
files, YAML for Helm) and check every configured name against the installed classes. Fast: no servers."""

from __future__ import annotations

import subprocess
from pathlib import Path
from types import SimpleNamespace

import pytest
import yaml

pytestmark = pytest.mark.classroom

ROOT = Path(__file__).resolve().parents[2]
DEPLOY = ROOT / "deploy"


def load_config(path: Path, env: dict, monkeypatch):
    """Load a traitlets .py config file with ``env`` as the environment (as the program would at start)."""
    from traitlets.config.loader import PyFileConfigLoader

    for key in ("AI_NOORD_ROLE", "AI_NOORD_EXCHANGE", "AI_NOORD_COURSE_DIR", "AI_NOORD_ROSTER", "JUPYTERHUB_USER",
                "JUPYTERHUB_API_TOKEN"):
        monkeypatch.delenv(key, raising=False)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return PyFileConfigLoader(path.name, path=str(path.parent)).load_config()


def unknown_settings(config, classes: dict) -> list[str]:
    """``Section.trait`` names in ``config`` that no class in ``classes`` configures."""
    unknown = []
    for section, values in config.items():
        cls = classes.get(section)
        if cls is None:
            unknown.append(section)
            continue
        known = set(cls.class_traits(config=True))
        unknown += [f"{section}.{name}" for name in values if name not in known]
    return unknown


def test_unknown_settings_are_found():
    """The checker itself catches a misspelt trait and an unknown class."""
    from traitlets.config import Config
    from jupyterhub.app import JupyterHub

    config = Config({"JupyterHub": {"load_grups": {}}, "Hubb": {"x": 1}})
    assert unknown_settings(config, {"JupyterHub": JupyterHub}) == ["JupyterHub.load_grups", "Hubb"]


# -- deploy/jupyterhub/ai_noord_hub.py -------------------------------------------------------------------
def hub_classes():
    pytest.importorskip("jupyterhub")
    from jupyterhub.app import JupyterHub
    from jupyterhub.auth import Authenticator
    from jupyterhub.spawner import Spawner

    return {"JupyterHub": JupyterHub, "Spawner": Spawner, "Authenticator": Authenticator}


def test_hub_settings_are_known_to_jupyterhub_and_follow_the_roster(tmp_path, monkeypatch):
    """The hub file sets only JupyterHub traits; the roster's people land in nbgrader's groups and may log in;
    a server's role comes from its user's groups; its token may read only its own name and groups."""
    classes = hub_classes()
    roster = tmp_path / "roster.txt"
    roster.write_text("# a class\ninstructor docent\nstudent alice  # first row\n\nstudent bob\n")
    config = load_config(DEPLOY / "jupyterhub" / "ai_noord_hub.py",
                         {"AI_NOORD_ROSTER": str(roster), "AI_NOORD_EXCHANGE": "/x/exchange"}, monkeypatch)
    assert unknown_settings(config, classes) == []
    assert config.JupyterHub.load_groups == {"formgrade-ai-noord": {"users": ["docent"]},
                                            "nbgrader-ai-noord": {"users": ["alice", "bob"]}}
    allowed = config.Authenticator.allowed_users.get_value(set())
    assert allowed == {"docent", "alice", "bob"}
    environment = config.Spawner.environment.get_value({})
    assert environment["AI_NOORD_EXCHANGE"] == "/x/exchange"

    def spawner(*groups):
        return SimpleNamespace(user=SimpleNamespace(groups=[SimpleNamespace(name=g) for g in groups]))

    role = environment["AI_NOORD_ROLE"]
    assert role(spawner("formgrade-ai-noord")) == "instructor"
    assert role(spawner("nbgrader-ai-noord")) == "student"
    assert role(spawner()) == "student"
    assert set(config.Spawner.server_token_scopes) == {"users:activity!user", "access:servers!server",
                                                       "read:users:name!user", "read:users:groups!user"}
    (instructor_role,) = config.JupyterHub.load_roles.get_value([])
    assert instructor_role["groups"] == ["formgrade-ai-noord"]
    assert all(scope.endswith("!group=nbgrader-ai-noord") for scope in instructor_role["scopes"])


def test_hub_scopes_and_roles_are_valid_jupyterhub_scopes(tmp_path, monkeypatch):
    """Every scope the hub file grants is one JupyterHub defines (a typo would fail at hub start)."""
    hub_classes()
    from jupyterhub.scopes import scope_definitions

    config = load_config(DEPLOY / "jupyterhub" / "ai_noord_hub.py", {"AI_NOORD_ROSTER": str(tmp_path / "none")},
                         monkeypatch)
    scopes = list(config.Spawner.server_token_scopes) + config.JupyterHub.load_roles.get_value([])[0]["scopes"]
    assert [s for s in scopes if s.split("!", 1)[0] not in scope_definitions] == []


def test_a_bad_roster_line_is_refused(tmp_path, monkeypatch):
    """A roster line that is not 'instructor NAME' or 'student NAME' stops the hub with the line number."""
    hub_classes()
    roster = tmp_path / "roster.txt"
    roster.write_text("instructor docent\nteacher alice\n")
    with pytest.raises(Exception, match=r"roster.txt:2"):
        load_config(DEPLOY / "jupyterhub" / "ai_noord_hub.py", {"AI_NOORD_ROSTER": str(roster)}, monkeypatch)


# -- deploy/jupyter/*.py ----------------------------------------------------------------------------------
def nbgrader_classes():
    from nbgrader.auth import Authenticator
    from nbgrader.coursedir import CourseDirectory
    from nbgrader.exchange.default import Exchange

    return {"CourseDirectory": CourseDirectory, "Exchange": Exchange, "Authenticator": Authenticator}


def test_nbgrader_settings_for_a_student(monkeypatch):
    """A student's id is their hub name; the exchange is the hub's; course access comes from hub groups."""
    config = load_config(DEPLOY / "jupyter" / "nbgrader_config.py",
                         {"JUPYTERHUB_USER": "alice", "JUPYTERHUB_API_TOKEN": "t", "AI_NOORD_EXCHANGE": "/x/exchange"},
                         monkeypatch)
    assert unknown_settings(config, nbgrader_classes()) == []
    assert config.CourseDirectory.student_id == "alice"
    assert config.CourseDirectory.course_id == "ai-noord"
    assert "root" not in config.CourseDirectory
    assert config.Exchange.root == "/x/exchange"
    from nbgrader.auth import Authenticator

    plugin = Authenticator(config=config).plugin
    assert type(plugin).__name__ == "JupyterHubAuthPlugin"


def test_nbgrader_settings_for_an_instructor(tmp_path, monkeypatch):
    """An instructor's course folder is ~/ai-noord (or AI_NOORD_COURSE_DIR), with that folder's own settings
    (such as db_url), and no fixed student id (collect takes every student's work)."""
    course = tmp_path / "ai-noord"
    course.mkdir()
    (course / "nbgrader_config.py").write_text(
        'c = get_config()\nc.CourseDirectory.db_url = "postgresql://grader@db/ai_noord"\nc.Execute.timeout = 30\n')
    config = load_config(DEPLOY / "jupyter" / "nbgrader_config.py",
                         {"AI_NOORD_ROLE": "instructor", "JUPYTERHUB_USER": "docent", "AI_NOORD_COURSE_DIR": str(course)},
                         monkeypatch)
    assert config.CourseDirectory.root == str(course)
    assert config.CourseDirectory.db_url == "postgresql://grader@db/ai_noord"
    assert "student_id" not in config.CourseDirectory
    assert config.Exchange.root == "/srv/nbgrader/exchange"
    classes = {**nbgrader_classes()}
    from nbgrader.preprocessors import Execute

    classes["Execute"] = Execute
    assert unknown_settings(config, classes) == []


def test_only_instructors_get_the_formgrader(monkeypatch):
    """Jupyter Server switches the formgrader extension off for students and leaves it on for instructors."""
    from jupyter_server.serverapp import ServerApp

    student = load_config(DEPLOY / "jupyter" / "jupyter_server_config.py", {"AI_NOORD_ROLE": "student"}, monkeypatch)
    assert unknown_settings(student, {"ServerApp": ServerApp}) == []
    assert student.ServerApp.jpserver_extensions == {"nbgrader.server_extensions.formgrader": False}
    instructor = load_config(DEPLOY / "jupyter" / "jupyter_server_config.py", {"AI_NOORD_ROLE": "instructor"},
                             monkeypatch)
    assert "ServerApp" not in instructor


# -- deploy/z2jh ------------------------------------------------------------------------------------------
# The chart's top-level sections and the keys this course sets in them (Z2JH 4.x values.schema.yaml).
Z2JH_KEYS = {
    "hub": {"config", "extraConfig", "extraFiles", "extraEnv", "db", "loadRoles", "image", "resources"},
    "singleuser": {"image", "defaultUrl", "memory", "cpu", "storage", "lifecycleHooks", "extraEnv", "extraFiles",
                   "profileList", "uid", "fsGid", "cmd"},
    "proxy": None, "cull": {"enabled", "timeout", "every", "users", "maxAge", "removeNamedServers", "concurrency"},
    "scheduling": None, "prePuller": None, "ingress": None, "debug": None, "rbac": None, "global": None,
    "custom": None, "imagePullSecret": None, "imagePullSecrets": None,
}


def test_z2jh_values_use_the_charts_keys_and_jupyterhubs_traits():
    """values.yaml parses, uses only the chart's sections and keys, and hub.config names real traits;
    the exchange volume it mounts is the one exchange-pvc.yaml creates, at nbgrader's exchange path."""
    classes = hub_classes()
    values = yaml.safe_load((DEPLOY / "z2jh" / "values.yaml").read_text())
    for section, keys in values.items():
        assert section in Z2JH_KEYS, f"unknown top-level section {section}"
        if Z2JH_KEYS[section] is not None:
            assert set(values[section]) <= Z2JH_KEYS[section], f"unknown keys in {section}: {set(values[section]) - Z2JH_KEYS[section]}"
    from traitlets.config import Config

    hub_config = Config(values["hub"]["config"])
    assert unknown_settings(hub_config, classes) == []
    overrides = values["hub"]["config"]["Spawner"]["group_overrides"]
    spawner_traits = set(classes["Spawner"].class_traits(config=True))
    for override in overrides.values():
        assert set(override) == {"groups", "spawner_override"}
        assert set(override["spawner_override"]) <= spawner_traits
    assert values["hub"]["extraFiles"]["ai-noord-hub"]["mountPath"].startswith(
        "/usr/local/etc/jupyterhub/jupyterhub_config.d/")
    assert values["hub"]["extraEnv"]["AI_NOORD_ROSTER"] == values["hub"]["extraFiles"]["ai-noord-roster"]["mountPath"]
    pvc = yaml.safe_load((DEPLOY / "z2jh" / "exchange-pvc.yaml").read_text())
    assert pvc["kind"] == "PersistentVolumeClaim" and pvc["spec"]["accessModes"] == ["ReadWriteMany"]
    storage = values["singleuser"]["storage"]
    (volume,) = storage["extraVolumes"]
    (mount,) = storage["extraVolumeMounts"]
    assert volume["persistentVolumeClaim"]["claimName"] == pvc["metadata"]["name"]
    assert mount["name"] == volume["name"]
    assert mount["mountPath"] == values["hub"]["extraEnv"]["AI_NOORD_EXCHANGE"] == "/srv/nbgrader/exchange"


def test_dockerfile_and_install_script_name_files_that_exist():
    """The Dockerfile copies deploy/jupyter/*.py that exist; install.sh is valid bash and installs them."""
    dockerfile = (DEPLOY / "z2jh" / "Dockerfile").read_text()
    instructions = [line.split()[0] for line in dockerfile.splitlines() if line.strip() and not line.startswith("#")]
    assert instructions[0] == "FROM"
    for name in ("nbgrader_config.py", "jupyter_server_config.py"):
        assert f"deploy/jupyter/{name}" in dockerfile
        assert (DEPLOY / "jupyter" / name).is_file()
    script = DEPLOY / "tljh" / "install.sh"
    subprocess.run(["bash", "-n", str(script)], check=True, timeout=30)
    text = script.read_text()
    for path in ("deploy/jupyterhub/ai_noord_hub.py", "deploy/jupyterhub/roster.example.txt", "deploy/jupyter/$file",
                 "for file in nbgrader_config.py jupyter_server_config.py"):
        assert path in text
    assert (DEPLOY / "jupyterhub" / "roster.example.txt").is_file()

"""JupyterHub settings for an AI Noord class: who is in it, who teaches it, and what their servers know.

One file for both deployments (deploy/README.md):
  The Littlest JupyterHub:  /opt/tljh/config/jupyterhub_config.d/ai_noord.py   (deploy/tljh/install.sh)
  Zero to JupyterHub:       hub.extraFiles -> /usr/local/etc/jupyterhub/jupyterhub_config.d/ai_noord.py
It sets no authenticator and no spawner: those belong to the deployment.

What it does:
- reads the class roster (AI_NOORD_ROSTER, default /opt/tljh/config/ai-noord-roster.txt): instructors go
  into the JupyterHub group ``formgrade-ai-noord``, students into ``nbgrader-ai-noord`` (nbgrader's own
  naming, which its JupyterHubAuthPlugin reads), and everyone on it may log in;
- tells each server its role (AI_NOORD_ROLE) and where the shared exchange is (AI_NOORD_EXCHANGE), which
  deploy/jupyter/nbgrader_config.py and jupyter_server_config.py turn into nbgrader settings;
- lets each server's token read its own user's groups (course membership for nbgrader);
- gives instructors a role to see who is in their class (names, groups, activity), and nothing more:
  they do not get into students' servers.
"""

import os
from pathlib import Path

c = get_config()  # noqa: F821 (provided by traitlets)

COURSE_ID = "ai-noord"
INSTRUCTORS_GROUP = f"formgrade-{COURSE_ID}"
STUDENTS_GROUP = f"nbgrader-{COURSE_ID}"
ROSTER = Path(os.environ.get("AI_NOORD_ROSTER", "/opt/tljh/config/ai-noord-roster.txt"))
EXCHANGE = os.environ.get("AI_NOORD_EXCHANGE", "/srv/nbgrader/exchange")
ROLES = ("instructor", "student")


def read_roster(path: Path) -> dict[str, list[str]]:
    """``{"instructor": [...], "student": [...]}`` from lines "instructor NAME" / "student NAME"."""
    people: dict[str, list[str]] = {role: [] for role in ROLES}
    if not path.is_file():
        return people
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        words = line.split("#", 1)[0].split()
        if not words:
            continue
        if len(words) != 2 or words[0] not in ROLES:
            raise ValueError(f"{path}:{number}: expected 'instructor NAME' or 'student NAME', got {line.strip()!r}")
        people[words[0]].append(words[1])
    return people


def server_role(spawner) -> str:
    """``instructor`` for members of the instructors' group, else ``student`` (read when a server starts)."""
    groups = {group.name for group in spawner.user.groups}
    return "instructor" if INSTRUCTORS_GROUP in groups else "student"


roster = read_roster(ROSTER)
c.JupyterHub.load_groups = {
    INSTRUCTORS_GROUP: {"users": sorted(set(roster["instructor"]))},
    STUDENTS_GROUP: {"users": sorted(set(roster["student"]))},
}
c.Authenticator.allowed_users.update(set(roster["instructor"]) | set(roster["student"]))

c.Spawner.environment.update({"AI_NOORD_ROLE": server_role, "AI_NOORD_EXCHANGE": EXCHANGE})
if os.environ.get("AI_NOORD_COURSE_DIR"):
    # Several graders sharing one course folder (deploy/README.md, "Gradebook"); default: ~/ai-noord.
    c.Spawner.environment["AI_NOORD_COURSE_DIR"] = os.environ["AI_NOORD_COURSE_DIR"]

# JUPYTERHUB_API_TOKEN of each server: JupyterHub's defaults, plus reading its own user's name and groups
# (nbgrader.auth.JupyterHubAuthPlugin asks GET /hub/api/users/<name> which courses a user is in).
c.Spawner.server_token_scopes = [
    "users:activity!user",
    "access:servers!server",
    "read:users:name!user",
    "read:users:groups!user",
]

c.JupyterHub.load_roles.append({
    "name": "ai-noord-instructor",
    "description": "AI Noord instructors: see who is in the class (names, groups, activity)",
    "groups": [INSTRUCTORS_GROUP],
    "scopes": [
        f"list:users!group={STUDENTS_GROUP}",
        f"read:users!group={STUDENTS_GROUP}",
        f"read:groups!group={STUDENTS_GROUP}",
    ],
})

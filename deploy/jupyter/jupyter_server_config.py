# Jupyter server settings for every user of an AI Noord JupyterHub, installed next to nbgrader_config.py
# (The Littlest JupyterHub: /opt/tljh/user/etc/jupyter/; Zero to JupyterHub: /etc/jupyter/ in the image).
#
# nbgrader enables all of its server extensions on install. Students keep the Assignments list and the
# Validate button; only instructors (AI_NOORD_ROLE=instructor, set by the hub) get the formgrader.
# Settings made here win over the extension switches in jupyter_server_config.d/*.json, key by key.
import os

c = get_config()  # noqa: F821 (provided by traitlets)

if os.environ.get("AI_NOORD_ROLE", "student") != "instructor":
    c.ServerApp.jpserver_extensions = {"nbgrader.server_extensions.formgrader": False}

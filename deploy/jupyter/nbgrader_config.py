# nbgrader settings for every user of an AI Noord JupyterHub (students and instructors alike).
#
# Install it system-wide in the environment the users' servers run in:
#   The Littlest JupyterHub:  /opt/tljh/user/etc/jupyter/nbgrader_config.py   (deploy/tljh/install.sh does it)
#   Zero to JupyterHub:       /etc/jupyter/nbgrader_config.py in the image     (deploy/z2jh/values.yaml does it)
# The hub tells each server who it serves through environment variables (deploy/tljh/ai_noord_hub.py,
# deploy/z2jh/values.yaml):
#   AI_NOORD_ROLE        "instructor" for members of the formgrade-ai-noord group, else "student"
#   AI_NOORD_EXCHANGE    the shared exchange folder (default /srv/nbgrader/exchange)
#   AI_NOORD_COURSE_DIR  an instructor's course folder (default ~/ai-noord, made by `ai-noord build --course ~/ai-noord`)
import os

c = get_config()  # noqa: F821 (provided by traitlets when nbgrader loads this file)

# Must match c.CourseDirectory.course_id in course/nbgrader_config.py.
COURSE_ID = "ai-noord"

role = os.environ.get("AI_NOORD_ROLE", "student")
hub_user = os.environ.get("JUPYTERHUB_USER", "")

if role == "instructor":
    course_dir = os.path.expanduser(os.environ.get("AI_NOORD_COURSE_DIR", "~/ai-noord"))
    course_config = os.path.join(course_dir, "nbgrader_config.py")
    if os.path.isfile(course_config):
        # The course's own settings (time limits, and db_url when several people grade at once).
        load_subconfig(course_config)  # noqa: F821 (provided by traitlets)
    c.CourseDirectory.root = course_dir
elif hub_user:
    # A student's id in the exchange and the gradebook is their JupyterHub name, not the system account
    # their server runs as (TLJH runs "alice" as the system user "jupyter-alice", Kubernetes as "jovyan").
    c.CourseDirectory.student_id = hub_user

c.CourseDirectory.course_id = COURSE_ID
c.Exchange.root = os.environ.get("AI_NOORD_EXCHANGE", "/srv/nbgrader/exchange")
# Fetched assignments and feedback land in <home>/<assignment>/ (the folder the server opens in).
c.Exchange.path_includes_course = False

if os.environ.get("JUPYTERHUB_API_TOKEN"):
    # Course membership comes from JupyterHub's groups: nbgrader-ai-noord (students) and
    # formgrade-ai-noord (instructors). A hub user in neither group cannot list, fetch or submit.
    c.Authenticator.plugin_class = "nbgrader.auth.JupyterHubAuthPlugin"

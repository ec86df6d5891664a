#!/usr/bin/env bash
# AI Noord on The Littlest JupyterHub (TLJH), one server. Run as root from the root of an ai-noord checkout
# that stays on the server (for example /opt/ai-noord), after TLJH itself is installed:
#
#   sudo bash deploy/tljh/install.sh
#
# What it does (each step is safe to repeat):
#   1. installs the course (ai-noord with nbgrader, JupyterLab, pandas, scikit-learn, ...) into TLJH's user
#      environment, editable, so `ai-noord build` finds modules/ and datasets/ in this checkout;
#   2. installs deploy/jupyter/*.py system-wide in that environment (nbgrader's exchange and course id;
#      the formgrader for instructors only);
#   3. creates nbgrader's exchange folder, writable by everyone (nbgrader's own permissions keep students'
#      submissions and feedback apart: each student is a separate system user on TLJH);
#   4. installs deploy/jupyterhub/ai_noord_hub.py into the hub's configuration and a class roster to edit;
#   5. puts the lessons in the home folder of every user created from now on (~/ai-noord-lessen);
#   6. reloads the hub.
set -euo pipefail
cd "$(dirname "$0")/../.."
CHECKOUT="$(pwd)"
TLJH="${TLJH:-/opt/tljh}"
EXCHANGE="${AI_NOORD_EXCHANGE:-/srv/nbgrader/exchange}"

[ -x "$TLJH/user/bin/pip" ] || { echo "no TLJH user environment at $TLJH/user; install TLJH first" >&2; exit 1; }
[ -f course/course.yaml ] || { echo "run this from an ai-noord checkout" >&2; exit 1; }

echo "== 1. course environment: $TLJH/user"
"$TLJH/user/bin/pip" install --quiet -e "$CHECKOUT"

echo "== 2. nbgrader and server settings: $TLJH/user/etc/jupyter/"
install -d "$TLJH/user/etc/jupyter"
for file in nbgrader_config.py jupyter_server_config.py; do
  target="$TLJH/user/etc/jupyter/$file"
  if [ -f "$target" ] && ! cmp -s "deploy/jupyter/$file" "$target"; then
    cp "$target" "$target.before-ai-noord"
    echo "   kept the previous $file as $target.before-ai-noord"
  fi
  install -m 0644 "deploy/jupyter/$file" "$target"
done

echo "== 3. exchange: $EXCHANGE"
install -d -m 0777 "$EXCHANGE"

echo "== 4. hub configuration and roster: $TLJH/config/"
install -d "$TLJH/config/jupyterhub_config.d"
install -m 0644 deploy/jupyterhub/ai_noord_hub.py "$TLJH/config/jupyterhub_config.d/ai_noord.py"
if [ ! -f "$TLJH/config/ai-noord-roster.txt" ]; then
  install -m 0644 deploy/jupyterhub/roster.example.txt "$TLJH/config/ai-noord-roster.txt"
  echo "   edit $TLJH/config/ai-noord-roster.txt (instructors and students), then run: sudo tljh-config reload hub"
fi

echo "== 5. lessons for new users: /etc/skel/ai-noord-lessen"
rm -rf /etc/skel/ai-noord-lessen
install -d /etc/skel/ai-noord-lessen
cp -r modules datasets /etc/skel/ai-noord-lessen/
find /etc/skel/ai-noord-lessen -name '.ipynb_checkpoints' -prune -exec rm -rf {} +

echo "== 6. reload the hub"
if command -v tljh-config >/dev/null 2>&1; then
  tljh-config reload hub
else
  echo "   tljh-config not found: reload the hub yourself"
fi
echo "done: instructors log in, open a terminal and run: ai-noord build --lang nl --course ~/ai-noord"

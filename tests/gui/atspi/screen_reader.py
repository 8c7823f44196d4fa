"""Run by check-screen-reader.sh inside a D-Bus session under Xvfb: starts the accessibility bus and CommDesk against
its sandbox, then checks as a screen reader would (through pyatspi, Orca's own library) that
  1. "Signed in to …" is announced: a notification appears whose name says it, which Orca speaks whatever has the
     focus;
  2. every interactive object of the main window, on both of its tabs, has a name, and every combo box a label (a
     labelled-by relation: on Linux a combo box's name is its current value);
  3. where Orca is installed, Orca itself (run with its debug log, no sound needed) speaks that announcement.
Prints what it found and exits 0, or 1 naming what is wrong."""
import os
import shutil
import subprocess
import sys
import tempfile
import time

import pyatspi
from gi.repository import GLib

LAUNCHER, APP = sys.argv[1], sys.argv[2]
TIMEOUT_S = 90
INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST, pyatspi.ROLE_PAGE_TAB_LIST,
    pyatspi.ROLE_SLIDER,
}
VIEWS = {pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST}

bus = subprocess.Popen([LAUNCHER, "--launch-immediately"])
time.sleep(1)
home = tempfile.mkdtemp(prefix="commdesk-atspi-")
env = dict(os.environ, HOME=home, XDG_CONFIG_HOME=os.path.join(home, "config"),
           XDG_DATA_HOME=os.path.join(home, "data"), XDG_CACHE_HOME=os.path.join(home, "cache"),
           XDG_RUNTIME_DIR=home, LANG="C.UTF-8", LANGUAGE="")

ORCA = shutil.which("orca")
orca_log = os.path.join(home, "orca.log")
orca = None
if ORCA:
    # What it says goes to its log; no speech server is reached (none is started), so nothing is heard aloud.
    silent = dict(env, SPEECHD_ADDRESS="unix_socket:" + os.path.join(home, "no-speech-dispatcher"))
    orca = subprocess.Popen([ORCA, "--replace", "--debug-file=" + orca_log], env=silent,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    # Listening once it is on the bus as an application (it is one too).
    deadline = time.time() + 30
    while time.time() < deadline and not any(
            each is not None and (each.name or "").lower() == "orca" for each in pyatspi.Registry.getDesktop(0)):
        time.sleep(0.5)
    time.sleep(1)

heard = []


def on_showing(event):
    try:
        if event.detail1 and event.source.getRole() == pyatspi.ROLE_NOTIFICATION:
            heard.append(event.source.name)
            if event.source.name.startswith("Signed in to"):
                pyatspi.Registry.stop()
    except Exception:  # an object gone meanwhile
        pass


pyatspi.Registry.registerEventListener(on_showing, "object:state-changed:showing")
app = subprocess.Popen([APP, "--sandbox"], env=dict(env, QT_QPA_PLATFORM="xcb", QT_LINUX_ACCESSIBILITY_ALWAYS_ON="1",
                                                    ASAN_OPTIONS="detect_leaks=0"), stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
GLib.timeout_add_seconds(TIMEOUT_S, pyatspi.Registry.stop)
pyatspi.Registry.start()
pyatspi.Registry.deregisterEventListener(on_showing, "object:state-changed:showing")

problems = []
if not any(name.startswith("Signed in to") for name in heard):
    problems.append("no notification saying \"Signed in to …\" appeared (heard: %r)" % heard)
print("Notifications heard: %r" % heard)


def find_app():
    for candidate in pyatspi.Registry.getDesktop(0):
        try:
            if candidate is not None and candidate.get_process_id() == app.pid:
                return candidate
        except Exception:
            continue
    return None


def walk(node, unnamed, counted, depth=0):
    if node is None or depth > 60:
        return
    try:
        role = node.getRole()
        states = node.getState()
    except Exception:
        return
    if os.environ.get("ATSPI_DEBUG"):
        print("  " * depth + node.getRoleName(), repr(node.name), states.contains(pyatspi.STATE_SHOWING), node.childCount)
    if not states.contains(pyatspi.STATE_SHOWING):
        return
    if role in INTERACTIVE:
        counted[0] += 1
        parent = node.parent
        where = "%s in %s “%s”" % (node.getRoleName(), parent.getRoleName() if parent else "nothing",
                                   parent.name if parent else "")
        if not (node.name or "").strip():
            unnamed.append(where)
        if role == pyatspi.ROLE_COMBO_BOX:
            labels = [target.name for relation in node.getRelationSet()
                      if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY
                      for target in (relation.getTarget(i) for i in range(relation.getNTargets())) if target]
            if not any((label or "").strip() for label in labels):
                unnamed.append("a label for the combo box “%s” (%s)" % (node.name, where))
    if role in VIEWS:
        return  # cells are the model's to name
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), unnamed, counted, depth + 1)


def find_role(node, role, depth=0):
    """The first object of `role` on screen under `node`."""
    if node is None or depth > 60 or not node.getState().contains(pyatspi.STATE_SHOWING):
        return None
    if node.getRole() == role:
        return node
    for i in range(node.childCount):
        found = find_role(node.getChildAtIndex(i), role, depth + 1)
        if found is not None:
            return found
    return None


def wait_a_little(seconds):
    GLib.timeout_add(int(seconds * 1000), pyatspi.Registry.stop)
    pyatspi.Registry.start()


application = find_app()
if application is None:
    problems.append("CommDesk is not on the accessibility bus")
else:
    unnamed, counted = [], [0]
    for i in range(application.childCount):
        walk(application.getChildAtIndex(i), unnamed, counted)
    first_tab = counted[0]
    # The Queue tab, pressed as a screen reader user would: through the tab's action.
    tabs = find_role(application, pyatspi.ROLE_PAGE_TAB_LIST)
    if tabs is None or tabs.childCount < 2:
        problems.append("no tab list with two tabs")
    else:
        tabs.getChildAtIndex(1).queryAction().doAction(0)
        wait_a_little(2)
        for i in range(application.childCount):
            walk(application.getChildAtIndex(i), unnamed, counted)
    unnamed = sorted(set(unnamed))
    print("Interactive objects: %d on the Communications tab, %d on the Queue tab; problems: %d"
          % (first_tab, counted[0] - first_tab, len(unnamed)))
    if first_tab < 10 or counted[0] - first_tab < 10:
        problems.append("too few interactive objects: the window was not walked")
    problems.extend("without a name: " + each for each in unnamed)

if orca is not None:
    spoken = [line.split("SPEECH OUTPUT:", 1)[1].strip() for line in open(orca_log, errors="replace")
              if "SPEECH OUTPUT:" in line]
    said = [line for line in spoken if "Signed in to" in line]
    print("Orca said %d things; about signing in: %r" % (len(spoken), said[:1]))
    if not said:
        problems.append("Orca did not speak the announcement (its log: %s)" % orca_log)
    orca.terminate()
else:
    print("Orca is not installed: what it would be told was checked, not what it says (Debian: orca).")

app.terminate()
try:
    app.wait(timeout=20)
except subprocess.TimeoutExpired:
    app.kill()
bus.terminate()
if problems:
    print("FAIL:\n  " + "\n  ".join(problems))
    print(app.stdout.read().decode(errors="replace")[-3000:])
    sys.exit(1)
print("PASS: the announcement was heard and every interactive object has a name.")

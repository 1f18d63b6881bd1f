#!/usr/bin/env bash
# CI for the installers (kept out of ./mvnw verify): builds the app-image and the .deb, starts the app-image
# under Xvfb on a fresh and on a generated data folder, checks the .deb's Depends and contents, then installs
# it, starts the installed program and removes it again, checking the user's data stays.
# Run after `./mvnw verify` (it reuses target/); as root on Debian/Ubuntu it installs what it needs.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
source "$ROOT/installer/lib.sh"
OUT="$ROOT/target/installer"
WORK=$(mktemp -d)
# Only our Xvfb: with XVFB unset, a bare `kill 0` would signal the whole process group (CI's included).
trap 'if [ -n "${XVFB:-}" ]; then kill "$XVFB" 2>/dev/null || true; fi; rm -rf "$WORK"' EXIT

fail() { echo "ci-check: FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }

step "tools"
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  missing=()
  for pkg in xvfb xauth libgtk-3-0 fakeroot; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
fi
command -v Xvfb >/dev/null || fail "Xvfb is needed (apt-get install xvfb xauth libgtk-3-0)"

step "build app-image and deb"
built=0 # after ./mvnw verify the jar and its libraries are there already
ls target/stockroom-*.jar target/lib/*.jar >/dev/null 2>&1 && built=1
STOCKROOM_SKIP_BUILD=$built bash installer/build.sh app-image
STOCKROOM_SKIP_BUILD=1 bash installer/build.sh deb
DEB=$(ls -t "$OUT"/*.deb | head -n 1)
LAUNCHER=$(app_launcher "$OUT" Stockroom)

step "deb: Depends and contents"
depends=$(dpkg-deb -f "$DEB" Depends)
echo "Depends: $depends"
grep -qw libgtk-3-0 <<<"$depends" || fail "the .deb does not depend on libgtk-3-0"
contents=$(dpkg-deb -c "$DEB")
grep -q " ./opt/stockroom/bin/Stockroom\$" <<<"$contents" || fail "no launcher in the .deb"
grep -q " ./opt/stockroom/lib/Stockroom.png\$" <<<"$contents" || fail "no icon in the .deb"
dpkg-deb --fsys-tarfile "$DEB" | tar -xO ./opt/stockroom/lib/Stockroom.png | cmp -s - icons/stockroom-256.png \
  || fail "the .deb's icon is not Stockroom's (jpackage's default?)"
dpkg-deb --fsys-tarfile "$DEB" | tar -xO ./opt/stockroom/lib/stockroom-Stockroom.desktop | grep -q '^Icon=stockroom$' \
  || fail "the desktop entry does not use Stockroom's icon"

# Xvfb picks a free display itself and writes its number to fd 3 once it is ready.
Xvfb -displayfd 3 -screen 0 1600x1000x24 -nolisten tcp 3>"$WORK/display" >/dev/null 2>&1 &
XVFB=$!
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
[ -s "$WORK/display" ] || fail "Xvfb did not start"
export DISPLAY=":$(head -n 1 "$WORK/display")"
echo "Xvfb on $DISPLAY"

# Starts a launcher with --startup-report --exit-after-start and checks the exit status and the report line.
check_start() {
  local what=$1 launcher=$2 data=$3 status line
  set +e
  line=$(timeout 120 "$launcher" --data-dir "$data" --startup-report --exit-after-start 2>"$WORK/stderr")
  status=$?
  set -e
  [ "$status" = 0 ] || { cat "$WORK/stderr" >&2; fail "$what: exit status $status"; }
  grep -Eq '^\{"firstFrameEpochMs": [0-9]+, "dataVisibleEpochMs": [0-9]+, "firstFrameMs": [0-9]+, "dataVisibleMs": [0-9]+, "steps": \[.*\]\}$' \
    <<<"$line" || fail "$what: no start-up report in: $line"
  echo "$what: exit 0, $line"
}

step "app-image starts"
check_start "fresh data folder" "$LAUNCHER" "$WORK/fresh"
"$LAUNCHER" generate --products 10000 --data-dir "$WORK/generated" >/dev/null
check_start "10,000-product folder" "$LAUNCHER" "$WORK/generated"
"$LAUNCHER" verify --data-dir "$WORK/generated" | tail -n 1
bash installer/startup-times.sh "$WORK/generated" 3 "$LAUNCHER" | tail -n 1

installed() { dpkg-query -W -f='${Status}' stockroom 2>/dev/null | grep -q "ok installed"; }
if [ "$(id -u)" = 0 ] && command -v dpkg >/dev/null && ! installed; then
  step "deb installs, starts and uninstalls leaving the data"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$DEB" >/dev/null
  [ -f /usr/share/applications/stockroom.desktop ] || fail "no menu entry after install"
  [ "$(stockroom --version)" != "" ] || fail "stockroom is not on the PATH"
  check_start "installed program" /usr/bin/stockroom "$WORK/installed"
  DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq stockroom >/dev/null
  [ ! -e /usr/bin/stockroom ] && [ ! -e /usr/share/applications/stockroom.desktop ] || fail "left behind after remove"
  [ -f "$WORK/installed/stockroom.mv.db" ] || fail "the user's data went with the program"
  echo "installed, started, removed; the data folder stays"
else
  echo "(not root, no dpkg, or stockroom already installed: install check skipped)"
fi

echo; echo "ci-check: all installer checks passed"

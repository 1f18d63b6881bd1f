#!/usr/bin/env bash
# Times the start of a built app-image from before its launcher runs, the way a user meets it:
#   installer/startup-times.sh DATA_DIR [RUNS] [LAUNCHER]
# LAUNCHER defaults to the app-image's (target/installer); /opt/stockroom/bin/Stockroom times the installed one.
# Prints each run's first frame and catalogue-visible times (ms since just before the launch, from the
# app's --startup-report wall-clock values) and their medians. Needs a display: uses $DISPLAY or starts Xvfb.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
source "$ROOT/installer/lib.sh"
DATA=${1:?usage: installer/startup-times.sh DATA_DIR [RUNS] [LAUNCHER]}
RUNS=${2:-7}
LAUNCHER=${3:-$(app_launcher "$ROOT/target/installer" Stockroom)}

if [ -z "${DISPLAY:-}" ]; then
  # One display server for all runs, started before timing: a desktop has one already.
  Xvfb :87 -screen 0 1600x1000x24 -nolisten tcp >/dev/null 2>&1 &
  XVFB=$!
  trap 'kill $XVFB' EXIT
  export DISPLAY=:87
  sleep 1
fi

frames=() visible=()
for run in $(seq "$RUNS"); do
  before=$(date +%s%3N)
  line=$("$LAUNCHER" --data-dir "$DATA" --startup-report --exit-after-start 2>/dev/null | grep firstFrameEpochMs)
  first=$(sed 's/.*"firstFrameEpochMs": \([0-9]*\).*/\1/' <<<"$line")
  data=$(sed 's/.*"dataVisibleEpochMs": \([0-9]*\).*/\1/' <<<"$line")
  frames+=($((first - before))); visible+=($((data - before)))
  echo "run $run: first frame $((first - before)) ms, catalogue visible $((data - before)) ms   $line"
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
echo "median of $RUNS: first frame $(median "${frames[@]}") ms, catalogue visible $(median "${visible[@]}") ms"

# Helpers shared by installer/build.sh and installer/ci-check.sh (sourced, not run).

# The JDK whose jlink and jpackage build the image: STOCKROOM_RUNTIME_JDK, else the newest JDK under
# /usr/lib/jvm (Temurin 25 on this project's machines), else JAVA_HOME, else the java on the PATH.
runtime_jdk() {
  if [ -n "${STOCKROOM_RUNTIME_JDK:-}" ]; then
    echo "$STOCKROOM_RUNTIME_JDK"; return
  fi
  local best="" best_feature=0 candidate feature
  for candidate in /usr/lib/jvm/*/ "${JAVA_HOME:-}"; do
    candidate=${candidate%/}
    [ -n "$candidate" ] && [ -x "$candidate/bin/jpackage" ] || continue
    feature=$(jdk_feature "$candidate")
    if [ "$feature" -gt "$best_feature" ]; then best=$candidate; best_feature=$feature; fi
  done
  if [ -z "$best" ]; then
    best=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
  fi
  echo "$best"
}

# The feature release of a JDK (17, 25, ...), read from its release file.
jdk_feature() {
  sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release"
}

# Where jpackage puts the app-image and what is inside it, per system.
app_dir() {
  case "$(uname -s)" in
    Darwin) echo "$1/$2.app" ;;
    *) echo "$1/$2" ;;
  esac
}

app_content() { # the folder holding the jars and the .cfg ($APPDIR)
  case "$(uname -s)" in
    Darwin) echo "$1/$2.app/Contents/app" ;;
    MINGW*|MSYS*|CYGWIN*) echo "$1/$2/app" ;;
    *) echo "$1/$2/lib/app" ;;
  esac
}

app_launcher() {
  case "$(uname -s)" in
    Darwin) echo "$1/$2.app/Contents/MacOS/$2" ;;
    MINGW*|MSYS*|CYGWIN*) echo "$1/$2/$2.exe" ;;
    *) echo "$1/$2/bin/$2" ;;
  esac
}

app_cfg() {
  echo "$(app_content "$1" "$2")/$2.cfg"
}

icon_file() {
  case "$(uname -s)" in
    Darwin) echo "$ROOT/icons/stockroom.icns" ;;
    MINGW*|MSYS*|CYGWIN*) echo "$ROOT/icons/stockroom.ico" ;;
    *) echo "$ROOT/icons/stockroom-256.png" ;;
  esac
}

# Runs a command that opens a window: on the display there is, else under a virtual one (Linux, xvfb-run).
with_display() {
  if [ -n "${DISPLAY:-}" ] || [ "$(uname -s)" != Linux ]; then
    "$@"
  else
    xvfb-run --auto-servernum "$@"
  fi
}

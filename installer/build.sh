#!/usr/bin/env bash
# Builds Stockroom's native packages with jpackage into target/installer/.
#
#   installer/build.sh app-image   the app folder with its own Java runtime (every system)
#   installer/build.sh deb         Debian/Ubuntu package (Linux)
#   installer/build.sh rpm         Fedora/RHEL package (Linux)
#   installer/build.sh msi         Windows installer (Windows, Git Bash, WiX 3 on the PATH)
#   installer/build.sh dmg         macOS disk image (macOS)
#
# Packages are built from the app-image, so each carries the same runtime and start-up cache.
# The runtime comes from the newest JDK found (STOCKROOM_RUNTIME_JDK picks one): with JDK 25 or later the image
# gets an ahead-of-time cache recorded by a training start (see docs/decisions/0005-installer-runtime.md).
# Environment: STOCKROOM_SKIP_BUILD=1 reuses target/ as built; STOCKROOM_NO_AOT=1 leaves the cache out.
set -euo pipefail

TYPE=${1:-}
case "$TYPE" in
  app-image|deb|rpm|msi|exe|dmg|pkg) ;;
  *) echo "usage: installer/build.sh app-image|deb|rpm|msi|exe|dmg|pkg" >&2; exit 2 ;;
esac

ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
OUT="$ROOT/target/installer"
NAME=Stockroom
MAIN_CLASS=org.stockroom.app.Launcher
# What every jpackage call says about the program.
ABOUT=(--name "$NAME" --vendor "Stockroom" --description "Warehouse stock: receive, pick, move and count")

# shellcheck source=installer/lib.sh
source "$ROOT/installer/lib.sh"

JDK=$(runtime_jdk)
JDK_FEATURE=$(jdk_feature "$JDK")
echo "installer: runtime and jpackage from $JDK (Java $JDK_FEATURE)"

if [ "${STOCKROOM_SKIP_BUILD:-0}" != 1 ]; then
  ./mvnw --batch-mode --quiet package -DskipTests
fi
JAR=$(cd target && ls stockroom-*.jar | grep -v -e sources -e javadoc | head -n 1)
VERSION=${JAR#stockroom-}
VERSION=${VERSION%.jar}
APP_VERSION=${VERSION%%-*} # jpackage wants digits and dots only

build_app_image() {
  rm -rf "$OUT/input" "$OUT/runtime" "$(app_dir "$OUT" "$NAME")"
  mkdir -p "$OUT/input/lib"
  cp "target/$JAR" "$OUT/input/"
  cp target/lib/*.jar "$OUT/input/lib/"

  # Only the JDK modules the jars use (jdeps), plus locale data and charsets for users outside English.
  local modules
  modules=$("$JDK/bin/jdeps" --ignore-missing-deps --print-module-deps --multi-release "$JDK_FEATURE" \
    --class-path "$OUT/input/lib/*" "$OUT/input/$JAR")
  modules="$modules,jdk.localedata,jdk.charsets,jdk.crypto.ec,jdk.zipfs"
  local cds=()
  [ "$JDK_FEATURE" -ge 17 ] && cds=(--generate-cds-archive)
  "$JDK/bin/jlink" --add-modules "$modules" --strip-debug --no-man-pages --no-header-files "${cds[@]}" \
    --output "$OUT/runtime"

  "$JDK/bin/jpackage" --type app-image --dest "$OUT" "${ABOUT[@]}" --app-version "$APP_VERSION" \
    --input "$OUT/input" --main-jar "$JAR" --main-class "$MAIN_CLASS" \
    --runtime-image "$OUT/runtime" --icon "$(icon_file)" \
    ${JAVA_OPTIONS[@]+"${JAVA_OPTIONS[@]}"}

  if [ "$JDK_FEATURE" -ge 25 ] && [ "${STOCKROOM_NO_AOT:-0}" != 1 ]; then
    record_aot_cache
  fi
  echo "installer: app-image in $(app_dir "$OUT" "$NAME")"
}

# Classes loaded, linked and profiled during a training start are cached in the image and mapped at every start.
record_aot_cache() {
  local launcher content cfg training
  launcher=$(app_launcher "$OUT" "$NAME")
  content=$(app_content "$OUT" "$NAME")
  cfg=$(app_cfg "$OUT" "$NAME")
  training=$(mktemp -d)
  # The cache is only used with jars of the same size and modification time. Packaging copies them (new
  # times), so they get a fixed time here and the package's install script sets it again (installer/linux).
  find "$content" -name '*.jar' -exec touch -d "$JAR_TIME" {} +
  echo "installer: recording the start-up cache (a training start on a generated catalogue)"
  "$launcher" generate --products 2000 --data-dir "$training/data" >/dev/null
  # The launcher takes JVM options from its .cfg only. $APPDIR is expanded by the launcher, so the installed
  # copy finds its cache wherever it lives (JDK 25 accepts a relocated class path).
  cp "$cfg" "$training/cfg"
  add_java_option "$cfg" '-XX:AOTCacheOutput=$APPDIR/stockroom.aot'
  with_display "$launcher" --data-dir "$training/data" --exit-after-start >"$OUT/aot-training.log" 2>&1
  cp "$training/cfg" "$cfg"
  rm -rf "$training"
  [ -s "$content/stockroom.aot" ] || { echo "installer: no AOT cache was written" >&2; exit 1; }
  add_java_option "$cfg" '-XX:AOTCache=$APPDIR/stockroom.aot'
}

# Adds a JVM option to the top of a launcher's .cfg (its [JavaOptions] section).
add_java_option() {
  sed -i.bak "/^\[JavaOptions\]/a java-options=$2" "$1"
  rm -f "$1.bak"
}

build_package() {
  local image
  image=$(app_dir "$OUT" "$NAME")
  [ -d "$image" ] || { echo "installer: no app-image at $image" >&2; exit 1; }
  local common=(--type "$TYPE" --dest "$OUT" "${ABOUT[@]}" --app-version "$APP_VERSION" --app-image "$image"
    --license-file "$ROOT/installer/LICENSE.txt")
  case "$TYPE" in
    deb|rpm)
      # JavaFX's native libraries live inside its jars, so jpackage cannot see that they need GTK 3.
      local deps=libgtk-3-0
      [ "$TYPE" = rpm ] && deps=gtk3
      # Packaging an app-image, jpackage takes the menu icon from the resource folder, not from --icon.
      local resources="$OUT/resources-$TYPE"
      rm -rf "$resources" && mkdir -p "$resources"
      cp "$ROOT/icons/stockroom-256.png" "$resources/$NAME.png"
      # Our own menu entry and scripts: jpackage's call xdg-desktop-menu, which fails the install on systems
      # without a menu directory it deems writable; ours also put `stockroom` on the PATH.
      cp "$ROOT/installer/linux/$NAME.desktop" "$resources/"
      if [ "$TYPE" = deb ]; then
        sed "s/@JAR_TIME@/$JAR_TIME/" "$ROOT/installer/linux/postinst" >"$resources/postinst"
        cp "$ROOT/installer/linux/prerm" "$resources/"
      fi
      "$JDK/bin/jpackage" "${common[@]}" --resource-dir "$resources" --verbose \
        --linux-package-name stockroom --linux-shortcut --linux-menu-group "Office" \
        --linux-app-category misc --linux-package-deps "$deps" \
        --linux-deb-maintainer "stockroom@localhost" >"$OUT/jpackage-$TYPE.log" ;;
    msi|exe)
      "$JDK/bin/jpackage" "${common[@]}" --icon "$ROOT/icons/stockroom.ico" \
        --win-menu --win-menu-group "Stockroom" --win-shortcut --win-dir-chooser --win-per-user-install \
        --win-upgrade-uuid "5b0e6f9e-3c7a-4a55-9d0c-7f4d2d1b8a61" ;;
    dmg|pkg)
      "$JDK/bin/jpackage" "${common[@]}" --icon "$ROOT/icons/stockroom.icns" \
        --mac-package-name "Stockroom" --mac-package-identifier "org.stockroom" ;;
  esac
  echo "installer: $(ls -t "$OUT"/*."$TYPE" | head -n 1)"
}

JAR_TIME="2000-01-01T00:00:00Z"
# JVM warnings go to stderr, never into the output of a command such as `stockroom product list`.
JAVA_OPTIONS=(--java-options "-Xlog:disable" --java-options "-Xlog:all=warning:stderr")
if [ "$JDK_FEATURE" -ge 24 ]; then
  # JavaFX 21 reaches for sun.misc.Unsafe and native libraries; newer runtimes would warn on every start.
  JAVA_OPTIONS+=(--java-options --sun-misc-unsafe-memory-access=allow
    --java-options --enable-native-access=ALL-UNNAMED)
fi
if [ "$JDK_FEATURE" -ge 25 ]; then
  # JDK 25.0.3 fails to link some cached adapters and warns about it at every start; adapters are not cached.
  JAVA_OPTIONS+=(--java-options -XX:+UnlockDiagnosticVMOptions --java-options -XX:-AOTAdapterCaching)
fi

if [ "$TYPE" = app-image ]; then
  build_app_image
else
  # Package the app-image of this build; a missing or older one is built first.
  cmp -s "target/$JAR" "$(app_content "$OUT" "$NAME")/$JAR" 2>/dev/null || build_app_image
  build_package
fi

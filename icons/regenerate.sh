#!/usr/bin/env bash
# Re-exports every icon file from stockroom.svg, the only hand-made source.
# Needs ImageMagick (with its SVG delegate) and icnsutils: apt-get install -y imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 24 32 48 64 128 256 512; do
  convert -background none -density 300 stockroom.svg -resize "${size}x${size}" "stockroom-$size.png"
done
# Windows: one .ico holding the sizes Explorer and the taskbar pick from (256 is stored as PNG).
convert stockroom-16.png stockroom-24.png stockroom-32.png stockroom-48.png stockroom-64.png stockroom-256.png \
  stockroom.ico
# macOS: .icns with the sizes Finder and the Dock use.
png2icns stockroom.icns stockroom-16.png stockroom-32.png stockroom-48.png stockroom-128.png stockroom-256.png \
  stockroom-512.png >/dev/null
# The window's own icons, read from the classpath.
cp stockroom-32.png stockroom-64.png stockroom-256.png ../src/main/resources/org/stockroom/ui/icons/

#!/usr/bin/env bash
# Installs the Debian 12 packages Steward needs to build, test and run, when missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  qt6-httpserver-dev qt6-websockets-dev qtkeychain-qt6-dev qt6-pdf-dev qt6-svg-dev
  libqt6opengl6-dev libsimdjson-dev libgl-dev
  sqlite3 xvfb xauth poppler-utils fonts-noto-cjk fonts-wqy-microhei
  python3 python3-yaml python3-jsonschema
  dpkg-dev desktop-file-utils appstream
)
# The OpenAPI lint runs through npx; a machine that already has Node.js (from Debian or
# elsewhere, with npm bundled) keeps it.
command -v npx >/dev/null 2>&1 || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || { echo "Run as root or install sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"

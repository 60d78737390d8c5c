#!/usr/bin/env bash
# Installs the system packages that the build, the tests and the real window need
# (Debian 12 / Raspberry Pi OS). Safe to run again; does nothing when all are there.
set -euo pipefail

# What the kiosk needs to open its window (scripts/kiosk.sh installs only these: --runtime).
runtime=(
  xvfb xauth     # a real X display for the kiosk window when there is no screen, and its screenshots
  libgtk-3-0     # JavaFX's GTK glass needs it for a real window
)
# What the tests need besides.
testing=(
  socat          # pseudo-terminal pairs that stand in for serial cables in tests
  strace         # the disk-flush test counts fsync/fdatasync calls per kind of write
  fonts-noto-core # Noto Sans Arabic: device-drivers draws Arabic receipt lines with it (the kiosk ships its own copy)
  lintian systemd # the installer checks its .deb files with lintian and its units with systemd-analyze
  chromium chromium-driver # the central server's fleet page is tested in headless Chromium (Selenium)
  iproute2 libxtst6 # the production-path test lists listening sockets (ss) and taps the kiosk's screen (XTest)
  espeak-ng      # audio guidance: the spoken scripts of every screen are rendered to WAV and checked
  stress-ng      # CI runs the kiosk's UI tests a second time under CPU contention (scripts/flakiness.sh --stress)
  postgresql     # central's tests on PostgreSQL: the test fixture (TestPostgres) runs its server binaries in a temporary directory
)
# What building LazyFS needs, for the power-cut test (scripts/build-lazyfs.sh installs only these: --lazyfs).
lazyfs=(fuse3 libfuse3-dev cmake g++ git)
if [ "${1:-}" = "--runtime" ]; then
  packages=("${runtime[@]}")
elif [ "${1:-}" = "--lazyfs" ]; then
  packages=("${lazyfs[@]}")
else
  packages=("${runtime[@]}" "${testing[@]}")
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo_cmd apt-get update -q
  $sudo_cmd apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

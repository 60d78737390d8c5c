#!/usr/bin/env bash
# Starts the kiosk under Xvfb on a fresh demo database, walks the journey from inside the
# app (--screenshot-tour) and saves the screens as PNGs into docs/screenshots/.
#   scripts/screenshots.sh [OUT]            the tour, into OUT (docs/screenshots)
#   scripts/screenshots.sh --matrix [OUT]   the day grid, companions, review and languages' chooser at 1920x1080,
#                                           1280x800 and 1080x1920, French, Arabic and Arabic
#                                           with high contrast + large text (docs/screenshots/matrix)
set -euo pipefail
cd "$(dirname "$0")/.."
MATRIX=false
if [ "${1:-}" = "--matrix" ]; then
  MATRIX=true
  shift
  OUT="${1:-docs/screenshots/matrix}"
else
  OUT="${1:-docs/screenshots}"
fi
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# compiled in the reactor (no install): the class path names the modules' target/classes
mvn -B -q -DskipTests -Dstyle.color=never -pl kiosk-demo -am compile dependency:build-classpath \
  -Dmdep.outputFile="$WORK/classpath.txt" -DincludeScope=runtime
CP="kiosk-app/target/classes:kiosk-demo/target/classes:$(cat "$WORK/classpath.txt")"
mkdir -p "$OUT"
printf 'printer.folder=%s\n' "$WORK/receipts" > "$WORK/devices.properties"
printf 'scanner.sim.tcp-port=0\n' >> "$WORK/devices.properties"
printf 'keypad=usb\n' >> "$WORK/devices.properties"
# the matrix on a square screen: the portrait size (1080x1920) fits on it as the landscape ones do
SCREEN=1920x1080
[ "$MATRIX" = false ] || SCREEN=1920x1920
xvfb-run -a -s "-screen 0 ${SCREEN}x24" \
  java -Dprism.order=sw -Dborne.tour.matrix="$MATRIX" -cp "$CP" fr.borne.kiosk.KioskMain \
    --db "$WORK/kiosk.db" --demo --devices "$WORK/devices.properties" --screenshot-tour "$OUT"
if [ "$MATRIX" = false ]; then
  # The booking's receipt, as the simulated printer drew it (the technician's test ticket is the other one).
  ls -l "$WORK"/receipts/ || true
  booking_receipt="$(grep -L "TICKET DE TEST" "$WORK"/receipts/*.txt 2>/dev/null | head -n 1)"
  [ -z "$booking_receipt" ] || cp "${booking_receipt%.txt}.png" "$OUT/receipt.png"
fi
ls "$OUT"

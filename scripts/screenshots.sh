#!/usr/bin/env bash
# Starts the kiosk under Xvfb on a fresh demo database, walks the journey from inside the
# app (--screenshot-tour) and saves the screens as PNGs into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
mvn -B -q -DskipTests install -pl kiosk-demo -am
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd kiosk-demo && mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -DincludeScope=runtime)
CP="kiosk-app/target/classes:kiosk-demo/target/classes:$(cat "$WORK/classpath.txt")"
mkdir -p "$OUT"
printf 'printer.folder=%s\n' "$WORK/receipts" > "$WORK/devices.properties"
printf 'scanner.sim.tcp-port=0\n' >> "$WORK/devices.properties"
printf 'keypad=usb\n' >> "$WORK/devices.properties"
xvfb-run -a -s "-screen 0 1920x1080x24" \
  java -Dprism.order=sw -cp "$CP" fr.borne.kiosk.KioskMain \
    --db "$WORK/kiosk.db" --demo --devices "$WORK/devices.properties" --screenshot-tour "$OUT"
# The booking's receipt, as the simulated printer drew it (the technician's test ticket is the other one).
ls -l "$WORK"/receipts/ || true
booking_receipt="$(grep -L "TICKET DE TEST" "$WORK"/receipts/*.txt 2>/dev/null | head -n 1)"
[ -z "$booking_receipt" ] || cp "${booking_receipt%.txt}.png" "$OUT/receipt.png"
ls "$OUT"

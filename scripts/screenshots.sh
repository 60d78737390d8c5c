#!/usr/bin/env bash
# Starts the kiosk under Xvfb on a fresh demo database, walks the journey from inside the
# app (--screenshot-tour) and saves the screens as PNGs into docs/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/screenshots}"
mvn -B -q -DskipTests install -pl kiosk-app -am
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
(cd kiosk-app && mvn -B -q -Dstyle.color=never dependency:build-classpath -Dmdep.outputFile="$WORK/classpath.txt" -DincludeScope=runtime)
CP="$(cat "$WORK/classpath.txt"):kiosk-app/target/classes"
mkdir -p "$OUT"
printf 'printer.folder=%s\n' "$WORK/receipts" > "$WORK/devices.properties"
printf 'scanner.sim.tcp-port=0\n' >> "$WORK/devices.properties"
xvfb-run -a -s "-screen 0 1920x1080x24" \
  java -Dprism.order=sw -cp "$CP" fr.borne.kiosk.KioskMain \
    --db "$WORK/kiosk.db" --demo --config "$WORK/devices.properties" --screenshot-tour "$OUT"
# The first receipt of the tour is the booking's, as the simulated printer drew it.
first_receipt="$(ls "$WORK"/receipts/*.png 2>/dev/null | sort | head -n 1)"
[ -z "$first_receipt" ] || cp "$first_receipt" "$OUT/receipt.png"
ls "$OUT"

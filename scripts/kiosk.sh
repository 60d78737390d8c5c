#!/usr/bin/env bash
# Starts the kiosk on its embedded defaults: simulated scanner and printer, the demo
# database in ./var/, in a real window (under Xvfb when there is no display).
# Scan a demo badge with the on-screen "Demo" panel or: echo DEMO-0001 | nc localhost 7501
# Extra arguments go to the kiosk (e.g. --windowed, --help).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -d kiosk-app/target/classes ] || [ ! -f "$HOME/.m2/repository/fr/borne/device-drivers/0.1.0-SNAPSHOT/device-drivers-0.1.0-SNAPSHOT.jar" ]; then
  mvn -B -q -DskipTests install
fi
mkdir -p var
CP="$(cd kiosk-app && mvn -B -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime):kiosk-app/target/classes"
[ -f var/devices.properties ] || printf '# every device simulated; see DeviceConfig for the keys\nprinter.folder=var/receipts\n' > var/devices.properties
RUN=(java -Dprism.order=sw -cp "$CP" fr.borne.kiosk.KioskMain --db var/kiosk.db --demo --config var/devices.properties "$@")
if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" "${RUN[@]}"
fi
exec "${RUN[@]}"

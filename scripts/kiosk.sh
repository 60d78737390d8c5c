#!/usr/bin/env bash
# Starts the whole embedded demo on this machine, in ./var/:
#   - a local central server with the demo establishments (Rouen, Dijon), plain HTTP on loopback;
#   - the kiosk's sync agent, which fills the kiosk's replica var/$KIOSK_ID.db from central and
#     keeps it in step (and answers the kiosk's online-only questions on loopback);
#   - the kiosk in a real window (under Xvfb when there is no display), simulated scanner and
#     printer, on the same replica. It shows "starting" until the agent's first sync is done.
# Closing the kiosk (or Ctrl-C) stops the central server and the agent.
# Scan a demo badge with the on-screen "Démo" panel or:  echo DEMO-0001 > /dev/tcp/127.0.0.1/7501
# Environment: KIOSK_ID (rouen-1), ESTABLISHMENT (rouen), CENTRAL_PORT (18080), AGENT_PORT (18090).
# Extra arguments go to the kiosk (e.g. --windowed, --help).
set -euo pipefail
cd "$(dirname "$0")/.."

KIOSK_ID="${KIOSK_ID:-rouen-1}"
ESTABLISHMENT="${ESTABLISHMENT:-rouen}"
CENTRAL_PORT="${CENTRAL_PORT:-18080}"
AGENT_PORT="${AGENT_PORT:-18090}"
CENTRAL_JAR=central-server/target/central-server-0.1.0-SNAPSHOT-all.jar
AGENT_JAR=sync-agent/target/sync-agent-0.1.0-SNAPSHOT-all.jar
CLASSPATH_FILE=kiosk-demo/target/runtime-classpath.txt
# A small board: a capped heap and the serial collector keep the kiosk well under 300 MB.
SMALL_JVM=(-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xss512k)

bash scripts/install-deps.sh --runtime

if [ ! -f "$CENTRAL_JAR" ] || [ ! -f "$AGENT_JAR" ] || [ ! -d kiosk-app/target/classes ] || [ ! -d kiosk-demo/target/classes ] \
   || [ ! -f "$HOME/.m2/repository/fr/borne/device-drivers/0.1.0-SNAPSHOT/device-drivers-0.1.0-SNAPSHOT.jar" ]; then
  echo "building Borne (first start)…"
  mvn -B -q -DskipTests install
fi
# The kiosk with its demo module (demo badges, demo technician), which the package never carries.
if [ ! -f "$CLASSPATH_FILE" ] || [ kiosk-app/pom.xml -nt "$CLASSPATH_FILE" ] || [ kiosk-demo/pom.xml -nt "$CLASSPATH_FILE" ] \
   || grep -q testfx "$CLASSPATH_FILE"; then
  (cd kiosk-demo && mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/runtime-classpath.txt -DincludeScope=runtime)
fi
mkdir -p var
[ -f var/devices.properties ] || printf '# every device simulated; see DeviceConfig for the keys\nprinter.folder=var/receipts\n' > var/devices.properties

PIDS=()
stop_all() {
  for pid in "${PIDS[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${PIDS[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
}
trap stop_all EXIT
trap 'exit 130' INT TERM

port_busy() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$CENTRAL_PORT" "$AGENT_PORT"; do
  if port_busy "$port"; then
    echo "port $port is already in use (an earlier demo still running?); stop it first" >&2
    exit 1
  fi
done

java -Xmx128m "${SMALL_JVM[@]}" -jar "$CENTRAL_JAR" --plain-loopback --port "$CENTRAL_PORT" --db var/central.db \
  --demo --kiosk "$KIOSK_ID=$ESTABLISHMENT" >var/central.log 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do
  port_busy "$CENTRAL_PORT" && break
  kill -0 "${PIDS[0]}" 2>/dev/null || { echo "central server did not start; see var/central.log" >&2; exit 1; }
  sleep 0.2
done

java -Xmx128m "${SMALL_JVM[@]}" -jar "$AGENT_JAR" run --db "var/$KIOSK_ID.db" --central "http://127.0.0.1:$CENTRAL_PORT" \
  --kiosk-id "$KIOSK_ID" --establishment "$ESTABLISHMENT" --local-port "$AGENT_PORT" >"var/$KIOSK_ID-agent.log" 2>&1 &
PIDS+=($!)

RUN=(java -Xmx160m "${SMALL_JVM[@]}" -Dprism.order=sw -cp "kiosk-app/target/classes:kiosk-demo/target/classes:$(cat "$CLASSPATH_FILE")"
  fr.borne.kiosk.KioskMain --db "var/$KIOSK_ID.db" --establishment "$ESTABLISHMENT" --demo
  --agent-local "http://127.0.0.1:$AGENT_PORT" --devices var/devices.properties "$@")
if [ -z "${DISPLAY:-}" ]; then
  RUN=(xvfb-run -a -s "-screen 0 1920x1080x24" "${RUN[@]}")
fi
status=0
"${RUN[@]}" || status=$?
exit "$status"

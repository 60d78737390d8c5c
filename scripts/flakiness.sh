#!/usr/bin/env bash
# Runs one module's tests N times, optionally with stress-ng loading every core beside them,
# and prints a table of test × failures. Exits non-zero when any run had a failure.
#
#   bash scripts/flakiness.sh MODULE N [--stress]
#   bash scripts/flakiness.sh kiosk-app 3 --stress
#
# The module is built with the modules it needs (-am), but only its own test classes run.
set -euo pipefail
cd "$(dirname "$0")/.."

if [ $# -lt 2 ] || [ ! -d "$1/src/test/java" ] || ! [[ "$2" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: $0 MODULE N [--stress]   (MODULE a folder with src/test/java, N ≥ 1)" >&2
  exit 2
fi
module=$1
runs=$2
stress=${3:-}
if [ -n "$stress" ] && [ "$stress" != "--stress" ]; then
  echo "unknown option $stress" >&2
  exit 2
fi
if [ -n "$stress" ] && ! command -v stress-ng >/dev/null; then
  echo "stress-ng is missing: bash scripts/install-deps.sh" >&2
  exit 2
fi

# The module's own test classes, by fully qualified name (the same simple name lives in several modules).
tests=$(cd "$module/src/test/java" && find . -name '*Test.java' -o -name '*Tests.java' -o -name 'Test*.java' \
  | sed 's|^\./||; s|\.java$||; s|/|.|g' | sort | paste -sd, -)
results=$(mktemp -d)
stress_pid=""
cleanup() {
  if [ -n "$stress_pid" ]; then kill "$stress_pid" 2>/dev/null || true; wait "$stress_pid" 2>/dev/null || true; fi
}
trap cleanup EXIT

for run in $(seq 1 "$runs"); do
  if [ -n "$stress" ]; then
    # twice as many CPU hogs as a 2-core machine has cores, for as long as the run lasts
    stress-ng --cpu 4 --timeout 3600s --quiet &
    stress_pid=$!
  fi
  echo "run $run/$runs of $module's tests${stress:+ under stress-ng --cpu 4}…" >&2
  rm -rf "$module/target/surefire-reports"
  if mvn -B -ntp -q -pl "$module" -am verify -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
      > "$results/run-$run.log" 2>&1; then
    echo "  passed" >&2
  else
    echo "  failed (log: $results/run-$run.log)" >&2
    grep -E "Tests run:.*(Failures: [1-9]|Errors: [1-9])|<<< (FAILURE|ERROR)|^\[ERROR\]   " "$results/run-$run.log" \
      | head -40 >&2 || true
  fi
  mkdir -p "$results/$run"
  cp "$module"/target/surefire-reports/TEST-*.xml "$results/$run/" 2>/dev/null || true
  cleanup
  stress_pid=""
done

python3 - "$results" "$runs" "$module" <<'PY'
import glob, os, sys
import xml.etree.ElementTree as ET

folder, runs, module = sys.argv[1], int(sys.argv[2]), sys.argv[3]
failures, seen = {}, set()
for run in range(1, runs + 1):
    reports = glob.glob(os.path.join(folder, str(run), "TEST-*.xml"))
    if not reports:
        failures.setdefault("(no test report: the build failed before the tests)", set()).add(run)
    for report in reports:
        for case in ET.parse(report).getroot().iter("testcase"):
            name = case.get("classname", "").rsplit(".", 1)[-1] + "." + case.get("name", "")
            seen.add(name)
            if case.find("failure") is not None or case.find("error") is not None:
                failures.setdefault(name, set()).add(run)
width = max([len(n) for n in failures] + [len("test")])
print(f"{module}: {len(seen)} tests, {runs} run(s)")
print(f"| {'test'.ljust(width)} | failures |")
print(f"|{'-' * (width + 2)}|----------|")
rows = [(name, f"{len(runs_failed)}/{runs}") for name, runs_failed in sorted(failures.items())]
for name, count in rows or [("(every test passed every run)", f"0/{runs}")]:
    print(f"| {name.ljust(width)} | {count.ljust(8)} |")
sys.exit(1 if failures else 0)
PY

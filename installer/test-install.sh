#!/usr/bin/env bash
# test-install.sh [borne_VERSION_amd64.deb]
#
# Installs the amd64 package into a throwaway Debian 12 (bookworm) root made by debootstrap,
# with apt resolving its dependencies from Debian's mirror, and checks what a technician
# would: files, the two users and their groups, units, permissions, the launchers, the native
# libraries' dependencies, the configuration completed as installer/README.md says
# (borne-ctl check-config). Then upgrades and downgrades with data: book, upgrade to a
# second version carrying an extra (no-op) migration, book, downgrade, both bookings still
# there; an upgrade whose migration fails puts the database back and the previous version
# reinstalls. Finally removes (data and users kept) and purges (everything gone).
# The versions for the upgrade are made here from the package: the same files plus a jar
# with the extra migration, and a version number one step higher.
#
# Needs root, debootstrap and network access to the Debian mirror. Takes a few minutes; the
# base system and downloaded packages are cached in $BORNE_TEST_INSTALL_CACHE
# (default /var/cache/borne-test-install) so later runs are faster.
# Without an argument it tests installer/target/borne_*_amd64.deb (build it first with
# `mvn -B -pl installer -am package`).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
suite=bookworm
cache=${BORNE_TEST_INSTALL_CACHE:-/var/cache/borne-test-install}

fail() {
    echo "test-install: FAILED: $*" >&2
    exit 1
}
step() {
    echo "test-install: $*"
}

[ "$(id -u)" -eq 0 ] || fail "run as root (debootstrap and chroot need it)"
command -v debootstrap >/dev/null || fail "debootstrap is missing: apt-get install debootstrap"

deb=${1:-}
if [ -z "$deb" ]; then
    deb=$(ls "$here"/target/borne_*_amd64.deb 2>/dev/null | head -n 1 || true)
fi
[ -n "$deb" ] && [ -f "$deb" ] || fail "no amd64 package: build it with 'mvn -B -pl installer -am package'"
deb=$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")

# The Debian mirror apt already uses on this machine.
mirror=$(sed -n 's/^URIs:[[:space:]]*\([^[:space:]]*\).*/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null \
    | grep -v security | head -n 1 || true)
if [ -z "$mirror" ]; then
    mirror=$(sed -n 's/^deb[[:space:]]\+\(\[[^]]*\][[:space:]]\+\)\?\(http[^[:space:]]*\).*/\2/p' /etc/apt/sources.list 2>/dev/null \
        | grep -v security | head -n 1 || true)
fi
mirror=${mirror:-http://deb.debian.org/debian}

root=$(mktemp -d /var/tmp/borne-test-root.XXXXXX)
chmod 0755 "$root"   # it becomes "/" for the borne user and apt's _apt user
mounts=()
cleanup() {
    for ((i = ${#mounts[@]} - 1; i >= 0; i--)); do
        umount -l "${mounts[$i]}" 2>/dev/null || true
    done
    rm -rf --one-file-system "$root"
}
trap cleanup EXIT

in_root() {
    chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}
check() {
    local what=$1
    shift
    if in_root sh -c "$*"; then
        echo "  ok   $what"
    else
        fail "$what   ($*)"
    fi
}

step "package: $deb"
step "mirror: $mirror, root: $root"

mkdir -p "$cache/archives/partial"
tarball="$cache/$suite-minbase.tgz"
if [ ! -s "$tarball" ]; then
    step "downloading the $suite base system (cached in $tarball)"
    debootstrap --variant=minbase --make-tarball="$tarball.new" "$suite" "$root/.tarball-work" "$mirror" >/dev/null
    mv "$tarball.new" "$tarball"
    rm -rf "$root/.tarball-work"
fi
step "bootstrapping a minimal $suite"
debootstrap --variant=minbase --unpack-tarball="$tarball" "$suite" "$root" "$mirror" >"$root.debootstrap.log" 2>&1 \
    || { tail -n 20 "$root.debootstrap.log" >&2; fail "debootstrap"; }
rm -f "$root.debootstrap.log"

for fs in proc sys dev dev/pts; do
    mkdir -p "$root/$fs"
    mount --bind "/$fs" "$root/$fs"
    mounts+=("$root/$fs")
done
mount --bind "$cache/archives" "$root/var/cache/apt/archives"
mounts+=("$root/var/cache/apt/archives")
cp /etc/resolv.conf "$root/etc/resolv.conf"
# A chroot has no running init: no service may start.
printf '#!/bin/sh\nexit 101\n' >"$root/usr/sbin/policy-rc.d"
chmod 0755 "$root/usr/sbin/policy-rc.d"
cp "$deb" "$root/tmp/"
pkg=/tmp/$(basename "$deb")

step "installing with apt (dependencies from the mirror)"
in_root apt-get update -q >/dev/null
in_root apt-get install -y -q --no-install-recommends "$pkg" >"$root/tmp/apt.log" 2>&1 \
    || { tail -n 40 "$root/tmp/apt.log" >&2; fail "apt-get install $pkg"; }

step "checking the installed kiosk ($(in_root sh -c 'ls /usr/share/borne/lib | grep -e kiosk-app -e sync-agent -e standin | tr "\n" " "'))"
check "package installed" "dpkg-query -W -f='\${Status}' borne | grep -qx 'install ok installed'"
for f in /usr/bin/borne-kiosk /usr/bin/borne-sync-agent /usr/lib/borne/borne-launch /usr/lib/borne/borne-supervise \
    /usr/lib/borne/borne-udev-rules /usr/lib/borne/borne-console-setup; do
    check "executable $f" "test -x $f"
done
for f in /lib/systemd/system/borne-kiosk.service /lib/systemd/system/borne-sync-agent.service \
    /lib/udev/rules.d/70-borne.rules /etc/borne/kiosk.properties /etc/borne/devices.properties \
    /etc/borne/logback.xml /usr/share/borne/lib/javafx/javafx-graphics-21.0.12-linux.jar; do
    check "file $f" "test -f $f"
done
check "system users borne-agent and borne-kiosk, no login shell" \
    "for u in borne-agent borne-kiosk; do getent passwd \$u | awk -F: '\$3 < 1000 && \$7 == \"/usr/sbin/nologin\"' | grep -q \$u || exit 1; done"
check "both share the replica's group borne-data" \
    "id -nG borne-agent | tr ' ' '\n' | grep -qx borne-data && id -nG borne-kiosk | tr ' ' '\n' | grep -qx borne-data"
for g in dialout lp gpio video render; do
    if in_root getent group "$g" >/dev/null; then
        check "borne-kiosk is in the existing group $g" "id -nG borne-kiosk | tr ' ' '\n' | grep -qx $g"
    else
        check "group $g does not exist here and was not created" "! getent group $g"
    fi
done
check "borne-kiosk is not in input, borne-agent in no device group" \
    "! id -nG borne-kiosk | tr ' ' '\n' | grep -qx input && ! id -nG borne-agent | tr ' ' '\n' | grep -qx -e dialout -e lp -e video -e input"
check "/var/lib/borne is 2770 borne-agent:borne-data" \
    "test \"\$(stat -c '%a %U %G' /var/lib/borne)\" = '2770 borne-agent borne-data'"
check "/etc/borne/certificates is 0750 root:borne-agent" \
    "test \"\$(stat -c '%a %U %G' /etc/borne/certificates)\" = '750 root borne-agent'"
check "configuration files are conffiles" \
    "dpkg-query -W -f='\${Conffiles}' borne | grep -q '/etc/borne/kiosk.properties'"
check "both services enabled at boot" \
    "test -L /etc/systemd/system/multi-user.target.wants/borne-kiosk.service && test -L /etc/systemd/system/multi-user.target.wants/borne-sync-agent.service"
check "units pass systemd-analyze verify" \
    "systemd-analyze verify --man=no /lib/systemd/system/borne-kiosk.service /lib/systemd/system/borne-sync-agent.service"
check "cage and Xwayland installed" "test -x /usr/bin/cage && test -x /usr/bin/Xwayland"
check "JavaFX modules resolve on this runtime" \
    "java --module-path /usr/share/borne/lib/javafx --list-modules | grep -q '^javafx.controls'"
# The launcher finds Java, the class path and the main class: picocli's usage text from the
# real agent, or the stand-in's greeting.
check "the sync agent's launcher starts its main class" \
    "runuser -u borne-agent -- borne-sync-agent --help 2>&1 | tee /tmp/agent-help.txt | grep -q -e 'Usage:' -e 'borne stand-in application' || { cat /tmp/agent-help.txt; false; }"

if in_root test -e /usr/bin/borne-ctl; then
    check "the technician tool's launcher starts its main class" \
        "runuser -u borne-agent -- borne-ctl --help 2>&1 | tee /tmp/ctl-help.txt | grep -q 'Usage:' || { cat /tmp/ctl-help.txt; false; }"
fi

# The JavaFX native libraries find every shared library they link to: the Depends are complete.
mkdir -p "$root/tmp/fx"
fxjar="$root/usr/share/borne/lib/javafx/javafx-graphics-21.0.12-linux.jar"
if command -v unzip >/dev/null; then
    unzip -q -o "$fxjar" '*.so' -d "$root/tmp/fx"
else
    (cd "$root/tmp/fx" && jar xf "$fxjar")
fi
check "JavaFX native libraries have all their shared libraries" \
    "for so in /tmp/fx/*.so; do ldd \$so | grep 'not found' && exit 1; done; true"

step "configuring as installer/README.md steps 4 and 5 say"
# Step 4: the identity files (a self-signed stand-in here: no central in this root),
# readable by the agent only.
command -v openssl >/dev/null || fail "openssl is needed to make the stand-in identity"
openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2 -subj /CN=rouen-1 \
    -keyout "$root/tmp/kiosk.key" -out "$root/tmp/kiosk.pem" 2>/dev/null
cp "$root/tmp/kiosk.pem" "$root/tmp/central-ca.pem"
in_root install -m 0640 -o root -g borne-agent /tmp/kiosk.pem /tmp/kiosk.key /tmp/central-ca.pem /etc/borne/certificates/
check "the TLS key is readable by the agent, not by the kiosk" \
    "runuser -u borne-agent -- cat /etc/borne/certificates/kiosk.key >/dev/null && ! runuser -u borne-kiosk -- cat /etc/borne/certificates/kiosk.key 2>/dev/null"
# ... and the deployment's badge key, readable by both programs through borne-data.
printf 'k1:%s\n' "$(head -c 32 /dev/urandom | base64 -w0)" >"$root/tmp/badge.key"
in_root install -m 0640 -o root -g borne-data /tmp/badge.key /etc/borne/badge.key
rm -f "$root/tmp/badge.key"
check "the badge key is readable by the agent and the kiosk, by nobody else" \
    "runuser -u borne-agent -- cat /etc/borne/badge.key >/dev/null && runuser -u borne-kiosk -- cat /etc/borne/badge.key >/dev/null && test \"\$(stat -c '%a %U %G' /etc/borne/badge.key)\" = '640 root borne-data'"
check "before step 5 the kiosk would not start, naming the missing key" \
    "borne-ctl check-config | grep -q \"missing required key 'establishment': set it in /etc/borne/kiosk.properties\""
# Step 5: the identity lines, uncommented and filled in.
in_root sed -i -e 's/^# kiosk-id=.*/kiosk-id=rouen-1/' -e 's/^# establishment=.*/establishment=rouen/' \
    -e 's|^# central=.*|central=https://central.example.org|' /etc/borne/sync-agent.properties
in_root sed -i -e 's/^# establishment=.*/establishment=rouen/' /etc/borne/kiosk.properties
check "borne-ctl check-config: Configuration OK, with each setting's file and line" \
    "borne-ctl check-config | tee /tmp/check-config.txt | grep -q 'Configuration OK' && grep -q 'scanner = serial .*/etc/borne/devices.properties line' /tmp/check-config.txt && grep -q 'key id = k1 ' /tmp/check-config.txt || { cat /tmp/check-config.txt; false; }"

# Versions to upgrade to: this package plus a jar of extra migrations, one version step higher.
variant() {
    local out=$1 suffix=$2
    shift 2
    local work
    work=$(mktemp -d)
    dpkg-deb -R "$deb" "$work/pkg"
    mkdir -p "$work/jar/db/migration"
    while [ $# -gt 0 ]; do
        printf '%s\n' "$2" >"$work/jar/db/migration/$1"
        shift 2
    done
    (cd "$work/jar" && jar cf "$work/pkg/usr/share/borne/lib/borne-upgrade-test.jar" db)
    sed -i "s/^Version: .*/&+$suffix/" "$work/pkg/DEBIAN/control"
    dpkg-deb --root-owner-group -Zgzip -z1 -b "$work/pkg" "$root$out" >/dev/null
    rm -rf "$work"
}
command -v jar >/dev/null || fail "jar (a JDK) is needed to make the upgrade versions"
NOOP="-- upgrade test: a migration that changes nothing
CREATE TABLE upgrade_test_marker (id INTEGER);"
variant /tmp/borne-v2.deb upgrade2 V9000__upgrade_test_noop.sql "$NOOP"
variant /tmp/borne-v3.deb upgrade3 V9000__upgrade_test_noop.sql "$NOOP" V9001__upgrade_test_broken.sql "THIS IS NOT SQL;"
v1=$(dpkg-deb -f "$deb" Version)

book() {
    in_root runuser -u borne-kiosk -- sqlite3 /var/lib/borne/borne.db "INSERT INTO booking (id, reference, booked_by, \
        detainee_id, round_id, date, status, channel, created_at, updated_at) VALUES ('$1', 'R-$1', 'v-1', 'd-1', \
        'r-1', '2026-12-24', 'CONFIRMED', 'KIOSK', 0, 0);"
}
bookings() {
    in_root runuser -u borne-agent -- sqlite3 /var/lib/borne/borne.db "SELECT group_concat(id, ' ') FROM (SELECT id FROM booking ORDER BY id)"
}
schema() {
    in_root runuser -u borne-agent -- sqlite3 /var/lib/borne/borne.db \
        "SELECT version FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank DESC LIMIT 1"
}

step "the replica: made and migrated by the agent, written by the kiosk's user"
check "the agent creates the replica (borne-sync-agent status)" \
    "runuser -u borne-agent -- borne-sync-agent status | grep -q outbox"
check "the replica is 0660 borne-agent:borne-data" \
    "test \"\$(stat -c '%a %U %G' /var/lib/borne/borne.db)\" = '660 borne-agent borne-data'"
book b-1 || fail "the kiosk's user cannot write a booking into the replica"
check "the kiosk's booking is there" "test \"\$(sqlite3 /var/lib/borne/borne.db 'SELECT id FROM booking')\" = b-1"

step "upgrading to $v1+upgrade2 (an extra migration)"
in_root dpkg -i /tmp/borne-v2.deb >"$root/tmp/dpkg-v2.log" 2>&1 || { cat "$root/tmp/dpkg-v2.log" >&2; fail "dpkg -i v2 (upgrade)"; }
grep -q "database backed up to" "$root/tmp/dpkg-v2.log" || { cat "$root/tmp/dpkg-v2.log" >&2; fail "no backup before the upgrade"; }
check "the backup is a readable copy, 0600 root, with the booking" \
    "b=\$(ls -t /var/lib/borne/backups/borne-*.db | head -n 1); test \"\$(stat -c '%a %U' \$b)\" = '600 root' && test \"\$(sqlite3 \$b 'SELECT id FROM booking')\" = b-1"
[ "$(schema)" = 9000 ] || fail "the upgrade did not migrate (schema $(schema))"
echo "  ok   migrated to schema 9000 by postinst"
book b-2 || fail "booking after the upgrade"
[ "$(bookings)" = "b-1 b-2" ] || fail "bookings after the upgrade: $(bookings)"
echo "  ok   both bookings after the upgrade"

step "an upgrade whose migration fails ($v1+upgrade3) puts the database back"
if in_root dpkg -i /tmp/borne-v3.deb >"$root/tmp/dpkg-v3.log" 2>&1; then
    cat "$root/tmp/dpkg-v3.log" >&2
    fail "the broken upgrade was accepted"
fi
grep -q "restored from" "$root/tmp/dpkg-v3.log" || { cat "$root/tmp/dpkg-v3.log" >&2; fail "no restore after the failed migration"; }
[ "$(schema)" = 9000 ] && [ "$(bookings)" = "b-1 b-2" ] || fail "after the failed upgrade: schema $(schema), bookings $(bookings)"
echo "  ok   failed migration: database restored (schema 9000, bookings b-1 b-2)"
in_root dpkg -i /tmp/borne-v2.deb >"$root/tmp/dpkg-v2-again.log" 2>&1 \
    || { cat "$root/tmp/dpkg-v2-again.log" >&2; fail "reinstalling the previous version after the failed upgrade"; }
check "the previous version reinstalls and is configured" "dpkg-query -W -f='\${Status} \${Version}' borne | grep -qx 'install ok installed $v1+upgrade2'"

step "downgrading to $v1"
in_root dpkg -i "$pkg" >"$root/tmp/dpkg-v1.log" 2>&1 || { cat "$root/tmp/dpkg-v1.log" >&2; fail "dpkg -i v1 (downgrade)"; }
[ "$(bookings)" = "b-1 b-2" ] || fail "bookings after the downgrade: $(bookings)"
echo "  ok   both bookings after the downgrade"
check "the older version opens the replica a newer one migrated" \
    "runuser -u borne-agent -- borne-ctl migrate | grep -q 'check ok'"
check "postinst runs again without error (idempotent)" \
    "export DPKG_MAINTSCRIPT_PACKAGE=borne DPKG_MAINTSCRIPT_NAME=postinst; /var/lib/dpkg/info/borne.postinst configure '' && /var/lib/dpkg/info/borne.postinst configure ''"

step "removing (data, configuration and users stay)"
in_root dpkg -r borne >/dev/null
check "programs gone" "test ! -e /usr/bin/borne-kiosk && test ! -e /lib/systemd/system/borne-kiosk.service"
check "database kept" "test -f /var/lib/borne/borne.db"
check "configuration kept" "test -f /etc/borne/kiosk.properties"
check "users kept" "getent passwd borne-agent >/dev/null && getent passwd borne-kiosk >/dev/null"

step "purging (everything goes)"
in_root dpkg -P borne >/dev/null
check "package forgotten" "! dpkg-query -W borne 2>/dev/null | grep -q ."
check "data removed" "test ! -e /var/lib/borne"
check "configuration removed" "test ! -e /etc/borne"
check "users and groups removed" \
    "! getent passwd borne-agent && ! getent passwd borne-kiosk && ! getent group borne-data && ! getent group borne-agent"
check "no unit links or masks left" "! ls /etc/systemd/system | grep -q borne && ! ls /etc/systemd/system/*.wants 2>/dev/null | grep -q borne"

echo "test-install: PASSED: $(basename "$deb") installs, is configured as the README says, upgrades and" \
    "downgrades keeping its bookings, undoes a failed migration, removes and purges cleanly in $suite"

#!/usr/bin/env bash
# test-install.sh [borne_VERSION_amd64.deb]
#
# Installs the amd64 package into a throwaway Debian 12 (bookworm) root made by debootstrap,
# with apt resolving its dependencies from Debian's mirror, and checks what a technician
# would: files, the borne user and its groups, units, permissions, the launchers, the native
# libraries' dependencies. Then it reinstalls the package (an upgrade: the database is backed
# up), removes it (data and user kept) and purges it (everything gone).
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
check "system user borne, home /var/lib/borne, no login shell" \
    "getent passwd borne | awk -F: '\$3 < 1000 && \$6 == \"/var/lib/borne\" && \$7 == \"/usr/sbin/nologin\"' | grep -q borne"
check "group borne is the user's primary group" "test \"\$(id -gn borne)\" = borne"
for g in dialout lp gpio video input render; do
    if in_root getent group "$g" >/dev/null; then
        check "borne is in the existing group $g" "id -nG borne | tr ' ' '\n' | grep -qx $g"
    else
        check "group $g does not exist here and was not created" "! getent group $g"
    fi
done
check "/var/lib/borne is 0700 borne:borne" "test \"\$(stat -c '%a %U %G' /var/lib/borne)\" = '700 borne borne'"
check "/etc/borne/certificates is 0750 root:borne" \
    "test \"\$(stat -c '%a %U %G' /etc/borne/certificates)\" = '750 root borne'"
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
    "runuser -u borne -- borne-sync-agent --help 2>&1 | tee /tmp/agent-help.txt | grep -q -e 'Usage:' -e 'borne stand-in application' || { cat /tmp/agent-help.txt; false; }"

if in_root test -e /usr/bin/borne-ctl; then
    check "the technician tool's launcher starts its main class" \
        "runuser -u borne -- borne-ctl --help 2>&1 | tee /tmp/ctl-help.txt | grep -q 'Usage:' || { cat /tmp/ctl-help.txt; false; }"
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

step "upgrading over a database (reinstalling runs the upgrade path)"
in_root runuser -u borne -- sqlite3 /var/lib/borne/borne.db \
    "PRAGMA journal_mode=WAL; CREATE TABLE booking(id TEXT); INSERT INTO booking VALUES('b-1');" >/dev/null
in_root dpkg -i "$pkg" >"$root/tmp/dpkg-upgrade.log" 2>&1 || { cat "$root/tmp/dpkg-upgrade.log" >&2; fail "dpkg -i (upgrade)"; }
check "the database was backed up before the upgrade" \
    "ls /var/lib/borne/backups/borne-*.db >/dev/null"
check "the backup is a readable copy, 0600 borne" \
    "b=\$(ls /var/lib/borne/backups/borne-*.db | head -n 1); test \"\$(stat -c '%a %U' \$b)\" = '600 borne' && test \"\$(sqlite3 \$b 'SELECT id FROM booking')\" = b-1"
check "postinst runs again without error (idempotent)" \
    "export DPKG_MAINTSCRIPT_PACKAGE=borne DPKG_MAINTSCRIPT_NAME=postinst; /var/lib/dpkg/info/borne.postinst configure '' && /var/lib/dpkg/info/borne.postinst configure ''"

step "removing (data, configuration and user stay)"
in_root dpkg -r borne >/dev/null
check "programs gone" "test ! -e /usr/bin/borne-kiosk && test ! -e /lib/systemd/system/borne-kiosk.service"
check "database kept" "test -f /var/lib/borne/borne.db"
check "configuration kept" "test -f /etc/borne/kiosk.properties"
check "user kept" "getent passwd borne >/dev/null"

step "purging (everything goes)"
in_root dpkg -P borne >/dev/null
check "package forgotten" "! dpkg-query -W borne 2>/dev/null | grep -q ."
check "data removed" "test ! -e /var/lib/borne"
check "configuration removed" "test ! -e /etc/borne"
check "user and group removed" "! getent passwd borne && ! getent group borne"
check "no unit links or masks left" "! ls /etc/systemd/system | grep -q borne && ! ls /etc/systemd/system/*.wants 2>/dev/null | grep -q borne"

echo "test-install: PASSED: $(basename "$deb") installs, upgrades, removes and purges cleanly in $suite"

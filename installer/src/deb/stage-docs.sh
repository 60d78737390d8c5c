#!/bin/sh
# stage-docs.sh STAGE-DIR PROJECT-VERSION
# Finishes the staged package trees (called by Maven in prepare-package): the changelog with
# the package's Debian version, man pages and changelog compressed as Debian wants them
# (gzip -9n), and the udev rules for the default USB ids.
set -eu

stage=$1
root=$stage/root
version=$(echo "$2" | sed 's/-SNAPSHOT$/~SNAPSHOT/; s/-/+/g' | tr 'A-Z' 'a-z')
when=$(date -R -u ${SOURCE_DATE_EPOCH:+-d @$SOURCE_DATE_EPOCH})

sed -e "s/{{deb.version}}/$version/" -e "s/{{date}}/$when/" \
    "$root/usr/share/doc/borne/changelog" >"$root/usr/share/doc/borne/changelog.tmp"
mv "$root/usr/share/doc/borne/changelog.tmp" "$root/usr/share/doc/borne/changelog"
gzip -9nf "$root/usr/share/doc/borne/changelog" "$stage"/*/usr/share/man/man1/*.1

sh "$root/usr/lib/borne/borne-udev-rules" --defaults --quiet --output "$root/lib/udev/rules.d/70-borne.rules"

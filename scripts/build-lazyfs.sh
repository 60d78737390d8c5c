#!/usr/bin/env bash
# Builds LazyFS (https://github.com/dsrhaslab/lazyfs), the FUSE file system that drops unsynced
# writes on command, for booking-core's PowerLossTest. Its code is not part of Borne: it is
# fetched and built here, into $BORNE_LAZYFS (default ~/.cache/borne/lazyfs).
#   bash scripts/build-lazyfs.sh                 # clone the pinned commit from GitHub
#   LAZYFS_SRC=/path/to/lazyfs bash scripts/build-lazyfs.sh   # build a checkout already here
# Needs FUSE 3 (installs fuse3, libfuse3-dev, cmake, g++, git when missing: install-deps.sh --lazyfs) and network access
# for LazyFS's own CMake dependencies (toml11 v3.7.1, spdlog v1.10.0) unless they are given as
# TOML_SRC and SPDLOG_SRC. The test runs only where /dev/fuse exists and mounting is allowed.
set -euo pipefail

LAZYFS_COMMIT=a47a5baea559020f29902662de77764b0cbd62ce
dest="${BORNE_LAZYFS:-$HOME/.cache/borne/lazyfs}"

bash "$(dirname "$0")/install-deps.sh" --lazyfs

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [ -n "${LAZYFS_SRC:-}" ]; then
  cp -r "$LAZYFS_SRC" "$work/lazyfs"
else
  git clone -q https://github.com/dsrhaslab/lazyfs "$work/lazyfs"
  git -C "$work/lazyfs" checkout -q "$LAZYFS_COMMIT"
fi

offline=()
[ -n "${TOML_SRC:-}" ] && offline+=("-DFETCHCONTENT_SOURCE_DIR_TOML=$TOML_SRC")
[ -n "${SPDLOG_SRC:-}" ] && offline+=("-DFETCHCONTENT_SOURCE_DIR_SPDLOG=$SPDLOG_SRC")

pcache="$work/lazyfs/libs/libpcache"
cmake -S "$pcache" -B "$pcache/build" "${offline[@]}" > "$work/cmake.log"
cmake --build "$pcache/build" -j2 >> "$work/cmake.log"
# LazyFS includes spdlog from libpcache's build tree, where FetchContent would have put it.
if [ -n "${SPDLOG_SRC:-}" ]; then
  mkdir -p "$pcache/build/_deps" && ln -sfn "$SPDLOG_SRC" "$pcache/build/_deps/spdlog-src"
fi
cmake -S "$work/lazyfs/lazyfs" -B "$work/lazyfs/lazyfs/build" -DLAZYFS_BUILD_TESTS=OFF >> "$work/cmake.log"
cmake --build "$work/lazyfs/lazyfs/build" -j2 >> "$work/cmake.log"

mkdir -p "$dest"
cp "$work/lazyfs/lazyfs/build/lazyfs" "$pcache"/build/libpcache.so* "$dest/"
echo "LazyFS built into $dest"

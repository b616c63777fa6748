#!/usr/bin/env bash
# Build upstream OpenOCD at one commit, for running our tests against a build
# other than Debian's 0.12.0 (e.g. the xPack default, upstream e5888bda3).
#
#   scripts/build-openocd.sh GIT_DIR COMMIT PREFIX [SRC_DIR]
#
# GIT_DIR is a clone (bare or not) of openocd-org/openocd, with its tags;
# COMMIT is checked out into SRC_DIR (default: PREFIX.src), which must not
# exist or be empty, so the build never touches a repository's work tree. The
# binary ends up in PREFIX/bin/openocd, its stock scripts in PREFIX/share/openocd.
#
# Submodules are not fetched (the build host may have no route to their
# hosts): jimtcl comes from Debian's libjim-dev, and the J-Link driver, which
# needs the libjaylink submodule, is left out. Debian packages needed:
#   build-essential autoconf automake libtool pkg-config texinfo
#   libusb-1.0-0-dev libjim-dev
# Runs at low priority (nice 15) because the machines it runs on are shared.
set -euo pipefail

if [ $# -lt 3 ] || [ $# -gt 4 ]; then
	echo "usage: $0 GIT_DIR COMMIT PREFIX [SRC_DIR]" >&2
	exit 2
fi
git_dir=$1
commit=$2
prefix=$(realpath -m "$3")
src=$(realpath -m "${4:-$prefix.src}")
jobs=${JOBS:-2}

for tool in autoconf automake libtoolize pkg-config makeinfo; do
	command -v "$tool" >/dev/null || {
		echo "$0: $tool is missing (apt-get install build-essential autoconf automake libtool pkg-config texinfo)" >&2
		exit 1
	}
done
# Debian's libjim-dev ships no jimtcl.pc; configure then falls back to jim.h.
pkg-config --exists jimtcl || [ -f /usr/include/jim.h ] || {
	echo "$0: jimtcl is missing (apt-get install libjim-dev)" >&2
	exit 1
}
pkg-config --exists libusb-1.0 || {
	echo "$0: libusb-1.0 is missing (apt-get install libusb-1.0-0-dev)" >&2
	exit 1
}

full=$(git -C "$git_dir" rev-parse --verify "$commit^{commit}") || {
	echo "$0: $commit is not a commit in $git_dir" >&2
	exit 1
}
if [ -e "$src" ] && [ -n "$(ls -A "$src")" ]; then
	echo "$0: $src is not empty; remove it or name another SRC_DIR" >&2
	exit 1
fi
# A shared clone (objects borrowed from GIT_DIR, nothing written there) rather
# than an archive: OpenOCD's guess-rev.sh runs `git describe` in the source
# tree to give the banner its `+dev-NNNNN-gHASH` suffix, which doctor reads.
git clone --quiet --shared --no-checkout "$git_dir" "$src"
git -C "$src" -c advice.detachedHead=false checkout --quiet "$full"
git -C "$src" describe --tags --long 2>/dev/null || true

cd "$src"
nice -n 15 ./bootstrap nosubmodule
nice -n 15 ./configure --prefix="$prefix" \
	--disable-werror --disable-internal-jimtcl --disable-jlink \
	--enable-remote-bitbang --enable-dummy --disable-doxygen-html
nice -n 15 make -j"$jobs"
nice -n 15 make install
"$prefix/bin/openocd" --version 2>&1 | head -n 1
echo "built $full into $prefix"

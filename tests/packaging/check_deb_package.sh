#!/bin/sh
# Builds Winnow's Debian package with CPack and checks it the way a
# distribution would: its name and control fields, its layout, the desktop
# entry and AppStream metainfo (with the freedesktop and AppStream
# validators), no RPATH, and that the unpacked program runs.
#
# Usage: check_deb_package.sh BUILD_DIR VERSION PROGRAM...
#   PROGRAM...  the built programs the package must hold, as paths in the
#               build tree (.../app/winnow, .../engine/cli/winnow-engine)
set -eu

[ $# -ge 3 ] || { echo "usage: $0 BUILD_DIR VERSION PROGRAM..." >&2; exit 2; }
build=$1 version=$2
shift 2
app_id=io.github.winnow_automl.Winnow

failures=0
fail() { echo "FAIL: $*" >&2; failures=$((failures + 1)); }
pass() { echo "PASS: $*"; }
need() { command -v "$1" >/dev/null || { echo "FAIL: $1 is missing (install $2)" >&2; exit 1; }; }

need cpack cmake
need dpkg-deb dpkg
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need readelf binutils

# CPack installs what is built; it builds nothing itself.
for built in "$@"; do
    [ -x "$built" ] || { echo "FAIL: $built is not built; build everything before packaging" >&2; exit 1; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/winnow-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

# 1. The package, named as Debian names it.
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack -G DEB failed" >&2
    exit 1
fi
deb="$work/out/winnow_${version}_$(dpkg --print-architecture).deb"
[ -f "$deb" ] || { ls "$work/out" >&2; echo "FAIL: no $(basename "$deb")" >&2; exit 1; }
pass "cpack wrote $(basename "$deb")"

# 2. Control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = winnow ] && pass "Package: winnow" || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] && pass "Version: $version" || fail "Version is '$(field Version)'"
[ "$(field Section)" = science ] && pass "Section: science" || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] && pass "has a Maintainer" || fail "no Maintainer"
[ -n "$(field Description)" ] && pass "has a Description" || fail "no Description"
depends=$(field Depends)
for library in libqt6widgets6 libqt6core6 libqt6svg6 libc6; do
    case "$depends" in
        *"$library"*) pass "depends on $library" ;;
        *) fail "Depends lacks $library: $depends" ;;
    esac
done

# 3. Layout.
root="$work/root"
dpkg-deb -x "$deb" "$root"
expect_file() {
    if [ -f "$root/$1" ]; then pass "ships /$1"; else fail "missing /$1"; fi
}
for built in "$@"; do
    program=$(basename "$built")
    expect_file "usr/bin/$program"
    [ -x "$root/usr/bin/$program" ] || fail "/usr/bin/$program is not executable"
    if readelf -d "$root/usr/bin/$program" | grep -Eq 'RPATH|RUNPATH'; then
        fail "/usr/bin/$program has an RPATH"
    else
        pass "/usr/bin/$program has no RPATH"
    fi
done
expect_file "usr/share/applications/$app_id.desktop"
expect_file "usr/share/metainfo/$app_id.metainfo.xml"
expect_file "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
expect_file "usr/share/winnow/samples/customer_churn.csv"
expect_file "usr/share/winnow/translations/winnow_pt_BR.qm"
expect_file "usr/share/winnow/translations/winnow_es.qm"
outside=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$outside" ] && pass "everything is under /usr" || fail "files outside /usr: $outside"

# 4. Desktop entry and metainfo.
desktop="$root/usr/share/applications/$app_id.desktop"
if desktop-file-validate "$desktop"; then pass "desktop-file-validate"; else fail "desktop-file-validate"; fi
grep -qx "Exec=winnow %F" "$desktop" && pass "Exec=winnow %F" || fail "Exec is not 'winnow %F'"
grep -qx "Icon=$app_id" "$desktop" && pass "Icon=$app_id" || fail "Icon is not $app_id"
grep -qx "MimeType=text/csv;" "$desktop" && pass "opens text/csv" || fail "MimeType is not text/csv"

metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
if appstreamcli validate --no-net "$metainfo"; then pass "appstreamcli validate"; else fail "appstreamcli validate"; fi
grep -q "<id>$app_id</id>" "$metainfo" && pass "metainfo id" || fail "metainfo id is not $app_id"
grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" \
    && pass "metainfo launches the desktop entry" || fail "metainfo launchable"
# The newest release, listed first, must be this version: bumping the
# version in CMake without a release entry fails here.
newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -n 1)
[ "$newest" = "$version" ] && pass "metainfo's newest release is $version" \
    || fail "metainfo's newest release is '$newest', the project is $version"

# 5. The unpacked program runs and knows its version.
output=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/winnow" --version 2>&1) || fail "winnow --version failed: $output"
[ "$output" = "winnow $version" ] && pass "winnow --version prints 'winnow $version'" \
    || fail "winnow --version printed '$output'"

if [ "$failures" -gt 0 ]; then
    echo "$failures check(s) failed" >&2
    exit 1
fi
echo "all checks passed"

#!/usr/bin/env bash
# The packaging check CI runs after the tests (.ci/run): builds the installers, checks that the README names what
# the build made, unpacks the .deb without installing it (no root needed) and uses its launcher with no Java on the
# machine's paths: --version, validate, a headless export-chart, and two window starts under Xvfb, the first
# without a class-data-sharing archive (the app makes one), the second with it; then with the archive made stale.
set -euo pipefail
cd "$(dirname "$0")/../.."

missing=()
command -v fakeroot >/dev/null || missing+=(fakeroot)
command -v dpkg-deb >/dev/null && command -v dpkg-shlibdeps >/dev/null || missing+=(dpkg-dev)
command -v Xvfb >/dev/null || missing+=(xvfb)
command -v xvfb-run >/dev/null || missing+=(xvfb xauth)
if ((${#missing[@]})); then
    apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
fi

fail() { echo "packaging check: FAILED: $*" >&2; exit 1; }
step() { echo "packaging check: $*"; }

mvn -B -q -Pinstaller package

# The README's install section names exactly the files the build made (its Linux ones: this is Linux).
made=$(cd target/installer && ls | sort)
named=$(sed -n '/^## Install/,/^## /p' README.md | grep -o 'target/installer/[A-Za-z0-9._-]*[A-Za-z0-9]' \
    | sed 's#target/installer/##' | grep -E '\.(deb|tar\.gz)$' | sort -u)
[[ "$made" == "$named" ]] || fail "README's Install names [$named], the build made [$made]"
step "README names what the build made: $(echo $made)"

work=$(mktemp -d)
xvfb_pid=
app_pid=
cleanup() {
    [[ -n "$app_pid" ]] && kill "$app_pid" 2>/dev/null || true
    [[ -n "$xvfb_pid" ]] && kill "$xvfb_pid" 2>/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

dpkg-deb -x target/installer/timeline-explorer_*_amd64.deb "$work/root"
app="$work/root/opt/timeline-explorer"
launcher="$app/bin/timeline-explorer"
archive="$app/lib/app/timeline-explorer.jsa"
mkdir -p "$work/home"
# No JAVA_HOME and no java on the path: the launcher must bring its own runtime.
bare=(env -i HOME="$work/home" PATH=/nonexistent LANG=C.UTF-8)

size=$(du -sb "$app" | cut -f1)
step "installed size without its start-up archive: $((size / 1000000)) MB"

version=$("${bare[@]}" "$launcher" --version)
[[ "$version" == "Timeline Explorer "* ]] || fail "--version printed: $version"
step "--version: $version"

"${bare[@]}" "$launcher" validate resources/us-iraq-since-2003.json || fail "validate of the bundled dataset"

"${bare[@]}" "$launcher" export-chart --series us-troops --width 800 --height 450 --out "$work/chart.png" \
    || fail "export-chart without a display"
[[ "$(head -c 8 "$work/chart.png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "chart.png is no PNG"
step "export-chart without a display wrote $(stat -c %s "$work/chart.png") bytes of PNG"

# Window starts: a display of our own.
for n in $(seq 90 120); do [[ -e /tmp/.X11-unix/X$n ]] || break; done
Xvfb ":$n" -screen 0 1280x720x24 -nolisten tcp >/dev/null 2>&1 &
xvfb_pid=$!
for _ in $(seq 50); do [[ -e /tmp/.X11-unix/X$n ]] && break; sleep 0.1; done
window=("${bare[@]}" DISPLAY=":$n")

# Starts the window, waits for its first frame, and leaves it running as $app_pid.
start_window() {
    "${window[@]}" "$@" "$launcher" --measure-startup >"$work/window.out" 2>&1 &
    app_pid=$!
    for _ in $(seq 600); do grep -q '^startup: first frame' "$work/window.out" && return 0; sleep 0.1; done
    cat "$work/window.out" >&2
    fail "the window printed no first frame"
}
stop_window() { kill "$app_pid"; wait "$app_pid" 2>/dev/null || true; app_pid=; }
wait_for_archive() {
    for _ in $(seq 1800); do [[ -e "$archive" ]] && return 0; sleep 0.1; done
    fail "the app made no class-data-sharing archive at $archive"
}

[[ ! -e "$archive" ]] || fail "the package carries an archive, which cannot fit another place"
start_window
step "without an archive the window starts: $(grep '^startup' "$work/window.out")"
wait_for_archive
stop_window
"${window[@]}" JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 \
    || fail "the archive the app made is not used (-Xshare:on refuses it)"
start_window
step "with the archive it made ($(($(stat -c %s "$archive") / 1000000)) MB, -Xshare:on accepts it): $(grep '^startup' "$work/window.out")"
stop_window

# A changed jar makes the archive stale: the JVM must refuse it, the app start without it and make a new one.
sleep 1
touch "$app/lib/app/timeline-explorer-app.jar"
if "${window[@]}" JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1; then
    fail "a stale archive was used"
fi
before=$(stat -c %Y "$archive")
start_window
step "with a stale archive the window starts: $(grep '^startup' "$work/window.out")"
for _ in $(seq 1800); do [[ $(stat -c %Y "$archive") != "$before" ]] && break; sleep 0.1; done
stop_window
"${window[@]}" JAVA_TOOL_OPTIONS=-Xshare:on "$launcher" --version >/dev/null 2>&1 \
    || fail "the stale archive was not made again"
size=$(du -sb "$app" | cut -f1)
((size < 90000000)) || fail "the installed app with its start-up archive takes $size bytes, above 90 MB"
step "the stale archive was made again; with it: $((size / 1000000)) MB installed"
step "passed"

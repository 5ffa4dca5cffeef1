#!/bin/sh
# The kiosk under the compositor for real: a headless cage (wlroots' headless backend, pixman
# renderer), as a non-root user (cage refuses root), the kiosk on QT_QPA_PLATFORM=wayland (Qt
# Quick on OpenGL/llvmpipe, as in a hall). Checks the first frame and the snapshots: Home is
# not blank, the item guide's QR decodes with zbarimg.
# Usage: cage_check.sh TONGBAN-KIOSK OUTDIR      (exit 77: cage is not installed: skipped)
set -eu
kiosk=$(readlink -f "$1")
out=$2
command -v cage >/dev/null || { echo "cage not installed: skipped"; exit 77; }
rm -rf "$out"
mkdir -p "$out"
# The run happens in a private folder under /tmp with its own copy of the kiosk (QML and the
# default content are compiled in), so it works whatever the permissions of the build folder.
work=$(mktemp -d /tmp/tongban-cage.XXXXXX)
trap 'cp "$work"/*.log "$work"/*.png "$out"/ 2>/dev/null || true; rm -rf "$work"' EXIT
cp "$kiosk" "$work/tongban-kiosk"
kiosk=$work/tongban-kiosk
run_as=""
if [ "$(id -u)" -eq 0 ]; then
    # cage refuses to run as root: the checks run as nobody.
    chown -R nobody "$work"
    run_as="runuser -u nobody --"
fi
chmod 0700 "$work"

under_cage() { # under_cage LOG KIOSK-ARGS…
    log=$1
    shift
    # cage exits when its one client does; a kiosk that never gets a frame is stopped here.
    if ! timeout 90 $run_as env -i PATH=/usr/bin:/bin HOME="$work" XDG_RUNTIME_DIR="$work" LANG=C.UTF-8 TZ=Asia/Shanghai \
        WLR_BACKENDS=headless WLR_RENDERER=pixman WLR_HEADLESS_OUTPUTS=1 WLR_LIBINPUT_NO_DEVICES=1 \
        QT_QPA_PLATFORM=wayland QT_WAYLAND_DISABLE_WINDOWDECORATION=1 \
        cage -d -- "$kiosk" --data "$work/data" --fullscreen "$@" >"$work/$log" 2>&1; then
        echo "kiosk under cage failed ($*):"
        cat "$work/$log"
        exit 1
    fi
}

under_cage first-frame.log --first-frame
frame=$(grep -o 'first_frame_ms=[0-9]*' "$work/first-frame.log" || true)
[ -n "$frame" ] || { echo "no first frame under cage:"; cat "$work/first-frame.log"; exit 1; }
under_cage snapshot.log --snapshot "$work/home.png"
item=$(sed -n 2p "$(dirname "$0")/../../db/seed/items.csv" | cut -d, -f1)
under_cage guide.log --snapshot "$work/guide.png" --item "$item"
for png in home guide; do
    size=$(stat -c %s "$work/$png.png" 2>/dev/null || echo 0)
    [ "$size" -gt 20000 ] || { echo "$png.png is only $size bytes: a blank screen?"; cat "$work/"*.log; exit 1; }
done
qr=$(zbarimg --quiet --raw "$work/guide.png" 2>/dev/null | head -n 1)
case "$qr" in
https://*) ;;
*) echo "the item guide's QR under cage decodes to '$qr'"; exit 1 ;;
esac
echo "cage: $frame, home.png $(stat -c %s "$work/home.png") bytes, guide QR $qr"

#!/usr/bin/env bash
# tools/kiosk package --check: the two packages installed, not just built. In a clean Debian 12
# root made by mmdebstrap (packages from Debian's archive), install both, then run the
# *installed* programs there: tongban-content validate on the shipped seed, tongban-kiosk
# --snapshot (its QR decoded on the host with zbarimg), systemd-analyze verify on the unit, the
# maintainer scripts' results (user, 0600 settings, enabled but not started); then purge and
# check the data is gone. The root is thrown away (mmdebstrap's target /dev/null).
# Usage: tools/package-check.sh tongban-content_*.deb tongban-kiosk_*.deb
set -euo pipefail
content_deb=$(readlink -f "$1")
kiosk_deb=$(readlink -f "$2")
out=$(mktemp -d /tmp/tongban-package-check.XXXXXX)
trap 'rm -rf "$out"' EXIT
log() { printf '\033[1m[package --check]\033[0m %s\n' "$*" >&2; }

cp "$content_deb" "$kiosk_deb" "$out/"
cat >"$out/installed.sh" <<'INSIDE'
#!/bin/sh
# Runs inside the clean root after the installation.
set -eu
say() { echo "[clean root] $*"; }
say "$(dpkg-query -W -f='${Package} ${Version} ${db:Status-Status}; ' tongban-content tongban-kiosk)"
tongban-content validate /usr/share/tongban/seed
say "tongban-content validate /usr/share/tongban/seed: ok"
id tongban
test "$(stat -c %a:%U /var/lib/tongban/kiosk.ini)" = 600:tongban
say "/var/lib/tongban/kiosk.ini: 0600 tongban"
test "$(systemctl is-enabled tongban-kiosk.service)" = enabled
say "tongban-kiosk.service: enabled (and not started: no systemd runs here)"
systemd-analyze verify /lib/systemd/system/tongban-kiosk.service
say "systemd-analyze verify tongban-kiosk.service: ok"
item=$(sed -n 2p /usr/share/tongban/seed/items.csv | cut -d, -f1)
runuser -u tongban -- env QT_QPA_PLATFORM=offscreen \
    tongban-kiosk --data /var/lib/tongban --snapshot /tmp/snapshot.png --item "$item"
say "installed tongban-kiosk --snapshot (guide of $item): $(stat -c %s /tmp/snapshot.png) bytes"
INSIDE
cat >"$out/purged.sh" <<'INSIDE'
#!/bin/sh
set -eu
test ! -e /var/lib/tongban
test ! -e /usr/bin/tongban-kiosk
test ! -e /usr/bin/tongban-content
echo "[clean root] purged: /var/lib/tongban and both programs gone"
INSIDE

root_env='chroot "$1" env LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive'
log "mmdebstrap bookworm, install $(basename "$content_deb") $(basename "$kiosk_deb") with their dependencies"
# man-db: systemd-analyze verify checks the unit's Documentation=man:tongban-kiosk(1) with man.
mmdebstrap --quiet --variant=apt --include=man-db \
    --customize-hook="copy-in $out/$(basename "$content_deb") $out/$(basename "$kiosk_deb") $out/installed.sh $out/purged.sh /tmp" \
    --customize-hook="$root_env apt-get install -y -q --no-install-recommends /tmp/$(basename "$content_deb") /tmp/$(basename "$kiosk_deb") >/dev/null" \
    --customize-hook="$root_env sh /tmp/installed.sh" \
    --customize-hook="copy-out /tmp/snapshot.png $out" \
    --customize-hook="$root_env apt-get purge -y -q tongban-kiosk tongban-content >/dev/null" \
    --customize-hook="$root_env sh /tmp/purged.sh" \
    bookworm /dev/null
qr=$(zbarimg --quiet --raw "$out/snapshot.png" 2>/dev/null | head -n 1)
[ -n "$qr" ] || { log "the installed kiosk's snapshot has no QR code"; exit 1; }
log "the installed kiosk's snapshot decodes to: $qr"
log "ok"

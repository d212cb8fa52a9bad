#!/usr/bin/env bash
# Installs what AdminUI needs on a Debian/Ubuntu machine: the system libraries Qt needs
# (offscreen, under Xvfb and on a desktop), a Secret Service for the keyring, and the
# project itself with its lab (OpenBao, PostgreSQL, Raft) into .venv.
#   packaging/setup.sh          the console and the lab
#   packaging/setup.sh --test   the same plus everything the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

extras="lab"
if [[ "${1:-}" == "--test" ]]; then
    extras="lab,test"
fi

system_packages=(
    python3 python3-venv
    # Qt offscreen: EGL/GL, fonts, GLib, D-Bus, xkbcommon
    libegl1 libgl1 libfontconfig1 fonts-dejavu-core libglib2.0-0 libdbus-1-3 libxkbcommon0
    # a real window (on a desktop or under Xvfb)
    xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0
    # a Secret Service for the keyring
    dbus gnome-keyring
    # rendering PDF reports to images in tests
    poppler-utils
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
    for pkg in "${system_packages[@]}"; do
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$pkg")
        fi
    done
fi
if ((${#missing[@]})); then
    sudo=""
    if [[ $(id -u) -ne 0 ]]; then
        sudo="sudo"
    fi
    echo "Installing system packages: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
fi

python="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[${extras}]"
for ts in resources/translations/*.ts; do .venv/bin/pyside6-lrelease -silent "$ts" -qm "${ts%.ts}.qm"; done
echo "AdminUI is installed in .venv (extras: ${extras})."

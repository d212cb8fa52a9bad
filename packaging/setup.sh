#!/usr/bin/env bash
# Installs what AdminUI needs on a Debian/Ubuntu machine: the system libraries Qt needs
# (offscreen, under Xvfb and on a desktop), a Secret Service for the keyring, and the
# project itself with its lab (OpenBao, PostgreSQL, Raft) into .venv.
#   packaging/setup.sh          the console and the lab
#   packaging/setup.sh --test   the same plus everything the test suite needs
set -euo pipefail
cd "$(dirname "$0")/.."

extras="lab"
with_tests=0
if [[ "${1:-}" == "--test" ]]; then
    extras="lab,test"
    with_tests=1
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
    sudo="sudo"
fi

installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

# Installs the Debian packages named that are not installed yet. With services=no,
# the packages' services are kept from starting (a policy-rc.d that refuses) and left
# disabled: the tests run the binaries themselves, on loopback, with their own files.
apt_updated=0
install_packages() {
    local services="$1"
    shift
    command -v dpkg-query >/dev/null 2>&1 || return 0
    local missing=()
    for pkg in "$@"; do
        installed "$pkg" || missing+=("$pkg")
    done
    ((${#missing[@]})) || return 0
    echo "Installing system packages: ${missing[*]}"
    if ((!apt_updated)); then
        $sudo apt-get update -qq
        apt_updated=1
    fi
    local policy=/usr/sbin/policy-rc.d made_policy=0
    if [[ "$services" == "no" && ! -e "$policy" ]]; then
        printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null
        $sudo chmod 755 "$policy"
        made_policy=1
    fi
    local status=0
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null || status=$?
    if ((made_policy)); then
        $sudo rm -f "$policy"
    fi
    if [[ "$services" == "no" ]] && command -v systemctl >/dev/null 2>&1; then
        for pkg in "${missing[@]}"; do
            $sudo systemctl disable "$pkg.service" >/dev/null 2>&1 || true
        done
    fi
    return $status
}

install_packages yes \
    python3 python3-venv \
    libegl1 libgl1 libfontconfig1 fonts-dejavu-core libglib2.0-0 libdbus-1-3 libxkbcommon0 \
    xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxkbcommon-x11-0 \
    dbus gnome-keyring

python="${PYTHON:-python3}"
if ((with_tests)); then
    # PyInstaller (the bundle test) needs objdump and the interpreter's shared library,
    # which Debian's python3 does not pull in; its package follows the interpreter's
    # version (libpython3.11 on Debian 12).
    libpython=$("$python" -c 'import sys; print("libpython%d.%d" % sys.version_info[:2])')
    install_packages yes \
        poppler-utils binutils "$libpython" desktop-file-utils appstream
    # The generated load-balancer configurations are checked by nginx and keepalived;
    # keepalived also wants the programs its generated check scripts run.
    install_packages yes curl
    install_packages no nginx libnginx-mod-stream keepalived systemd
fi

if [[ ! -x .venv/bin/python ]]; then
    "$python" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[${extras}]"
bash packaging/build-translations.sh .venv/bin/python
echo "AdminUI is installed in .venv (extras: ${extras})."

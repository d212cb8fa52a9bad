#!/usr/bin/env bash
# Builds the one-folder bundle dist/adminui/ with PyInstaller (installed into .venv).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
.venv/bin/python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/adminui.spec
echo "Bundle: dist/adminui/adminui"

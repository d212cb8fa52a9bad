#!/usr/bin/env bash
# Compiles the translation sources (resources/translations/*.ts) into the .qm files the
# application loads, with the lrelease of the PySide6 that the given interpreter imports.
#   packaging/build-translations.sh [python]
set -euo pipefail
cd "$(dirname "$0")/.."
python="${1:-python3}"
for ts in resources/translations/*.ts; do
    "$python" -c 'import sys
from PySide6.scripts.pyside_tool import lrelease
sys.argv = ["lrelease", *sys.argv[1:]]
lrelease()' -silent "$ts" -qm "${ts%.ts}.qm"
done

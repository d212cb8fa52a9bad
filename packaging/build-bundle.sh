#!/usr/bin/env bash
# Builds the one-folder bundle dist/adminui/ with PyInstaller, translations included.
# The interpreter is $PYTHON, else the active virtual environment's, else this
# checkout's .venv, else python3 from PATH; it must import adminui and PyInstaller
# (`pip install -e '.[test]'` installs both).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -n "${PYTHON:-}" ]]; then
    python="$PYTHON"
elif [[ -n "${VIRTUAL_ENV:-}" && -x "$VIRTUAL_ENV/bin/python" ]]; then
    python="$VIRTUAL_ENV/bin/python"
elif [[ -x .venv/bin/python ]]; then
    python=.venv/bin/python
else
    python=python3
fi
if ! "$python" -c 'import adminui, PyInstaller' 2>/dev/null; then
    echo "$python cannot import adminui and PyInstaller: run bash packaging/setup.sh --test," >&2
    echo "or set PYTHON to an interpreter that has them." >&2
    exit 1
fi
bash packaging/build-translations.sh "$python"
"$python" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath dist --workpath build/pyinstaller packaging/adminui.spec
echo "Bundle: dist/adminui/adminui"

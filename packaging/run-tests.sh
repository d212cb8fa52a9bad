#!/usr/bin/env bash
# Installs what the tests need, checks style and types, and runs the whole test suite,
# the real lab (OpenBao, PostgreSQL, Core nodes on 127.0.0.1) included.
set -euo pipefail
cd "$(dirname "$0")/.."

bash packaging/setup.sh --test

export QT_QPA_PLATFORM=offscreen
echo "== system tools"
.venv/bin/python -m tests.system_tools
echo "== ruff"
.venv/bin/ruff check adminui tests bench
echo "== mypy (strict, every layer)"
.venv/bin/mypy
echo "== import contracts"
.venv/bin/lint-imports
echo "== pytest"
set +e
.venv/bin/python -m pytest "$@"
status=$?
set -e
if [[ $status -eq 5 ]]; then
    echo "pytest collected no tests."
    status=0
fi
exit $status

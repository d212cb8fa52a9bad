#!/usr/bin/env bash
# Regenerates the translation sources (resources/translations/adminui_*.ts) with Qt's
# lupdate: tr() texts of adminui/ui, and the Sentence("...") templates of the lower
# layers (read as Qt's QT_TR_NOOP; they land in the context with no name). Existing translations are kept; new
# texts arrive as "unfinished", texts no longer in the code are dropped. Translate them
# with Qt Linguist (or by editing the XML), then run packaging/setup.sh (or lrelease) to
# build the .qm files the application loads.
#   packaging/update-translations.sh    (TS_DIR=<dir> writes the .ts files elsewhere)
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate="${LUPDATE:-.venv/bin/pyside6-lupdate}"
sources=()
while IFS= read -r -d '' file; do
    sources+=("$file")
done < <(find adminui -name '*.py' -print0 | sort -z)

out="${TS_DIR:-resources/translations}"
mkdir -p "$out"
for language in ru en; do
    "$lupdate" -silent -no-obsolete -locations relative \
        -tr-function-alias QT_TR_NOOP+=Sentence \
        -source-language en -target-language "$language" \
        "${sources[@]}" -ts "$out/adminui_${language}.ts"
done
echo "Updated $out/adminui_{ru,en}.ts from ${#sources[@]} files."

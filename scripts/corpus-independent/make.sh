#!/bin/sh
# Regenerates fixtures/corpus-independent/: the expected text forms (<doc>.txt), one PDF
# per variant of scripts/corpus-independent/variants.mjs, and manifest.json. Run by hand;
# CI never runs it (it has none of the converters). See fixtures/corpus-independent/README.md.
#
#   sh scripts/corpus-independent/make.sh            # everything
#   sh scripts/corpus-independent/make.sh d2--       # only the variants whose name contains "d2--"
#
# Needs (Debian 12): libreoffice-writer libreoffice-calc python3-uno chromium
#   wkhtmltopdf poppler-utils qpdf python3-reportlab python3-openpyxl
#   fonts-liberation fonts-dejavu-core, and Node >= 20.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/scripts/corpus-independent"
out="$root/fixtures/corpus-independent"
filter=${1:-}
# A fixed work folder: Chromium prints the page's URL in its footer.
work=/tmp/asm-corpus
rm -rf "$work"
mkdir -p "$work/home" "$out"
export HOME="$work/home" TZ=America/Mexico_City LC_ALL=C.UTF-8 SOURCE_DATE_EPOCH=1475280000
PY=/usr/bin/python3

node "$here/generate.mjs" "$work" $filter

writer=""
while IFS="$(printf '\t')" read -r name producer options; do
  case "$producer" in
    writer) writer="$writer $work/$name.html" ;;
    calc)
      "$PY" "$here/render_calc.py" "$work/$name.json" "$work/$name.xlsx"
      (cd "$work" && libreoffice --headless -env:UserInstallation="file://$work/calc-profile" \
        --convert-to pdf "$name.xlsx" >/dev/null 2>&1) ;;
    reportlab)
      "$PY" "$here/render_reportlab.py" "$work/$name.json" "$work/$name.pdf" ;;
    chromium)
      chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
        --disable-component-update --disable-sync --user-data-dir="$work/chromium-profile" \
        $options --print-to-pdf="$work/$name.pdf" "file://$work/$name.html" >/dev/null 2>&1 ;;
    wkhtmltopdf)
      # shellcheck disable=SC2086
      QT_QPA_PLATFORM=offscreen wkhtmltopdf -q $options "$work/$name.html" "$work/$name.pdf" >/dev/null 2>&1 ;;
  esac
done <"$work/jobs.tsv"
if [ -n "$writer" ]; then
  # shellcheck disable=SC2086
  "$PY" "$here/writer_convert.py" "$work/writer-profile" $writer
fi

# Fixed metadata and IDs: no creation/modification dates, deterministic /ID.
while IFS="$(printf '\t')" read -r name producer options; do
  "$PY" "$here/finish_pdf.py" "$work/$name.pdf" "$out/$name.pdf" "$producer"
done <"$work/jobs.tsv"

node "$here/manifest.mjs" "$out" "$work"
ls -l "$out"

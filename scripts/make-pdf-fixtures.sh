#!/bin/sh
# Remake the PDF fixtures in fixtures/pdf/. The PDFs are committed because CI
# has no LibreOffice; run this only to change them.
#
# Needs (Debian): apt-get install -y libreoffice-writer poppler-utils qpdf \
#                 fonts-liberation
#   and Node >= 20 for the HTML generator.
#
#   sh scripts/make-pdf-fixtures.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/fixtures/pdf"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# 1. HTML from the seed's text, and from two invented documents whose text
#    forms (multi-activity.txt, two-periods.txt) go to fixtures/pdf as well:
#    multi-activity (ruled; one ASM with three activities, rowspan) and
#    two-periods (no lines; two tables, one per period, on one page).
node "$root/scripts/pdf-fixtures/make-html.mjs" "$root/fixtures/seed-e006-2015-09.txt" "$work"
cp "$work/multi-activity.txt" "$work/two-periods.txt" "$out/"

# 2. HTML -> PDF with Writer (not Writer/Web, which ignores @page and drops
#    text). Landscape Letter comes from the @page rule; <thead> repeats.
for name in seed-ruled seed-borderless multi-activity two-periods; do
  (cd "$work" && HOME="$work" libreoffice --headless --infilter="HTML (StarWriter)" \
    --convert-to pdf:writer_pdf_Export "$name.html" >/dev/null 2>&1)
  cp "$work/$name.pdf" "$out/$name.pdf"
done

# 3. Broken inputs.
#    truncated: the first half of a real PDF (no xref, no trailer, cut stream).
size=$(wc -c <"$out/seed-ruled.pdf")
head -c $((size / 2)) "$out/seed-ruled.pdf" >"$out/truncated.pdf"
#    encrypted: needs a user password to open.
qpdf --encrypt secreto secreto-owner 256 -- "$out/multi-activity.pdf" "$out/encrypted.pdf"
#    scanned: page 1 of the seed as a grey image, no text layer.
#    (Writer places the JPEG on a landscape page of its own; no ImageMagick.)
pdftoppm -f 1 -l 1 -r 70 -gray -jpeg -jpegopt quality=60 -singlefile "$out/seed-ruled.pdf" "$work/scan"
cat >"$work/scanned.html" <<'HTML'
<!DOCTYPE html><html><head><meta charset="utf-8"><style>@page { size: 27.94cm 21.59cm; margin: 0.5cm }</style></head>
<body><p><img src="scan.jpg" width="1000" alt=""></p></body></html>
HTML
(cd "$work" && HOME="$work" libreoffice --headless --infilter="HTML (StarWriter)" \
  --convert-to pdf:writer_pdf_Export scanned.html >/dev/null 2>&1)
cp "$work/scanned.pdf" "$out/scanned.pdf"

ls -l "$out"

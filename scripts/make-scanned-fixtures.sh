#!/bin/sh
# Remake the scanned fixtures in fixtures/scanned/ (issue 16): PDFs with no
# text layer, made from the born-digital fixtures of fixtures/pdf/ the way a
# printed and scanned report looks: rendered at 300 dpi in grey, turned by a
# fraction of a degree, speckled with noise, JPEG-compressed, and wrapped back
# into a PDF that holds only the image. Committed (CI has none of these tools).
#
# Needs (Debian): apt-get install -y poppler-utils img2pdf python3-pil
#
#   sh scripts/make-scanned-fixtures.sh
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/fixtures/scanned"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# name, source PDF, pages, rotation (degrees), noise (grey levels), JPEG quality
scan() {
  name=$1 source=$2 first=$3 last=$4 angle=$5 noise=$6 quality=$7
  pdftoppm -r 300 -gray -png -f "$first" -l "$last" "$root/fixtures/pdf/$source" "$work/$name"
  for page in "$work/$name"-*.png; do
    /usr/bin/python3 - "$page" "$angle" "$noise" "$quality" <<'PY'
import random, sys
from PIL import Image
path, angle, noise, quality = sys.argv[1], float(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
random.seed(16)  # the same fixture on every run
image = Image.open(path).convert('L').rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=255)
pixels = image.load()
width, height = image.size
for _ in range(width * height // 80):  # speckle: a pixel in eighty, darker or lighter
    x, y = random.randrange(width), random.randrange(height)
    pixels[x, y] = max(0, min(255, pixels[x, y] + random.randint(-noise, noise)))
image.save(path[:-4] + '.jpg', 'JPEG', quality=quality, dpi=(300, 300))
PY
  done
  img2pdf --output "$out/$name.pdf" "$work/$name"-*.jpg
}

scan multi-activity multi-activity.pdf 1 1 0.4 50 80
scan two-periods two-periods.pdf 1 1 -0.3 40 75
ls -l "$out"

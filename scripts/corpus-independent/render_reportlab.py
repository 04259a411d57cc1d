#!/usr/bin/python3
"""A programmatic PDF writer (python3-reportlab) that lays out the ASM table
itself, as an agency's own report generator would: column widths, word
wrapping, cell padding, vertical alignment, merged ASM cells, page breaks
that split a row across pages, header repeated or only on the first page,
running head and page numbers, rules as stroked lines or as thin filled
rectangles, pages stored with /Rotate 90 while reading upright.

Text is drawn one run per word (variant "runs": "word") or one run per
character (x advanced by stringWidth, "runs": "glyph"), optionally in a
shuffled order (fixed seed), never as whole lines.

    /usr/bin/python3 render_reportlab.py SPEC.json OUT.pdf
SPEC.json is written by generate.mjs: {"doc": ..., "variant": ...}.
Also writes OUT.stats.json: pages, titleLines, headerLines, rowsCutByPageBreak.
"""
import json
import random
import sys

from reportlab.lib.pagesizes import A4, LEGAL, LETTER
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

FONTS = {
    "liberation": ("LiberationSans", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf",
                   "LiberationSans-Bold", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"),
    "dejavu": ("DejaVuSans", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
               "DejaVuSans-Bold", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"),
}
PAPER = {"letter": LETTER, "legal": LEGAL, "a4": A4}
ASPECT_KEYS = {"number", "text", "reportMonth", "average"}
PAD = 2.5  # cell padding, pt
RULE = 0.6  # rule thickness, pt (filled rectangles are this high)


class Fonts:
    def __init__(self, family):
        regular, regular_path, bold, bold_path = FONTS[family]
        pdfmetrics.registerFont(TTFont(regular, regular_path))
        pdfmetrics.registerFont(TTFont(bold, bold_path))
        self.regular, self.bold = regular, bold

    def width(self, text, bold, size):
        return pdfmetrics.stringWidth(text, self.bold if bold else self.regular, size)


def break_long_word(word, fonts, bold, size, width):
    """Cut a word wider than the cell: after '/', '_', '-' or '.' where possible, else anywhere."""
    pieces = []
    rest = word
    while fonts.width(rest, bold, size) > width and len(rest) > 1:
        cut = 1
        while cut < len(rest) and fonts.width(rest[: cut + 1], bold, size) <= width:
            cut += 1
        soft = max(rest.rfind(c, 0, cut) for c in "/_-.")
        if soft >= 2:
            cut = soft + 1
        pieces.append(rest[:cut])
        rest = rest[cut:]
    pieces.append(rest)
    return pieces


def wrap(text, fonts, bold, size, width):
    """Greedy word wrap; returns a list of lines (strings)."""
    if not text:
        return []
    lines = []
    line = ""
    for word in text.split():
        candidate = f"{line} {word}" if line else word
        if fonts.width(candidate, bold, size) <= width:
            line = candidate
            continue
        if line:
            lines.append(line)
        pieces = break_long_word(word, fonts, bold, size, width)
        lines.extend(pieces[:-1])
        line = pieces[-1]
    if line:
        lines.append(line)
    return lines


class Layout:
    """Positions in a virtual strip (y grows downward from 0) for one table."""

    def __init__(self):
        self.texts = []  # (x, y_top, line, bold, size, align_width, align)
        self.hrules = []  # (x0, x1, y)
        self.vrules = []  # (x, y0, y1)
        self.row_bounds = []  # (y0, y1) of each body row group, for cut detection


def place_cell(layout, lines, x, width, top, height, valign, align, bold, size, lh):
    used = len(lines) * lh
    inner = height - 2 * PAD
    if valign == "top":
        y = top + PAD
    elif valign == "bottom":
        y = top + PAD + inner - used
    else:
        y = top + PAD + (inner - used) / 2
    for line in lines:
        layout.texts.append((x + PAD, y, line, bold, size, width - 2 * PAD, align))
        y += lh


def layout_header(doc, v, fonts, xs, widths, size):
    lh = size * 1.2
    cells = []
    for i, (key, header) in enumerate(doc["columns"]):
        cells.append(wrap(header, fonts, True, size, widths[i] - 2 * PAD))
    lines = max(len(c) for c in cells)
    height = lines * lh + 2 * PAD
    layout = Layout()
    for i, (key, _) in enumerate(doc["columns"]):
        align = v.get("headerNumberAlign", "left") if key == "number" else "left"
        place_cell(layout, cells[i], xs[i], widths[i], 0, height, v["headerAlign"], align, True, size, lh)
    return layout, height, lines


def layout_body(doc, period, v, fonts, xs, widths, size):
    """The table body in virtual coordinates. Returns (layout, height)."""
    lh = size * 1.2
    keys = [key for key, _ in doc["columns"]]
    layout = Layout()
    y = 0.0
    rows = period["rows"]
    i = 0
    while i < len(rows):
        count = rows[i]["activityCount"] if v.get("merge") else 1
        group = rows[i: i + count]
        merged = v.get("merge") and count > 1
        wrapped = [[wrap(cell, fonts, False, size, widths[c] - 2 * PAD) for c, cell in enumerate(r["cells"])] for r in group]
        heights = []
        for r, cells in enumerate(wrapped):
            n = max([len(cells[c]) for c in range(len(keys)) if not (merged and keys[c] in ASPECT_KEYS)] + [1])
            heights.append(n * lh + 2 * PAD)
        if merged:
            need = max(len(wrapped[0][c]) for c in range(len(keys)) if keys[c] in ASPECT_KEYS) * lh + 2 * PAD
            if need > sum(heights):
                heights[-1] += need - sum(heights)
        top = y
        for r, cells in enumerate(wrapped):
            for c, key in enumerate(keys):
                if merged and key in ASPECT_KEYS:
                    continue
                align = v.get("numberAlign", "left") if key == "number" else "left"
                place_cell(layout, cells[c], xs[c], widths[c], y, heights[r], v["bodyAlign"], align, False, size, lh)
            if r < len(wrapped) - 1:
                # rule between activity rows: only across the columns that are not merged
                for c, key in enumerate(keys):
                    if not (merged and key in ASPECT_KEYS):
                        layout.hrules.append((xs[c], xs[c] + widths[c], y + heights[r], "inner"))
            y += heights[r]
        if merged:
            for c, key in enumerate(keys):
                if key in ASPECT_KEYS:
                    align = v.get("numberAlign", "left") if key == "number" else "left"
                    place_cell(layout, wrapped[0][c], xs[c], widths[c], top, y - top, v["bodyAlign"], align, False, size, lh)
        layout.hrules.append((xs[0], xs[-1] + widths[-1], y, "group"))
        layout.row_bounds.append((top, y))
        i += count
    return layout, y


class Page:
    def __init__(self):
        self.texts = []  # (x, baseline_y_from_top, text, bold, size, align_width, align)
        self.rects = []  # (x0, y0_top, x1, y1_top) lines, in top-down coordinates
        self.table_top = None


def paginate(doc, v, fonts, page_w, page_h):
    margin = v.get("marginPt", 36)
    size = v["fontSize"]
    head_size = v.get("headerFontSize", size)
    table_w = page_w - 2 * margin
    total = sum(v["colWidths"])
    widths = [table_w * w / total for w in v["colWidths"]]
    xs = [margin + sum(widths[:i]) for i in range(len(widths))]
    top_limit = margin + (14 if v.get("runningHead") else 0)
    bottom_limit = page_h - margin - (10 if v.get("pageNumbers") else 0)
    pages = [Page()]
    stats = {"titleLines": 0, "headerLines": 0, "rowsCutByPageBreak": False}
    cursor = margin

    def new_page():
        nonlocal cursor
        pages.append(Page())
        cursor = top_limit

    def paragraph(text, bold, psize, align, width=None, gap=2):
        nonlocal cursor
        lh = psize * 1.25
        w = width or table_w
        lines = wrap(text, fonts, bold, psize, w)
        if cursor + lh * len(lines) > bottom_limit:
            new_page()
        x0 = margin + (table_w - w) / 2
        for line in lines:
            pages[-1].texts.append((x0, cursor, line, bold, psize, w, align))
            cursor += lh
        cursor += gap
        return len(lines)

    title_w = table_w * v.get("titleWidthFraction", 0.62)
    stats["titleLines"] = paragraph(doc["title"], True, size + 3, "center", title_w, 3)
    paragraph(doc["institution"], True, size + 2, "center")
    paragraph(doc["documentType"], False, size + 1, "center")
    paragraph(doc["program"], False, size + 1, "center", gap=8)

    for period in doc["periods"]:
        if cursor + (size + 2) * 3 > bottom_limit:
            new_page()
        paragraph(f"Periodo {period['period']}", True, size + 1, "left", gap=3)
        if period["statement"]:
            paragraph(period["statement"], False, size, "left", gap=8)
            continue
        header, header_h, header_lines = layout_header(doc, v, fonts, xs, widths, head_size)
        stats["headerLines"] = max(stats["headerLines"], header_lines)
        body, body_h = layout_body(doc, period, v, fonts, xs, widths, size)
        start = 0.0
        first = True
        while start < body_h - 0.01:
            with_header = first or v["headerRepeat"]
            need_min = (header_h if with_header else 0) + size * 1.2 + 2 * PAD
            if cursor + need_min > bottom_limit:
                new_page()
            page = pages[-1]
            frag_top = cursor
            if with_header:
                for (x, y, line, bold, s, aw, al) in header.texts:
                    page.texts.append((x, frag_top + y, line, bold, s, aw, al))
            body_top = frag_top + (header_h if with_header else 0)
            room = bottom_limit - body_top
            end = min(body_h, start + room)
            if end < body_h:
                # do not cut a text line: move the break above any line that straddles it
                for (x, y, line, bold, s, aw, al) in body.texts:
                    lh = s * 1.2
                    if y < end < y + lh:
                        end = min(end, y)
                # a row cut by this break?
                if any(a < end - 0.01 and b > end + 0.01 for (a, b) in body.row_bounds):
                    stats["rowsCutByPageBreak"] = True
            for (x, y, line, bold, s, aw, al) in body.texts:
                if start - 0.01 <= y < end - 0.01:
                    page.texts.append((x, body_top + y - start, line, bold, s, aw, al))
            frag_bottom = body_top + (end - start)
            draw_rules(page, v, xs, widths, frag_top, body_top, frag_bottom, header_h if with_header else 0,
                       body, start, end, doc)
            cursor = frag_bottom
            start = end
            first = False
            if start < body_h - 0.01:
                new_page()
        cursor += 10

    if v.get("signature") and doc.get("signature"):
        blocks = doc["signature"]
        need = (size + 1) * 1.25 * 7 + 30
        if cursor + need > bottom_limit:
            new_page()
        cursor += 24
        col = table_w / len(blocks)
        for b, (role, name, post) in enumerate(blocks):
            x0 = margin + b * col
            y = cursor
            for line, bold, gap in ((role, True, 30), (name, False, 0), (post, False, 0)):
                for piece in wrap(line, fonts, bold, size + 1, col - 20):
                    pages[-1].texts.append((x0 + 10, y, piece, bold, size + 1, col - 20, "center"))
                    y += (size + 1) * 1.25
                y += gap
    return pages, stats, margin


def draw_rules(page, v, xs, widths, frag_top, body_top, frag_bottom, header_h, body, start, end, doc):
    ruling = v["ruling"]
    if ruling == "none":
        return
    left, right = xs[0], xs[-1] + widths[-1]
    rects = page.rects
    if ruling == "box":
        rects += [(left, frag_top, right, frag_top), (left, frag_bottom, right, frag_bottom),
                  (left, frag_top, left, frag_bottom), (right, frag_top, right, frag_bottom)]
        return
    style = v.get("rectRules", "grid") if ruling == "filled-rects" else ruling
    rects.append((left, frag_top, right, frag_top))
    if header_h:
        rects.append((left, body_top, right, body_top))
    for (x0, x1, y, kind) in body.hrules:
        if start + 0.01 < y <= end + 0.01:
            if style == "horizontal" and kind == "inner":
                continue
            rects.append((x0, body_top + y - start, x1, body_top + y - start))
    rects.append((left, frag_bottom, right, frag_bottom))
    if style == "grid":
        for x in xs + [right]:
            rects.append((x, frag_top, x, frag_bottom))


def draw(pages, stats, v, fonts, out, page_w, page_h, margin, doc):
    rotate = v.get("rotate", 0)
    # reportlab swaps the MediaBox of a page with /Rotate 90 itself: give it the displayed size
    c = canvas.Canvas(out, pagesize=(page_w, page_h), invariant=1, pageCompression=1)
    c.setTitle(v.get("pdfTitle", doc["title"][:80]))
    c.setAuthor(doc["institution"])
    c.setCreator("asm corpus: reportlab renderer")
    rng = random.Random(v.get("seed", 20161001))
    filled = v["ruling"] == "filled-rects"
    for n, page in enumerate(pages, 1):
        if rotate == 90:
            c.setPageRotation(90)
            # displayed (x, y) = (v, media_w - u): draw in displayed coordinates
            c.translate(page_h, 0)
            c.rotate(90)
        furniture = []
        if v.get("runningHead") and n > 1:
            furniture.append((page_w - margin - 300, margin - 4, v["runningHead"], False, 7, 300, "right"))
        if v.get("pageNumbers"):
            furniture.append((margin, page_h - margin + 2, f"Página {n} de {len(pages)}", False, 7, page_w - 2 * margin, "center"))
        # rules first
        c.setFillGray(0)
        c.setStrokeGray(0)
        c.setLineWidth(RULE)
        for (x0, y0, x1, y1) in page.rects:
            if filled:
                if y0 == y1:
                    c.rect(x0, page_h - y0 - RULE / 2, x1 - x0, RULE, fill=1, stroke=0)
                else:
                    c.rect(x0 - RULE / 2, page_h - y1, RULE, y1 - y0, fill=1, stroke=0)
            else:
                c.line(x0, page_h - y0, x1, page_h - y1)
        runs = []
        for (x, y_top, text, bold, size, aw, align) in page.texts + furniture:
            font = fonts.bold if bold else fonts.regular
            baseline = page_h - (y_top + size * 0.95)
            width = fonts.width(text, bold, size)
            if align == "center":
                x = x + (aw - width) / 2
            elif align == "right":
                x = x + aw - width
            if v["runs"] == "word":
                space = fonts.width(" ", bold, size)
                for word in text.split(" "):
                    if word:
                        runs.append((font, size, x, baseline, word))
                    x += fonts.width(word, bold, size) + space
            else:
                for ch in text:
                    if ch != " ":
                        runs.append((font, size, x, baseline, ch))
                    x += pdfmetrics.stringWidth(ch, font, size)
        if v.get("shuffled"):
            rng.shuffle(runs)
        for (font, size, x, y, s) in runs:
            c.setFont(font, size)
            c.drawString(x, y, s)
        c.showPage()
    c.save()


def main():
    spec_path, out = sys.argv[1], sys.argv[2]
    spec = json.load(open(spec_path, encoding="utf-8"))
    doc, v = spec["doc"], spec["variant"]
    w, h = PAPER[v["paper"]]
    page_w, page_h = (max(w, h), min(w, h)) if v["orientation"] == "landscape" else (min(w, h), max(w, h))
    fonts = Fonts(v.get("fontFamily", "liberation"))
    pages, stats, margin = paginate(doc, v, fonts, page_w, page_h)
    draw(pages, stats, v, fonts, out, page_w, page_h, margin, doc)
    stats["pages"] = len(pages)
    with open(out[: -len(".pdf")] + ".stats.json", "w") as f:
        json.dump(stats, f)
    print(f"reportlab: {out.split('/')[-1]} {stats}")


if __name__ == "__main__":
    main()

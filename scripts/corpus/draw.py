#!/usr/bin/env python3
"""An ASM report drawn by a program, as report engines draw them: the table
laid out here (column widths, wrapping, padding, vertical alignment, page
breaks that cut rows, a header repeated or not), text drawn line by line,
word by word or glyph by glyph (optionally in shuffled order), rules stroked
or drawn as thin filled rectangles, pages optionally carrying /Rotate 90 with
the content turned so that they display upright.

    /usr/bin/python3 scripts/corpus/draw.py SPEC.json OUT.pdf
"""
import json
import random
import sys

from reportlab.lib.pagesizes import A4, LEGAL, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

spec = json.load(open(sys.argv[1], encoding='utf-8'))
doc, v, statement = spec['doc'], spec['variant'], spec['statement']
ASPECT = {'number', 'text', 'reportMonth', 'average'}
REGULAR, BOLD = 'Helvetica', 'Helvetica-Bold'
size = v['fontSize']
leading = size * 1.22
pad = 2.5
runs = v.get('runs', 'line')
rng = random.Random(7)

paper = {'letter': LETTER, 'legal': LEGAL, 'a4': A4}[v['paper']]
W, H = (max(paper), min(paper)) if v['orientation'] == 'landscape' else (min(paper), max(paper))
MARGIN = 36
TOP = H - (58 if v.get('runningHead') else 40)
BOTTOM = 44 if v.get('pageNumbers') else 36
CW = W - 2 * MARGIN


def wrap(text, width, font, font_size):
    """Greedy word wrap; a token wider than the cell breaks after / - _ . when it can, else anywhere."""
    lines, current = [], ''
    for word in str(text).split(' '):
        candidate = f'{current} {word}' if current else word
        if stringWidth(candidate, font, font_size) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ''
        while stringWidth(word, font, font_size) > width:
            cut = len(word)
            while cut > 1 and stringWidth(word[:cut], font, font_size) > width:
                cut -= 1
            soft = max(word.rfind(ch, 0, cut) for ch in '/-_.')
            if soft > 0:
                cut = soft + 1
            lines.append(word[:cut])
            word = word[cut:]
        current = word
    if current or not lines:
        lines.append(current)
    return lines


class Page:
    def __init__(self):
        self.ops = []

    def text(self, x, y, s, font=REGULAR, font_size=None):
        font_size = font_size or size
        if s == '':
            return
        if runs == 'line':
            self.ops.append(('text', x, y, s, font, font_size))
            return
        offset = 0.0
        for index, word in enumerate(s.split(' ')):
            if index > 0:
                offset += stringWidth(' ', font, font_size)
            if runs == 'word':
                self.ops.append(('text', x + offset, y, word, font, font_size))
            else:
                glyph_x = x + offset
                for ch in word:
                    self.ops.append(('text', glyph_x, y, ch, font, font_size))
                    glyph_x += stringWidth(ch, font, font_size)
            offset += stringWidth(word, font, font_size)

    def hline(self, x0, x1, y):
        self.ops.append(('h', x0, x1, y))

    def vline(self, x, y0, y1):
        self.ops.append(('v', x, y0, y1))


pages = [Page()]
y = TOP


def page():
    return pages[-1]


def new_page():
    global y
    pages.append(Page())
    y = TOP


def centred(text, width, font, font_size):
    global y
    for line in wrap(text, width, font, font_size):
        page().text(MARGIN + (CW - stringWidth(line, font, font_size)) / 2, y, line, font, font_size)
        y -= font_size * 1.25


# Title (wrapped over centred lines), institution, document type, program.
centred(doc['title'], CW * v.get('titleWidth', 60) / 100, BOLD, size + 3)
y -= 2
centred(doc['institution'], CW, REGULAR, size + 1)
for text in (doc['docType'], doc['program']):
    page().text(MARGIN, y, text, REGULAR, size + 1)
    y -= (size + 1) * 1.3
y -= 6

columns = doc['columns']
total = sum(c[2] for c in columns)
widths = [CW * c[2] / total for c in columns]
xs = [MARGIN]
for w in widths:
    xs.append(xs[-1] + w)


def cell_text(k, asm, activity):
    """The cell of column k on an activity's row (make.mjs decides them: ASM cells on the first row only)."""
    return activity['cells'][k]


def place_lines(k, lines, top, height, valign, font, halign='left'):
    """Draw a cell's lines in the box from top down to top - height, with its alignment."""
    block = len(lines) * leading
    if valign == 'top':
        block_top = top - pad
    elif valign == 'bottom':
        block_top = top - height + pad + block
    else:
        block_top = top - (height - block) / 2
    first = block_top - (leading - size) / 2 - 0.8 * size
    for i, line in enumerate(lines):
        x = xs[k] + pad
        if halign == 'center':
            x = xs[k] + (widths[k] - stringWidth(line, font, size)) / 2
        page().text(x, first - i * leading, line, font, size)


def draw_header():
    global y
    cells = [wrap(h, widths[k] - 2 * pad, BOLD, size) for k, (_, h, _) in enumerate(columns)]
    height = max(len(c) for c in cells) * leading + 2 * pad
    for k, lines in enumerate(cells):
        place_lines(k, lines, y, height, v['headerAlign'], BOLD, v['headerTextAlign'])
    rule_row(y, y - height, range(len(columns)), top_rule=True)
    y -= height


def rule_row(top, bottom, cols, top_rule=False):
    """Rules of one drawn row part: vertical edges (grid), bottom edge per column (grid, horizontal)."""
    ruling = v['ruling']
    if ruling in ('grid', 'filled-rects'):
        for k in range(len(columns) + 1):
            page().vline(xs[k], bottom, top)
    if ruling in ('grid', 'filled-rects', 'horizontal'):
        if top_rule:
            page().hline(xs[0], xs[-1], top)
        for k in cols:
            page().hline(xs[k], xs[k + 1], bottom)


def draw_table(period):
    global y
    table_top_by_page = {len(pages) - 1: y}
    draw_header()
    for asm in period['asms']:
        activities = asm['activities']
        merged = v.get('merged') and len(activities) > 1
        rows = []
        for index, activity in enumerate(activities):
            cells = []
            for k, (key, _, _) in enumerate(columns):
                text = '' if merged and key in ASPECT else cell_text(k, asm, activity)
                cells.append(wrap(text, widths[k] - 2 * pad, REGULAR, size) if text else [])
            rows.append(cells)
        heights = [max(1, max(len(c) for c in cells)) * leading + 2 * pad for cells in rows]
        aspect_cells = {}
        if merged:
            for k, (key, _, _) in enumerate(columns):
                if key in ASPECT:
                    text = cell_text(k, asm, activities[0])
                    aspect_cells[k] = wrap(text, widths[k] - 2 * pad, REGULAR, size) if text else []
            need = max((len(c) * leading + 2 * pad for c in aspect_cells.values()), default=0)
            if need > sum(heights):
                heights[-1] += need - sum(heights)
            if y - sum(heights) < BOTTOM:  # a merged group is not split: it moves to the next page
                close_table_part(table_top_by_page)
                new_page()
                table_top_by_page[len(pages) - 1] = y
                if v.get('headerRepeat'):
                    draw_header()
            group_top = y
            for cells, height in zip(rows, heights):
                for k, lines in enumerate(cells):
                    if k not in aspect_cells:
                        place_lines(k, lines, y, height, v['bodyAlign'], REGULAR, v['numberAlign'] if columns[k][0] == 'number' else 'left')
                rule_row(y, y - height, [k for k in range(len(columns)) if k not in aspect_cells])
                y -= height
            for k, lines in aspect_cells.items():
                place_lines(k, lines, group_top, group_top - y, v['bodyAlign'], REGULAR, v['numberAlign'] if columns[k][0] == 'number' else 'left')
            rule_row(y, y, list(aspect_cells))
            continue
        for cells, height in zip(rows, heights):
            remaining = cells
            while True:
                room = y - BOTTOM
                if height <= room:
                    for k, lines in enumerate(remaining):
                        place_lines(k, lines, y, height, v['bodyAlign'], REGULAR, v['numberAlign'] if columns[k][0] == 'number' else 'left')
                    rule_row(y, y - height, range(len(columns)))
                    y -= height
                    break
                fit = int((room - 2 * pad) // leading)
                if fit < 2:
                    close_table_part(table_top_by_page)
                    new_page()
                    table_top_by_page[len(pages) - 1] = y
                    if v.get('headerRepeat'):
                        draw_header()
                    continue
                # The row is cut by the page break: what fits stays, top-aligned; the rest goes on.
                part = fit * leading + 2 * pad
                for k, lines in enumerate(remaining):
                    place_lines(k, lines[:fit], y, part, 'top', REGULAR, v['numberAlign'] if columns[k][0] == 'number' else 'left')
                rule_row(y, y - part, range(len(columns)))
                y -= part
                remaining = [lines[fit:] for lines in remaining]
                height = max(1, max(len(c) for c in remaining)) * leading + 2 * pad
                close_table_part(table_top_by_page)
                new_page()
                table_top_by_page[len(pages) - 1] = y
                if v.get('headerRepeat'):
                    draw_header()
                else:
                    rule_row(y, y, [], top_rule=True)
                for k, lines in enumerate(remaining):
                    place_lines(k, lines, y, height, 'top', REGULAR, v['numberAlign'] if columns[k][0] == 'number' else 'left')
                rule_row(y, y - height, range(len(columns)))
                y -= height
                break
    close_table_part(table_top_by_page)


def close_table_part(tops):
    """The outline of the table's part on this page (box ruling)."""
    if v['ruling'] != 'box':
        return
    top = tops.get(len(pages) - 1, TOP)
    page().hline(xs[0], xs[-1], top)
    page().hline(xs[0], xs[-1], y)
    page().vline(xs[0], y, top)
    page().vline(xs[-1], y, top)


for period in doc['periods']:
    if y - 4 * leading < BOTTOM:
        new_page()
    page().text(MARGIN, y, f"Periodo {period['period']}", BOLD, size + 1)
    y -= (size + 1) * 1.6
    if 'asms' not in period:
        for line in wrap(statement, CW, REGULAR, size + 1):
            page().text(MARGIN, y, line, REGULAR, size + 1)
            y -= (size + 1) * 1.3
        y -= 6
        continue
    draw_table(period)
    y -= 14

if doc.get('signature'):
    y -= 24
    if y - 4 * (size + 1) * 1.4 < BOTTOM:
        new_page()
    groups = len(doc['signature'][0])
    for line in doc['signature']:
        for k, text in enumerate(line):
            centre = MARGIN + CW * (2 * k + 1) / (2 * groups)
            page().text(centre - stringWidth(text, REGULAR, size + 1) / 2, y, text, REGULAR, size + 1)
        y -= (size + 1) * 1.4

# Page furniture and output.
# With a page rotation, reportlab writes the MediaBox turned (portrait here): pagesize is the displayed size.
out = canvas.Canvas(sys.argv[2], pagesize=(W, H), pageCompression=1)
out.setTitle('Seguimiento ASM')
out.setCreator('asm corpus (reportlab)')
for number, p in enumerate(pages, start=1):
    if v.get('runningHead'):
        head = f"{doc['institution']} · Seguimiento de ASM"
        p.text(W - MARGIN - stringWidth(head, REGULAR, 7), H - 28, head, REGULAR, 7)
    if v.get('pageNumbers'):
        foot = f'Página {number} de {len(pages)}'
        p.text((W - stringWidth(foot, REGULAR, 7)) / 2, 22, foot, REGULAR, 7)
    if v.get('rotate'):
        # The page is portrait with /Rotate 90; the content is turned so that it displays upright (landscape).
        out.setPageRotation(90)
        out.transform(0, 1, -1, 0, H, 0)
    ops = list(p.ops)
    if v.get('shuffled'):
        rng.shuffle(ops)
    for op in ops:
        kind = op[0]
        if kind == 'text':
            _, x, ty, s, font, font_size = op
            out.setFont(font, font_size)
            out.drawString(x, ty, s)
        elif kind == 'h':
            _, x0, x1, hy = op
            if v['ruling'] == 'filled-rects':
                out.rect(x0, hy - 0.3, x1 - x0, 0.6, stroke=0, fill=1)
            else:
                out.setLineWidth(0.5)
                out.line(x0, hy, x1, hy)
        elif kind == 'v':
            _, vx, y0, y1 = op
            if v['ruling'] == 'filled-rects':
                out.rect(vx - 0.3, y0, 0.6, y1 - y0, stroke=0, fill=1)
            else:
                out.setLineWidth(0.5)
                out.line(vx, y0, vx, y1)
    out.showPage()
out.save()

#!/usr/bin/env python3
"""An ASM report as an Excel workbook, the way agencies keep them, for
LibreOffice Calc to print to PDF (the closest to an Excel export): merged
title and ASM cells, wrapped text, print title rows, fit to width, page
header and footer. Row heights are set from the text (Calc does not size
rows with merged or wrapped cells on import).

    /usr/bin/python3 scripts/corpus/xlsx.py SPEC.json OUT.xlsx
"""
import json
import math
import sys

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from reportlab.pdfbase.pdfmetrics import stringWidth

spec = json.load(open(sys.argv[1], encoding='utf-8'))
doc, v, statement = spec['doc'], spec['variant'], spec['statement']
ASPECT = {'number', 'text', 'reportMonth', 'average'}
VERTICAL = {'top': 'top', 'middle': 'center', 'bottom': 'bottom'}

wb = Workbook()
ws = wb.active
ws.title = 'ASM'
columns = doc['columns']
n = len(columns)
size = v['fontSize']
CHAR_PT = 4.9  # points per column-width unit, on the low side: a row too short lets Calc draw text over the next row
widths_pt = []
for index, (_, _, width) in enumerate(columns):
    ws.column_dimensions[get_column_letter(index + 1)].width = width * 2.4
    widths_pt.append(width * 2.4 * CHAR_PT)

regular = Font(name='Liberation Sans', size=size)
bold = Font(name='Liberation Sans', size=size, bold=True)
thin = Side(style='thin', color='000000')


def cell(col, activity):
    """The cell of column col on an activity's row (make.mjs decides them: ASM cells on the first row only)."""
    return activity['cells'][col]


def lines_needed(text, width_pt, font_size, font='Helvetica'):
    """Wrapped lines of a cell, generously: an underestimate would clip text in the PDF."""
    if not text:
        return 1
    usable = max(width_pt - 8, 10)
    lines, current = 1, 0.0
    for word in str(text).split(' '):
        w = stringWidth(word + ' ', font, font_size) * 1.08
        if current + w > usable and current > 0:
            lines += 1
            current = 0.0
        while w > usable:  # a token longer than the cell
            lines += 1
            w -= usable
        current += w
    return lines


def height_for(lines, font_size):
    return lines * font_size * 1.28 + 5


row = 1


def merged_line(text, font, first_col, last_col, horizontal='center', width_pt=None, font_size=None):
    global row
    ws.merge_cells(start_row=row, start_column=first_col, end_row=row, end_column=last_col)
    c = ws.cell(row=row, column=first_col, value=text)
    c.font = font
    c.alignment = Alignment(horizontal=horizontal, vertical='center', wrap_text=True)
    span = width_pt if width_pt else sum(widths_pt[first_col - 1:last_col])
    ws.row_dimensions[row].height = height_for(lines_needed(text, span, font_size or size, 'Helvetica-Bold'), font_size or size)
    row += 1


# Title over the middle columns (so it wraps over two or three centred lines), then the institution.
title_font = Font(name='Liberation Sans', size=size + 3, bold=True)
merged_line(doc['title'], title_font, 3, n - 2, font_size=size + 3)
merged_line(doc['institution'], Font(name='Liberation Sans', size=size + 1), 3, n - 2)
for text in (doc['docType'], doc['program']):
    ws.cell(row=row, column=1, value=text).font = Font(name='Liberation Sans', size=size + 1)
    row += 1
row += 1

header_fill = PatternFill('solid', fgColor='DDDDDD')
header_rows = []
table_ranges = []
for period in doc['periods']:
    ws.cell(row=row, column=1, value=f"Periodo {period['period']}").font = Font(name='Liberation Sans', size=size + 1, bold=True)
    row += 1
    if 'asms' not in period:
        merged_line(statement, Font(name='Liberation Sans', size=size + 1), 1, n, horizontal='left')
        row += 1
        continue
    first_row = row
    header_rows.append(row)
    header_lines = max(lines_needed(h, widths_pt[i], size, 'Helvetica-Bold') for i, (_, h, _) in enumerate(columns))
    for index, (_, header, _) in enumerate(columns):
        c = ws.cell(row=row, column=index + 1, value=header)
        c.font = bold
        c.fill = header_fill
        c.alignment = Alignment(horizontal='center' if v['headerTextAlign'] == 'center' else 'left', vertical=VERTICAL[v['headerAlign']], wrap_text=True)
    ws.row_dimensions[row].height = height_for(header_lines + 1, size)
    row += 1
    for asm in period['asms']:
        activities = asm['activities']
        group_start = row
        heights = []
        for index, activity in enumerate(activities):
            needed = 1
            for col, (key, _, _) in enumerate(columns):
                text = cell(col, activity)
                if v.get('merged') and key in ASPECT and len(activities) > 1:
                    continue
                needed = max(needed, lines_needed(text, widths_pt[col], size) + (1 if len(str(text)) > 30 else 0))
                c = ws.cell(row=row, column=col + 1, value=text if text != '' else None)
                c.font = regular
                horizontal = v['numberAlign'] if key == 'number' else 'left'
                c.alignment = Alignment(horizontal='center' if horizontal == 'center' else 'left', vertical=VERTICAL[v['bodyAlign']], wrap_text=True)
            heights.append(height_for(needed, size))
            row += 1
        if v.get('merged') and len(activities) > 1:
            # ASM cells merged over the activity rows; the rows grow if the merged text needs more room.
            for col, (key, _, _) in enumerate(columns):
                if key not in ASPECT:
                    continue
                text = cell(col, activities[0])
                ws.merge_cells(start_row=group_start, start_column=col + 1, end_row=row - 1, end_column=col + 1)
                c = ws.cell(row=group_start, column=col + 1, value=text)
                c.font = regular
                horizontal = v['numberAlign'] if key == 'number' else 'left'
                c.alignment = Alignment(horizontal='center' if horizontal == 'center' else 'left', vertical=VERTICAL[v['bodyAlign']], wrap_text=True)
                need = height_for(lines_needed(text, widths_pt[col], size), size)
                if need > sum(heights):
                    heights[-1] += need - sum(heights)
        for offset, height in enumerate(heights):
            ws.row_dimensions[group_start + offset].height = height
    table_ranges.append((first_row, row - 1))
    row += 1

# Ruling: every cell (grid) or the outline of each table (box).
for first, last in table_ranges:
    for r in range(first, last + 1):
        for col in range(1, n + 1):
            c = ws.cell(row=r, column=col)
            if v['ruling'] == 'grid':
                c.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            elif v['ruling'] == 'box':
                c.border = Border(
                    left=thin if col == 1 else None,
                    right=thin if col == n else None,
                    top=thin if r == first else None,
                    bottom=thin if r == last else None,
                )

if doc.get('signature'):
    row += 2
    groups = len(doc['signature'][0])
    spans = [(1 + k * n // groups, (k + 1) * n // groups) for k in range(groups)]
    for line in doc['signature']:
        for (first_col, last_col), text in zip(spans, line):
            ws.merge_cells(start_row=row, start_column=first_col, end_row=row, end_column=last_col)
            c = ws.cell(row=row, column=first_col, value=text)
            c.font = Font(name='Liberation Sans', size=size + 1)
            c.alignment = Alignment(horizontal='center', vertical='center')
        row += 1

ws.page_setup.paperSize = {'letter': 1, 'legal': 5, 'a4': 9}[v['paper']]
ws.page_setup.orientation = v['orientation']
ws.sheet_properties.pageSetUpPr.fitToPage = True
ws.page_setup.fitToWidth = 1
ws.page_setup.fitToHeight = 0
ws.print_options.horizontalCentered = True
ws.page_margins.left = ws.page_margins.right = 0.4
ws.page_margins.top = ws.page_margins.bottom = 0.7
ws.page_margins.header = ws.page_margins.footer = 0.3
if v.get('headerRepeat') and header_rows:
    ws.print_title_rows = f'{header_rows[0]}:{header_rows[0]}'
if v.get('runningHead'):
    ws.oddHeader.center.text = f"{doc['institution']} · Seguimiento de ASM"
    ws.oddHeader.center.size = 7
if v.get('pageNumbers'):
    ws.oddFooter.center.text = 'Página &P de &N'
    ws.oddFooter.center.size = 7
wb.save(sys.argv[2])

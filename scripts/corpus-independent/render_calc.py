#!/usr/bin/python3
"""An .xlsx (python3-openpyxl) laid out as an agency's spreadsheet, for
LibreOffice Calc to print to PDF (`libreoffice --headless --convert-to pdf`):
the closest this machine gets to an Excel export.

Title, institution, document type and program in cells merged over the table
width; per period a heading row, a header row and one row per activity, the
ASM-level cells (No., Aspecto, Mes y Año, Promedio) merged over the ASM's
activity rows when the variant says "merge"; wrapped text; column widths;
vertical alignment top/center/bottom; borders on all cells or none; print
title rows (the header repeated on every page) or not; fit to one page wide;
paper size and orientation; page header/footer ("Página &P de &N").

Row heights are set explicitly (estimated from the text with the same font
metrics), because Calc does not grow a row for the text of a merged cell.

    /usr/bin/python3 render_calc.py SPEC.json OUT.xlsx
"""
import datetime
import json
import sys

from openpyxl import Workbook
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

pdfmetrics.registerFont(TTFont("LS", "/usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf"))
pdfmetrics.registerFont(TTFont("LSB", "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf"))

FONT = "Liberation Sans"
PAPER = {"letter": 1, "legal": 5, "a4": 9}
VALIGN = {"top": "top", "middle": "center", "bottom": "bottom"}
ASPECT_KEYS = {"number", "text", "reportMonth", "average"}


# Points per unit of an openpyxl column width as LibreOffice 7.4 prints it
# (measured on its PDFs; Excel's own rule, 7 px per unit, gives 5.25).
UNIT_PT = 7.0
PAPER_PT = {"letter": (612, 792), "legal": (612, 1008), "a4": (595, 842)}
SIDE_MARGIN_IN = 0.4


def col_points(width):
    return width * UNIT_PT


def count_lines(text, width_pt, size, bold=False):
    if not text:
        return 1
    font = "LSB" if bold else "LS"
    avail = width_pt - 4
    lines, line = 1, ""
    for word in text.split():
        cand = f"{line} {word}" if line else word
        if pdfmetrics.stringWidth(cand, font, size) <= avail:
            line = cand
            continue
        if line:
            lines += 1
        # an over-long word is cut by Calc wherever it must
        w = pdfmetrics.stringWidth(word, font, size)
        extra = int(w // avail)
        lines += extra
        line = word if not extra else word[-max(1, int(len(word) * (w % avail) / max(w, 1))):]
    return lines


def height_for(lines, size):
    # Calc prints Liberation Sans lines about 1.17 font sizes apart
    return round(lines * size * 1.18 + 4, 1)


def main():
    spec_path, out = sys.argv[1], sys.argv[2]
    spec = json.load(open(spec_path, encoding="utf-8"))
    doc, v = spec["doc"], spec["variant"]
    keys = [k for k, _ in doc["columns"]]
    ncols = len(keys)
    size = v["fontSize"]
    last = get_column_letter(ncols)

    wb = Workbook()
    wb.properties.creator = doc["institution"]
    wb.properties.created = datetime.datetime(2016, 10, 1)
    wb.properties.modified = datetime.datetime(2016, 10, 1)
    ws = wb.active
    ws.title = "ASM"
    # v["colWidths"] are proportions: scale them to the printable width, so that
    # fit-to-width prints at (about) 100% and the PDF shows v["fontSize"].
    short, long_ = PAPER_PT[v["paper"]]
    printable = (long_ if v["orientation"] == "landscape" else short) - 2 * 72 * SIDE_MARGIN_IN - 4
    widths = [round(p / sum(v["colWidths"]) * printable / UNIT_PT, 2) for p in v["colWidths"]]
    for i, w in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = w
    points = [col_points(w) for w in widths]
    total_pt = sum(points)

    thin = Side(style="thin", color="000000")
    grid = Border(left=thin, right=thin, top=thin, bottom=thin) if v["ruling"] == "grid" else Border()
    regular = Font(name=FONT, size=size)
    bold = Font(name=FONT, size=size, bold=True)
    body_v = VALIGN[v["bodyAlign"]]
    head_v = VALIGN[v["headerAlign"]]

    row = 1

    def banner(text, font, fsize, width_fraction=1.0, gap=None):
        """A line of the preamble: merged over the table width, centred, wrapped."""
        nonlocal row
        ws.merge_cells(f"A{row}:{last}{row}")
        cell = ws.cell(row=row, column=1, value=text)
        cell.font = font
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        lines = count_lines(text, total_pt * width_fraction, fsize, font.bold)
        ws.row_dimensions[row].height = gap or height_for(lines, fsize)
        row += 1
        return lines

    # The title is merged over the central columns only, so that it wraps over 2-3 lines.
    title_cols = v.get("titleCols", (2, ncols - 1))
    ws.merge_cells(start_row=row, start_column=title_cols[0], end_row=row, end_column=title_cols[1])
    title = ws.cell(row=row, column=title_cols[0], value=doc["title"])
    title.font = Font(name=FONT, size=size + 3, bold=True)
    title.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    title_pt = sum(points[title_cols[0] - 1: title_cols[1]])
    title_lines = count_lines(doc["title"], title_pt, size + 3, True)
    ws.row_dimensions[row].height = height_for(title_lines, size + 3)
    row += 1
    banner(doc["institution"], Font(name=FONT, size=size + 2, bold=True), size + 2)
    banner(doc["documentType"], Font(name=FONT, size=size + 1), size + 1)
    banner(doc["program"], Font(name=FONT, size=size + 1), size + 1)
    row += 1

    header_rows = []
    header_lines = 1
    for period in doc["periods"]:
        cell = ws.cell(row=row, column=1, value=f"Periodo {period['period']}")
        cell.font = Font(name=FONT, size=size + 1, bold=True)
        ws.row_dimensions[row].height = height_for(1, size + 1)
        row += 1
        if period["statement"]:
            ws.merge_cells(f"A{row}:{last}{row}")
            cell = ws.cell(row=row, column=1, value=period["statement"])
            cell.font = regular
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            ws.row_dimensions[row].height = height_for(count_lines(period["statement"], total_pt, size), size)
            row += 2
            continue
        # header
        header_rows.append(row)
        n = 1
        for c, (key, header) in enumerate(doc["columns"], 1):
            cell = ws.cell(row=row, column=c, value=header)
            cell.font = bold
            horizontal = v.get("headerNumberAlign", "left") if key == "number" else "left"
            cell.alignment = Alignment(horizontal=horizontal, vertical=head_v, wrap_text=True)
            cell.border = grid
            n = max(n, count_lines(header, points[c - 1], size, True))
        header_lines = max(header_lines, n)
        ws.row_dimensions[row].height = height_for(n, size)
        row += 1
        # body
        rows = period["rows"]
        i = 0
        while i < len(rows):
            count = rows[i]["activityCount"] if v.get("merge") else 1
            group = rows[i: i + count]
            merged = v.get("merge") and count > 1
            top = row
            heights = []
            for r in group:
                n = 1
                for c, key in enumerate(keys, 1):
                    text = r["cells"][c - 1]
                    value = text
                    if text and key in ("progress",) and text.endswith("%") is False and text.isdigit():
                        value = int(text)  # a number, as agencies type it
                    if merged and key in ASPECT_KEYS and r is not group[0]:
                        value = None
                    cell = ws.cell(row=row, column=c, value=value if value != "" else None)
                    cell.font = regular
                    horizontal = v.get("numberAlign", "left") if key == "number" else "left"
                    cell.alignment = Alignment(horizontal=horizontal, vertical=body_v, wrap_text=True)
                    cell.border = grid
                    if not (merged and key in ASPECT_KEYS):
                        n = max(n, count_lines(text, points[c - 1], size))
                heights.append(height_for(n, size))
                ws.row_dimensions[row].height = heights[-1]
                row += 1
            if merged:
                need = max(height_for(count_lines(group[0]["cells"][c], points[c], size), size)
                           for c, key in enumerate(keys) if key in ASPECT_KEYS)
                if need > sum(heights):
                    ws.row_dimensions[row - 1].height = heights[-1] + need - sum(heights)
                for c, key in enumerate(keys, 1):
                    if key in ASPECT_KEYS:
                        ws.merge_cells(start_row=top, start_column=c, end_row=row - 1, end_column=c)
            i += count
        row += 1

    if v.get("signature") and doc.get("signature"):
        row += 1
        blocks = doc["signature"]
        span = ncols // len(blocks)
        for line, gap in ((0, 40), (1, None), (2, None)):
            for b, block in enumerate(blocks):
                c0 = 1 + b * span
                c1 = ncols if b == len(blocks) - 1 else c0 + span - 1
                ws.merge_cells(start_row=row, start_column=c0, end_row=row, end_column=c1)
                cell = ws.cell(row=row, column=c0, value=block[line])
                cell.font = bold if line == 0 else regular
                cell.alignment = Alignment(horizontal="center", vertical="top", wrap_text=True)
            ws.row_dimensions[row].height = height_for(1, size)
            row += 1
            if gap:
                ws.row_dimensions[row].height = gap
                row += 1

    # page setup
    ws.page_setup.paperSize = PAPER[v["paper"]]
    ws.page_setup.orientation = v["orientation"]
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.page_margins.left = ws.page_margins.right = SIDE_MARGIN_IN
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.page_margins.header = ws.page_margins.footer = 0.25
    ws.print_options.horizontalCentered = True
    if v["headerRepeat"] and header_rows:
        # openpyxl's ws.print_title_rows writes 'ASM'!7:7, which Calc ignores: write $7:$7 itself
        wb.defined_names.append(DefinedName("_xlnm.Print_Titles", localSheetId=0,
                                            attr_text=f"'ASM'!${header_rows[0]}:${header_rows[0]}"))
    for part, where in ((v.get("pageHeader") or {}), ws.oddHeader), ((v.get("pageFooter") or {}), ws.oddFooter):
        for side, text in part.items():
            slot = getattr(where, side)
            slot.text = text
            slot.size = 7
            slot.font = FONT
    ws.print_area = f"A1:{last}{row}"
    wb.save(out)
    with open(out[: -len(".xlsx")] + ".stats.json", "w") as f:
        json.dump({"titleLines": title_lines, "headerLines": header_lines}, f)
    print(f"calc: {out.split('/')[-1]} title {title_lines} lines, header {header_lines} lines")


if __name__ == "__main__":
    main()

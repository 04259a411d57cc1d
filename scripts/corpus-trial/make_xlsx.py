from openpyxl import Workbook
from openpyxl.styles import Font, Border, Side, Alignment, PatternFill
from openpyxl.worksheet.page import PageMargins
from docs import N3, N4
import sys

widths = {"number": 5, "text": 28, "description": 30, "area": 20, "due": 11, "results": 22, "evidence": 22,
          "progress": 8, "proofName": 18, "proofLoc": 22, "obs": 26, "month": 11, "avg": 9}
def build(doc, out, caption, font_size=9, boldbody=True, hdrbox=True):
    wb, ws = body(doc, caption, font_size, boldbody, hdrbox)
    finish(doc, wb, ws, out)

def body(doc, caption, font_size, boldbody=True, hdrbox=True):
    wb = Workbook(); ws = wb.active; ws.title = "ASM"
    cols = doc["columns"]; n = len(cols)
    bold = Font(name="Liberation Sans", bold=True, size=font_size)
    r = 1
    for line in [doc["title"], doc["institution"], doc["doctype"], doc["program"]]:
        ws.cell(r, 1, line).font = Font(name="Liberation Sans", bold=(r == 1), size=font_size + 2 if r == 1 else font_size)
        ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
        ws.cell(r, 1).alignment = Alignment(horizontal="center" if r == 1 else "left", wrap_text=True)
        if r == 1: ws.row_dimensions[1].height = 30
        r += 1
    r += 1
    thin = Side(style="medium", color="000000")
    for period, statement, rows in doc["periods"]:
        ws.cell(r, 1, f"Periodo {period}").font = bold; r += 1
        if statement:
            ws.cell(r, 1, statement).font = Font(name="Liberation Sans", size=font_size)
            ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n); r += 2; continue
        # caption row, merged across the table
        if caption:
          ws.cell(r, 1, caption.format(period=period)).font = Font(name="Liberation Sans", bold=True, italic=True, size=font_size)
          ws.merge_cells(start_row=r, start_column=1, end_row=r, end_column=n)
          ws.cell(r, 1).alignment = Alignment(horizontal="center"); r += 1
        # header: bold, borders only around the header band (box), light fill
        for j, (_, h) in enumerate(cols, 1):
            c = ws.cell(r, j, h); c.font = bold
            c.alignment = Alignment(wrap_text=True, vertical="center", horizontal="center")
            if hdrbox: c.border = Border(top=thin, bottom=thin, left=thin if j == 1 else None, right=thin if j == n else None)
        ws.row_dimensions[r].height = 40
        r += 1
        for row in rows:
            for j, (k, _) in enumerate(cols, 1):
                v = row.get(k, "")
                c = ws.cell(r, j, v if v != "" else None)
                c.number_format = "@"
                c.font = Font(name="Liberation Sans", bold=boldbody, size=font_size)   # every cell bold
                c.alignment = Alignment(wrap_text=True, vertical="top")
            import math
            lines = max(math.ceil(len(row.get(k, "")) * 1.15 / widths[k]) for k, _ in cols) or 1
            ws.row_dimensions[r].height = lines * (font_size + 3.5) + 3
            r += 1
        r += 1
    return wb, ws

def finish(doc, wb, ws, out):
    cols = doc["columns"]
    from openpyxl.utils import get_column_letter
    for j, (k, _) in enumerate(cols, 1):
        ws.column_dimensions[get_column_letter(j)].width = widths[k]
    ws.page_setup.orientation = "landscape"; ws.page_setup.paperSize = ws.PAPERSIZE_LETTER
    ws.page_setup.fitToWidth = 1; ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins = PageMargins(left=0.4, right=0.4, top=0.5, bottom=0.5)
    ws.oddFooter.center.text = "Página &P de &N"
    wb.save(out)

if __name__ == "__main__":
  build(N3, "lo/n3--calc-bold-hdrbox.xlsx", "Tabla 1. Aspectos Susceptibles de Mejora comprometidos para el periodo {period}")

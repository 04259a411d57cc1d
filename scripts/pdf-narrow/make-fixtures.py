#!/usr/bin/python3
"""Writes fixtures/pdf-narrow/: the IMSS E007 report of September 2016 (the records of
fixtures/history/imss-e007-2016-09.txt) laid out with NARROW columns, so that words are broken
inside header and body cells with no hyphen ("% de Avance de la Acti|vidad", "costo-efectivi|dad"),
by two producers that are not asm:

  imss-e007-2016-09.reportlab.pdf   reportlab (python3-reportlab): portrait Letter, the history
                                    layout's column widths squeezed into 7.7 in; long words split
  imss-e007-2016-09.calc.pdf        LibreOffice Calc (soffice --headless --convert-to pdf) from a flat
                                    ODS sheet with narrow wrapped columns (Calc breaks "Coordinaci|ón")

This is the first layout tried for fixtures/history (scripts/history/make-fixtures.py) before its
columns were widened: the narrow one split words and asm read a header fragment as an unnumbered ASM.

    /usr/bin/python3 scripts/pdf-narrow/make-fixtures.py            # both (needs soffice, libreoffice-calc)
"""
import importlib.util
import os
import shutil
import subprocess
import sys
import tempfile
from xml.sax.saxutils import escape

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, '..', '..')
OUT = os.path.join(ROOT, 'fixtures', 'pdf-narrow')
MONTH = '2016-09'

# The report's data comes from the history generator (one source of truth), imported without running its main part.
spec = importlib.util.spec_from_file_location('history', os.path.join(ROOT, 'scripts', 'history', 'make-fixtures.py'))
source = open(spec.origin, encoding='utf-8').read().split('\nos.makedirs(OUT')[0]
history = type(sys)('history')
history.__file__ = spec.origin
exec(compile(source, spec.origin, 'exec'), history.__dict__)
REPORT = history.REPORTS[MONTH]
WIDTHS = [0.35, 1.35, 1.25, 0.95, 0.65, 0.9, 0.8, 0.7, 0.95, 0.95, 1.0, 0.8, 0.6]


def write_reportlab(path):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVu-Bold', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
    body = ParagraphStyle('body', fontName='DejaVu', fontSize=6, leading=7.5, splitLongWords=1)
    head = ParagraphStyle('head', parent=body, fontName='DejaVu-Bold')
    title = ParagraphStyle('title', parent=head, fontSize=9, leading=11, alignment=1)
    line = ParagraphStyle('line', parent=body, fontSize=8.5, leading=11)
    period_style = ParagraphStyle('period', parent=head, fontSize=8.5, leading=11)
    page = LETTER  # portrait: the same columns in 7.7 in instead of 10.2 in
    scale = (page[0] - 0.8 * inch) / (sum(WIDTHS) * inch)
    story = [Paragraph(escape(history.TITLE), title), Spacer(1, 6), Paragraph(escape(history.INSTITUTION), line),
             Paragraph('Avance al Documento de Trabajo:', line), Paragraph(f'E-007 {escape(history.NAME)}', line), Spacer(1, 6)]
    for period, aspects in REPORT.items():
        story += [Paragraph(f'Periodo {period}', period_style), Spacer(1, 3)]
        data = [[Paragraph(escape(h), head) for h in history.HEADER]]
        data += [[Paragraph(escape(c), body) for c in row] for row in history.rows(MONTH, aspects)]
        table = Table(data, colWidths=[w * inch * scale for w in WIDTHS], repeatRows=1)
        table.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP'),
                                   ('LEFTPADDING', (0, 0), (-1, -1), 2), ('RIGHTPADDING', (0, 0), (-1, -1), 2)]))
        story += [table, Spacer(1, 8)]
    story += [Paragraph('Periodo 2013-2014', period_style), Paragraph(escape(history.NONE_STATEMENT), line)]
    SimpleDocTemplate(path, pagesize=page, leftMargin=0.4 * inch, rightMargin=0.4 * inch, topMargin=0.5 * inch, bottomMargin=0.5 * inch,
                      title='Avance al Documento de Trabajo E007', author='', creator='reportlab', invariant=1).build(story)


def write_calc(path):
    """A flat ODS spreadsheet (written here, not by asm) with narrow wrapped columns, printed to PDF by
    LibreOffice Calc (soffice --headless --convert-to pdf): Calc breaks a word wider than its cell
    without a hyphen ("Coordinaci|ón") and wraps after a hyphen ("costo-|efectividad")."""
    from xml.sax.saxutils import quoteattr
    total = sum(WIDTHS)
    width = 7.5

    def cell(text, style='body', span=1):
        attrs = f' table:number-columns-spanned="{span}"' if span > 1 else ''
        return (f'<table:table-cell table:style-name="{style}" office:value-type="string"{attrs}><text:p>{escape(text)}</text:p></table:table-cell>'
                + '<table:covered-table-cell/>' * (span - 1))

    def row(cells):
        return '<table:table-row>' + ''.join(cells) + '</table:table-row>'

    def line(text, style='line'):
        return row([cell(text, style)])

    rows = [row([cell(history.TITLE, 'title', len(WIDTHS))]), line(history.INSTITUTION), line('Avance al Documento de Trabajo:'),
            line(f'E-007 {history.NAME}'), row([])]
    for period, aspects in REPORT.items():
        rows += [line(f'Periodo {period}', 'period'), row([cell(h, 'head') for h in history.HEADER])]
        rows += [row([cell(c) for c in r]) for r in history.rows(MONTH, aspects)]
        rows.append(row([]))
    rows += [line('Periodo 2013-2014', 'period'), line(history.NONE_STATEMENT)]
    columns = ''.join(f'<table:table-column table:style-name="co{k}"/>' for k in range(len(WIDTHS)))
    column_styles = ''.join(
        f'<style:style style:name="co{k}" style:family="table-column"><style:table-column-properties style:column-width="{w / total * width:.3f}in"/></style:style>'
        for k, w in enumerate(WIDTHS))
    grid = 'fo:wrap-option="wrap" style:vertical-align="top" fo:border="0.5pt solid #000000" fo:padding="0.02in"'
    font = 'style:font-name="DejaVu Sans"'
    doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:font-face-decls><style:font-face style:name="DejaVu Sans" svg:font-family="&apos;DejaVu Sans&apos;" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"/></office:font-face-decls>
<office:automatic-styles>{column_styles}
<style:style style:name="body" style:family="table-cell"><style:table-cell-properties {grid}/><style:text-properties {font} fo:font-size="6pt"/></style:style>
<style:style style:name="head" style:family="table-cell"><style:table-cell-properties {grid}/><style:text-properties {font} fo:font-size="6pt" fo:font-weight="bold"/></style:style>
<style:style style:name="title" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap"/><style:paragraph-properties fo:text-align="center"/><style:text-properties {font} fo:font-size="9pt" fo:font-weight="bold"/></style:style>
<style:style style:name="line" style:family="table-cell"><style:text-properties {font} fo:font-size="8.5pt"/></style:style>
<style:style style:name="period" style:family="table-cell"><style:text-properties {font} fo:font-size="8.5pt" fo:font-weight="bold"/></style:style>
<style:page-layout style:name="pl"><style:page-layout-properties fo:page-width="8.5in" fo:page-height="11in" style:print-orientation="portrait"
 fo:margin-top="0.5in" fo:margin-bottom="0.5in" fo:margin-left="0.4in" fo:margin-right="0.4in"/><style:header-style/><style:footer-style/></style:page-layout>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Default" style:page-layout-name="pl"><style:header style:display="false"/><style:footer style:display="false"/></style:master-page></office:master-styles>
<office:body><office:spreadsheet><table:table table:name="E007">{columns}
{chr(10).join(rows)}
</table:table></office:spreadsheet></office:body></office:document>
'''
    work = tempfile.mkdtemp()
    try:
        with open(os.path.join(work, 'narrow.fods'), 'w', encoding='utf-8') as f:
            f.write(doc)
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf', 'narrow.fods'], cwd=work, env={**os.environ, 'HOME': work},
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copy(os.path.join(work, 'narrow.pdf'), path)
    finally:
        shutil.rmtree(work, ignore_errors=True)


os.makedirs(OUT, exist_ok=True)
write_reportlab(os.path.join(OUT, f'imss-e007-{MONTH}.reportlab.pdf'))
if '--no-calc' not in sys.argv:
    write_calc(os.path.join(OUT, f'imss-e007-{MONTH}.calc.pdf'))

#!/usr/bin/env python3
"""Writes the workbooks of the new-user trial's defects under fixtures/xlsx/trial/
with openpyxl (a writer other than asm's reader). Run once by hand; the files
are committed.

    apt-get install -y python3-openpyxl
    /usr/bin/python3 scripts/make-xlsx-trial-fixtures.py
"""
import os

from openpyxl import Workbook

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'xlsx', 'trial')
H = ['No.', 'Aspecto Susceptible de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término', '% de Avance', 'Mes y Año', 'Promedio']
ROWS = [
    [1, 'Mejorar la cobertura del seguro.', 'Elaborar padrón.', 'Dirección General de Planeación', '30/06/2016', 50, 'Septiembre-2016', 50],
    [2, 'Definir metas anuales.', 'Revisar metas.', 'Dirección de Evaluación', '31/12/2016', 20, 'Septiembre-2016', 20],
    [3, 'Actualizar el manual de operación.', 'Publicar manual.', 'Dirección Jurídica', '31/03/2016', 10, 'Septiembre-2016', 10],
    [4, 'Integrar el padrón de prestadores.', 'Depurar base.', 'Dirección de Afiliación', '30/09/2016', 0, 'Septiembre-2016', 0],
]


def titled(sheet, header=H):
    for line in ['Secretaría de Salud', 'Avance al Documento de Trabajo:', 'U005 Seguro Médico Siglo XXI', 'Periodo 2015-2016']:
        sheet.append([line])
    sheet.append(header)


def save(book, name):
    book.save(os.path.join(OUT, name))


def continuation():
    # Hoja2 continues Hoja1's table without a header, in the same columns.
    book = Workbook()
    sheet = book.active
    sheet.title = 'Hoja1'
    titled(sheet)
    for row in ROWS[:2]:
        sheet.append(row)
    second = book.create_sheet('Hoja2')
    for row in ROWS[2:]:
        second.append(row)
    save(book, 'continua-en-hoja2.xlsx')
    # The same rows one column to the right: they do not line up, so they cannot be read as the table continued.
    book = Workbook()
    sheet = book.active
    sheet.title = 'Hoja1'
    titled(sheet)
    for row in ROWS[:2]:
        sheet.append(row)
    second = book.create_sheet('Hoja2')
    for row in ROWS[2:]:
        second.append([None] + row)
    save(book, 'hoja2-desalineada.xlsx')


def literal_percent():
    book = Workbook()
    sheet = book.active
    sheet.title = 'Hoja1'
    titled(sheet)
    formats = [('0\\%', '0.00\\%'), ('0"%"', '0"%"'), ('#,##0\\%', '#,##0.0\\%')]
    for index, (progress, average) in enumerate(formats):
        row = list(ROWS[index])
        row[5] = 35 + index
        row[7] = 35 + index
        sheet.append(row)
        sheet.cell(sheet.max_row, 6).number_format = progress
        sheet.cell(sheet.max_row, 8).number_format = average
    # A real percent format in the same workbook: 0.5 is 50 %.
    row = list(ROWS[3])
    row[5] = 0.5
    row[7] = 0.5
    sheet.append(row)
    sheet.cell(sheet.max_row, 6).number_format = '0%'
    sheet.cell(sheet.max_row, 8).number_format = '0.00%'
    save(book, 'porcentaje-literal.xlsx')


def annex():
    book = Workbook()
    sheet = book.active
    titled(sheet)
    sheet.append(ROWS[0])
    sheet.append([])
    sheet.append(['Elaboró: Lic. Ana Ruiz'])
    sheet.append([])
    sheet.append(['Anexo: compromisos adicionales'])
    sheet.append(['Id', 'Compromiso', 'Acción', 'Responsable', 'Fecha', 'Avance'])
    sheet.append([1, 'Compromiso adicional pendiente.', 'Acción adicional.', 'Dirección Jurídica', '30/09/2016', '10%'])
    save(book, 'anexo-id.xlsx')


def two_row_header():
    book = Workbook()
    sheet = book.active
    titled(sheet, ['No.', 'Aspecto Susceptible de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término', 'Avance', None])
    sheet.append([None, None, None, None, None, '% de Avance', 'Promedio'])
    sheet.merge_cells('F5:G5')
    for row in ROWS[:3]:
        sheet.append(row[:5] + [row[5], row[7]])
    save(book, 'encabezado-dos-filas.xlsx')


def hidden():
    book = Workbook()
    sheet = book.active
    sheet.title = 'Hoja1'
    titled(sheet)
    sheet.append(ROWS[0])
    backup = book.create_sheet('Respaldo marzo')
    backup.append(['Periodo 2015-2016'])
    backup.append(H)
    backup.append([1, 'Mejorar la cobertura del seguro.', 'Elaborar padrón.', 'Dirección General de Planeación', '30/06/2016', 20, 'Marzo-2016', 20])
    backup.sheet_state = 'hidden'
    lookup = book.create_sheet('Calculos')
    lookup.append(H)
    lookup.append(ROWS[1])
    lookup.sheet_state = 'veryHidden'
    save(book, 'hojas-ocultas.xlsx')


def hostile_and_fraction():
    book = Workbook()
    sheet = book.active
    sheet.title = 'Hoja1'
    titled(sheet)
    first = list(ROWS[0])
    # Excel's escape of ESC (an ANSI colour sequence) and a right-to-left override.
    first[1] = 'Mejorar la _x001B_[31mcobertura\u202e del seguro.'
    sheet.append(first)
    second = list(ROWS[1])
    second[5] = '0.35'  # typed as text: 35 % or 0.35 %?
    second[7] = '0.35'
    sheet.append(second)
    save(book, 'texto-hostil-y-fraccion.xlsx')


def html_as_xls():
    # A government portal's "Excel" download: an HTML table saved with an .xls name.
    cells = ''.join(f'<th>{h}</th>' for h in H)
    rows = ''.join('<tr>' + ''.join(f'<td>{v}</td>' for v in row) + '</tr>\n' for row in ROWS[:2])
    html = (
        '<html><head><meta charset="utf-8"></head><body>\n<h2>Secretar&iacute;a de Salud</h2><p>Avance al Documento de Trabajo:</p>'
        '<p>U005 Seguro M&eacute;dico Siglo XXI</p>\n<h3>Periodo 2015-2016</h3><table><tr>' + cells + '</tr>\n' + rows + '</table></body></html>\n'
    )
    with open(os.path.join(OUT, 'html-guardado-como.xls'), 'w', encoding='utf-8') as out:
        out.write(html)


def main():
    os.makedirs(OUT, exist_ok=True)
    continuation()
    literal_percent()
    annex()
    two_row_header()
    hidden()
    hostile_and_fraction()
    html_as_xls()


if __name__ == '__main__':
    main()

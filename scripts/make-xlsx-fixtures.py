#!/usr/bin/env python3
"""Writes the workbook fixtures under fixtures/xlsx/ with writers other than
asm's reader (exceljs): openpyxl builds each workbook, LibreOffice Calc saves
it again as .xlsx (with the formulas' saved values, as an agency's Excel
would) and as old .xls. Run once by hand; the workbooks are committed.

    apt-get install -y python3-openpyxl libreoffice-calc-nogui
    /usr/bin/python3 scripts/make-xlsx-fixtures.py
"""
import datetime
import os
import shutil
import subprocess
import tempfile

from openpyxl import Workbook

OUT = os.path.join(os.path.dirname(__file__), '..', 'fixtures', 'xlsx')

HEADER = [
    'No.', 'Aspecto Susceptible de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término',
    'Resultados Esperados', 'Productos y/o Evidencias', '% de Avance de la Actividad',
    'Nombre del Documento Probatorio', 'Ubicación del Documento Probatorio', 'Observaciones', 'Mes y Año', 'Promedio',
]
# The second table of the sheet words its header otherwise, as agencies do from one year to the next.
HEADER_2 = [
    'Núm.', 'Aspecto', 'Acciones a realizar', 'Unidad responsable', 'Fecha compromiso',
    'Resultados esperados', 'Evidencias', 'Grado de avance', 'Documento probatorio', 'Liga',
    'Comentarios', 'Mes de reporte', 'Avance promedio',
]


def text(cell, value):
    """A string cell even when it starts with `=`: never a formula."""
    cell.value = value
    cell.data_type = 's'


def percent(cell, fraction):
    cell.value = fraction
    cell.number_format = '0%'


def date(cell, year, month, day):
    cell.value = datetime.date(year, month, day)
    cell.number_format = 'DD/MM/YYYY'


def informe(formulas_saved=True):
    book = Workbook()
    sheet = book.active
    sheet.title = 'Hoja1'
    sheet['A1'] = 'SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS'
    sheet.merge_cells('A1:M1')
    sheet['A2'] = 'Comisión Nacional Forestal'
    sheet.merge_cells('A2:M2')
    sheet['A3'] = 'Avance al Documento de Trabajo:'
    sheet['A4'] = 'S-219 Apoyos para el Desarrollo Forestal Sustentable'
    sheet['A6'] = 'Periodo 2014-2015'
    sheet.append([])
    for column, header in enumerate(HEADER, start=1):
        sheet.cell(row=7, column=column, value=header)

    # ASM 1: No., text, month and Promedio merged down its two activity rows; Promedio is a formula.
    sheet['A8'] = 1
    sheet['B8'] = 'Actualizar las Reglas de Operación para precisar la población objetivo del programa.'
    sheet['C8'] = 'Revisar la definición de la población objetivo con la Unidad de Asuntos Jurídicos.'
    sheet['D8'] = 'Gerencia de Planeación y Evaluación'
    date(sheet['E8'], 2015, 12, 31)  # an Excel date
    sheet['F8'] = 'Población objetivo definida'
    sheet['G8'] = 'Reglas de Operación 2016'
    percent(sheet['H8'], 1)  # 100 % stored as 1 with a percent format
    sheet['I8'] = 'Reglas de Operación 2016'
    sheet['J8'] = 'http://www.dof.gob.mx/nota_detalle.php?codigo=5421490'
    sheet['L8'] = 'Marzo-2016'
    sheet['M8'] = '=AVERAGE(H8:H9)*100'
    sheet['C9'] = 'Publicar las Reglas de Operación en el Diario Oficial de la Federación.'
    sheet['D9'] = 'Coordinación General de Gerencias Estatales'
    text(sheet['E9'], '30/06/2016')  # a date as text
    sheet['F9'] = 'Reglas publicadas'
    sheet['G9'] = 'Publicación en el DOF'
    percent(sheet['H9'], 0.35)  # 35 % stored as 0.35
    sheet['I9'] = 'DOF'
    sheet['J9'] = 'http://www.dof.gob.mx/'
    for column in 'ABLM':
        sheet.merge_cells(f'{column}8:{column}9')

    # ASM 2: one activity; progress as the number 35 and Promedio as the text "35%"; a cell that starts with "=" is text.
    sheet['A10'] = 2
    sheet['B10'] = 'Elaborar un diagnóstico de la cobertura del programa.'
    sheet['C10'] = 'Contratar el estudio de cobertura.'
    sheet['D10'] = 'Gerencia de Planeación y Evaluación'
    date(sheet['E10'], 2016, 3, 31)
    sheet['F10'] = 'Diagnóstico de cobertura'
    sheet['G10'] = 'Contrato del estudio'
    sheet['H10'] = 35
    sheet['I10'] = 'Contrato'
    sheet['J10'] = 'http://www.conafor.gob.mx/'
    text(sheet['K10'], '=HYPERLINK("http://x","clic")')
    sheet['L10'] = 'Marzo-2016'
    text(sheet['M10'], '35%')

    # A second table on the same sheet, for the next period, under a header worded otherwise.
    sheet['A12'] = 'Periodo 2015-2016'
    for column, header in enumerate(HEADER_2, start=1):
        sheet.cell(row=13, column=column, value=header)
    sheet['A14'] = 1
    sheet['B14'] = 'Fortalecer el seguimiento de los apoyos otorgados.'
    sheet['C14'] = 'Diseñar un sistema de seguimiento en línea.'
    sheet['D14'] = 'Gerencia de Informática'
    date(sheet['E14'], 2016, 9, 30)
    sheet['F14'] = 'Sistema diseñado'
    sheet['G14'] = 'Documento de diseño'
    percent(sheet['H14'], 0.5)
    sheet['I14'] = 'Diseño del sistema'
    sheet['L14'] = 'Marzo-2016'
    sheet['M14'] = '=AVERAGE(H14:H15)*100'
    sheet['C15'] = 'Poner en operación el sistema.'
    sheet['D15'] = 'Gerencia de Informática'
    date(sheet['E15'], 2016, 12, 31)
    sheet['F15'] = 'Sistema en operación'
    sheet['G15'] = 'Manual de usuario'
    percent(sheet['H15'], 0.25)
    sheet['I15'] = 'Manual'
    for column in 'ABLM':
        sheet.merge_cells(f'{column}14:{column}15')

    # A sheet that is not an ASM table: a catalogue of areas.
    catalogue = book.create_sheet('Catálogo')
    catalogue.append(['Clave', 'Área', 'Titular'])
    catalogue.append(['GPE', 'Gerencia de Planeación y Evaluación', 'Lic. Ana Pérez'])
    catalogue.append(['GI', 'Gerencia de Informática', 'Ing. Luis Gómez'])
    return book


def soffice(source, target_format, directory):
    subprocess.run(
        ['soffice', '--headless', '--calc', '--convert-to', target_format, '--outdir', directory, source],
        check=True, stdout=subprocess.DEVNULL,
    )


def main():
    os.makedirs(OUT, exist_ok=True)
    with tempfile.TemporaryDirectory() as work:
        built = os.path.join(work, 'informe-s219-2016-03.xlsx')
        informe().save(built)
        # LibreOffice recalculates and saves the formulas' values, as Excel does.
        out = os.path.join(work, 'out')
        soffice(built, 'xlsx:Calc MS Excel 2007 XML', out)
        shutil.copy(os.path.join(out, 'informe-s219-2016-03.xlsx'), os.path.join(OUT, 'informe-s219-2016-03.xlsx'))
        soffice(built, 'xls:MS Excel 97', out)
        shutil.copy(os.path.join(out, 'informe-s219-2016-03.xls'), os.path.join(OUT, 'informe-s219-2016-03.xls'))
    # openpyxl alone saves formulas without values: a workbook nobody recalculated.
    informe().save(os.path.join(OUT, 'sin-valores-de-formula.xlsx'))


if __name__ == '__main__':
    main()

#!/usr/bin/python3
"""Writes fixtures/history/: four follow-up reports of one program (IMSS E007,
March and September of 2015 and 2016), as tab-separated text like the seed,
and September 2015 also as a CSV in asm's column layout, written with Python's
csv module (not by asm). Together they hold every change `asm diff` knows:
new, concluded, progress-increased, progress-decreased, dropped-vigente,
dropped-concluded, due-date-moved (later and earlier), activity-added,
activity-removed, text-changed and renumbered.

    /usr/bin/python3 scripts/history/make-fixtures.py --pdf   # --pdf: also September 2016 as a PDF (reportlab)
"""
import csv
import os
import sys

OUT = os.path.join(os.path.dirname(__file__), '..', '..', 'fixtures', 'history')
INSTITUTION = 'Instituto Mexicano del Seguro Social'
CODE, NAME = 'E007', 'Servicios de guardería'
TITLE = 'SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS'
MONTHS = {'2015-03': 'Marzo-2015', '2015-09': 'Septiembre-2015', '2016-03': 'Marzo-2016', '2016-09': 'Septiembre-2016'}
HEADER = ['No.', 'Aspecto Susceptible de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término', 'Resultados Esperados',
          'Productos y/o Evidencias', '% de Avance de la Actividad', 'Nombre del Documento Probatorio',
          'Ubicación del Documento Aprobatorio', 'Observaciones', 'Mes y Año', 'Promedio']
PLANEACION = 'Coordinación de Planeación y Evaluación'
GUARDERIAS = 'Coordinación del Servicio de Guardería para el Desarrollo Integral Infantil'
SUPERVISION = 'División de Supervisión de Guarderías'
URL = 'http://www.imss.gob.mx/derechoh/guarderias'

# Texts that stay the same from report to report.
T1 = 'Actualizar el diagnóstico del programa con información de la demanda potencial de lugares de guardería por entidad federativa.'
T2 = 'Integrar un padrón único de beneficiarios que permita conocer las características de los niños atendidos y de sus madres y padres trabajadores.'
T3 = 'Revisar los indicadores de Fin y Propósito de la MIR a fin de que midan la contribución del servicio a la permanencia laboral de las madres trabajadoras.'
T4 = 'Documentar el proceso de supervisión de guarderías, incluidas las visitas de verificación de medidas de seguridad y protección civil.'
T5 = 'Definir y cuantificar la población potencial y la población objetivo del programa.'
T5b = 'Definir y cuantificar la población potencial, la población objetivo y la población atendida del programa, con una metodología documentada.'
T6 = 'Implementar una encuesta de satisfacción de los usuarios del servicio de guardería.'
N1 = 'Elaborar un estudio de costo-efectividad de los esquemas de prestación del servicio (madres IMSS, vecinal comunitario, integradora y campo).'
N2 = 'Establecer metas anuales de cobertura por delegación en función de la demanda no atendida.'
N2b = 'Establecer metas anuales de cobertura por delegación y por esquema de prestación en función de la demanda no atendida.'
N3 = 'Publicar los resultados de las supervisiones a guarderías en el portal de datos abiertos del Instituto.'


def act(description, area, due, progress, results='', evidence='', proof='', location='', observations=''):
    return dict(description=description, area=area, due=due, progress=progress, results=results, evidence=evidence,
                proof=proof, location=location, observations=observations)


A1 = lambda p: act('Elaborar el documento de diagnóstico actualizado con la demanda potencial por entidad federativa.', PLANEACION, '30/06/2015', p,
                   'Diagnóstico actualizado', 'Documento de diagnóstico 2015', *(('Diagnostico_E007_2015.pdf', URL) if p == 100 else ('', '')),
                   'Se integró la información de la Encuesta Nacional de Empleo y Seguridad Social.' if p == 100 else 'Se recopila la información de las delegaciones.')
A2 = lambda p: act('Diseñar e integrar la base de datos del padrón de beneficiarios en el Sistema de Guarderías (SIG).', GUARDERIAS, '31/12/2015', p,
                   'Padrón único de beneficiarios', 'Base de datos del padrón', *(('Padron_SIG_2016.xlsx', URL) if p == 100 else ('', '')),
                   'Concluida la integración del padrón en el SIG.' if p == 100 else 'En desarrollo el módulo del padrón en el SIG.')
A3 = lambda p: act('Proponer a la SHCP la modificación de los indicadores de Fin y Propósito en el proceso de mejora de la MIR 2016.', PLANEACION, '30/09/2015', p,
                   'Indicadores modificados', 'MIR 2016', '', '', 'La propuesta se encuentra en revisión por la SHCP.')
A4 = lambda p, due: act('Elaborar el manual del proceso de supervisión y someterlo a autorización.', SUPERVISION, due, p,
                        'Manual de supervisión autorizado', 'Manual de procedimientos', '', '',
                        'Se reprogramó la fecha por la actualización de la Ley General de Prestación de Servicios para la Atención, Cuidado y Desarrollo Integral Infantil.' if due != '31/12/2015' else 'Se elabora el primer borrador del manual.')
A5 = lambda p: act('Elaborar la nota metodológica de cuantificación de las poblaciones.', PLANEACION, '30/06/2015', p,
                   'Nota metodológica', 'Nota metodológica de poblaciones', *(('Nota_Poblaciones_E007.pdf', URL) if p == 100 else ('', '')),
                   'Nota aprobada por el Comité de Evaluación.' if p == 100 else 'La nota se encuentra en revisión.')
A6a = lambda p: act('Diseñar el cuestionario de la encuesta de satisfacción.', GUARDERIAS, '31/03/2016', p, 'Cuestionario validado', 'Cuestionario',
                    *(('Cuestionario_Satisfaccion_2016.pdf', URL) if p == 100 else ('', '')), 'Cuestionario validado por la Coordinación.' if p == 100 else 'En diseño.')
A6b = lambda p: act('Levantar la encuesta en una muestra de guarderías de las 35 delegaciones.', GUARDERIAS, '30/09/2016', p, 'Resultados de la encuesta', 'Base de datos de la encuesta', '', '', 'Piloto en tres delegaciones.')
A6c = lambda p: act('Publicar los resultados de la encuesta de satisfacción.', GUARDERIAS, '31/12/2016', p, 'Informe de resultados', 'Informe publicado', '', '', 'Pendiente el levantamiento.')
B1 = lambda p: act('Contratar el estudio de costo-efectividad con una institución académica.', PLANEACION, '31/12/2016', p, 'Estudio de costo-efectividad', 'Contrato y entregables', '', '', 'En proceso de contratación.')
B2 = lambda p: act('Definir las metas de cobertura en el Programa Anual de Trabajo de cada delegación.', GUARDERIAS, '30/06/2017', p, 'Metas de cobertura por delegación', 'Programas Anuales de Trabajo', '', '', 'Sin avance en el periodo.')
B3 = lambda p: act('Publicar trimestralmente los resultados de supervisión en datos.gob.mx.', SUPERVISION, '31/03/2017', p, 'Conjunto de datos publicado', 'Liga al conjunto de datos', '', '', 'Se definen los campos a publicar.')

NONE_STATEMENT = 'No se identificaron aspectos susceptibles de mejora vigentes, es decir, aspectos cuyo avance es menor al 100%.'

REPORTS = {
    '2015-03': {'2014-2015': [(1, T1, [A1(40)]), (2, T2, [A2(20)]), (3, T3, [A3(50)]), (4, T4, [A4(10, '31/12/2015')]),
                              (5, T5, [A5(60)]), (6, T6, [A6a(0)])]},
    '2015-09': {'2014-2015': [(1, T1, [A1(100)]), (2, T2, [A2(35)]), (3, T3, [A3(45)]), (4, T4, [A4(30, '30/06/2016')]),
                              (5, T5b, [A5(80)]), (6, T6, [A6a(20), A6b(20)])]},
    '2016-03': {'2015-2016': [(1, N1, [B1(10)]), (2, N2, [B2(0)])],
                '2014-2015': [(2, T2, [A2(70)]), (3, T4, [A4(45, '30/06/2016')]), (5, T5b, [A5(100)]), (6, T6, [A6a(100), A6b(0), A6c(0)])]},
    '2016-09': {'2015-2016': [(1, N1, [B1(40)]), (2, N2b, [B2(0)]), (3, N3, [B3(15)])],
                '2014-2015': [(2, T2, [A2(100)]), (3, T4, [A4(60, '31/05/2016')]), (6, T6, [A6a(100), A6c(60)])]},
}


def average(activities):
    return sum(a['progress'] for a in activities) / len(activities)


def rows(month, aspects):
    for number, text, activities in aspects:
        for index, a in enumerate(activities):
            first = index == 0
            yield [str(number) if first else '', text if first else '', a['description'], a['area'], a['due'], a['results'], a['evidence'],
                   str(a['progress']), a['proof'], a['location'], a['observations'], MONTHS[month] if first else '',
                   f'{average(activities):.2f}%' if first else '']


def write_text(month, report):
    lines = ['', f'# {TITLE}', '', INSTITUTION, 'Avance al Documento de Trabajo:', f'E-007 {NAME}', '']
    for period, aspects in report.items():
        lines += [f'#### Periodo {period}', '', '\t'.join(HEADER)]
        lines += ['\t'.join(row) for row in rows(month, aspects)]
        lines.append('')
    lines += ['#### Periodo 2013-2014', '', NONE_STATEMENT, '']
    with open(os.path.join(OUT, f'imss-e007-{month}.txt'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(lines))


def write_pdf(month, report, path):
    """The report as a PDF laid out by reportlab (python3-reportlab): title lines, then per period a ruled table
    whose cells wrap, as an agency's report generator would print it."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import LETTER, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import inch
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from xml.sax.saxutils import escape
    pdfmetrics.registerFont(TTFont('DejaVu', '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf'))
    pdfmetrics.registerFont(TTFont('DejaVu-Bold', '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'))
    body = ParagraphStyle('body', fontName='DejaVu', fontSize=6, leading=7.5)
    head = ParagraphStyle('head', parent=body, fontName='DejaVu-Bold')
    title = ParagraphStyle('title', parent=head, fontSize=9, leading=11, alignment=1)
    line = ParagraphStyle('line', parent=body, fontSize=8.5, leading=11)
    widths = [0.35, 1.35, 1.25, 0.95, 0.65, 0.9, 0.8, 0.7, 0.95, 0.95, 1.0, 0.8, 0.6]
    page = landscape(LETTER)
    scale = (page[0] - 0.8 * inch) / (sum(widths) * inch)
    story = [Paragraph(escape(TITLE), title), Spacer(1, 6), Paragraph(escape(INSTITUTION), line),
             Paragraph('Avance al Documento de Trabajo:', line), Paragraph(f'E-007 {escape(NAME)}', line), Spacer(1, 6)]
    for period, aspects in report.items():
        story += [Paragraph(f'Periodo {period}', ParagraphStyle('period', parent=head, fontSize=8.5, leading=11)), Spacer(1, 3)]
        data = [[Paragraph(escape(h), head) for h in HEADER]] + [[Paragraph(escape(c), body) for c in row] for row in rows(month, aspects)]
        table = Table(data, colWidths=[w * inch * scale for w in widths], repeatRows=1)
        table.setStyle(TableStyle([('GRID', (0, 0), (-1, -1), 0.5, colors.black), ('VALIGN', (0, 0), (-1, -1), 'TOP')]))
        story += [table, Spacer(1, 8)]
    story += [Paragraph('Periodo 2013-2014', ParagraphStyle('period2', parent=head, fontSize=8.5, leading=11)), Paragraph(escape(NONE_STATEMENT), line)]
    SimpleDocTemplate(path, pagesize=page, leftMargin=0.4 * inch, rightMargin=0.4 * inch, topMargin=0.5 * inch, bottomMargin=0.5 * inch,
                      title='Avance al Documento de Trabajo E007', author='', creator='reportlab', invariant=1).build(story)


def write_csv(month, report):
    lead = ['Institución', 'Clave del Programa', 'Nombre del Programa', 'Mes del Reporte', 'Tipo de Documento', 'Clasificación',
            'Título del Documento', 'Periodo', 'Declaración del Periodo']
    with open(os.path.join(OUT, f'imss-e007-{month}.csv'), 'w', encoding='utf-8', newline='') as f:
        writer = csv.writer(f)
        writer.writerow(lead + HEADER)
        meta = [INSTITUTION, CODE, NAME, month, 'Avance al Documento de Trabajo', 'especificos', TITLE]
        for period, aspects in report.items():
            for row in rows(month, aspects):
                writer.writerow(meta + [period, ''] + row)
        writer.writerow(meta + ['2013-2014', NONE_STATEMENT] + [''] * len(HEADER))


os.makedirs(OUT, exist_ok=True)
for month, report in REPORTS.items():
    write_text(month, report)
# September 2015 also as CSV: the same report from another source (asm diff across formats, and the store's
# two reports of one program and month).
write_csv('2015-09', REPORTS['2015-09'])

# With --pdf, September 2016 also as a PDF laid out by reportlab (Debian's python3-reportlab: run with /usr/bin/python3).
if '--pdf' in sys.argv:
    write_pdf('2016-09', REPORTS['2016-09'], os.path.join(OUT, 'imss-e007-2016-09.pdf'))

# -*- coding: utf-8 -*-
"""Content of the new-user ASM reports. Each doc: meta + columns + periods.
A row is a dict keyed by column key; ASM cells only on its first activity row."""

C13 = [
    ("number", "No."), ("text", "Aspecto Susceptible de Mejora"), ("description", "Actividades"),
    ("area", "Área Responsable"), ("due", "Fecha de Término"), ("results", "Resultados Esperados"),
    ("evidence", "Productos y/o Evidencias"), ("progress", "% de Avance"),
    ("proofName", "Nombre del Documento Probatorio"), ("proofLoc", "Ubicación del Documento Probatorio"),
    ("obs", "Observaciones"), ("month", "Mes y Año"), ("avg", "Promedio"),
]


def A(number, text, month, avg, acts):
    """An ASM: its own cells go on the first activity row."""
    rows = []
    for i, a in enumerate(acts):
        r = dict(a)
        if i == 0:
            r.update(number=number, text=text, month=month, avg=avg)
        rows.append(r)
    return rows


def act(description, area, due, results, evidence, progress="", proofName="", proofLoc="", obs=""):
    return dict(description=description, area=area, due=due, results=results, evidence=evidence,
                progress=progress, proofName=proofName, proofLoc=proofLoc, obs=obs)


# ---------------------------------------------------------------- n1
N1 = dict(
    name="n1",
    title="SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS",
    institution="Comisión Nacional de Riego Tecnificado",
    doctype="Avance al Documento de Trabajo",
    program="S-312 Programa de Tecnificación del Riego Agrícola",
    columns=C13,
    periods=[
        ("2016-2017", None,
         A("1", "Actualizar el diagnóstico del problema que atiende el programa con información del Censo Agropecuario.", "Marzo-2018", "100.00%", [
             act("Elaborar el documento de diagnóstico con la cuantificación de las unidades de riego con baja eficiencia.",
                 "Subdirección General de Infraestructura Hidroagrícola", "29/09/2017", "Diagnóstico actualizado.",
                 "Documento de diagnóstico 2017.", "100", "Diagnostico_S312_2017.pdf",
                 "https://www.gob.mx/conarit/documentos/diagnostico-s312-2017",
                 "El diagnóstico se presentó al Comité Técnico en su sesión ordinaria de octubre."),
         ])
         + A("2", "Definir la población potencial y objetivo en hectáreas y en productores.", "Marzo-2018", "65.00%", [
             act("Revisar la metodología de cuantificación de la población potencial.",
                 "Gerencia de Distritos de Riego", "31/10/2017", "Metodología revisada.", "Nota metodológica.",
                 "100", "Nota_metodologica_poblaciones.pdf", "Archivo de la Gerencia de Distritos de Riego",
                 "Se incorporaron los padrones de usuarios de 86 distritos."),
             act("Publicar la cuantificación en las Reglas de Operación 2019.",
                 "Coordinación de Asuntos Jurídicos", "31/12/2018", "Poblaciones publicadas en las Reglas de Operación.",
                 "Reglas de Operación 2019.", "30", "", "",
                 "El anteproyecto de Reglas de Operación se encuentra en revisión."),
         ])
         + A("3", "Establecer metas de ahorro de agua por tipo de sistema de riego.", "Marzo-2018", "40.00%", [
             act("Medir el consumo de agua antes y después de la tecnificación en una muestra de parcelas.",
                 "Instituto de Hidráulica Agrícola", "30/06/2018", "Línea base de consumo por sistema de riego.",
                 "Informe de mediciones de campo.", "60", "Informe_mediciones_2017", "En proceso",
                 "Se han medido 142 de 240 parcelas de la muestra en los estados de Sonora, Sinaloa y Guanajuato."),
             act("Incorporar las metas de ahorro a la Matriz de Indicadores para Resultados.",
                 "Unidad de Planeación y Evaluación", "31/08/2018", "Indicador de ahorro de agua en la MIR.",
                 "MIR 2019.", "20", "", "", "Depende de la línea base."),
         ])
         + A("4", "Integrar un padrón único de beneficiarios con clave de productor y superficie tecnificada.", "Marzo-2018", "0.00%", [
             act("Homologar los registros de beneficiarios de las direcciones locales.",
                 "Gerencia de Tecnologías de la Información", "15/12/2017", "Padrón homologado.",
                 "Base de datos del padrón.", "0", "", "",
                 "No se asignó presupuesto para el desarrollo del sistema en 2017."),
         ])),
        ("2015-2016", None,
         A("1", "Contar con un mecanismo de seguimiento a los proyectos apoyados después de su entrega.", "Marzo-2018", "90.00%", [
             act("Diseñar la cédula de visita de seguimiento a proyectos concluidos.",
                 "Gerencia de Distritos de Riego", "31/03/2016", "Cédula de seguimiento aprobada.", "Cédula y guía de llenado.",
                 "100", "Cedula_seguimiento_2016.pdf", "https://www.gob.mx/conarit/documentos/cedula-seguimiento",
                 "Se aplicó por primera vez en el segundo semestre de 2016."),
             act("Aplicar la cédula al 20% de los proyectos concluidos cada año.",
                 "Direcciones Locales", "31/12/2017", "Reporte anual de visitas de seguimiento.",
                 "Reportes de visita.", "80", "Reporte_visitas_2017.xlsx", "Archivo de la Gerencia de Distritos de Riego",
                 "Se visitó el 16% de los proyectos concluidos en 2017."),
         ])),
        ("2014-2015", "No se identificaron aspectos susceptibles de mejora vigentes, es decir, aspectos cuyo avance es menor al 100%.", []),
    ],
)

# ---------------------------------------------------------------- n2: other order, renamed, no Promedio
N2 = dict(
    name="n2",
    title="AVANCE AL DOCUMENTO DE TRABAJO DE LOS ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO INSTITUCIONALES",
    institution="Instituto Nacional de Artesanías y Oficios Tradicionales",
    doctype="Avance al Documento de Trabajo",
    program="Programa presupuestario: U-045 Apoyo a la Comercialización Artesanal",
    columns=[
        ("number", "No."), ("text", "Aspecto Susceptible de Mejora"), ("area", "Unidad Responsable"),
        ("description", "Acciones de Mejora"), ("due", "Fecha compromiso"), ("progress", "% de avance"),
        ("evidence", "Productos y/o Evidencias"), ("results", "Resultados Esperados"), ("obs", "Observaciones"),
        ("proofLoc", "Ubicación del Documento Probatorio"), ("proofName", "Identificación del Documento Probatorio"),
        ("month", "Mes y Año"),
    ],
    periods=[
        ("2017-2018", None,
         A("1", "Elaborar un padrón de artesanos con información sobre rama artesanal, localidad y lengua indígena.", "Septiembre-2018", "", [
             act("Diseñar la cédula de registro de artesanos y su instructivo.", "Dirección de Operación Regional",
                 "28/02/2018", "Cédula de registro autorizada.", "Cédula e instructivo de llenado.", "100",
                 "Cedula_registro_artesanos.pdf", "https://www.gob.mx/inaot/documentos/cedula-registro",
                 "La cédula incluye la variable de lengua indígena conforme al catálogo del INALI."),
             act("Levantar el registro en los centros de acopio de Oaxaca, Chiapas, Guerrero y Michoacán.",
                 "Dirección de Operación Regional", "31/10/2018", "Padrón con al menos 12,000 artesanos.",
                 "Base de datos del padrón.", "55", "Padron_artesanos_avance.xlsx", "Archivo de la Dirección de Operación Regional",
                 "Al 31 de agosto se registraron 6,640 artesanos."),
         ])
         + A("2", "Medir el ingreso de los artesanos apoyados antes y después de la comercialización.", "Septiembre-2018", "", [
             act("Incluir preguntas de ingreso en la cédula de registro.", "Subdirección de Planeación",
                 "28/02/2018", "Preguntas de ingreso incorporadas.", "Cédula de registro.", "100",
                 "Cedula_registro_artesanos.pdf", "https://www.gob.mx/inaot/documentos/cedula-registro", ""),
             act("Aplicar una encuesta de seguimiento seis meses después de la compra.", "Subdirección de Planeación",
                 "31/03/2019", "Reporte de cambio en el ingreso.", "Informe de encuesta.", "10", "", "",
                 "El cuestionario se encuentra en prueba piloto en dos tiendas."),
         ])
         + A("3", "Documentar los criterios de fijación de precios de compra de las artesanías.", "Septiembre-2018", "", [
             act("Publicar los lineamientos de valuación de piezas artesanales.", "Dirección Comercial",
                 "30/06/2018", "Lineamientos publicados en la Normateca.", "Lineamientos de valuación.", "100",
                 "Lineamientos_valuacion_2018.pdf", "https://www.gob.mx/inaot/normateca/lineamientos-valuacion",
                 "Aprobados por la Junta de Gobierno el 14/06/2018."),
         ])),
    ],
)

# ---------------------------------------------------------------- n3: Documento de Trabajo, 7 columns
N3 = dict(
    name="n3",
    title="DOCUMENTO DE TRABAJO DE LOS ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO INTERINSTITUCIONALES",
    institution="Agencia Federal de Caminos Rurales",
    doctype="Documento de Trabajo",
    program="Programa E-019 Conservación de Caminos Rurales y Alimentadores",
    columns=[
        ("number", "No."), ("text", "Aspecto Susceptible de Mejora"), ("description", "Actividades"),
        ("area", "Área Responsable"), ("due", "Fecha de Término"), ("results", "Resultados Esperados"),
        ("evidence", "Productos y/o Evidencias"),
    ],
    periods=[
        ("2018-2019", None,
         A("1", "Priorizar los tramos de conservación con un índice de estado físico del camino.", "", "", [
             act("Definir el índice de estado físico y su método de levantamiento.", "Dirección Técnica",
                 "31/05/2019", "Índice definido y documentado.", "Manual del índice de estado físico."),
             act("Levantar el índice en los tramos de la red rural de las 32 entidades.", "Centros SCT Estatales",
                 "30/11/2019", "Inventario de tramos con su índice.", "Base de datos del inventario."),
         ])
         + A("2", "Coordinar con los municipios el mantenimiento rutinario de los caminos conservados.", "", "", [
             act("Firmar convenios de mantenimiento rutinario con los municipios de los tramos atendidos.",
                 "Unidad de Asuntos Jurídicos", "31/08/2019", "Convenios firmados.", "Convenios de colaboración."),
         ])
         + A("3", "Registrar el costo por kilómetro de los trabajos de conservación por tipo de superficie.", "", "", [
             act("Incluir el tipo de superficie y el costo en el sistema de seguimiento de obra.",
                 "Dirección de Programación y Presupuesto", "30/04/2019", "Costos por kilómetro registrados.",
                 "Reporte del sistema de seguimiento."),
             act("Publicar un tabulador de referencia de costos por kilómetro.", "Dirección Técnica",
                 "31/12/2019", "Tabulador publicado.", "Tabulador de costos 2020."),
         ])),
    ],
)

# ---------------------------------------------------------------- n4: Avance with Promedio, 2 periods, used for sub-item numbering
N4 = dict(
    name="n4",
    title="SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO INTERGUBERNAMENTALES, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS",
    institution="Consejo Nacional de Protección Civil Comunitaria",
    doctype="Avance al Documento de Trabajo",
    program="P-027 Prevención y Gestión Integral de Riesgos Comunitarios",
    columns=C13,
    periods=[
        ("2016-2017", None,
         A("1", "Contar con atlas municipales de riesgo actualizados en los municipios de alta marginación.", "Septiembre-2017", "70.00%", [
             act("Elaborar la guía metodológica para atlas municipales de riesgo.", "Dirección General de Gestión de Riesgos",
                 "31/01/2017", "Guía publicada.", "Guía metodológica.", "100", "Guia_atlas_municipales.pdf",
                 "https://www.gob.mx/cnpcc/documentos/guia-atlas", "Se difundió a las 32 coordinaciones estatales."),
             act("Capacitar a los responsables municipales en la elaboración de atlas.", "Escuela Nacional de Protección Civil",
                 "30/06/2017", "Personal municipal capacitado.", "Listas de asistencia y constancias.", "80",
                 "Constancias_capacitacion_2017.zip", "Archivo de la Escuela Nacional de Protección Civil",
                 "Se capacitó a personal de 410 de 512 municipios."),
             act("Publicar los atlas concluidos en el Sistema Nacional de Información de Riesgos.",
                 "Dirección General de Gestión de Riesgos", "31/12/2017", "Atlas disponibles en línea.",
                 "Atlas publicados.", "30", "", "", "Se publicaron 154 atlas."),
         ])
         + A("2", "Vincular los apoyos de reconstrucción con los atlas de riesgo.", "Septiembre-2017", "100.00%", [
             act("Modificar los lineamientos de operación para exigir la consulta del atlas.", "Unidad de Asuntos Jurídicos",
                 "30/04/2017", "Lineamientos modificados.", "Acuerdo publicado en el DOF.", "100", "DOF_28042017_lineamientos",
                 "https://www.dof.gob.mx/nota_detalle.php?codigo=5480123&fecha=28/04/2017", ""),
         ])),
        ("2015-2016", None,
         A("1", "Definir indicadores de resultados sobre la reducción de pérdidas por desastres.", "Septiembre-2017", "50.00%", [
             act("Construir el indicador de pérdidas por desastre per cápita.", "Dirección General de Análisis y Gestión",
                 "31/12/2016", "Ficha técnica del indicador.", "Ficha técnica.", "100", "Ficha_indicador_perdidas.pdf",
                 "https://www.gob.mx/cnpcc/documentos/ficha-perdidas", ""),
             act("Reportar la línea base del indicador en la MIR.", "Unidad de Planeación y Evaluación",
                 "30/09/2017", "Línea base reportada.", "MIR 2018.", "0", "", "",
                 "En espera de la validación de las cifras por la SHCP."),
         ])),
    ],
)

# ---------------------------------------------------------------- n5: many ASMs (for multi-page)
_areas = ["Dirección General de Ordenamiento Pesquero", "Dirección de Inspección y Vigilancia",
          "Unidad de Planeación y Evaluación", "Dirección de Investigación Pesquera",
          "Oficinas de Pesca Estatales"]
_subjects = [
    ("Definir zonas de refugio pesquero en las lagunas costeras del Golfo de México.", "Publicar los acuerdos de zonas de refugio en el DOF."),
    ("Actualizar las cartas nacionales pesqueras de las especies de escama.", "Elaborar las fichas de evaluación de 14 especies de escama."),
    ("Integrar el registro de embarcaciones menores con su permiso vigente.", "Depurar el registro de embarcaciones con bajas y permisos vencidos."),
    ("Medir el efecto de los apoyos de motores ecológicos en el consumo de combustible.", "Levantar una encuesta a beneficiarios del apoyo a motores."),
    ("Fortalecer la inspección en temporadas de veda del camarón y la jaiba.", "Programar operativos conjuntos con la Secretaría de Marina."),
    ("Difundir las tallas mínimas de captura entre las cooperativas.", "Distribuir carteles y trípticos en las oficinas de pesca."),
    ("Contar con un padrón de pescadores ribereños con clave única.", "Asignar la clave única a los pescadores registrados."),
    ("Evaluar el estado de las pesquerías de pulpo en la península de Yucatán.", "Realizar los cruceros de prospección de pulpo."),
    ("Vincular el apoyo de arte de pesca con el cumplimiento de las vedas.", "Incluir la constancia de cumplimiento en los requisitos."),
    ("Publicar los resultados de la inspección por entidad federativa.", "Elaborar el informe anual de inspección y vigilancia."),
    ("Estimar la población objetivo con base en el Censo Económico.", "Documentar la metodología de estimación de la población objetivo."),
    ("Homologar los formatos de avisos de arribo de las oficinas estatales.", "Emitir el formato único de aviso de arribo."),
]
_rows5 = []
_progs = [(100, 100), (100, 40), (75,), (100,), (50, 0), (100,), (20,), (100, 60), (0,), (100,), (90,), (100, 100)]
_days = ["31/01/2018", "28/02/2018", "30/04/2018", "31/05/2018", "29/06/2018", "31/07/2018", "31/08/2018", "28/09/2018",
         "31/10/2018", "30/11/2018", "14/12/2018", "31/12/2018", "31/03/2019", "30/06/2019"]
_k = 0
for i, ((subj, actv), progs) in enumerate(zip(_subjects, _progs), start=1):
    acts = []
    for j, p in enumerate(progs):
        d = _days[_k % len(_days)]; _k += 1
        name = f"Evidencia_S288_{i:02d}_{j + 1}.pdf" if p == 100 else ("" if p == 0 else f"Avance_S288_{i:02d}_{j + 1}.pdf")
        loc = f"https://www.gob.mx/inapesca/documentos/asm-{i:02d}-{j + 1}" if p == 100 else ("" if p == 0 else "Archivo de la Unidad de Planeación y Evaluación")
        acts.append(act(actv if j == 0 else "Dar seguimiento trimestral al cumplimiento de la actividad anterior.",
                        _areas[(i + j) % len(_areas)], d, "Producto concluido y publicado.",
                        "Informe y oficio de entrega.", str(p), name, loc,
                        "Sin observaciones." if p == 100 else f"Avance reportado al corte de septiembre ({p}%)."))
    avg = sum(progs) / len(progs)
    _rows5 += A(str(i), subj, "Septiembre-2018", f"{avg:.2f}%", acts)

N5 = dict(
    name="n5",
    title="SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS",
    institution="Instituto Nacional de Pesca Ribereña",
    doctype="Avance al Documento de Trabajo",
    program="S-288 Fomento a la Pesca Ribereña Sustentable",
    columns=C13,
    periods=[("2017-2018", None, _rows5),
             ("2016-2017", "No se identificaron aspectos susceptibles de mejora vigentes, es decir, aspectos cuyo avance es menor al 100%.", [])],
)

DOCS = [N1, N2, N3, N4, N5]


def text_form(doc):
    out = ["# " + doc["title"], "", doc["institution"], doc["doctype"], doc["program"], ""]
    for period, statement, rows in doc["periods"]:
        out += ["## Periodo " + period, ""]
        if statement:
            out += [statement, ""]
            continue
        out.append("\t".join(h for _, h in doc["columns"]))
        for r in rows:
            out.append("\t".join(r.get(k, "") for k, _ in doc["columns"]))
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    for d in DOCS:
        with open(f"/tmp/newuser/{d['name']}.txt", "w", encoding="utf-8") as f:
            f.write(text_form(d))
        print("wrote", d["name"])

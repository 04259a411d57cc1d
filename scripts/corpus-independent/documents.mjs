// The logical content of the corpus: five invented ASM follow-up reports.
// Every renderer (HTML for Writer/Chromium/wkhtmltopdf, xlsx for Calc,
// reportlab) and the expected text form (fixtures/corpus-independent/<id>.txt) are made
// from these objects, so a PDF and its .txt always say the same thing.
//
// Content rules (so that the text is recoverable from any PDF):
// - never "X- Y" or "X/ Y" (a space after a hyphen or slash): a line break
//   after "-" or "/" is joined without a space by a reader;
// - typed values are single tokens: 30/06/2016, 100, 45.50%, Septiembre-2016;
// - institutions and programs are invented.
//
// An aspect's `average` is left out: it is the mean of its activities'
// progress, written as "NN.NN%" (see withAverages below).

export const STATEMENT =
  'No se identificaron aspectos susceptibles de mejora vigentes, es decir, aspectos cuyo avance es menor al 100%.';

/** Column key → header wording, per table shape. Keys are those of src/core/headers.ts. */
const COLS13 = [
  ['number', 'No.'],
  ['text', 'Aspecto Susceptible de Mejora'],
  ['description', 'Actividades'],
  ['responsibleArea', 'Área Responsable'],
  ['dueDate', 'Fecha de Término'],
  ['expectedResults', 'Resultados Esperados'],
  ['evidence', 'Productos y/o Evidencias'],
  ['progress', '% de Avance de la Actividad'],
  ['proofName', 'Nombre del Documento Probatorio'],
  ['proofLocation', 'Ubicación del Documento Probatorio'],
  ['observations', 'Observaciones'],
  ['reportMonth', 'Mes y Año'],
  ['average', 'Promedio'],
];

const COLS13_ALT = [
  ['number', 'No.'],
  ['text', 'Aspecto Susceptible de Mejora'],
  ['description', 'Actividades'],
  ['responsibleArea', 'Área Responsable'],
  ['dueDate', 'Fecha de Término'],
  ['expectedResults', 'Resultados Esperados'],
  ['evidence', 'Productos y/o Evidencias'],
  ['progress', '% de Avance'],
  ['proofName', 'Identificación del Documento Probatorio'],
  ['proofLocation', 'Ubicación del Documento Probatorio'],
  ['observations', 'Observaciones'],
  ['reportMonth', 'Mes y Año'],
  ['average', 'Promedio'],
];

const COLS10 = [
  ['number', 'Núm.'],
  ['text', 'ASPECTOS SUSCEPTIBLES DE MEJORA'],
  ['responsibleArea', 'Unidad Responsable'],
  ['description', 'Acciones de mejora'],
  ['dueDate', 'Fecha compromiso'],
  ['expectedResults', 'Resultados esperados'],
  ['evidence', 'Evidencias'],
  ['progress', '% de avance de la actividad'],
  ['proofName', 'Documento probatorio'],
  ['observations', 'Observaciones'],
];

const COLS7 = [
  ['number', 'No.'],
  ['text', 'Aspecto Susceptible de Mejora'],
  ['description', 'Actividades'],
  ['responsibleArea', 'Área Responsable'],
  ['dueDate', 'Fecha de Término'],
  ['expectedResults', 'Resultados Esperados'],
  ['evidence', 'Productos y/o Evidencias'],
];

const COLS9 = [
  ['number', 'No.'],
  ['text', 'Aspecto Susceptible de Mejora'],
  ['description', 'Actividades'],
  ['responsibleArea', 'Área Responsable'],
  ['dueDate', 'Fecha de Término'],
  ['evidence', 'Productos y/o Evidencias'],
  ['progress', '% de Avance'],
  ['observations', 'Observaciones'],
  ['average', 'Promedio'],
];

const TITLE_ESPECIFICOS =
  'SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS';

// ---------------------------------------------------------------------------
// D1: 13 columns with Promedio, one activity per ASM, long observations.
const d1 = {
  id: 'd1',
  shape: '13 columns with Promedio; one activity per ASM; long observations; three statement-only periods',
  title: TITLE_ESPECIFICOS,
  institution: 'Comisión Federal de Pesca Responsable',
  documentType: 'Avance al Documento de Trabajo',
  program: 'E-009 Inspección y vigilancia de la actividad pesquera y acuícola',
  columns: COLS13,
  periods: [
    {
      period: '2015-2016',
      aspects: [
        {
          number: '1',
          text: 'Precisar en el objetivo de Propósito de la MIR la población que recibe las acciones de inspección y vigilancia, distinguiendo a los pescadores ribereños de la flota mayor.',
          reportMonth: 'Septiembre-2016',
          activities: [
            {
              description: 'Revisar con la Unidad de Evaluación la redacción del Propósito y someter la propuesta al proceso de mejora de la Matriz de Indicadores para Resultados del ejercicio fiscal 2016.',
              responsibleArea: 'Dirección General de Planeación, Programación y Evaluación',
              dueDate: '30/06/2016',
              expectedResults: 'Propósito de la MIR con población objetivo identificada.',
              evidence: 'MIR 2016 registrada en el PASH.',
              progress: '100',
              proofName: 'MIR_E009_2016',
              proofLocation: 'https://www.gob.mx/cofepres/documentos/mir-e009-2016',
              observations: 'El Propósito quedó redactado como: "Las unidades económicas pesqueras y acuícolas cumplen con la normatividad aplicable mediante acciones de inspección y vigilancia". La población objetivo se desagrega en embarcaciones menores y embarcaciones mayores, conforme al Registro Nacional de Pesca y Acuacultura.',
            },
          ],
        },
        {
          number: '2',
          text: 'Construir un indicador de resultados que mida la reducción de la pesca ilegal en las zonas prioritarias de vigilancia.',
          reportMonth: 'Septiembre-2016',
          activities: [
            {
              description: 'Diseñar la ficha técnica del indicador "Porcentaje de embarcaciones inspeccionadas sin irregularidades" y validar su línea base con las oficinas regionales.',
              responsibleArea: 'Dirección General de Inspección y Vigilancia',
              dueDate: '31/08/2016',
              expectedResults: 'Indicador de resultados con ficha técnica y línea base.',
              evidence: 'Ficha técnica del indicador y oficio de validación.',
              progress: '80',
              proofName: 'FT_IND_E009_2016',
              proofLocation: 'https://www.gob.mx/cofepres/archivo/ficha-tecnica-indicadores-e009.pdf',
              observations: 'La ficha técnica fue enviada a la Unidad de Evaluación del Desempeño el 12/08/2016; se atendieron las observaciones sobre la frecuencia de medición (trimestral) y se espera su registro definitivo en el mes de octubre. La línea base se calculó con las actas de inspección del segundo semestre de 2015 en los litorales del Pacífico y del Golfo de México.',
            },
          ],
        },
        {
          number: '3',
          text: 'Elaborar un diagnóstico actualizado del problema de la pesca ilegal que cuantifique a la población potencial y objetivo del programa.',
          reportMonth: 'Septiembre-2016',
          activities: [
            {
              description: 'Contratar un estudio de diagnóstico con una institución académica y publicar sus resultados.',
              responsibleArea: 'Dirección General de Planeación, Programación y Evaluación',
              dueDate: '15/12/2016',
              expectedResults: 'Diagnóstico del programa actualizado y publicado.',
              evidence: 'Contrato del estudio, informe final y publicación en el portal institucional.',
              progress: '45',
              proofName: 'DIAG_E009_2016',
              proofLocation: 'En proceso',
              observations: 'Se firmó el convenio de colaboración con la Universidad Autónoma de Baja California Sur el 04/07/2016. A la fecha del reporte se cuenta con el primer entregable (marco conceptual y revisión de literatura), que fue revisado por la Dirección General de Inspección y Vigilancia. El segundo entregable, que contiene la cuantificación de la población potencial por entidad federativa y la estimación del volumen de captura no declarada, está programado para el 30/10/2016. Una vez recibido el informe final se someterá a la consideración del Comité de Evaluación y se publicará en la sección de transparencia del portal institucional, junto con la nota metodológica de cuantificación de poblaciones.',
            },
          ],
        },
        {
          number: '4',
          text: 'Sistematizar el registro de las actas de inspección para contar con información oportuna sobre las infracciones detectadas.',
          reportMonth: 'Septiembre-2016',
          activities: [
            {
              description: 'Desarrollar un módulo de captura de actas en el Sistema Integral de Inspección y capacitar al personal de las oficinas regionales en su uso.',
              responsibleArea: 'Dirección de Tecnologías de la Información',
              dueDate: '30/09/2016',
              expectedResults: 'Módulo de captura en operación en las oficinas regionales.',
              evidence: 'Manual de usuario, listas de asistencia a la capacitación y reporte de actas capturadas.',
              progress: '100',
              proofName: 'SII_MOD_ACTAS_2016',
              proofLocation: 'https://www.gob.mx/cofepres/acciones-y-programas/sistema-integral-de-inspeccion',
              observations: 'El módulo entró en operación el 01/09/2016 en las 14 oficinas regionales; se capacitó a 212 inspectores federales de pesca.',
            },
          ],
        },
        {
          number: '5',
          text: 'Definir criterios para priorizar las zonas y temporadas en que se realizan los operativos de vigilancia.',
          reportMonth: 'Septiembre-2016',
          activities: [
            {
              description: 'Elaborar y publicar los lineamientos de priorización de operativos con base en el riesgo de captura ilegal por especie y temporada de veda.',
              responsibleArea: 'Dirección General de Inspección y Vigilancia',
              dueDate: '31/10/2016',
              expectedResults: 'Lineamientos de priorización publicados.',
              evidence: 'Lineamientos autorizados por el Comisionado.',
              progress: '60',
              proofName: 'LIN_PRIOR_OPER_2016',
              proofLocation: 'Archivo de la Dirección General de Inspección y Vigilancia',
              observations: 'El proyecto de lineamientos se encuentra en revisión de la Unidad de Asuntos Jurídicos. Incluye una matriz de riesgo que combina el valor comercial de la especie, la cercanía de las áreas naturales protegidas y el historial de infracciones de cada zona de pesca; la matriz se probó durante la veda de camarón del Pacífico con resultados satisfactorios.',
            },
          ],
        },
        {
          number: '6',
          text: 'Documentar el proceso de coordinación con la Secretaría de Marina para los operativos conjuntos en altamar.',
          reportMonth: 'Septiembre-2016',
          activities: [
            {
              description: 'Formalizar un protocolo de actuación conjunta y difundirlo entre las oficinas regionales y los mandos navales.',
              responsibleArea: 'Unidad de Asuntos Jurídicos',
              dueDate: '30/06/2016',
              expectedResults: 'Protocolo de actuación conjunta firmado.',
              evidence: 'Protocolo firmado y oficios de difusión.',
              progress: '100',
              proofName: 'PROT_SEMAR_2016',
              proofLocation: 'https://www.gob.mx/cofepres/documentos/protocolo-de-actuacion-conjunta',
              observations: 'El protocolo se firmó el 17/06/2016 y se difundió mediante el oficio circular COFEPRES/DGIV/0457/2016.',
            },
          ],
        },
        {
          number: '7',
          text: 'Medir la percepción de las organizaciones pesqueras sobre la transparencia de los procedimientos de inspección.',
          reportMonth: 'Septiembre-2016',
          activities: [
            {
              description: 'Aplicar una encuesta de percepción a las cooperativas pesqueras en cinco entidades costeras y publicar un reporte de resultados.',
              responsibleArea: 'Coordinación de Vinculación con el Sector Pesquero',
              dueDate: '28/02/2017',
              expectedResults: 'Reporte de resultados de la encuesta de percepción.',
              evidence: 'Cuestionario, base de datos y reporte de resultados.',
              progress: '20',
              proofName: 'ENC_PERC_2016',
              proofLocation: 'En proceso',
              observations: 'Se diseñó el cuestionario con apoyo de la Dirección General de Planeación, Programación y Evaluación y se realizó una prueba piloto con tres cooperativas de Sinaloa. El levantamiento en Sonora, Nayarit, Campeche, Yucatán y Veracruz está programado para el primer bimestre de 2017, por lo que la fecha de término se ajustará en el siguiente reporte.',
            },
          ],
        },
        {
          number: '8',
          text: 'Publicar en el portal institucional los resultados trimestrales de las acciones de inspección y vigilancia.',
          reportMonth: 'Septiembre-2016',
          activities: [
            {
              description: 'Integrar un tablero de resultados trimestrales con datos abiertos y publicarlo en el portal institucional.',
              responsibleArea: 'Dirección de Tecnologías de la Información',
              dueDate: '31/12/2016',
              expectedResults: 'Tablero de resultados publicado y actualizado cada trimestre.',
              evidence: 'Liga del tablero y conjunto de datos abiertos.',
              progress: '10',
              proofName: 'TAB_RES_E009',
              proofLocation: 'https://datos.gob.mx/busca/dataset/inspeccion-y-vigilancia-pesquera',
              observations: 'Se definió la estructura del conjunto de datos (fecha, oficina regional, tipo de embarcación, resultado del acto de inspección) y se solicitó su registro en la plataforma de datos abiertos.',
            },
          ],
        },
      ],
    },
    { period: '2014-2015', statement: STATEMENT },
    { period: '2013-2014', statement: STATEMENT },
    { period: '2012-2013', statement: STATEMENT },
  ],
  signature: [
    ['Elaboró', 'Lic. Mariana Estrada Villalobos', 'Subdirectora de Evaluación'],
    ['Revisó', 'Mtro. Joaquín Ibarra Centeno', 'Director General de Planeación, Programación y Evaluación'],
    ['Autorizó', 'Dr. Efraín Solís Maldonado', 'Comisionado Federal de Pesca Responsable'],
  ],
};

// ---------------------------------------------------------------------------
// D2: 13 columns, ASMs with 2 to 4 activities (ASM-level cells merged).
const d2 = {
  id: 'd2',
  shape: '13 columns (other wording); ASMs with 2 to 4 activities; No., Aspecto, Mes y Año and Promedio merged over them',
  title:
    'SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO INSTITUCIONALES, DERIVADOS DE LA EVALUACIÓN DE CONSISTENCIA Y RESULTADOS Y DE LA FICHA DE MONITOREO Y EVALUACIÓN',
  institution: 'Secretaría de Bienestar Rural',
  documentType: 'Avance al Documento de Trabajo',
  program: 'Programa presupuestario: S-241 Apoyo a pequeños productores de café',
  columns: COLS13_ALT,
  periods: [
    {
      period: '2017-2018',
      aspects: [
        {
          number: '1',
          text: 'Actualizar el diagnóstico del programa con la información del Censo Cafetalero y definir con precisión la población potencial y objetivo.',
          reportMonth: 'Marzo-2018',
          activities: [
            {
              description: 'Solicitar al Servicio de Información Agroalimentaria la base del Censo Cafetalero por municipio.',
              responsibleArea: 'Dirección General de Planeación y Evaluación',
              dueDate: '31/10/2017',
              expectedResults: 'Base de datos del censo disponible para el programa.',
              evidence: 'Oficio de solicitud y acuse de entrega de la base.',
              progress: '100',
              proofName: 'OF_SIA_2017_118',
              proofLocation: 'Archivo de la Dirección General de Planeación y Evaluación',
              observations: 'La base se recibió el 23/10/2017 con 512,436 registros de productores.',
            },
            {
              description: 'Elaborar la nota metodológica de cuantificación de poblaciones y someterla al Comité Técnico del programa.',
              responsibleArea: 'Dirección General de Planeación y Evaluación',
              dueDate: '31/01/2018',
              expectedResults: 'Nota metodológica aprobada.',
              evidence: 'Nota metodológica y acta del Comité Técnico.',
              progress: '100',
              proofName: 'NM_POB_S241_2018',
              proofLocation: 'https://www.gob.mx/sebir/documentos/nota-metodologica-s241',
              observations: 'Aprobada en la primera sesión ordinaria del Comité Técnico del 25/01/2018.',
            },
            {
              description: 'Publicar el diagnóstico actualizado en el portal de la Secretaría.',
              responsibleArea: 'Unidad de Comunicación Social',
              dueDate: '30/04/2018',
              expectedResults: 'Diagnóstico publicado.',
              evidence: 'Liga de publicación.',
              progress: '40',
              proofName: 'DIAG_S241_2018',
              proofLocation: 'En proceso',
              observations: 'El documento está en revisión editorial; se publicará junto con las Reglas de Operación modificadas.',
            },
          ],
        },
        {
          number: '2',
          text: 'Establecer criterios de elegibilidad que prioricen a los productores de localidades de alta y muy alta marginación.',
          reportMonth: 'Marzo-2018',
          activities: [
            {
              description: 'Proponer la modificación del numeral de elegibilidad en las Reglas de Operación 2018.',
              responsibleArea: 'Dirección General de Desarrollo Cafetalero',
              dueDate: '30/11/2017',
              expectedResults: 'Propuesta de modificación de las Reglas de Operación.',
              evidence: 'Proyecto de Reglas de Operación 2018.',
              progress: '100',
              proofName: 'ROP_S241_2018_PROY',
              proofLocation: 'Archivo de la Dirección General de Desarrollo Cafetalero',
              observations: 'La propuesta incorpora un puntaje adicional para localidades de alta y muy alta marginación según el índice del Consejo Nacional de Población.',
            },
            {
              description: 'Publicar las Reglas de Operación 2018 en el Diario Oficial de la Federación.',
              responsibleArea: 'Unidad de Asuntos Jurídicos',
              dueDate: '31/12/2017',
              expectedResults: 'Reglas de Operación publicadas.',
              evidence: 'Publicación en el Diario Oficial de la Federación.',
              progress: '100',
              proofName: 'DOF_ROP_S241_2018',
              proofLocation: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5509876&fecha=29/12/2017',
              observations: 'Publicadas el 29/12/2017.',
            },
          ],
        },
        {
          number: '3',
          text: 'Contar con un padrón de beneficiarios depurado y vinculado con el Padrón Único de Beneficiarios de la dependencia.',
          reportMonth: 'Marzo-2018',
          activities: [
            {
              description: 'Depurar los registros duplicados y sin CURP del padrón de productores de café.',
              responsibleArea: 'Dirección de Padrones y Sistemas',
              dueDate: '31/03/2018',
              expectedResults: 'Padrón depurado.',
              evidence: 'Reporte de depuración del padrón.',
              progress: '75',
              proofName: 'REP_DEP_PADRON_2018',
              proofLocation: 'Sistema de Padrones de la Secretaría',
              observations: 'Se validaron 388,102 registros contra el Registro Nacional de Población; quedan por revisar los registros de Chiapas y Oaxaca, que representan la cuarta parte del padrón y requieren visitas de campo para confirmar la identidad de los productores que no cuentan con CURP.',
            },
            {
              description: 'Homologar la estructura del padrón con el Sistema Integral de Información de Padrones de Programas Gubernamentales.',
              responsibleArea: 'Dirección de Padrones y Sistemas',
              dueDate: '30/06/2018',
              expectedResults: 'Padrón homologado.',
              evidence: 'Acuse de carga en el SIIPP-G.',
              progress: '30',
              proofName: 'ACUSE_SIIPPG_2018',
              proofLocation: 'En proceso',
              observations: 'Se realizó la primera carga de prueba con 120,000 registros.',
            },
            {
              description: 'Vincular el padrón depurado con el Padrón Único de Beneficiarios mediante la CURP.',
              responsibleArea: 'Dirección General de Geoestadística y Padrones',
              dueDate: '31/08/2018',
              expectedResults: 'Padrón vinculado.',
              evidence: 'Reporte de vinculación.',
              progress: '0',
              proofName: '',
              proofLocation: '',
              observations: 'La actividad inicia al concluir la homologación.',
            },
            {
              description: 'Publicar el padrón de beneficiarios en formato de datos abiertos.',
              responsibleArea: 'Unidad de Transparencia',
              dueDate: '30/09/2018',
              expectedResults: 'Padrón publicado en datos abiertos.',
              evidence: 'Liga del conjunto de datos.',
              progress: '0',
              proofName: '',
              proofLocation: '',
              observations: '',
            },
          ],
        },
        {
          number: '4',
          text: 'Medir los resultados del programa en el rendimiento por hectárea de los productores apoyados.',
          reportMonth: 'Marzo-2018',
          activities: [
            {
              description: 'Incluir en la MIR 2018 un indicador de Propósito sobre el rendimiento por hectárea.',
              responsibleArea: 'Dirección General de Planeación y Evaluación',
              dueDate: '28/02/2018',
              expectedResults: 'Indicador de Propósito incluido en la MIR.',
              evidence: 'MIR 2018.',
              progress: '100',
              proofName: 'MIR_S241_2018',
              proofLocation: 'https://www.transparenciapresupuestaria.gob.mx/es/PTP/programas#consultas',
              observations: 'El indicador "Tasa de variación del rendimiento por hectárea de los productores apoyados" se registró con frecuencia anual.',
            },
            {
              description: 'Levantar la línea base del indicador en una muestra representativa de productores apoyados en 2017.',
              responsibleArea: 'Dirección General de Desarrollo Cafetalero',
              dueDate: '31/07/2018',
              expectedResults: 'Línea base del indicador.',
              evidence: 'Informe de la línea base.',
              progress: '15',
              proofName: 'LB_REND_S241',
              proofLocation: 'En proceso',
              observations: 'Se definió el diseño muestral con 2,400 productores en siete entidades; el levantamiento iniciará después de la cosecha.',
            },
          ],
        },
      ],
    },
    { period: '2016-2017', statement: STATEMENT },
  ],
  signature: null,
};

// ---------------------------------------------------------------------------
// D3: 10 renamed columns in another order, no Promedio.
const d3 = {
  id: 'd3',
  shape: '10 renamed columns in another order (Unidad Responsable before Acciones de mejora), no Promedio, some ASMs with 2 activities',
  title:
    'AVANCE EN LA ATENCIÓN DE LOS ASPECTOS SUSCEPTIBLES DE MEJORA INSTITUCIONALES DERIVADOS DE LA EVALUACIÓN DE DISEÑO Y DE LA EVALUACIÓN DE PROCESOS',
  institution: 'Consejo Nacional de Innovación Agroalimentaria',
  documentType: 'Avance al Documento de Trabajo',
  program: 'Programa presupuestario: U-004 Fomento a la innovación en cadenas agroalimentarias',
  columns: COLS10,
  periods: [
    {
      period: '2016-2017',
      aspects: [
        {
          number: '1',
          text: 'Elaborar un árbol de problemas que identifique las causas de la baja adopción de innovaciones por los productores.',
          activities: [
            {
              responsibleArea: 'Dirección de Planeación Estratégica',
              description: 'Realizar talleres con especialistas para construir el árbol de problemas y de objetivos.',
              dueDate: '31/03/2017',
              expectedResults: 'Árbol de problemas y de objetivos validado.',
              evidence: 'Memoria de los talleres.',
              progress: '100%',
              proofName: 'Memoria_talleres_U004.pdf',
              observations: 'Se realizaron tres talleres con la participación de 34 especialistas.',
            },
            {
              responsibleArea: 'Dirección de Planeación Estratégica',
              description: 'Incorporar el árbol de problemas al diagnóstico del programa.',
              dueDate: '30/06/2017',
              expectedResults: 'Diagnóstico con árbol de problemas.',
              evidence: 'Diagnóstico actualizado.',
              progress: '70%',
              proofName: 'Diagnostico_U004_2017.pdf',
              observations: 'El capítulo de análisis causal está en revisión de la Junta Directiva.',
            },
          ],
        },
        {
          number: '2',
          text: 'Definir un procedimiento para seleccionar los proyectos de innovación que reciben apoyo.',
          activities: [
            {
              responsibleArea: 'Subdirección de Proyectos de Innovación',
              description: 'Elaborar el manual de procedimientos de convocatoria, evaluación y selección de proyectos.',
              dueDate: '31/05/2017',
              expectedResults: 'Manual de procedimientos autorizado.',
              evidence: 'Manual de procedimientos.',
              progress: '100%',
              proofName: 'Manual_seleccion_proyectos.pdf',
              observations: 'Autorizado por el Comité de Mejora Regulatoria Interna el 18/05/2017 y publicado en la normateca institucional.',
            },
          ],
        },
        {
          number: '3',
          text: 'Generar información sobre los resultados de los proyectos apoyados una vez concluido el apoyo.',
          activities: [
            {
              responsibleArea: 'Dirección de Seguimiento y Evaluación',
              description: 'Diseñar un instrumento de seguimiento a los proyectos apoyados a los 12 meses de su conclusión.',
              dueDate: '31/08/2017',
              expectedResults: 'Instrumento de seguimiento diseñado.',
              evidence: 'Cuestionario de seguimiento.',
              progress: '100%',
              proofName: 'Cuestionario_seguimiento_2017.pdf',
              observations: '',
            },
            {
              responsibleArea: 'Dirección de Seguimiento y Evaluación',
              description: 'Aplicar el instrumento a los proyectos concluidos en 2015 y 2016 y elaborar un informe de resultados.',
              dueDate: '15/12/2017',
              expectedResults: 'Informe de resultados de los proyectos apoyados.',
              evidence: 'Informe de resultados.',
              progress: '25%',
              proofName: 'Informe_resultados_proyectos.pdf',
              observations: 'Se aplicó el cuestionario a 61 de los 240 proyectos concluidos. La baja tasa de respuesta obligó a programar visitas a las instituciones de investigación que ejecutaron los proyectos, lo que retrasará la entrega del informe al primer trimestre de 2018.',
            },
          ],
        },
        {
          number: '4',
          text: 'Difundir entre los productores las innovaciones desarrolladas con apoyo del programa.',
          activities: [
            {
              responsibleArea: 'Coordinación de Vinculación',
              description: 'Publicar un catálogo de innovaciones disponibles para su transferencia.',
              dueDate: '30/09/2017',
              expectedResults: 'Catálogo publicado.',
              evidence: 'Catálogo de innovaciones.',
              progress: '50%',
              proofName: 'Catalogo_innovaciones_2017.pdf',
              observations: 'Se integraron 85 fichas de innovación; falta el diseño editorial.',
            },
          ],
        },
        {
          number: '5',
          text: 'Contar con indicadores de gestión que midan la oportunidad en la entrega de los apoyos.',
          activities: [
            {
              responsibleArea: 'Dirección de Administración y Finanzas',
              description: 'Incorporar a la MIR un indicador del tiempo promedio entre la aprobación del proyecto y la primera ministración.',
              dueDate: '31/12/2017',
              expectedResults: 'Indicador de gestión en la MIR 2018.',
              evidence: 'MIR 2018.',
              progress: '0%',
              proofName: 'MIR_U004_2018.pdf',
              observations: 'Se incluirá en el proceso de revisión de la MIR 2018.',
            },
          ],
        },
      ],
    },
    { period: '2015-2016', statement: STATEMENT },
  ],
  signature: null,
};

// ---------------------------------------------------------------------------
// D4: "Documento de Trabajo", 7 columns without progress.
const d4 = {
  id: 'd4',
  shape: 'Documento de Trabajo: 7 columns without progress, some ASMs with 2 or 3 activities, signature block',
  title:
    'MECANISMO PARA EL SEGUIMIENTO A LOS ASPECTOS SUSCEPTIBLES DE MEJORA DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS, CLASIFICADOS COMO INSTITUCIONALES',
  institution: 'Instituto Nacional de Atención a Migrantes en Retorno',
  documentType: 'Documento de Trabajo',
  program: 'P-012 Coordinación de la política de atención a personas migrantes en retorno',
  columns: COLS7,
  periods: [
    {
      period: '2018-2019',
      aspects: [
        {
          number: '1',
          text: 'Elaborar un diagnóstico que cuantifique a las personas migrantes en retorno y caracterice sus necesidades de atención.',
          activities: [
            {
              description: 'Integrar la información de las Encuestas sobre Migración en las Fronteras Norte y Sur de México de los últimos cinco años.',
              responsibleArea: 'Dirección de Estudios y Estadística Migratoria',
              dueDate: '31/03/2019',
              expectedResults: 'Base de datos integrada de personas migrantes en retorno.',
              evidence: 'Base de datos y nota técnica.',
            },
            {
              description: 'Redactar el diagnóstico y someterlo a la Junta de Gobierno del Instituto.',
              responsibleArea: 'Dirección de Estudios y Estadística Migratoria',
              dueDate: '30/06/2019',
              expectedResults: 'Diagnóstico aprobado.',
              evidence: 'Diagnóstico y acuerdo de la Junta de Gobierno.',
            },
          ],
        },
        {
          number: '2',
          text: 'Definir los servicios que el programa coordina en los módulos de atención de los puntos de repatriación.',
          activities: [
            {
              description: 'Elaborar un catálogo de servicios de atención (alimentación, salud, traslado, documentación e intermediación laboral) con las instancias participantes.',
              responsibleArea: 'Coordinación de Módulos de Atención',
              dueDate: '30/04/2019',
              expectedResults: 'Catálogo de servicios acordado con las instancias participantes.',
              evidence: 'Catálogo de servicios y minutas de trabajo.',
            },
          ],
        },
        {
          number: '3',
          text: 'Establecer un sistema de registro de las personas atendidas que permita dar seguimiento a su reintegración.',
          activities: [
            {
              description: 'Diseñar la cédula única de registro de personas atendidas.',
              responsibleArea: 'Dirección de Sistemas de Información',
              dueDate: '31/05/2019',
              expectedResults: 'Cédula única de registro.',
              evidence: 'Formato de la cédula.',
            },
            {
              description: 'Desarrollar la aplicación de registro y ponerla en operación en los once puntos de repatriación.',
              responsibleArea: 'Dirección de Sistemas de Información',
              dueDate: '30/09/2019',
              expectedResults: 'Aplicación en operación.',
              evidence: 'Manual de usuario y reporte de registros.',
            },
            {
              description: 'Capacitar al personal de los módulos en el uso de la aplicación.',
              responsibleArea: 'Coordinación de Módulos de Atención',
              dueDate: '31/10/2019',
              expectedResults: 'Personal capacitado.',
              evidence: 'Listas de asistencia y constancias.',
            },
          ],
        },
        {
          number: '4',
          text: 'Formalizar los mecanismos de coordinación con los gobiernos de las entidades federativas de la frontera norte.',
          activities: [
            {
              description: 'Suscribir convenios de coordinación con Baja California, Sonora, Chihuahua, Coahuila, Nuevo León y Tamaulipas.',
              responsibleArea: 'Unidad de Asuntos Jurídicos',
              dueDate: '31/12/2019',
              expectedResults: 'Seis convenios de coordinación firmados.',
              evidence: 'Convenios firmados.',
            },
          ],
        },
        {
          number: '5',
          text: 'Contar con una Matriz de Indicadores para Resultados que mida la reintegración de las personas atendidas.',
          activities: [
            {
              description: 'Revisar la lógica vertical y horizontal de la MIR con la asesoría de la Unidad de Evaluación del Desempeño y proponer un indicador de Propósito.',
              responsibleArea: 'Dirección de Planeación y Evaluación',
              dueDate: '31/08/2019',
              expectedResults: 'MIR 2020 con indicador de Propósito.',
              evidence: 'MIR 2020 registrada.',
            },
          ],
        },
      ],
    },
  ],
  signature: [
    ['Elaboró', 'Lic. Rosa Elena Camarillo Duarte', 'Jefa del Departamento de Evaluación'],
    ['Revisó', 'Mtro. Héctor Aguirre Lozano', 'Director de Planeación y Evaluación'],
    ['Autorizó', 'Lic. Paulina Zaragoza Ruelas', 'Directora General'],
  ],
};

// ---------------------------------------------------------------------------
// D5: two periods, each with its own small table, on one page.
const d5 = {
  id: 'd5',
  shape: '9 columns; two periods each with its own table on the same page, then a statement period',
  title:
    'SEGUIMIENTO A LOS ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE LAS FICHAS DE MONITOREO Y EVALUACIÓN',
  institution: 'Fideicomiso Nacional de Artesanías Tradicionales',
  documentType: 'Avance al Documento de Trabajo',
  program: 'S-057 Fomento a la producción artesanal indígena',
  columns: COLS9,
  periods: [
    {
      period: '2019-2020',
      aspects: [
        {
          number: '1',
          text: 'Actualizar los montos de apoyo a la producción conforme al costo de las materias primas.',
          activities: [
            {
              description: 'Realizar un estudio de costos de materias primas por rama artesanal.',
              responsibleArea: 'Subdirección de Apoyos a la Producción',
              dueDate: '30/06/2020',
              evidence: 'Estudio de costos.',
              progress: '100',
              observations: 'El estudio cubrió once ramas artesanales.',
            },
            {
              description: 'Proponer los nuevos montos en las Reglas de Operación 2021.',
              responsibleArea: 'Subdirección de Apoyos a la Producción',
              dueDate: '31/12/2020',
              evidence: 'Reglas de Operación 2021.',
              progress: '50',
              observations: 'Propuesta enviada a la Unidad de Asuntos Jurídicos.',
            },
          ],
        },
        {
          number: '2',
          text: 'Georreferenciar a las personas artesanas apoyadas.',
          activities: [
            {
              description: 'Incorporar la clave de localidad del INEGI al padrón de personas artesanas.',
              responsibleArea: 'Coordinación de Padrones',
              dueDate: '30/09/2020',
              evidence: 'Padrón con clave de localidad.',
              progress: '80',
              observations: '',
            },
          ],
        },
      ],
    },
    {
      period: '2018-2019',
      aspects: [
        {
          number: '1',
          text: 'Definir la población objetivo del programa en las Reglas de Operación.',
          activities: [
            {
              description: 'Incluir la definición y cuantificación de la población objetivo en las Reglas de Operación 2020.',
              responsibleArea: 'Dirección de Planeación',
              dueDate: '31/12/2019',
              evidence: 'Reglas de Operación 2020.',
              progress: '100',
              observations: 'Publicadas el 27/12/2019.',
            },
          ],
        },
        {
          number: '2',
          text: 'Medir la satisfacción de las personas artesanas con los concursos de arte popular.',
          activities: [
            {
              description: 'Aplicar una encuesta de satisfacción al término de cada concurso.',
              responsibleArea: 'Subdirección de Concursos',
              dueDate: '30/11/2019',
              evidence: 'Reporte de la encuesta.',
              progress: '90',
              observations: 'Falta el reporte del concurso de textiles.',
            },
          ],
        },
      ],
    },
    { period: '2017-2018', statement: STATEMENT },
  ],
  signature: null,
};

/** Fill each aspect's Promedio (mean of its activities' progress) where the table has the column. */
function withAverages(doc) {
  const hasAverage = doc.columns.some(([key]) => key === 'average');
  for (const period of doc.periods) {
    for (const aspect of period.aspects ?? []) {
      if (!hasAverage) continue;
      const values = aspect.activities.map((a) => Number(String(a.progress).replace('%', '')));
      aspect.average = `${(values.reduce((s, v) => s + v, 0) / values.length).toFixed(2)}%`;
    }
  }
  return doc;
}

export const DOCUMENTS = [d1, d2, d3, d4, d5].map(withAverages);

export const ASPECT_KEYS = new Set(['number', 'text', 'reportMonth', 'average']);

/**
 * The table of a period as rows of cells in column order: one row per
 * activity; ASM-level cells only on the ASM's first row (empty after it).
 * Each row also says which aspect it belongs to and its index inside it.
 */
export function tableRows(doc, period) {
  const rows = [];
  for (const aspect of period.aspects) {
    aspect.activities.forEach((activity, index) => {
      const cells = doc.columns.map(([key]) => {
        if (ASPECT_KEYS.has(key)) return index === 0 ? (aspect[key] ?? '') : '';
        return activity[key] ?? '';
      });
      rows.push({ cells, aspect: aspect.number, activityIndex: index, activityCount: aspect.activities.length });
    });
  }
  return rows;
}

/** The expected text form, as the text parser reads it. */
export function textForm(doc) {
  const lines = [doc.title, doc.institution, doc.documentType, doc.program, ''];
  for (const period of doc.periods) {
    lines.push(`Periodo ${period.period}`, '');
    if (period.statement) {
      lines.push(period.statement, '');
      continue;
    }
    lines.push(doc.columns.map(([, header]) => header).join('\t'));
    for (const row of tableRows(doc, period)) lines.push(row.cells.join('\t'));
    lines.push('');
  }
  if (doc.signature) for (const block of doc.signature) lines.push(...block);
  return `${lines.join('\n').replace(/\n+$/, '')}\n`;
}

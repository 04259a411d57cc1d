// The logical content of the generated PDF corpus: four invented ASM reports
// of different shapes. scripts/corpus/make.mjs renders each through several
// producers and layouts, and writes its text form (the expected records).
//
// Content rules, so that every producer's text can be read back unambiguously:
// no "X- Y" or "X/ Y" (a space after a hyphen or slash looks like a line break
// inside a token); typed values (dates, percentages, months) are one token.

const LONG_MIR =
  'La Matriz de Indicadores para Resultados del ejercicio fiscal 2017 se revisó con la Unidad de Evaluación del Desempeño de la Secretaría de Hacienda y Crédito Público; se ajustaron los indicadores de propósito y de componentes, se documentaron las fichas técnicas y se cargaron en el Portal Aplicativo de la Secretaría de Hacienda, donde pueden consultarse.';

export const DOCUMENTS = [
  {
    id: 'd1',
    shape: '13 columns with Promedio, one activity per ASM',
    title: 'SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ESPECÍFICOS, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS',
    institution: 'Comisión Nacional Forestal',
    docType: 'Avance al Documento de Trabajo',
    program: 'E-014 Protección Forestal',
    columns: [
      ['number', 'No.', 3],
      ['text', 'Aspecto Susceptible de Mejora', 11],
      ['description', 'Actividades', 11],
      ['responsibleArea', 'Área Responsable', 8],
      ['dueDate', 'Fecha de Término', 6],
      ['expectedResults', 'Resultados Esperados', 8],
      ['evidence', 'Productos y/o Evidencias', 8],
      ['progress', '% de Avance de la Actividad', 5],
      ['proofName', 'Nombre del Documento Probatorio', 7],
      ['proofLocation', 'Ubicación del Documento Probatorio', 10],
      ['observations', 'Observaciones', 14],
      ['reportMonth', 'Mes y Año', 6],
      ['average', 'Promedio', 5],
    ],
    periods: [
      {
        period: '2016-2017',
        asms: [
          {
            number: '1',
            text: 'Precisar la definición de la población potencial y objetivo del programa en el diagnóstico.',
            month: 'Septiembre-2017',
            average: '100.00%',
            activities: [
              {
                description: 'Actualizar el diagnóstico del programa con la cuantificación de la superficie forestal susceptible de incendios.',
                area: 'Gerencia de Manejo del Fuego',
                due: '31/03/2017',
                results: 'Diagnóstico actualizado y aprobado.',
                evidence: 'Documento de diagnóstico 2017.',
                progress: '100',
                proofName: 'DIAG_E014_2017',
                proofLocation: 'https://www.gob.mx/conafor/documentos/diagnostico-e014-2017',
                observations:
                  'El diagnóstico se actualizó con datos del Inventario Nacional Forestal y de Suelos; la población objetivo se define como la superficie forestal con riesgo alto o muy alto de incendio, cuantificada en 11.2 millones de hectáreas.',
              },
            ],
          },
          {
            number: '2',
            text: 'Revisar la lógica vertical de la Matriz de Indicadores para Resultados del programa.',
            month: 'Septiembre-2017',
            average: '100.00%',
            activities: [
              {
                description: 'Someter la Matriz de Indicadores para Resultados a revisión con la Unidad de Evaluación del Desempeño.',
                area: 'Coordinación General de Planeación e Información',
                due: '30/06/2017',
                results: 'Matriz de Indicadores para Resultados 2017 con lógica vertical revisada.',
                evidence: 'MIR 2017 registrada en el Portal Aplicativo.',
                progress: '100',
                proofName: 'MIR_E014_2017',
                proofLocation: 'https://www.transparenciapresupuestaria.gob.mx/es/PTP/programas',
                observations: LONG_MIR,
              },
            ],
          },
          {
            number: '3',
            text: 'Establecer un mecanismo de seguimiento de las brigadas rurales de combate de incendios.',
            month: 'Septiembre-2017',
            average: '60.00%',
            activities: [
              {
                description: 'Diseñar un sistema de registro de las brigadas, sus integrantes, su capacitación y su equipo.',
                area: 'Gerencia de Manejo del Fuego',
                due: '31/12/2017',
                results: 'Sistema de registro en operación en las 32 gerencias estatales.',
                evidence: 'Manual del sistema y reportes de captura.',
                progress: '60',
                proofName: 'SIS_BRIGADAS_2017',
                proofLocation: 'Archivo de la Gerencia de Manejo del Fuego',
                observations:
                  'Se concluyó el diseño del sistema y se capacitó a los enlaces de 20 gerencias estatales; la captura de brigadas inició en julio y se espera concluir la carga del padrón en el último trimestre del año.',
              },
            ],
          },
          {
            number: '4',
            text: 'Documentar los criterios de asignación de los apoyos para la prevención física de incendios.',
            month: 'Septiembre-2017',
            average: '100.00%',
            activities: [
              {
                description: 'Incluir en las Reglas de Operación los criterios de priorización de las solicitudes de apoyo.',
                area: 'Coordinación General de Conservación y Restauración',
                due: '31/12/2016',
                results: 'Reglas de Operación 2017 con criterios de priorización.',
                evidence: 'Reglas de Operación publicadas en el Diario Oficial de la Federación.',
                progress: '100',
                proofName: 'ROP_CONAFOR_2017',
                proofLocation: 'https://www.dof.gob.mx/nota_detalle.php?codigo=5467993',
                observations:
                  'Las Reglas de Operación 2017 establecen en su numeral 4.2 los criterios de priorización: riesgo de incendio del predio, superficie afectada en los últimos cinco años, cercanía con áreas naturales protegidas y participación de la comunidad en brigadas voluntarias. Los criterios se aplicaron en la convocatoria publicada el 15 de febrero de 2017 y los resultados se difundieron en la página de la Comisión.',
              },
            ],
          },
          {
            number: '5',
            text: 'Medir los resultados de las acciones de prevención en la superficie afectada por incendios.',
            month: 'Septiembre-2017',
            average: '30.00%',
            activities: [
              {
                description: 'Elaborar una nota metodológica para estimar la superficie protegida por las acciones de prevención.',
                area: 'Gerencia de Información Forestal',
                due: '30/11/2017',
                results: 'Nota metodológica validada por el área de evaluación.',
                evidence: 'Nota metodológica y memoria de cálculo.',
                progress: '30',
                proofName: 'NOTA_MET_2017',
                proofLocation: 'En proceso',
                observations:
                  'Se integró el grupo de trabajo con la Gerencia de Manejo del Fuego y se definió la información geográfica necesaria; la nota metodológica se encuentra en elaboración.',
              },
            ],
          },
          {
            number: '6',
            text: 'Fortalecer la coordinación con los gobiernos estatales en la operación de los centros de control de incendios.',
            month: 'Septiembre-2017',
            average: '100.00%',
            activities: [
              {
                description: 'Firmar convenios de coordinación con las entidades federativas para la operación conjunta de los centros estatales.',
                area: 'Coordinación General de Gerencias Estatales',
                due: '30/04/2017',
                results: 'Convenios firmados con las entidades federativas prioritarias.',
                evidence: 'Convenios de coordinación firmados.',
                progress: '100',
                proofName: 'CONV_ESTATALES_2017',
                proofLocation: 'Archivo de la Coordinación General de Gerencias Estatales',
                observations:
                  'Se firmaron convenios con 28 entidades federativas; las cuatro restantes operan centros propios y comparten información mediante el Sistema Nacional de Información sobre Incendios Forestales. Los convenios incluyen la aportación de recursos estatales para la contratación de brigadistas y la adquisición de equipo de protección personal, así como el intercambio diario de reportes de incendios activos y de la superficie afectada por entidad.',
              },
            ],
          },
          {
            number: '7',
            text: 'Publicar los resultados de la evaluación de procesos en la página de internet de la Comisión.',
            month: 'Septiembre-2017',
            average: '100.00%',
            activities: [
              {
                description: 'Publicar el informe final y el documento de posicionamiento institucional.',
                area: 'Unidad de Comunicación Social',
                due: '31/01/2017',
                results: 'Informe de evaluación publicado.',
                evidence: 'Liga de publicación.',
                progress: '100',
                proofName: 'EVAL_PROC_E014_2016',
                proofLocation: 'https://www.gob.mx/conafor/documentos/evaluaciones-externas',
                observations: 'El informe y el posicionamiento se publicaron el 20 de enero de 2017.',
              },
            ],
          },
          {
            number: '8',
            text: 'Integrar un padrón de beneficiarios de los apoyos para la prevención de incendios.',
            month: 'Septiembre-2017',
            average: '45.00%',
            activities: [
              {
                description: 'Homologar los registros de beneficiarios de las gerencias estatales en una sola base de datos.',
                area: 'Gerencia de Información Forestal',
                due: '31/12/2017',
                results: 'Padrón único de beneficiarios.',
                evidence: 'Base de datos del padrón y reporte de calidad de la información.',
                progress: '45',
                proofName: 'PADRON_E014_2017',
                proofLocation: 'Sistema de Gestión de Apoyos',
                observations:
                  'Se homologaron los registros de 18 gerencias estatales; se detectaron duplicados que se depuran con la Clave Única de Registro de Población de los beneficiarios. Se prevé concluir la integración del padrón en diciembre, una vez que las gerencias restantes envíen sus registros validados.',
              },
            ],
          },
        ],
      },
      {
        period: '2015-2016',
        asms: [
          {
            number: '1',
            text: 'Elaborar un programa de capacitación para los brigadistas comunitarios que participan en el combate de incendios.',
            month: 'Septiembre-2017',
            average: '80.00%',
            activities: [
              {
                description: 'Diseñar el programa de capacitación con módulos de seguridad, comportamiento del fuego y uso de herramientas.',
                area: 'Gerencia de Manejo del Fuego',
                due: '30/06/2017',
                results: 'Programa de capacitación aprobado y en operación.',
                evidence: 'Programa de capacitación y listas de asistencia.',
                progress: '80',
                proofName: 'PROG_CAP_BRIGADAS',
                proofLocation: 'Archivo de la Gerencia de Manejo del Fuego',
                observations:
                  'El programa se aprobó en marzo y se impartió a 1,240 brigadistas de 14 entidades federativas durante la temporada de incendios. Falta impartir el módulo de uso de herramientas en las entidades del norte del país, que se programó para el segundo semestre, una vez concluida la temporada crítica. Las constancias se entregan al concluir los tres módulos y se registran en el sistema de brigadas, de modo que la Gerencia pueda dar seguimiento a la certificación de cada brigadista y a su participación en el combate de incendios de los siguientes años.',
              },
            ],
          },
          {
            number: '2',
            text: 'Contar con información oportuna sobre la superficie afectada por incendios forestales en cada entidad federativa.',
            month: 'Septiembre-2017',
            average: '100.00%',
            activities: [
              {
                description: 'Publicar en línea el reporte semanal de incendios con la superficie afectada por entidad y tipo de vegetación.',
                area: 'Gerencia de Información Forestal',
                due: '31/03/2017',
                results: 'Reporte semanal publicado durante la temporada.',
                evidence: 'Reportes semanales de incendios forestales.',
                progress: '100',
                proofName: 'REPORTE_SEMANAL_2017',
                proofLocation: 'https://www.gob.mx/conafor/documentos/reporte-semanal-de-incendios',
                observations:
                  'El reporte se publica cada viernes desde enero de 2017; incluye el número de incendios, la superficie afectada por tipo de vegetación, las causas identificadas y la participación de las instituciones en el combate. La información proviene del Sistema Nacional de Información sobre Incendios Forestales y se valida con las gerencias estatales antes de su publicación, lo que permite a los gobiernos de las entidades planear la asignación de brigadas y de equipo durante la temporada.',
              },
            ],
          },
        ],
      },
      { period: '2014-2015' },
    ],
    signature: [
      ['Elaboró', 'Revisó', 'Autorizó'],
      ['Ing. Laura Méndez Ortiz', 'Mtro. Carlos Ríos Salas', 'Dr. Jorge Luna Vega'],
      ['Jefa de Departamento de Evaluación', 'Gerente de Planeación', 'Coordinador General de Planeación'],
    ],
  },
  {
    id: 'd2',
    shape: 'multi-activity ASMs, 13 columns, ASM cells merged over their activities',
    title: 'SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO INSTITUCIONALES, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS',
    institution: 'Secretaría de Educación Pública',
    docType: 'Avance al Documento de Trabajo',
    program: 'S-247 Programa para el Desarrollo Profesional Docente',
    columns: [
      ['number', 'No.', 3],
      ['text', 'Aspecto Susceptible de Mejora', 11],
      ['description', 'Actividades', 12],
      ['responsibleArea', 'Área Responsable', 9],
      ['dueDate', 'Fecha de Término', 6],
      ['expectedResults', 'Resultados Esperados', 9],
      ['evidence', 'Productos y/o Evidencias', 8],
      ['progress', '% de Avance', 5],
      ['proofName', 'Identificación del Documento Probatorio', 8],
      ['proofLocation', 'Ubicación del Documento Probatorio', 9],
      ['observations', 'Observaciones', 11],
      ['reportMonth', 'Mes y Año', 5],
      ['average', 'Promedio', 5],
    ],
    periods: [
      {
        period: '2017-2018',
        asms: [
          {
            number: '1',
            text: 'Elaborar un diagnóstico de las necesidades de formación continua de los docentes de educación básica.',
            month: 'Marzo-2018',
            average: '50.00%',
            activities: [
              {
                description: 'Diseñar el instrumento de detección de necesidades de formación.',
                area: 'Dirección General de Formación Continua',
                due: '31/08/2017',
                results: 'Instrumento validado.',
                evidence: 'Cuestionario y guía de aplicación.',
                progress: '100',
                proofName: 'INSTR_DNF_2017',
                proofLocation: 'https://www.gob.mx/sep/documentos/instrumento-dnf',
                observations: 'El instrumento se piloteó en tres entidades.',
              },
              {
                description: 'Aplicar el instrumento a una muestra representativa de docentes.',
                area: 'Dirección General de Formación Continua',
                due: '31/12/2017',
                results: 'Base de datos de respuestas.',
                evidence: 'Reporte de aplicación por entidad.',
                progress: '50',
                proofName: 'BD_DNF_2017',
                proofLocation: 'Archivo de la Dirección General',
                observations: 'Se aplicó en 16 entidades federativas; la aplicación continúa en el resto.',
              },
              {
                description: 'Publicar el diagnóstico con sus recomendaciones.',
                area: 'Unidad de Planeación y Evaluación',
                due: '30/06/2018',
                results: 'Diagnóstico publicado.',
                evidence: 'Documento de diagnóstico.',
                progress: '0',
                proofName: '',
                proofLocation: '',
                observations: 'Depende de la conclusión de la aplicación del instrumento.',
              },
            ],
          },
          {
            number: '2',
            text: 'Definir metas de cobertura de la oferta de formación por entidad federativa.',
            month: 'Marzo-2018',
            average: '75.00%',
            activities: [
              {
                description: 'Estimar la demanda de formación por entidad con base en la plantilla docente.',
                area: 'Unidad de Planeación y Evaluación',
                due: '30/09/2017',
                results: 'Estimación de la demanda por entidad.',
                evidence: 'Nota técnica de estimación.',
                progress: '100',
                proofName: 'NOTA_DEMANDA_2017',
                proofLocation: 'https://www.gob.mx/sep/documentos/nota-demanda-formacion',
                observations: 'La estimación usa la plantilla del ciclo escolar 2016-2017.',
              },
              {
                description: 'Acordar las metas con las autoridades educativas locales.',
                area: 'Dirección General de Formación Continua',
                due: '31/03/2018',
                results: 'Metas acordadas y publicadas.',
                evidence: 'Minutas de acuerdos.',
                progress: '50',
                proofName: 'MINUTAS_METAS_2018',
                proofLocation: 'Archivo de la Dirección General',
                observations: 'Se acordaron metas con 15 autoridades educativas locales.',
              },
            ],
          },
          {
            number: '3',
            text: 'Dar seguimiento a la trayectoria de los docentes que concluyen los cursos de formación.',
            month: 'Marzo-2018',
            average: '100.00%',
            activities: [
              {
                description: 'Incorporar al sistema de registro la clave de cada docente y los cursos que concluye.',
                area: 'Dirección General de Tecnologías de la Información',
                due: '31/01/2018',
                results: 'Registro de trayectorias en operación.',
                evidence: 'Reportes del sistema.',
                progress: '100',
                proofName: 'SIS_TRAYECTORIAS',
                proofLocation: 'https://formacioncontinua.sep.gob.mx/reportes',
                observations:
                  'El sistema registra a la fecha 184 mil docentes con al menos un curso concluido; los reportes pueden consultarse por entidad, nivel educativo y tipo de curso.',
              },
            ],
          },
          {
            number: '4',
            text: 'Evaluar la calidad de los cursos ofertados por las instituciones formadoras.',
            month: 'Marzo-2018',
            average: '20.00%',
            activities: [
              {
                description: 'Definir los criterios de evaluación de la oferta formativa.',
                area: 'Dirección General de Formación Continua',
                due: '31/05/2018',
                results: 'Criterios de evaluación publicados.',
                evidence: 'Documento de criterios.',
                progress: '40',
                proofName: 'CRIT_EVAL_2018',
                proofLocation: 'En proceso',
                observations: 'Se cuenta con una versión preliminar.',
              },
              {
                description: 'Evaluar una muestra de cursos con los criterios definidos.',
                area: 'Unidad de Planeación y Evaluación',
                due: '31/10/2018',
                results: 'Informe de evaluación de la oferta.',
                evidence: 'Informe de resultados.',
                progress: '0',
                proofName: '',
                proofLocation: '',
                observations: 'Inicia al concluir la definición de criterios.',
              },
            ],
          },
        ],
      },
      { period: '2016-2017' },
    ],
  },
  {
    id: 'd3',
    shape: '10 renamed columns in another order, no Promedio',
    title: 'AVANCE AL DOCUMENTO DE TRABAJO DE LOS ASPECTOS SUSCEPTIBLES DE MEJORA INSTITUCIONALES DERIVADOS DE LAS EVALUACIONES EXTERNAS 2017-2018',
    institution: 'Secretaría de Salud',
    docType: 'Avance al Documento de Trabajo',
    program: 'Programa presupuestario: U-008 Prevención y Control de Sobrepeso, Obesidad y Diabetes',
    columns: [
      ['number', 'Núm.', 4],
      ['text', 'ASPECTOS SUSCEPTIBLES DE MEJORA', 14],
      ['responsibleArea', 'Unidad Responsable', 10],
      ['description', 'Acciones de mejora', 14],
      ['dueDate', 'Fecha compromiso', 7],
      ['expectedResults', 'Resultados esperados', 11],
      ['evidence', 'Evidencias', 10],
      ['progress', '% de avance de la actividad', 6],
      ['proofName', 'Documento probatorio', 10],
      ['observations', 'Observaciones', 14],
    ],
    periods: [
      {
        period: '2017-2018',
        asms: [
          {
            number: '1',
            text: 'Contar con una estrategia de comunicación dirigida a la población con sobrepeso.',
            activities: [
              {
                area: 'Dirección General de Promoción de la Salud',
                description: 'Diseñar la estrategia de comunicación con mensajes por grupo de edad.',
                due: '15/07/2017',
                results: 'Estrategia de comunicación aprobada.',
                evidence: 'Documento de estrategia.',
                progress: '100',
                proofName: 'Estrategia_comunicacion_2017.pdf',
                observations: 'Aprobada por el Comité de Comunicación Social.',
              },
              {
                area: 'Dirección General de Comunicación Social',
                description: 'Difundir los mensajes en medios digitales y en unidades de salud.',
                due: '31/12/2017',
                results: 'Mensajes difundidos.',
                evidence: 'Reporte de difusión.',
                progress: '75',
                proofName: 'Reporte_difusion_2017.pdf',
                observations: 'Se difundieron 12 de 16 mensajes previstos.',
              },
            ],
          },
          {
            number: '2',
            text: 'Medir la cobertura de la detección de diabetes en unidades de primer nivel.',
            activities: [
              {
                area: 'Centro Nacional de Programas Preventivos y Control de Enfermedades',
                description: 'Construir el indicador de cobertura de detección con los registros del Sistema de Información en Salud.',
                due: '31/10/2017',
                results: 'Indicador calculado por entidad.',
                evidence: 'Ficha técnica del indicador.',
                progress: '100',
                proofName: 'Ficha_cobertura_deteccion.pdf',
                observations:
                  'El indicador se incorporó a la Matriz de Indicadores para Resultados 2018 y se reporta de manera trimestral a partir del primer trimestre del año.',
              },
            ],
          },
          {
            number: '3',
            text: 'Capacitar al personal de salud en el manejo integral de la obesidad.',
            activities: [
              {
                area: 'Dirección General de Calidad y Educación en Salud',
                description: 'Desarrollar un curso en línea para médicos y nutriólogos del primer nivel de atención.',
                due: '28/02/2018',
                results: 'Curso en línea disponible.',
                evidence: 'Plataforma y constancias.',
                progress: '60',
                proofName: 'Curso_manejo_obesidad',
                observations:
                  'El curso cuenta con cuatro módulos; se concluyeron los contenidos de tres y se programó la apertura de la primera generación para el mes de abril.',
              },
              {
                area: 'Dirección General de Calidad y Educación en Salud',
                description: 'Certificar al personal que concluya el curso.',
                due: '31/08/2018',
                results: 'Personal certificado.',
                evidence: 'Listado de constancias emitidas.',
                progress: '0',
                proofName: '',
                observations: 'Inicia con la primera generación del curso.',
              },
            ],
          },
          {
            number: '4',
            text: 'Alinear los indicadores del programa con el Programa Sectorial de Salud.',
            activities: [
              {
                area: 'Dirección General de Evaluación del Desempeño',
                description: 'Revisar la alineación de los indicadores de fin y propósito con los del Programa Sectorial.',
                due: '30/09/2017',
                results: 'Indicadores alineados.',
                evidence: 'Matriz de Indicadores para Resultados 2018.',
                progress: '100',
                proofName: 'MIR_U008_2018',
                observations: 'La alineación se reflejó en la Matriz de Indicadores para Resultados 2018.',
              },
            ],
          },
        ],
      },
    ],
    signature: [
      ['Elaboró', 'Validó'],
      ['Lic. Sofía Herrera Campos', 'Dra. Patricia Gómez Lara'],
      ['Subdirectora de Seguimiento', 'Directora General de Evaluación del Desempeño'],
    ],
  },
  {
    id: 'd4',
    shape: '7 columns without progress (Documento de Trabajo)',
    title: 'DOCUMENTO DE TRABAJO DE LOS ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO INTERINSTITUCIONALES DEL PROGRAMA DE SANIDAD E INOCUIDAD AGROALIMENTARIA',
    institution: 'Secretaría de Agricultura y Desarrollo Rural',
    docType: 'Documento de Trabajo',
    program: 'Programa S-263 Sanidad e Inocuidad Agroalimentaria',
    columns: [
      ['number', 'No.', 4],
      ['text', 'Aspecto Susceptible de Mejora', 18],
      ['description', 'Actividades', 20],
      ['responsibleArea', 'Área Responsable', 14],
      ['dueDate', 'Fecha de Término', 8],
      ['expectedResults', 'Resultados Esperados', 16],
      ['evidence', 'Productos y/o Evidencias', 16],
    ],
    periods: [
      {
        period: '2018-2019',
        asms: [
          {
            number: '1',
            text: 'Definir la población objetivo de las campañas fitozoosanitarias con criterios homogéneos entre entidades.',
            activities: [
              {
                description: 'Elaborar los lineamientos para la cuantificación de la población objetivo de cada campaña.',
                area: 'Dirección General de Sanidad Vegetal',
                due: '31/03/2019',
                results: 'Lineamientos publicados.',
                evidence: 'Lineamientos y oficio de difusión a las delegaciones.',
              },
              {
                description: 'Cuantificar la población objetivo de las campañas de 2019 con los nuevos lineamientos.',
                area: 'Dirección General de Salud Animal',
                due: '30/06/2019',
                results: 'Población objetivo cuantificada por campaña y entidad.',
                evidence: 'Base de datos y nota metodológica.',
              },
            ],
          },
          {
            number: '2',
            text: 'Integrar la información de las campañas en un solo sistema de seguimiento.',
            activities: [
              {
                description: 'Migrar los registros de los sistemas estatales al Sistema Nacional de Información de Campañas.',
                area: 'Unidad de Coordinación y Enlace',
                due: '30/09/2019',
                results: 'Sistema único con los registros de todas las entidades.',
                evidence: 'Reporte de migración por entidad.',
              },
            ],
          },
          {
            number: '3',
            text: 'Coordinar con los gobiernos estatales la aportación de recursos para las campañas.',
            activities: [
              {
                description: 'Incluir en los convenios de coordinación los compromisos de aportación estatal y su calendario.',
                area: 'Coordinación General Jurídica',
                due: '28/02/2019',
                results: 'Convenios con compromisos de aportación.',
                evidence: 'Convenios de coordinación firmados.',
              },
              {
                description: 'Dar seguimiento trimestral a las aportaciones estatales comprometidas.',
                area: 'Unidad de Administración y Finanzas',
                due: '31/12/2019',
                results: 'Reportes trimestrales de aportaciones.',
                evidence: 'Reportes de seguimiento.',
              },
            ],
          },
          {
            number: '4',
            text: 'Evaluar el efecto de las campañas en la prevalencia de plagas y enfermedades reguladas.',
            activities: [
              {
                description: 'Contratar una evaluación de impacto de las campañas contra la mosca de la fruta y la tuberculosis bovina.',
                area: 'Dirección General de Planeación y Evaluación',
                due: '31/10/2019',
                results: 'Evaluación de impacto concluida.',
                evidence: 'Informe final de la evaluación.',
              },
            ],
          },
          {
            number: '5',
            text: 'Difundir entre los productores los resultados de las campañas y los requisitos de movilización.',
            activities: [
              {
                description: 'Publicar en la página de internet los resultados anuales de cada campaña.',
                area: 'Unidad de Comunicación Social',
                due: '30/04/2019',
                results: 'Resultados publicados.',
                evidence: 'Liga de publicación.',
              },
            ],
          },
        ],
      },
    ],
    signature: [
      ['Elaboró', 'Revisó', 'Autorizó'],
      ['Ing. Ramón Castillo Pérez', 'Lic. Elena Vargas Ruiz', 'Mtro. Andrés Soto Díaz'],
      ['Subdirector de Planeación', 'Directora de Evaluación', 'Titular de la Unidad de Planeación'],
    ],
  },
];

export const STATEMENT =
  'No se identificaron aspectos susceptibles de mejora vigentes, es decir, aspectos cuyo avance es menor al 100%.';

/** The cell of an activity row for a column key: ASM-level keys only on the first activity. */
export function cellOf(asm, activity, index, key) {
  switch (key) {
    case 'number':
      return index === 0 ? asm.number : '';
    case 'text':
      return index === 0 ? asm.text : '';
    case 'reportMonth':
      return index === 0 ? (asm.month ?? '') : '';
    case 'average':
      return index === 0 ? (asm.average ?? '') : '';
    case 'responsibleArea':
      return activity.area ?? '';
    case 'dueDate':
      return activity.due ?? '';
    case 'expectedResults':
      return activity.results ?? '';
    default:
      return activity[key] ?? '';
  }
}

export const ASPECT_KEYS = new Set(['number', 'text', 'reportMonth', 'average']);

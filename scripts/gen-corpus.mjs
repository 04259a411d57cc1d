#!/usr/bin/env node
// Deterministic generator of a corpus of ASM follow-up reports, tab-separated
// text like fixtures/seed-e006-2015-09.txt, for benchmarks (npm run bench).
//
//   node scripts/gen-corpus.mjs [DIR] [--count N] [--seed S]
//
// DIR defaults to a new temporary folder; N to 2000; S to 1. The same N and S
// always give the same files, byte for byte. The corpus varies institutions,
// programs, report months (March/September), periods, the number of ASMs and
// of activities, header wording, title forms, rows cut by page breaks (blank
// line, repeated header, continuation row with an empty No. cell) and periods
// declared without ASMs ("No se identificaron…"). Never commit a corpus.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// ---------------------------------------------------------------------------
// Seeded PRNG (mulberry32)

export function prng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min, max) => min + Math.floor(next() * (max - min + 1));
  const pick = (list) => list[Math.floor(next() * list.length)];
  const chance = (p) => next() < p;
  return { next, int, pick, chance };
}

// ---------------------------------------------------------------------------
// Vocabulary

const INSTITUTIONS = [
  'Instituto Mexicano del Seguro Social',
  'Comisión Nacional Forestal',
  'Secretaría de Educación Pública',
  'Secretaría de Salud',
  'Secretaría de Desarrollo Social',
  'Secretaría de Agricultura, Ganadería, Desarrollo Rural, Pesca y Alimentación',
  'Secretaría de Economía',
  'Secretaría de Comunicaciones y Transportes',
  'Secretaría de Medio Ambiente y Recursos Naturales',
  'Comisión Nacional del Agua',
  'Instituto de Seguridad y Servicios Sociales de los Trabajadores del Estado',
  'Consejo Nacional de Ciencia y Tecnología',
  'Secretaría de Energía',
  'Secretaría del Trabajo y Previsión Social',
  'Secretaría de Desarrollo Agrario, Territorial y Urbano',
  'Comisión Nacional para el Desarrollo de los Pueblos Indígenas',
  'Instituto Nacional de las Mujeres',
  'Secretaría de Turismo',
  'Secretaría de Cultura',
  'Comisión Nacional de Vivienda',
];
const PROGRAM_WORDS = [
  'Recaudación eficiente de ingresos obrero patronales', 'Apoyos para el Desarrollo Forestal Sustentable',
  'Protección Forestal', 'PROSPERA Programa de Inclusión Social', 'Pensión para Adultos Mayores',
  'Atención a la Salud', 'Prevención y Control de Enfermedades', 'Programa de Becas', 'Escuelas de Tiempo Completo',
  'Fomento a la Economía Social', 'Programa de Infraestructura', 'Agua Potable, Drenaje y Tratamiento',
  'Apoyo a la Vivienda', 'Fortalecimiento de la Calidad Educativa', 'Seguro Médico Siglo XXI',
  'Programa de Empleo Temporal', 'Abasto Social de Leche', 'Comedores Comunitarios', 'Fondo Nacional Emprendedor',
  'Investigación Científica y Desarrollo Tecnológico', 'Conservación de Carreteras', 'Programa de Estancias Infantiles',
  'Desarrollo Cultural', 'Promoción y Desarrollo Turístico', 'Igualdad de Género',
];
const PROGRAM_LETTERS = ['E', 'S', 'U', 'P', 'K', 'B', 'G'];
const AREAS = [
  'Coordinación de Planeación y Evaluación', 'Coordinación de Cobranza', 'Dirección General de Planeación',
  'Unidad de Planeación y Evaluación', 'Gerencia de Desarrollo Forestal', 'Dirección de Evaluación',
  'Dirección General de Padrones', 'Unidad de Asuntos Jurídicos', 'Dirección de Cobertura',
  'Dirección General de Programación y Presupuesto', 'Unidad de Incorporación al Seguro Social',
  'Dirección de Operación', 'Subdirección de Seguimiento',
];
const VERBS = ['Actualizar', 'Modificar', 'Elaborar', 'Revisar', 'Definir', 'Integrar', 'Diseñar', 'Implementar', 'Difundir', 'Fortalecer', 'Documentar', 'Establecer'];
const OBJECTS = [
  'el diagnóstico del programa', 'la Matriz de Indicadores para Resultados (MIR)', 'las Reglas de Operación',
  'el padrón único de beneficiarios', 'los procedimientos normativos', 'la metodología de cuantificación de la población objetivo',
  'los indicadores de desempeño', 'la estrategia de cobertura', 'el mecanismo de seguimiento a beneficiarios',
  'los lineamientos de operación', 'el sistema de información del programa', 'la evaluación de procesos',
];
const PURPOSES = [
  'a fin de integrar los procesos relevantes del programa', 'para garantizar la congruencia de la información',
  'con base en las recomendaciones del evaluador externo', 'para dar mayor claridad en la lectura de la MIR',
  'de acuerdo con los criterios del CONEVAL', 'para regular los procesos de forma integral',
  'con información del Inventario Nacional', 'a fin de mejorar la focalización de los apoyos',
];
const RESULTS = ['Diagnóstico actualizado.', 'Indicadores definidos.', 'Padrón integrado.', 'Reglas de Operación modificadas.', 'Procedimientos actualizados y registrados.', 'Metodología aprobada.', 'Estrategia validada.', 'Nota metodológica publicada.'];
const EVIDENCE = ['Documento de diagnóstico.', 'MIR vigente', 'Base de datos del padrón', 'Publicación en el DOF', 'Reporte de cumplimiento del PAADI', 'Minutas de trabajo', 'Oficio de liberación', 'Documento metodológico.'];
const LOCATIONS = ['https://www.gob.mx/documentos', 'Portal Aplicativo de Hacienda', 'Archivo de la Dirección', 'Sistema SIIPP-G', 'https://www.transparenciapresupuestaria.gob.mx/', 'N/A', 'En proceso'];
const OBSERVATIONS = [
  'Se integró la información del inventario y se validó con las áreas operativas.',
  'Los indicadores se registraron en la MIR del ejercicio fiscal correspondiente.',
  'Se cuenta con una versión preliminar que se encuentra en revisión por parte de las áreas normativas.',
  'El levantamiento inicia en el segundo semestre del año.',
  'Con base en las recomendaciones del evaluador externo se está estableciendo la interrelación de los procesos en la normatividad.',
  'Sin avance reportado.',
  'Concluida.',
  'En revisión jurídica; se espera su publicación antes del cierre del ejercicio.',
  'La actividad se reprogramó por ajustes presupuestales autorizados por la Secretaría de Hacienda y Crédito Público.',
];
const MONTHS = ['Enero', 'Febrero', 'Marzo', 'Abril', 'Mayo', 'Junio', 'Julio', 'Agosto', 'Septiembre', 'Octubre', 'Noviembre', 'Diciembre'];
const CLASSIFICATIONS = ['ESPECÍFICOS', 'INSTITUCIONALES', 'INTERINSTITUCIONALES', 'INTERGUBERNAMENTALES'];
const STATEMENT = 'No se identificaron aspectos susceptibles de mejora vigentes, es decir, aspectos cuyo avance es menor al 100%.';

const HEADER_VARIANTS = [
  ['No.', 'Aspecto Susceptible de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término', 'Resultados Esperados', 'Productos y/o Evidencias', '% de Avance de la Actividad', 'Nombre del Documento Probatorio', 'Ubicación del Documento Aprobatorio', 'Observaciones', 'Mes y Año', 'Promedio'],
  ['No.', 'Aspecto(s) Susceptible(s) de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término', 'Resultados Esperados', 'Productos y/o Evidencias', '% de Avance', 'Identificación / Nombre del Documento Probatorio', 'Ubicación del Documento Probatorio/Aprobatorio', 'Observaciones', 'Mes y Año', 'Promedio'],
  ['Núm.', 'Aspecto Susceptible de Mejora', 'Acciones de mejora', 'Área responsable', 'Fecha compromiso', 'Resultados esperados', 'Productos y/o evidencias', '% de avance de la actividad', 'Nombre del documento probatorio', 'Ubicación del documento probatorio', 'Observaciones', 'Mes y año', 'Promedio'],
];

// ---------------------------------------------------------------------------
// One report

function sentence(r, min, max) {
  const parts = [];
  const target = r.int(min, max);
  while (parts.join(' ').length < target) parts.push(`${r.pick(VERBS).toLowerCase()} ${r.pick(OBJECTS)} ${r.pick(PURPOSES)}`);
  const text = parts.join(', ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const pad = (n) => String(n).padStart(2, '0');

function activity(r, reportYear, reportMonth) {
  const due = `${pad(r.int(1, 28))}/${pad(r.pick([3, 6, 9, 12]))}/${reportYear + r.int(-1, 1)}`;
  const progress = r.pick([0, 10, 25, 35, 50, 60, 75, 90, 100, 100, 100]);
  return {
    description: sentence(r, 40, 220),
    area: r.pick(AREAS),
    due,
    results: r.pick(RESULTS),
    evidence: r.pick(EVIDENCE),
    progress,
    proof: r.chance(0.6) ? `DOC_${reportYear}_${r.int(100, 999)}` : '',
    location: r.chance(0.7) ? r.pick(LOCATIONS) : '',
    observations: r.chance(0.3) ? `${r.pick(OBSERVATIONS)} ${r.pick(OBSERVATIONS)}` : r.pick(OBSERVATIONS),
    month: `${MONTHS[reportMonth - 1]}-${reportYear}`,
  };
}

/** Cut text at a word boundary near the middle: [first part, rest]. */
function cut(text) {
  const words = text.split(' ');
  if (words.length < 4) return [text, ''];
  const at = Math.floor(words.length / 2);
  return [words.slice(0, at).join(' '), words.slice(at).join(' ')];
}

export function generateReport(r, { institution, code, name, year, month }) {
  const header = r.pick(HEADER_VARIANTS);
  const lines = [];
  const classification = r.pick(CLASSIFICATIONS);
  const title = `SEGUIMIENTO A ASPECTOS SUSCEPTIBLES DE MEJORA CLASIFICADOS COMO ${classification}, DERIVADOS DE INFORMES Y EVALUACIONES EXTERNAS`;
  lines.push('', '', r.chance(0.7) ? `# ${title}` : title, '');
  lines.push(institution, 'Avance al Documento de Trabajo:', `${code[0]}-${code.slice(1)} ${name}`, '');
  const headerLine = header.join('\t');
  const periods = r.int(1, 4);
  const firstPeriodYear = month >= 9 ? year - 1 : year - 2;
  for (let p = 0; p < periods; p++) {
    const start = firstPeriodYear - p;
    lines.push(`${r.pick(['####', '##', '###', ''])} Periodo ${start}-${start + 1}`.trim(), '');
    // The newest period usually has ASMs; older ones usually have been closed.
    const withAspects = p === 0 ? r.chance(0.95) : r.chance(0.3);
    if (!withAspects) {
      lines.push(STATEMENT, '');
      continue;
    }
    lines.push(headerLine);
    let rowsOnPage = 0;
    const pageSize = r.int(2, 6);
    const pageBreak = () => {
      lines.push('', headerLine);
      rowsOnPage = 0;
    };
    const aspects = r.int(1, 12);
    for (let number = 1; number <= aspects; number++) {
      const text = sentence(r, 60, 200);
      const count = r.chance(0.75) ? 1 : r.int(2, 4);
      const acts = Array.from({ length: count }, () => activity(r, year, month));
      const average = acts.reduce((sum, a) => sum + a.progress, 0) / acts.length;
      const promedio = r.chance(0.9) ? `${average.toFixed(2)}%` : '';
      acts.forEach((act, index) => {
        if (rowsOnPage >= pageSize) pageBreak();
        const cells = [
          index === 0 ? String(number) : '',
          index === 0 ? text : '',
          act.description,
          act.area,
          act.due,
          act.results,
          act.evidence,
          String(act.progress),
          act.proof,
          act.location,
          act.observations,
          act.month,
          index === 0 ? promedio : '',
        ];
        // A row cut by a page break: the long text cells go on after the repeated header.
        if (rowsOnPage + 1 >= pageSize && r.chance(0.4)) {
          const [description, descriptionRest] = cut(act.description);
          const [observations, observationsRest] = cut(act.observations);
          cells[2] = description;
          cells[10] = observations;
          lines.push(cells.join('\t'));
          pageBreak();
          const rest = cells.map(() => '');
          rest[2] = descriptionRest;
          rest[10] = observationsRest;
          lines.push(rest.join('\t'));
          rowsOnPage++;
        } else {
          lines.push(cells.join('\t'));
        }
        rowsOnPage++;
      });
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

// ---------------------------------------------------------------------------
// The corpus

/** Programs, each with its institution; report i is program i % P in report month floor(i / P). */
export function generateCorpus(dir, { count = 2000, seed = 1 } = {}) {
  const r = prng(seed);
  const programCount = Math.max(1, Math.min(250, Math.ceil(count / 8)));
  const programs = [];
  const codes = new Set();
  while (programs.length < programCount) {
    const code = `${r.pick(PROGRAM_LETTERS)}${String(r.int(1, 299)).padStart(3, '0')}`;
    if (codes.has(code)) continue;
    codes.add(code);
    programs.push({ code, institution: r.pick(INSTITUTIONS), name: r.pick(PROGRAM_WORDS) });
  }
  let bytes = 0;
  const files = [];
  for (let i = 0; i < count; i++) {
    const program = programs[i % programCount];
    const slot = Math.floor(i / programCount);
    const year = 2013 + Math.floor(slot / 2);
    const month = slot % 2 === 0 ? 3 : 9;
    const text = generateReport(r, { ...program, year, month });
    const folder = join(dir, String(year));
    mkdirSync(folder, { recursive: true });
    const path = join(folder, `${String(i).padStart(5, '0')}-${program.code}-${year}-${pad(month)}.txt`);
    writeFileSync(path, text);
    bytes += Buffer.byteLength(text);
    files.push(path);
  }
  return { dir, files, bytes };
}

function parseArgs(argv) {
  const out = { dir: null, count: 2000, seed: 1 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--count' || arg === '-n') out.count = Number(argv[++i]);
    else if (arg === '--seed') out.seed = Number(argv[++i]);
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: node scripts/gen-corpus.mjs [DIR] [--count N (2000)] [--seed S (1)]\n');
      process.exit(0);
    } else out.dir = arg;
  }
  if (!Number.isInteger(out.count) || out.count < 1) throw new Error('--count must be a positive integer');
  if (!Number.isFinite(out.seed)) throw new Error('--seed must be a number');
  return out;
}

if (import.meta.url === `file://${process.argv[1]}` || process.argv[1]?.endsWith('gen-corpus.mjs')) {
  const args = parseArgs(process.argv.slice(2));
  const dir = args.dir ? resolve(args.dir) : mkdtempSync(join(tmpdir(), 'asm-corpus-'));
  const { files, bytes } = generateCorpus(dir, args);
  process.stdout.write(`${dir}\n`);
  process.stderr.write(`gen-corpus: ${files.length} reports, ${(bytes / 1e6).toFixed(1)} MB, seed ${args.seed}\n`);
}

// Adversarial inputs must parse in time linear in their size. This builds 1, 10
// and 50 MB documents whose cells are long runs of tabs, digits, slashes, `%`,
// accented letters and spaces (the shapes that make a backtracking regular
// expression or a re-scanning loop quadratic), parses each with the built
// library (dist/lib, so run `npm run build` first) in a child process with a
// time limit, and prints the milliseconds per MB. With linear code the ms/MB
// column stays flat from 1 to 50 MB; a quadratic step makes it grow ~50×.
//
//   node scripts/bench-adversarial.mjs                 # every kind at 1, 10, 50 MB
//   node scripts/bench-adversarial.mjs --sizes 1,10    # smaller run
//   node scripts/bench-adversarial.mjs --kinds slashes,spaces --validate
//   node scripts/bench-adversarial.mjs --check         # exit 1 when ms/MB grows more than 4× (CI)
//
// --validate also times validateDocument on the parsed document.
//
// Scale (issue 11, finding 11), run after the MB part:
//
// Work must also be linear in the number of rows of one document and in the
// number of documents of one run. This part writes, into a temporary folder:
// a text report of 10k/20k/40k ASM rows in one period (areas with spelling
// variants, some wrong months, out-of-range progress and broken URLs, so that
// the validator has diagnostics to place and sort), and a JSON input (what
// `asm parse --format json` writes) of 10k/20k/40k documents (half of them
// reports of one program, the rest of distinct programs with two reports each,
// areas from a shared list with variants). Each case runs the built CLI
// (bin/asm.js) in a child process with a time limit and prints the wall time, the
// time per row or document (after the start-up cost, measured on a 1-row or
// 1-document input, is taken off) and the growth of that per-unit time from
// the smallest to the largest size: ~1× when linear, ~4× when quadratic.
// "distinct areas" times the grouping of 10k/20k/40k distinct area names into
// spelling variants (what a store of many institutions' reports holds).
// Last, a JSON input of 150,000 small documents through parse, validate,
// report and vigentes: it must finish (a spread of a data-sized array into a
// call, `push(...documents)`, overflowed the stack there).
//
//   node scripts/bench-adversarial.mjs --scale-only --no-resources   # only this part
//   node scripts/bench-adversarial.mjs --scale-only --scale 5000,10000,20000
//   node scripts/bench-adversarial.mjs --no-scale                    # without this part
//   node scripts/bench-adversarial.mjs --scale-only --check          # exit 1 when a per-unit time grows > 3×,
//                                                                    # or the 150,000-document input fails
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, join } from 'node:path';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const LIB = join(ROOT, 'dist', 'lib', 'index.js');
const MB = 1024 * 1024;
const TIME_LIMIT_MS = 180_000;

const HEADER = [
  'No.', 'Aspecto Susceptible de Mejora', 'Actividades', 'Área Responsable', 'Fecha de Término', 'Resultados Esperados',
  'Productos y/o Evidencias', '% de Avance', 'Nombre del Documento Probatorio', 'Ubicación del Documento Probatorio',
  'Observaciones', 'Mes y Año', 'Promedio',
].join('\t');

const PREAMBLE = [
  '# Seguimiento a Aspectos Susceptibles de Mejora clasificados como Específicos',
  'Secretaría de Pruebas Adversariales',
  'Avance al Documento de Trabajo',
  'E-001 Programa de prueba',
  '',
  'Periodo 2015-2016',
  '',
  HEADER,
].join('\n');

const repeat = (unit, length) => unit.repeat(Math.max(1, Math.ceil(length / unit.length))).slice(0, Math.max(1, length));

/**
 * Rows for one kind. `run` is the length of the long runs, so that a 50 MB
 * input has runs 50× longer than a 1 MB one (what exposes quadratic work).
 * Every kind mixes ASM rows, continuation rows (empty No.) that append to the
 * same fields, and plain lines between rows.
 */
const KINDS = {
  tabs: (run) => [
    // Rows with a huge number of cells, some of them typed (they ask for realignment).
    `1\tAspecto\tActividad\tÁrea\t31/12/2016\t\t\t50${'\t5\t'.repeat(Math.floor(run / 3))}\tfin`,
    `\t${'\t'.repeat(run)}continuación`,
    `\t\t${'\t35%'.repeat(Math.floor(run / 4))}`,
  ],
  digits: (run) => [
    `2\t${repeat('1234567890', run)}\tActividad\tÁrea\t${repeat('3', run)}/12/2016\tx\tx\t${repeat('9', run)}\tMIR_E001_${repeat('20', run)}\t\t\t${repeat('0', run)}-2016\t${repeat('1', run)}.5%`,
    `\t\t\t\t${repeat('1', run)}\t\t\t${repeat('5', run)}\t${repeat('15', run)}\t\t\t${repeat('2', run)}\t`,
    `${repeat('7', run)}\tx\ty\tz\t1 ${repeat(' ', run)}2/2016`,
  ],
  slashes: (run) => [
    `3\tAspecto ${repeat('/', run)} x\tActividad\tÁrea\t${repeat('/', run)} 1\tx\tx\t50\tMIR_${repeat('/', run)} y\thttps://${repeat('/', run)} z\tobs\tMarzo-2016\t50%`,
    `\t${repeat('/', run)}\t\t\t${repeat('/', run)}\t\t\t\t${repeat('_/', run)}\t${repeat('/', run)}`,
    `\t1\t\t\t5\t\t\t\t15\t${repeat('/', run)}0`,
  ],
  percent: (run) => [
    `4\t${repeat('%', run)} x\tActividad\tÁrea\t31/12/2016\tx\tx\t35${repeat('%', run)}x\tdoc\tlugar\t${repeat('% ', run)}x\t${repeat('%', run)}\t50${repeat(' ', run)}%x`,
    `\t${repeat('%', run)}\t\t\t\t\t\t${repeat('%', run)}\t\t\t\t\t${repeat('%', run)}`,
  ],
  accents: (run) => [
    `5\t${repeat('á', run)}.\tÉé${repeat('ñ', run)}\t${repeat('Dirección', run)}\t31/12/2016\t${repeat('ú', run)} ü\tx\t50\t${repeat('ó', run)}(\tlugar\t${repeat('í', run)} í\tSeptiembre${repeat('á', run)}-2016\t50%`,
    `\t\t${repeat('é', run)}\t\t\t\t\t\t\t\t${repeat('ñ', run)}`,
    `Periodo ${repeat('á', run)} 2015-2016`,
  ],
  spaces: (run) => [
    `Periodo${repeat(' ', run)}x 2015-2016`,
    `Programa${repeat(' ', run)}x`,
    `6\tAspecto${repeat(' ', run)}:x\tActividad\tÁrea\t31${repeat(' ', run)}/x\tx\tx\t50${repeat(' ', run)}x\tdoc\tlugar\tobs\tSeptiembre${repeat(' ', run)}x\t50${repeat(' ', run)}%x`,
    `\t\t\t\t\t\t\t\t\t\t${repeat(' ', run)}x`,
    `Página 1${repeat(' ', run)}de x`,
  ],
  // URLs and sentences for the validator (--validate): runs of punctuation after a URL, long lower-case words.
  urls: (run) => [
    `7\tTexto\tActividad\t${repeat('direccion', run)} x\t31/12/2016\tx\tx\t100\tdoc\thttp://a${repeat(',', run)}x www.${repeat('.', run)}b https://a.b/ ${repeat('/', run)}${repeat('.', run)}x\tobs\tSeptiembre-2016\t100%`,
  ],
  continuation: () => [
    // Many short rows that all continue one activity: joins must not re-scan the field.
    `\tsigue\t\t\t\t\t\t\tMIR_\t\t5\t\t`,
  ],
};

function buildInput(kind, megabytes) {
  const target = megabytes * MB;
  const run = kind === 'continuation' ? 0 : Math.max(1000, Math.floor(target / 40));
  const block = KINDS[kind](run).join('\n');
  const parts = [PREAMBLE, `1\tAspecto inicial\tActividad inicial\tÁrea\t31/12/2016\tx\tx\t50\tMIR_E001_20\t\tobs\tSeptiembre-2016\t50%`];
  let size = Buffer.byteLength(parts.join('\n'));
  const blockSize = Buffer.byteLength(block) + 1;
  while (size < target) {
    parts.push(block);
    size += blockSize;
  }
  return Buffer.from(parts.join('\n'));
}

async function measureOne(kind, megabytes, validate) {
  const { parseDocument, validateDocument } = await import(pathToFileURL(LIB).href);
  const bytes = buildInput(kind, megabytes);
  const start = performance.now();
  const document = await parseDocument(bytes, { file: `${kind}.txt`, format: 'text' });
  const parseMs = performance.now() - start;
  let validateMs = null;
  if (validate && typeof validateDocument === 'function') {
    const t = performance.now();
    validateDocument(document);
    validateMs = performance.now() - t;
  }
  process.stdout.write(JSON.stringify({ bytes: bytes.length, parseMs, validateMs }));
}

// ---------------------------------------------------------------- scale

const ASM_BIN = join(ROOT, 'bin', 'asm.js');
const SCALE_TIME_LIMIT_MS = 300_000;
const SCALE_GROWTH_LIMIT = 3;
const BIG_JSON_DOCUMENTS = 150_000;

/** Real area names, with the misspellings reports have (the validator and reports group them). */
const AREAS = [
  'Coordinación de Planeación y Evaluación', 'Coordinación de Cobranza', 'Coordianción de Cobranza',
  'Unidad de Incorporación al Seguro Social', 'Dirección de Finanzas', 'Direccion de Finanzas',
  'Dirección General de Programación y Presupuesto', 'Subdirección de Evaluación', 'Jefatura de Servicios Jurídicos',
  'Unidad de Evaluación del Desempeño', 'Dirección de Administración', 'Coordinacion de Planeacion y Evaluacion',
];
const INSTITUTIONS = Array.from({ length: 20 }, (_, i) => `Instituto Nacional de Pruebas ${String.fromCharCode(65 + i)}`);
const SYLLABLES = ['ba', 'ce', 'di', 'fo', 'gu', 'la', 'me', 'ni', 'po', 'ru', 'sa', 'te', 'vi', 'zo', 'xa', 'ju'];

/** A distinct lower-case word per number (names, codes: the words a long report has only once). */
const wordOf = (n) => {
  let word = '';
  do {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  } while (n > 0);
  return word;
};

/** A text report of `rows` ASMs in one period, one activity each. */
function rowsReport(rows) {
  const lines = [PREAMBLE];
  for (let i = 1; i <= rows; i++) {
    const progress = i % 7 === 0 ? 120 : (i * 13) % 101; // 120 %: progress-out-of-range
    const url = i % 11 === 0 ? 'https://www.sistemas.hacienda.gob.m.// PASH/jsps/acceso.j' : `https://www.gob.mx/informes/${i}`;
    const month = i % 9 === 0 ? 'Marzo-2016' : 'Septiembre-2016'; // a minority: report-month-mismatch
    lines.push(
      [
        i, `Fortalecer el seguimiento de los indicadores del programa ${i}.`,
        `Revisar la matriz de indicadores con las áreas ${wordOf(i)}.`, AREAS[i % AREAS.length],
        `${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/2016`,
        'Matriz actualizada', `Informe ${i}`, progress, `MIR_${i}`, url, `Revisado por ${wordOf(i * 7)}`, month, `${progress}%`,
      ].join('\t'),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** One document as `asm parse --format json` writes it (compact). */
function documentObject(i, count, aspects) {
  const group = i % 2 === 0; // half: every report of one program, over the years
  const programs = Math.max(1, Math.floor(count / 2));
  const code = group ? 'E006' : `E${String(i % programs).padStart(5, '0')}`;
  const institution = group ? 'Instituto Mexicano del Seguro Social' : INSTITUTIONS[i % INSTITUTIONS.length];
  const reportMonth = group ? `20${10 + (i % 6)}-${i % 8 < 4 ? '03' : '09'}` : i < programs ? '2015-03' : '2015-09';
  const line = 10;
  return {
    schemaVersion: 1,
    source: { file: `informe-${i}.txt`, format: 'text', sha256: '0'.repeat(64) },
    title: 'Seguimiento a Aspectos Susceptibles de Mejora', institution, documentType: 'Avance al Documento de Trabajo',
    classification: 'especificos', program: { code, name: `Programa ${code}` }, reportMonth, columns: [],
    periods: [
      {
        period: '2015-2016', statement: null, source: { lines: [8, 8 + aspects] },
        aspects: Array.from({ length: aspects }, (_, a) => {
          const progress = (i * 7 + a * 31) % 101;
          return {
            number: a + 1, numberText: String(a + 1), text: `Aspecto ${a + 1} del programa ${code}`,
            average: progress, averageText: `${progress}%`, reportMonth, reportMonthText: reportMonth,
            source: { lines: [line + a, line + a] },
            activities: [
              {
                description: 'Revisar la matriz de indicadores.', responsibleArea: AREAS[(i + a) % AREAS.length],
                dueDate: `2015-${String(1 + ((i + a) % 12)).padStart(2, '0')}-28`, dueDateText: null,
                expectedResults: null, evidence: null, progress, progressText: String(progress),
                proofName: null, proofLocation: null, observations: null, source: { lines: [line + a, line + a] },
              },
            ],
          };
        }),
      },
    ],
    diagnostics: [],
  };
}

function documentsJson(count, aspects = 2) {
  const parts = new Array(count);
  for (let i = 0; i < count; i++) parts[i] = JSON.stringify(documentObject(i, count, aspects));
  return `[${parts.join(',\n')}]\n`;
}

/**
 * `count` distinct area names from a vocabulary of real ones ("Dirección General de Finanzas y Presupuesto"):
 * a store of many institutions' reports has thousands. Grouping their spelling variants (canonicalAreas, in
 * `asm report`, `asm vigentes` and `asm validate`) is timed on its own, in a child process.
 */
function distinctAreaNames(count) {
  const heads = ['Dirección', 'Dirección General', 'Coordinación', 'Subdirección', 'Unidad', 'Jefatura', 'Departamento', 'Gerencia', 'Oficina', 'División'];
  const words = ('Planeación Evaluación Finanzas Presupuesto Programación Cobranza Incorporación Fiscalización Servicios Jurídicos ' +
    'Administración Recursos Humanos Materiales Informática Tecnologías Información Comunicación Social Salud Educación Vivienda ' +
    'Desarrollo Rural Urbano Agua Energía Minas Pesca Forestal Cultura Deporte Turismo Comercio Industria Transporte Obras Públicas ' +
    'Seguridad Protección Civil Igualdad Género Juventud Atención Ciudadana Transparencia Control Interno Auditoría Contabilidad ' +
    'Tesorería Adquisiciones Logística Normatividad Estadística Geografía Investigación Innovación Calidad Infraestructura ' +
    'Mantenimiento Conservación Promoción Difusión Vinculación Asuntos Internacionales Políticas Operación Regional Estatal ' +
    'Municipal Proyectos Estratégicos Apoyos Subsidios Becas Padrones Beneficiarios').split(' ');
  let seed = 3; // mulberry32: the same names on every run
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const names = new Set();
  while (names.size < count) {
    names.add(`${pick(heads)} de ${pick(words)}${random() < 0.7 ? ` y ${pick(words)}` : ''}${random() < 0.5 ? ` de ${pick(words)}` : ''}`);
  }
  return [...names];
}

async function measureAreas(count) {
  const { canonicalAreas } = await import(pathToFileURL(LIB).href);
  const names = distinctAreaNames(count);
  const start = performance.now();
  canonicalAreas(names);
  process.stdout.write(JSON.stringify({ ms: performance.now() - start }));
}

const SCALE_CASES = [
  { name: 'parse rows', unit: 'row', input: 'rows', args: (file) => ['parse', file, '--no-save', '--format', 'json'] },
  { name: 'validate rows', unit: 'row', input: 'rows', args: (file) => ['validate', file] },
  { name: 'report rows', unit: 'row', input: 'rows', args: (file) => ['report', file, '--as-of', '2016-01-01'] },
  { name: 'parse docs', unit: 'doc', input: 'docs', args: (file) => ['parse', file, '--no-save', '--format', 'json'] },
  { name: 'validate docs', unit: 'doc', input: 'docs', args: (file) => ['validate', file, '--format', 'json'] },
  { name: 'report docs', unit: 'doc', input: 'docs', args: (file) => ['report', file, '--as-of', '2016-01-01'] },
  { name: 'vigentes docs', unit: 'doc', input: 'docs', args: (file) => ['vigentes', file, '--as-of', '2016-01-01'] },
];

/** Run the built CLI once; stdout goes to /dev/null. Returns ms, or a reason it failed. */
function runCli(args, cwd) {
  const sink = openSync('/dev/null', 'w');
  try {
    const start = performance.now();
    const child = spawnSync(process.execPath, [ASM_BIN, ...args], {
      cwd,
      env: { ...process.env, NO_COLOR: '1', LANG: 'C', LC_ALL: 'C', ASM_STORE: join(cwd, 'store') },
      stdio: ['ignore', sink, 'pipe'],
      encoding: 'utf8',
      timeout: SCALE_TIME_LIMIT_MS,
      maxBuffer: 1 << 24,
    });
    const ms = performance.now() - start;
    if (child.error?.code === 'ETIMEDOUT') return { failed: `>${SCALE_TIME_LIMIT_MS / 1000}s` };
    const lastLine = (child.stderr ?? '').trim().split('\n').pop() ?? '';
    if (/Maximum call stack|RangeError/.test(child.stderr ?? '')) return { failed: 'stack overflow' };
    if (child.error || child.status === null || child.status > 1) return { failed: `exit ${child.status ?? child.signal}: ${lastLine.slice(0, 80)}` };
    return { ms };
  } finally {
    closeSync(sink);
  }
}

function runScale(sizes, check) {
  const dir = mkdtempSync(join(tmpdir(), 'asm-bench-scale-'));
  let superlinear = false;
  try {
    const files = new Map();
    const inputFile = (kind, n) => {
      const key = `${kind}-${n}`;
      if (!files.has(key)) {
        const file = join(dir, kind === 'rows' ? `rows-${n}.txt` : `docs-${n}.json`);
        writeFileSync(file, kind === 'rows' ? rowsReport(n) : documentsJson(n));
        files.set(key, file);
      }
      return files.get(key);
    };
    console.log(`\nScale: time per row of one document, per document of one run (built CLI, start-up taken off)`);
    console.log(`case            ${sizes.map((n) => `${String(n).padStart(6)}: ms (ms/1k)`.padEnd(24)).join('')}growth`);
    for (const scaleCase of SCALE_CASES) {
      const base = runCli(scaleCase.args(inputFile(scaleCase.input, 1)), dir);
      const startup = base.ms ?? 0;
      const perUnit = [];
      const cells = [];
      for (const n of sizes) {
        const result = runCli(scaleCase.args(inputFile(scaleCase.input, n)), dir);
        if (result.failed) {
          perUnit.push(Infinity);
          cells.push(result.failed.padEnd(24));
          continue;
        }
        const per = Math.max(0, result.ms - startup) / n;
        perUnit.push(per);
        cells.push(`${result.ms.toFixed(0).padStart(7)} (${(per * 1000).toFixed(0)})`.padEnd(24));
      }
      const growth = perUnit[perUnit.length - 1] / perUnit[0];
      if (!(growth <= SCALE_GROWTH_LIMIT)) superlinear = true;
      console.log(`${scaleCase.name.padEnd(16)}${cells.join('')}${Number.isFinite(growth) ? `${growth.toFixed(1)}×` : '∞'}`);
    }
    {
      // Distinct area names: library call, no CLI start-up to take off.
      const perUnit = [];
      const cells = [];
      for (const n of sizes) {
        const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--one', 'areas', String(n)], {
          encoding: 'utf8',
          timeout: SCALE_TIME_LIMIT_MS,
        });
        if (child.error || child.status !== 0) {
          perUnit.push(Infinity);
          cells.push((child.error?.code === 'ETIMEDOUT' ? `>${SCALE_TIME_LIMIT_MS / 1000}s` : 'failed').padEnd(24));
          continue;
        }
        const { ms } = JSON.parse(child.stdout);
        perUnit.push(ms / n);
        cells.push(`${ms.toFixed(0).padStart(7)} (${((ms / n) * 1000).toFixed(0)})`.padEnd(24));
      }
      const growth = perUnit[perUnit.length - 1] / perUnit[0];
      if (!(growth <= SCALE_GROWTH_LIMIT)) superlinear = true;
      console.log(`${'distinct areas'.padEnd(16)}${cells.join('')}${Number.isFinite(growth) ? `${growth.toFixed(1)}×` : '∞'}`);
    }
    console.log(`(ms/1k = ms per 1,000 rows, documents or area names; growth = per-unit time at ${sizes[sizes.length - 1]} ÷ at ${sizes[0]}: ~1× linear, ~${sizes[sizes.length - 1] / sizes[0]}× quadratic)`);

    // A JSON input of 150,000 documents: must finish, with no stack overflow.
    const big = join(dir, `docs-${BIG_JSON_DOCUMENTS}.json`);
    writeFileSync(big, documentsJson(BIG_JSON_DOCUMENTS, 1));
    console.log(`\n${BIG_JSON_DOCUMENTS.toLocaleString('en')} documents in one JSON input (${(statSync(big).size / MB).toFixed(0)} MB):`);
    for (const [name, args] of [
      ['parse', ['parse', big, '--no-save', '--format', 'csv']],
      ['validate', ['validate', big, '--format', 'json']],
      ['report', ['report', big, '--format', 'json', '--as-of', '2016-01-01']],
      ['vigentes', ['vigentes', big, '--format', 'json', '--as-of', '2016-01-01']],
    ]) {
      const result = runCli(args, dir);
      if (result.failed) superlinear = true;
      console.log(`  ${name.padEnd(10)}${result.failed ?? `${result.ms.toFixed(0)} ms (${((result.ms / BIG_JSON_DOCUMENTS) * 1000).toFixed(0)} ms/1k)`}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  if (check && superlinear) {
    console.error(`bench-adversarial: time per row or document grows more than ${SCALE_GROWTH_LIMIT}× with scale, or the ${BIG_JSON_DOCUMENTS}-document input failed.`);
    return false;
  }
  return true;
}

function arg(name) {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

if (process.argv[2] === '--one') {
  if (process.argv[3] === 'areas') await measureAreas(Number(process.argv[4]));
  else await measureOne(process.argv[3], Number(process.argv[4]), process.argv.includes('--validate'));
} else {
  if (!existsSync(LIB)) {
    console.error('bench-adversarial: dist/lib/index.js is missing; run `npm run build` first.');
    process.exit(2);
  }
  const sizes = (arg('--sizes') ?? '1,10,50').split(',').map(Number);
  const kinds = (arg('--kinds') ?? Object.keys(KINDS).join(',')).split(',');
  const validate = process.argv.includes('--validate');
  const check = process.argv.includes('--check');
  const scaleOnly = process.argv.includes('--scale-only');
  let superlinear = false;
  let failed = false;
  if (!scaleOnly) {
    console.log(`kind          ${sizes.map((s) => `${String(s).padStart(4)} MB: ms/MB`.padEnd(20)).join('')}  growth`);
    for (const kind of kinds) {
      if (!KINDS[kind]) throw new Error(`unknown kind ${kind}; known: ${Object.keys(KINDS).join(', ')}`);
      const perMb = [];
      const cells = [];
      for (const size of sizes) {
        const child = spawnSync(
          process.execPath,
          ['--max-old-space-size=8192', fileURLToPath(import.meta.url), '--one', kind, String(size), ...(validate ? ['--validate'] : [])],
          { encoding: 'utf8', timeout: TIME_LIMIT_MS, maxBuffer: 1 << 20 },
        );
        if (child.error || child.status !== 0) {
          const reason = child.error?.code === 'ETIMEDOUT' ? `>${TIME_LIMIT_MS / 1000}s` : `failed (${child.stderr.trim().split('\n').pop()})`;
          cells.push(reason.padEnd(20));
          perMb.push(Infinity);
          continue;
        }
        const { bytes, parseMs, validateMs } = JSON.parse(child.stdout);
        const mb = bytes / MB;
        const total = parseMs + (validateMs ?? 0);
        perMb.push(total / mb);
        const detail = validateMs === null ? '' : ` (v ${(validateMs / mb).toFixed(0)})`;
        cells.push(`${(total / mb).toFixed(0).padStart(6)} ms/MB${detail}`.padEnd(20));
      }
      const growth = perMb[perMb.length - 1] / perMb[0];
      if (!(growth <= 4)) superlinear = true;
      console.log(`${kind.padEnd(14)}${cells.join('')}  ${Number.isFinite(growth) ? `${growth.toFixed(1)}×` : '∞'}`);
    }
    console.log(`\nms/MB should stay roughly flat across sizes (growth near 1×; GC noise may reach 2–3×).`);
    if (check && superlinear) {
      console.error('bench-adversarial: time per MB grows with size: something is superlinear.');
      failed = true;
    }
  }
  if (!process.argv.includes('--no-scale')) {
    const scaleSizes = (arg('--scale') ?? '10000,20000,40000').split(',').map(Number);
    if (!runScale(scaleSizes, check)) failed = true;
  }
  if (failed) process.exit(1);
}
// Resource limits (issue 11, finding 10): endless inputs, the PDF bomb, --jobs 200; see scripts/bench-resources.mjs.
if (process.argv[2] !== '--one' && !process.argv.includes('--no-resources')) spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-resources.mjs')], { stdio: 'inherit' });

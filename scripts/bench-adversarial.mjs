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
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
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

function arg(name) {
  const index = process.argv.indexOf(name);
  return index < 0 ? undefined : process.argv[index + 1];
}

if (process.argv[2] === '--one') {
  await measureOne(process.argv[3], Number(process.argv[4]), process.argv.includes('--validate'));
} else {
  if (!existsSync(LIB)) {
    console.error('bench-adversarial: dist/lib/index.js is missing; run `npm run build` first.');
    process.exit(2);
  }
  const sizes = (arg('--sizes') ?? '1,10,50').split(',').map(Number);
  const kinds = (arg('--kinds') ?? Object.keys(KINDS).join(',')).split(',');
  const validate = process.argv.includes('--validate');
  const check = process.argv.includes('--check');
  let superlinear = false;
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
    process.exit(1);
  }
}
// Resource limits (issue 11, finding 10): endless inputs, the PDF bomb, --jobs 200; see scripts/bench-resources.mjs.
if (process.argv[2] !== '--one' && !process.argv.includes('--no-resources')) spawnSync(process.execPath, [join(ROOT, 'scripts', 'bench-resources.mjs')], { stdio: 'inherit' });

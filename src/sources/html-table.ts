// An HTML page read as a report: government portals hand out their "Excel"
// downloads as an HTML table saved with an .xls name. Each table row becomes
// a row of cells (a cell spanning rows belongs to every row it spans, as a
// workbook's merged cell does), each paragraph or heading a line of text; the
// rows then go through the same header mapping as text. A cheap reader, not a
// browser: scripts, styles and comments are dropped, entities decoded.
import type { SourceLine } from '../core/lines.js';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ',
  aacute: 'á', eacute: 'é', iacute: 'í', oacute: 'ó', uacute: 'ú', ntilde: 'ñ', uuml: 'ü',
  Aacute: 'Á', Eacute: 'É', Iacute: 'Í', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Uuml: 'Ü',
  ordm: 'º', ordf: 'ª', deg: '°', iexcl: '¡', iquest: '¿', ndash: '–', mdash: '—', hellip: '…',
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (all, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
    }
    return NAMED[name] ?? all;
  });
}

const clean = (text: string): string => decodeEntities(text.replace(/\s+/g, ' ')).trim();

const BLOCK_END = /^(?:p|div|h[1-6]|li|caption|title)$/;

export function htmlLines(html: string): SourceLine[] {
  const body = html.replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, '')).replace(
    /<(script|style|head)\b[\s\S]*?<\/\1\s*>/gi,
    (m) => m.replace(/[^\n]/g, ''),
  );
  const lines: SourceLine[] = [];
  // Newline offsets, for each line's position in the file.
  const lineAt = (() => {
    const starts: number[] = [0];
    for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) starts.push(i + 1);
    return (offset: number): number => {
      let low = 0;
      let high = starts.length - 1;
      while (low < high) {
        const mid = (low + high + 1) >> 1;
        if (starts[mid]! <= offset) low = mid;
        else high = mid - 1;
      }
      return low + 1;
    };
  })();
  let text = '';
  let textStart = 0;
  let row: string[] | null = null;
  let rowStart = 0;
  let cell: { text: string; rows: number; cols: number } | null = null;
  // Cells of earlier rows spanning down: column → text and rows left.
  let spans = new Map<number, { text: string; left: number }>();
  const flushText = (): void => {
    const value = clean(text);
    if (value !== '') lines.push({ cells: [value], line: lineAt(textStart) });
    text = '';
  };
  const fillSpans = (): void => {
    while (row && spans.has(row.length)) {
      const span = spans.get(row.length)!;
      if (--span.left <= 0) spans.delete(row.length);
      row.push(span.text);
    }
  };
  const endCell = (): void => {
    if (!cell || !row) return;
    fillSpans();
    const value = clean(cell.text);
    const column = row.length;
    row.push(value);
    for (let c = 1; c < cell.cols; c++) row.push('');
    if (cell.rows > 1) spans.set(column, { text: value, left: cell.rows - 1 });
    cell = null;
  };
  const endRow = (): void => {
    if (!row) return;
    endCell();
    fillSpans();
    if (row.some((value) => value !== '')) lines.push({ cells: row, line: lineAt(rowStart) });
    row = null;
  };
  const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g;
  let last = 0;
  for (let match = TAG.exec(body); match; match = TAG.exec(body)) {
    const between = body.slice(last, match.index);
    if (cell) cell.text += between;
    else if (!row) {
      if (text === '' && between.trim() !== '') textStart = last + between.search(/\S/);
      text += between;
    }
    last = TAG.lastIndex;
    const closing = match[1] === '/';
    const name = match[2]!.toLowerCase();
    if (name === 'br') {
      if (cell) cell.text += ' ';
      else flushText();
    } else if (name === 'tr' && !closing) {
      endRow();
      flushText();
      row = [];
      rowStart = match.index;
    } else if ((name === 'td' || name === 'th') && !closing) {
      if (!row) {
        flushText();
        row = [];
        rowStart = match.index;
      }
      endCell();
      const attrs = match[3] ?? '';
      const rows = Number(/rowspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1);
      const cols = Number(/colspan\s*=\s*["']?(\d+)/i.exec(attrs)?.[1] ?? 1);
      cell = { text: '', rows: Math.min(Math.max(rows, 1), 1000), cols: Math.min(Math.max(cols, 1), 100) };
    } else if ((name === 'td' || name === 'th') && closing) endCell();
    else if (name === 'tr' || name === 'table') {
      endRow();
      if (name === 'table') spans = new Map();
    } else if (closing && BLOCK_END.test(name)) {
      if (!row) flushText();
    }
  }
  if (cell) (cell as { text: string }).text += body.slice(last);
  else if (!row) text += body.slice(last);
  endRow();
  flushText();
  return lines;
}

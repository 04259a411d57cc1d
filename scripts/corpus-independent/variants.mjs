// One entry per PDF of the corpus: which document, which producer, and the
// layout choices. Fields whose name is in the manifest (paper, orientation,
// rotate, ruling, headerAlign, bodyAlign, headerRepeat, merged, runs,
// shuffled, fontSize, furniture, signature) are copied to
// fixtures/corpus-independent/manifest.json; `headerLines`, `titleLines` and
// `rowsCutByPageBreak` are what the PDF was seen to show (pdftoppm) and must
// be checked again whenever content or layout change. The rest are renderer
// options.

// Column widths (per cent of the table width), per table shape.
const W13 = [3, 10, 11, 8, 6, 7.5, 7.5, 6, 7.5, 8.5, 13.5, 5.5, 6];
const W10 = [5, 15, 11, 13, 9, 10, 10, 7, 9, 11];
const W7 = [4, 22, 24, 14, 9, 14, 13];
const W9 = [4, 18, 18, 12, 8, 11, 6, 15, 8];

const SEAL = 'Comisión Federal de Pesca Responsable · Seguimiento de ASM';

export const VARIANTS = [
  // ---------------------------------------------------------------- D1
  {
    name: 'd1--writer-grid', headerLines: 4, titleLines: 2, rowsCutByPageBreak: true, doc: 'd1', producer: 'writer',
    paper: 'letter', orientation: 'landscape', rotate: 0, ruling: 'grid',
    headerAlign: 'middle', bodyAlign: 'top', headerRepeat: true, merge: false,
    runs: 'line', shuffled: false, fontSize: 7, widths: W13, titleMargin: '5.5cm',
    writerHeader: SEAL, writerFooter: true, furniture: ['running-head', 'page-number'], signature: true,
  },
  {
    name: 'd1--calc-excel', rowsCutByPageBreak: false, doc: 'd1', producer: 'calc',
    paper: 'legal', orientation: 'landscape', rotate: 0, ruling: 'grid',
    headerAlign: 'middle', bodyAlign: 'bottom', headerRepeat: true, merge: false,
    runs: 'line', shuffled: false, fontSize: 8, colWidths: [5, 24, 24, 16, 12, 16, 15, 11, 14, 20, 32, 13, 11], titleCols: [4, 10],
    pageHeader: { right: 'Comisión Federal de Pesca Responsable' }, pageFooter: { center: 'Página &P de &N' },
    furniture: ['running-head', 'page-number'], signature: true,
  },
  {
    name: 'd1--chromium-browser', headerLines: 4, titleLines: 2, rowsCutByPageBreak: true, doc: 'd1', producer: 'chromium', browserHeader: true,
    paper: 'a4', orientation: 'landscape', rotate: 0, ruling: 'horizontal',
    headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: true, merge: false,
    runs: 'line', shuffled: false, fontSize: 8, widths: W13, titleMargin: '6cm', margin: '1.2cm',
    htmlTitle: 'Seguimiento ASM E-009 septiembre 2016',
    furniture: ['browser-header', 'browser-footer', 'page-number'], signature: true,
  },
  {
    name: 'd1--reportlab-glyph-rotated', doc: 'd1', producer: 'reportlab',
    paper: 'letter', orientation: 'landscape', rotate: 90, ruling: 'none',
    headerAlign: 'top', bodyAlign: 'top', headerRepeat: false, merge: false,
    runs: 'glyph', shuffled: true, fontSize: 7, colWidths: [3, 10.5, 11, 8, 6, 7.5, 7.5, 6, 7.5, 8.5, 13.5, 5.5, 5.5],
    runningHead: 'COFEPRES · E-009 · Seguimiento a ASM 2015-2016 (continuación)', pageNumbers: true,
    furniture: ['running-head', 'page-number'], signature: true,
  },
  {
    name: 'd1--wkhtmltopdf-box', headerLines: 3, titleLines: 2, rowsCutByPageBreak: false, doc: 'd1', producer: 'wkhtmltopdf',
    paper: 'legal', orientation: 'landscape', rotate: 0, ruling: 'box',
    headerAlign: 'top', bodyAlign: 'bottom', headerRepeat: true, merge: false, rowAvoid: true, chunks: [2, 3, 3],
    runs: 'line', shuffled: false, fontSize: 8, widths: W13, titleMargin: '8cm', ruleWidth: '1pt',
    furniture: [], signature: false,
  },
  // ---------------------------------------------------------------- D2
  {
    name: 'd2--writer-unruled', headerLines: 4, titleLines: 4, rowsCutByPageBreak: true, doc: 'd2', producer: 'writer',
    paper: 'a4', orientation: 'landscape', rotate: 0, ruling: 'none',
    headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: false, merge: true,
    runs: 'line', shuffled: false, fontSize: 8, widths: [3, 10, 10, 8, 6, 7.5, 7.5, 5.5, 10, 8.5, 12, 5.5, 6.5], titleMargin: '6cm', margin: '2.6cm',
    writerHeader: 'Secretaría de Bienestar Rural · S-241 · Avance al Documento de Trabajo',
    furniture: ['running-head'], signature: false,
  },
  {
    name: 'd2--calc-noborders', rowsCutByPageBreak: false, doc: 'd2', producer: 'calc',
    paper: 'letter', orientation: 'landscape', rotate: 0, ruling: 'none',
    headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: false, merge: true,
    runs: 'line', shuffled: false, fontSize: 8, colWidths: [7, 21, 23, 16, 12, 16, 16, 10, 17, 19, 25, 11, 14],
    pageHeader: { left: 'Secretaría de Bienestar Rural', right: 'S-241 Café' }, pageFooter: { right: 'Página &P de &N' },
    furniture: ['running-head', 'page-number'], signature: false,
  },
  {
    name: 'd2--reportlab-word-rects', doc: 'd2', producer: 'reportlab',
    paper: 'legal', orientation: 'landscape', rotate: 0, ruling: 'filled-rects',
    headerAlign: 'middle', bodyAlign: 'top', headerRepeat: true, merge: true, marginPt: 84,
    runs: 'word', shuffled: false, fontSize: 9, colWidths: [3.5, 10, 11, 8, 6.5, 7.5, 7.5, 5, 8, 8.5, 14, 5.5, 5], headerFontSize: 8, titleWidthFraction: 0.8,
    pageNumbers: true, furniture: ['page-number'], signature: false,
  },
  {
    name: 'd2--chromium-grid', headerLines: 3, titleLines: 2, rowsCutByPageBreak: false, doc: 'd2', producer: 'chromium', browserHeader: false,
    paper: 'letter', orientation: 'portrait', rotate: 0, ruling: 'grid',
    headerAlign: 'middle', bodyAlign: 'top', headerRepeat: true, merge: true,
    numberAlign: 'center', headerNumberAlign: 'left',
    fixedLayout: true,
    runs: 'line', shuffled: false, fontSize: 6, widths: [4, 10, 10, 8, 7, 7.5, 7.5, 5.5, 10, 8.5, 11, 5.5, 6.5], titleMargin: '2cm',
    marginBoxes: [['top-right', '"Secretaría de Bienestar Rural"'], ['bottom-center', '"Página " counter(page) " de " counter(pages)']],
    furniture: ['running-head', 'page-number'], signature: false,
  },
  // ---------------------------------------------------------------- D3
  {
    name: 'd3--writer-horizontal', headerLines: 3, titleLines: 2, rowsCutByPageBreak: false, doc: 'd3', producer: 'writer',
    paper: 'legal', orientation: 'portrait', rotate: 0, ruling: 'horizontal',
    headerAlign: 'top', bodyAlign: 'bottom', headerRepeat: true, merge: true,
    runs: 'line', shuffled: false, fontSize: 7, widths: [5, 13, 11, 12, 10, 10, 10, 8, 9, 12], titleMargin: '2cm',
    furniture: [], signature: false,
  },
  {
    name: 'd3--wkhtmltopdf-grid', headerLines: 4, titleLines: 2, rowsCutByPageBreak: false, doc: 'd3', producer: 'wkhtmltopdf',
    paper: 'a4', orientation: 'landscape', rotate: 0, ruling: 'grid',
    headerAlign: 'middle', bodyAlign: 'middle', headerRepeat: true, merge: true, rowAvoid: true, chunks: [2, 3],
    numberAlign: 'center', headerNumberAlign: 'left',
    runs: 'line', shuffled: false, fontSize: 9, widths: W10, titleMargin: '5cm',
    furniture: [], signature: false,
  },
  {
    name: 'd3--reportlab-glyph-box', doc: 'd3', producer: 'reportlab',
    paper: 'a4', orientation: 'portrait', rotate: 0, ruling: 'box',
    headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: true, merge: true,
    numberAlign: 'left', headerNumberAlign: 'center',
    runs: 'glyph', shuffled: false, fontSize: 7, colWidths: [5, 13, 10.5, 13, 9.5, 10.5, 11, 7, 9, 11.5],
    furniture: [], signature: false,
  },
  {
    name: 'd3--calc-grid', rowsCutByPageBreak: false, doc: 'd3', producer: 'calc',
    paper: 'a4', orientation: 'landscape', rotate: 0, ruling: 'grid',
    headerAlign: 'top', bodyAlign: 'top', headerRepeat: true, merge: true,
    numberAlign: 'left', headerNumberAlign: 'center',
    runs: 'line', shuffled: false, fontSize: 9, colWidths: [6, 24, 17, 23, 13, 18, 15, 10, 16, 21],
    pageFooter: { left: 'Consejo Nacional de Innovación Agroalimentaria', right: 'Página &P de &N' },
    furniture: ['running-foot', 'page-number'], signature: false,
  },
  // ---------------------------------------------------------------- D4
  {
    name: 'd4--chromium-browser', headerLines: 3, titleLines: 3, rowsCutByPageBreak: false, doc: 'd4', producer: 'chromium', browserHeader: true,
    paper: 'letter', orientation: 'portrait', rotate: 0, ruling: 'none',
    headerAlign: 'bottom', bodyAlign: 'top', headerRepeat: true, merge: true,
    runs: 'line', shuffled: false, fontSize: 10, widths: W7, titleMargin: '1.5cm', margin: '1.5cm',
    htmlTitle: 'Documento de Trabajo P-012 2018-2019', headerFill: '#d9d9d9',
    furniture: ['browser-header', 'browser-footer', 'page-number'], signature: true,
  },
  {
    name: 'd4--reportlab-word-rects', doc: 'd4', producer: 'reportlab',
    paper: 'a4', orientation: 'portrait', rotate: 0, ruling: 'filled-rects', rectRules: 'horizontal',
    headerAlign: 'top', bodyAlign: 'bottom', headerRepeat: false, merge: true,
    runs: 'word', shuffled: true, fontSize: 10, colWidths: [5.5, 20, 22, 16, 10, 14, 12.5], titleWidthFraction: 1, marginPt: 64,
    runningHead: 'INAMIR · Documento de Trabajo P-012 · 2018-2019', pageNumbers: true,
    furniture: ['running-head', 'page-number'], signature: true,
  },
  {
    name: 'd4--wkhtmltopdf-horizontal', headerLines: 2, titleLines: 3, rowsCutByPageBreak: false, doc: 'd4', producer: 'wkhtmltopdf',
    paper: 'letter', orientation: 'landscape', rotate: 0, ruling: 'horizontal',
    headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: true, merge: false, rowAvoid: true, chunks: [4, 1],
    runs: 'line', shuffled: false, fontSize: 10, widths: W7, titleMargin: '4cm',
    furniture: [], signature: true,
  },
  // ---------------------------------------------------------------- D5
  {
    name: 'd5--calc-two-tables', rowsCutByPageBreak: false, doc: 'd5', producer: 'calc',
    paper: 'letter', orientation: 'portrait', rotate: 0, ruling: 'grid',
    headerAlign: 'middle', bodyAlign: 'top', headerRepeat: false, merge: true,
    runs: 'line', shuffled: false, fontSize: 6, colWidths: [4, 20, 20, 14, 10, 14, 7, 18, 9],
    pageHeader: { center: 'Fideicomiso Nacional de Artesanías Tradicionales' },
    furniture: ['running-head'], signature: false,
  },
  {
    name: 'd5--reportlab-word-rotated', doc: 'd5', producer: 'reportlab',
    paper: 'legal', orientation: 'landscape', rotate: 90, ruling: 'grid',
    headerAlign: 'middle', bodyAlign: 'middle', headerRepeat: true, merge: true,
    numberAlign: 'center', headerNumberAlign: 'left',
    runs: 'word', shuffled: true, fontSize: 8, colWidths: W9,
    furniture: [], signature: false,
  },
];

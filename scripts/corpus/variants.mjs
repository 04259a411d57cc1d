// The PDFs of the corpus: which document, through which producer, in which
// layout. Each variation the reader must handle appears at least twice
// (scripts/corpus/coverage.mjs checks it).
//
// ruling:  grid | horizontal | box | none | filled-rects (rules drawn as thin filled rectangles)
// align:   top | middle | bottom (header cells, body cells)
// runs:    line (the producer's own runs) | word | glyph (one run per word / per character)
// rowsCut: a table row is cut by a page break (checked on the rendered PDF, pdftoppm)
export const VARIANTS = [
  {
    name: 'd1--writer-grid',
    doc: 'd1', producer: 'writer', paper: 'letter', orientation: 'landscape',
    ruling: 'grid', headerAlign: 'middle', bodyAlign: 'top', headerRepeat: true, fontSize: 7,
    numberAlign: 'left', headerTextAlign: 'center', titleWidth: 55, rowsCut: true,
  },
  {
    name: 'd1--chromium-hrules',
    doc: 'd1', producer: 'chromium', paper: 'legal', orientation: 'landscape', browserFurniture: true,
    ruling: 'horizontal', headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: false, fontSize: 8,
    numberAlign: 'center', headerTextAlign: 'left', titleWidth: 50, rowsCut: true,
  },
  {
    name: 'd1--reportlab-glyphs-none',
    doc: 'd1', producer: 'reportlab', paper: 'a4', orientation: 'landscape', runs: 'glyph', shuffled: true,
    ruling: 'none', headerAlign: 'middle', bodyAlign: 'middle', headerRepeat: false, fontSize: 8,
    numberAlign: 'center', headerTextAlign: 'center', titleWidth: 60, runningHead: true, pageNumbers: true, rowsCut: true,
  },
  {
    name: 'd1--calc-grid',
    doc: 'd1', producer: 'calc', paper: 'letter', orientation: 'landscape',
    ruling: 'grid', headerAlign: 'middle', bodyAlign: 'bottom', headerRepeat: true, fontSize: 8,
    numberAlign: 'center', headerTextAlign: 'center', pageNumbers: true,
  },
  {
    name: 'd1--wkhtmltopdf-box',
    doc: 'd1', producer: 'wkhtmltopdf', paper: 'a4', orientation: 'portrait',
    ruling: 'box', headerAlign: 'top', bodyAlign: 'bottom', headerRepeat: true, fontSize: 7,
    numberAlign: 'left', headerTextAlign: 'left', titleWidth: 70, runningHead: true, pageNumbers: true, rowsCut: true,
  },
  {
    name: 'd1--writer-none',
    doc: 'd1', producer: 'writer', paper: 'legal', orientation: 'landscape',
    ruling: 'none', headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: true, fontSize: 7,
    numberAlign: 'center', headerTextAlign: 'center', titleWidth: 70, rowsCut: true,
  },
  {
    name: 'd2--calc-merged-grid',
    doc: 'd2', producer: 'calc', paper: 'legal', orientation: 'landscape', merged: true,
    ruling: 'grid', headerAlign: 'middle', bodyAlign: 'middle', headerRepeat: true, fontSize: 9,
    numberAlign: 'center', headerTextAlign: 'center', runningHead: true,
  },
  {
    name: 'd2--reportlab-words-rotated',
    doc: 'd2', producer: 'reportlab', paper: 'letter', orientation: 'landscape', rotate: 90, merged: true, runs: 'word',
    ruling: 'filled-rects', headerAlign: 'middle', bodyAlign: 'middle', headerRepeat: true, fontSize: 8,
    numberAlign: 'center', headerTextAlign: 'center', titleWidth: 60,
  },
  {
    name: 'd2--wkhtmltopdf-merged-none',
    doc: 'd2', producer: 'wkhtmltopdf', paper: 'letter', orientation: 'landscape', merged: true,
    ruling: 'none', headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: true, fontSize: 7,
    numberAlign: 'center', headerTextAlign: 'center', titleWidth: 60, pageNumbers: true,
  },
  {
    name: 'd2--chromium-merged-box',
    doc: 'd2', producer: 'chromium', paper: 'a4', orientation: 'landscape', merged: true, browserFurniture: true,
    ruling: 'box', headerAlign: 'top', bodyAlign: 'top', headerRepeat: false, fontSize: 9,
    numberAlign: 'left', headerTextAlign: 'left', titleWidth: 55, rowsCut: true,
  },
  {
    name: 'd3--chromium-grid',
    doc: 'd3', producer: 'chromium', paper: 'a4', orientation: 'portrait', browserFurniture: true, merged: true,
    ruling: 'grid', headerAlign: 'top', bodyAlign: 'middle', headerRepeat: false, fontSize: 6,
    numberAlign: 'center', headerTextAlign: 'center', titleWidth: 60,
  },
  {
    name: 'd3--reportlab-words-none',
    doc: 'd3', producer: 'reportlab', paper: 'legal', orientation: 'landscape', runs: 'word',
    ruling: 'none', headerAlign: 'bottom', bodyAlign: 'top', headerRepeat: false, fontSize: 9,
    numberAlign: 'left', headerTextAlign: 'left', titleWidth: 45, runningHead: true, pageNumbers: true,
  },
  {
    name: 'd3--writer-hrules',
    doc: 'd3', producer: 'writer', paper: 'letter', orientation: 'portrait', merged: true,
    ruling: 'horizontal', headerAlign: 'middle', bodyAlign: 'bottom', headerRepeat: true, fontSize: 7,
    numberAlign: 'center', headerTextAlign: 'center', titleWidth: 65,
  },
  {
    name: 'd4--calc-box',
    doc: 'd4', producer: 'calc', paper: 'letter', orientation: 'portrait',
    ruling: 'box', headerAlign: 'middle', bodyAlign: 'top', headerRepeat: false, fontSize: 10,
    numberAlign: 'center', headerTextAlign: 'center', runningHead: true, pageNumbers: true,
  },
  {
    name: 'd4--wkhtmltopdf-none',
    doc: 'd4', producer: 'wkhtmltopdf', paper: 'a4', orientation: 'landscape',
    ruling: 'none', headerAlign: 'middle', bodyAlign: 'top', headerRepeat: true, fontSize: 10,
    numberAlign: 'left', headerTextAlign: 'center', titleWidth: 50, pageNumbers: true,
  },
  {
    name: 'd4--reportlab-glyphs-rotated',
    doc: 'd4', producer: 'reportlab', paper: 'a4', orientation: 'landscape', rotate: 90, runs: 'glyph', shuffled: true, merged: true,
    ruling: 'filled-rects', headerAlign: 'top', bodyAlign: 'bottom', headerRepeat: true, fontSize: 10,
    numberAlign: 'center', headerTextAlign: 'left', titleWidth: 55, pageNumbers: true,
  },
  {
    name: 'd4--chromium-hrules',
    doc: 'd4', producer: 'chromium', paper: 'legal', orientation: 'portrait', merged: true,
    ruling: 'horizontal', headerAlign: 'bottom', bodyAlign: 'middle', headerRepeat: true, fontSize: 6,
    numberAlign: 'left', headerTextAlign: 'center', titleWidth: 45,
  },
];

// User-facing text of OCR (issue 16), in both languages with the same keys.
// Placeholders in braces ({file}, {value} …) are filled by `fill`.

export const OCR_TEXT = {
  en: {
    lowConfidence:
      'OCR read "{value}" in "{field}" with {confidence} % confidence (at {x}, {y} pt on the page); check it against the scan',
    lowConfidenceShape: 'OCR read "{value}" in "{field}", which is not a valid value there (at {x}, {y} pt on the page); check it against the scan',
    noText: '{file}: the PDF has no text layer (a scan?); --ocr reads it with OCR (slow: seconds per page).',
    timeLimit: '{file}: OCR of page {page} took longer than {seconds} s; ASM_OCR_PAGE_TIMEOUT raises the limit.',
    engineMissing: '{file}: OCR needs the packages tesseract.js, @tesseract.js-data/spa and @napi-rs/canvas, which are not installed.',
    unsure:
      '{file}: OCR is unsure of a No., date, progress or average{place} (asm validate shows which); --allow-unread carries on with what was read.',
    optOcr: 'read pages that have no text layer (scans) with OCR, in Spanish',
    optOcrAll: 'read every page with OCR, text layer or not',
    progressLabel: 'OCR',
    page: 'page',
    perPage: 'page',
    cached: 'OCR results taken from the store',
  },
  es: {
    lowConfidence:
      'El OCR leyó "{value}" en "{field}" con {confidence} % de confianza (en {x}, {y} pt de la página); compárelo con el escaneo',
    lowConfidenceShape: 'El OCR leyó "{value}" en "{field}", que no es un valor válido ahí (en {x}, {y} pt de la página); compárelo con el escaneo',
    noText: '{file}: el PDF no tiene capa de texto (¿es un escaneo?); --ocr lo lee con OCR (lento: segundos por página).',
    timeLimit: '{file}: el OCR de la página {page} tardó más de {seconds} s; ASM_OCR_PAGE_TIMEOUT sube el límite.',
    engineMissing: '{file}: el OCR necesita los paquetes tesseract.js, @tesseract.js-data/spa y @napi-rs/canvas, que no están instalados.',
    unsure:
      '{file}: el OCR no está seguro de un No., una fecha, un avance o un promedio{place} (asm validate muestra cuál); --allow-unread continúa con lo que se leyó.',
    optOcr: 'leer con OCR, en español, las páginas que no tienen capa de texto (escaneos)',
    optOcrAll: 'leer con OCR todas las páginas, tengan o no capa de texto',
    progressLabel: 'OCR',
    page: 'página',
    perPage: 'pág.',
    cached: 'resultados de OCR tomados del almacén',
  },
} as const satisfies Record<'en' | 'es', Record<string, string>>;

export type OcrTextKey = keyof (typeof OCR_TEXT)['en'];

/** The text with each {name} replaced by its parameter (missing ones left as they are). */
export function fill(template: string, params: Record<string, string | number | undefined>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

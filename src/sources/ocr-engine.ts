// What makes an OCR result (issue 16): a cached result made by another engine,
// model, resolution or page segmentation is not reused. A module of its own so
// that the CLI can name it without loading the OCR code.
export const OCR_DPI = 300;
export const OCR_ENGINE = `tesseract.js@7.0.0 spa@4.0.0_best_int ${OCR_DPI}dpi psm6 v2`;

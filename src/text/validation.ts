// Labels of the `asm validate` views: the terminal table and GitHub annotations. Shape and folding: see ./index.ts.

export default {
  en: {
    table: {
      valid: 'VALID',
      invalid: 'INVALID',
      header: ['line', 'ASM', 'field', 'code', 'message'],
      errors: 'Errors',
      warnings: 'Warnings',
      clean: 'No problems found.',
      page: 'p.',
      summary: (docs: string, valid: number, invalid: number, errors: string, warnings: string) =>
        `Checked ${docs}: ${valid} valid, ${invalid} invalid · ${errors}, ${warnings}`,
      words: { document: ['document', 'documents'], error: ['error', 'errors'], warning: ['warning', 'warnings'] },
    },
    github: { page: 'page' },
  },
  es: {
    table: {
      valid: 'VÁLIDO',
      invalid: 'NO VÁLIDO',
      header: ['línea', 'ASM', 'campo', 'código', 'mensaje'],
      errors: 'Errores',
      warnings: 'Advertencias',
      clean: 'Sin problemas.',
      page: 'p.',
      summary: (docs: string, valid: number, invalid: number, errors: string, warnings: string) =>
        `Revisados ${docs}: ${valid} ${valid === 1 ? 'válido' : 'válidos'}, ${invalid} no ${invalid === 1 ? 'válido' : 'válidos'} · ${errors}, ${warnings}`,
      words: { document: ['documento', 'documentos'], error: ['error', 'errores'], warning: ['advertencia', 'advertencias'] },
    },
    github: { page: 'página' },
  },
} as const;

// Labels of the `asm store` listing. Shape and folding: see ./index.ts.

export default {
  en: {
    table: { head: ['Institution', 'Program', 'Report month', 'ASMs', 'File'] },
  },
  es: {
    table: { head: ['Institución', 'Programa', 'Mes del reporte', 'ASM', 'Archivo'] },
  },
} as const;

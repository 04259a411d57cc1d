// Labels of the documents views (`asm parse`): the terminal table and Markdown. Shape and folding: see ./index.ts.

export default {
  en: {
    table: { program: 'Program', institution: 'Institution', month: 'Report month', period: 'Period', aspects: (n: number) => `${n} ${n === 1 ? 'ASM' : 'ASMs'}`,
      diagnostics: (n: number) => `${n} ${n === 1 ? 'diagnostic' : 'diagnostics'}`, header: ['No.', 'ASM', 'Responsible area', 'Due', 'Progress'] },
    markdown: { institution: 'Institution', program: 'Program', month: 'Report month', period: 'Period', none: 'No ASMs.',
      header: ['No.', 'ASM', 'Activity', 'Responsible area', 'Due date', 'Progress', 'Average'] },
  },
  es: {
    table: { program: 'Programa', institution: 'Institución', month: 'Mes del reporte', period: 'Periodo', aspects: (n: number) => `${n} ASM`,
      diagnostics: (n: number) => `${n} ${n === 1 ? 'diagnóstico' : 'diagnósticos'}`, header: ['No.', 'ASM', 'Área responsable', 'Término', 'Avance'] },
    markdown: { institution: 'Institución', program: 'Programa', month: 'Mes del reporte', period: 'Periodo', none: 'Sin ASM.',
      header: ['No.', 'ASM', 'Actividad', 'Área responsable', 'Fecha de término', 'Avance', 'Promedio'] },
  },
} as const;

// Labels of the `asm vigentes` views: terminal table, Markdown, GitHub annotations. Shape and folding: see ./index.ts.

/** What a GitHub annotation title names of a vigente ASM. */
interface VigenteRef {
  program: string | null;
  period: string;
  number: number | null;
}

export default {
  en: {
    table: {
      period: 'Period', days: 'd', empty: (asOf: string) => `No vigente ASMs as of ${asOf}.`,
      total: (n: number, late: number, asOf: string) => `${n} vigente ${n === 1 ? 'ASM' : 'ASMs'}, ${late} overdue, as of ${asOf}.`,
      noArea: '(no responsible area)',
    },
    markdown: {
      title: 'Vigente ASMs', asOf: 'As of', empty: 'No vigente ASMs.',
      summary: (n: number, late: number) => `${n} vigente ${n === 1 ? 'ASM' : 'ASMs'}, ${late} overdue.`,
      head: ['Program', 'Institution', 'Period', 'No.', 'ASM', 'Average', 'Due date', 'Days overdue', 'Responsible areas', 'Source'],
    },
    github: {
      title: (v: VigenteRef) => `Vigente ASM ${v.program ?? ''} ${v.period} #${v.number ?? '?'}`.replace(/\s+/g, ' '),
      due: (date: string) => `due ${date}`,
      late: (days: number) => `${days} ${days === 1 ? 'day' : 'days'} overdue`,
      noDue: 'no due date',
    },
  },
  es: {
    table: {
      period: 'Periodo', days: 'd', empty: (asOf: string) => `No hay ASM vigentes al ${asOf}.`,
      total: (n: number, late: number, asOf: string) => `${n} ASM ${n === 1 ? 'vigente' : 'vigentes'}, ${late} con atraso, al ${asOf}.`,
      noArea: '(sin área responsable)',
    },
    markdown: {
      title: 'ASM vigentes', asOf: 'Fecha de corte', empty: 'No hay ASM vigentes.',
      summary: (n: number, late: number) => `${n} ASM ${n === 1 ? 'vigente' : 'vigentes'}, ${late} con atraso.`,
      head: ['Programa', 'Institución', 'Periodo', 'No.', 'ASM', 'Promedio', 'Fecha de término', 'Días de atraso', 'Áreas responsables', 'Fuente'],
    },
    github: {
      title: (v: VigenteRef) => `ASM vigente ${v.program ?? ''} ${v.period} #${v.number ?? '?'}`.replace(/\s+/g, ' '),
      due: (date: string) => `término ${date}`,
      late: (days: number) => `${days} ${days === 1 ? 'día' : 'días'} de atraso`,
      noDue: 'sin fecha de término',
    },
  },
} as const;

// Labels of the `asm report` views, and the words a report uses instead of a
// progress figure it cannot count (shared with `asm vigentes`). Shape and folding: see ./index.ts.

export default {
  en: {
    table: {
      month: 'report month', asOf: 'as of', period: 'Period', asms: (n: number) => (n === 1 ? '1 ASM' : `${n} ASMs`),
      concluded: (_n: number) => 'concluded', vigentes: (n: number) => (n === 1 ? 'vigente' : 'vigentes'), average: 'average', none: 'no ASMs',
      over: (counted: number, all: number) => `over ${counted} of ${all === 1 ? '1 ASM' : `${all} ASMs`}`,
      unknown: (n: number) => `${n} no progress reported`, invalid: (n: number) => `${n} invalid`,
      head: ['No.', 'ASM', 'Progress', 'Due', 'Overdue'], areaHead: ['Responsible area', 'ASMs', 'Vigentes', 'Average'],
      days: 'd', noArea: '(no area)', empty: 'Nothing to report.',
    },
    markdown: {
      title: 'ASM report', institution: 'Institution', month: 'Report month', asOf: 'As of', period: 'Period',
      summary: (n: number, c: number, v: number, avg: string) => `${n} ${n === 1 ? 'ASM' : 'ASMs'}: ${c} concluded, ${v} ${v === 1 ? 'vigente' : 'vigentes'}; average progress ${avg}.`,
      over: (counted: number, n: number, unknown: number, invalid: number) =>
        `The average covers ${counted} of ${n === 1 ? '1 ASM' : `${n} ASMs`}: ${unknown} without progress reported, ${invalid} with invalid values (not counted).`,
      none: 'No ASMs.', concluded: 'concluded', vigente: 'vigente', overdue: (d: number) => `overdue ${d} ${d === 1 ? 'day' : 'days'}`, empty: 'Nothing to report.',
      head: ['No.', 'ASM', 'Average', 'Status', 'Due date', 'Responsible areas'],
      areaHead: ['Responsible area', 'ASMs', 'Vigentes', 'Average'], noArea: '(no area)',
    },
    words: {
      notReported: 'no progress reported',
      short: { 'not-reported': 'not reported', invalid: 'invalid value' },
      invalid: 'invalid',
      average: 'Promedio',
      activity: (n: number) => `activity ${n}`,
      reasons: { 'progress-not-a-number': 'not a number', 'progress-out-of-range': 'outside 0–100', 'average-mismatch': 'not the mean of its activities' },
      summary: (n: number) => `${n} progress ${n === 1 ? 'value is' : 'values are'} invalid and not counted (see asm validate).`,
    },
  },
  es: {
    table: {
      month: 'mes del reporte', asOf: 'al', period: 'Periodo', asms: (n: number) => `${n} ASM`,
      concluded: (n: number) => (n === 1 ? 'concluido' : 'concluidos'), vigentes: (n: number) => (n === 1 ? 'vigente' : 'vigentes'),
      average: 'promedio', none: 'sin ASM',
      over: (counted: number, all: number) => `sobre ${counted} de ${all} ASM`,
      unknown: (n: number) => `${n} sin avance reportado`, invalid: (n: number) => `${n} ${n === 1 ? 'inválido' : 'inválidos'}`,
      head: ['No.', 'ASM', 'Avance', 'Término', 'Atraso'], areaHead: ['Área responsable', 'ASM', 'Vigentes', 'Promedio'],
      days: 'd', noArea: '(sin área)', empty: 'Nada que reportar.',
    },
    markdown: {
      title: 'Reporte de ASM', institution: 'Institución', month: 'Mes del reporte', asOf: 'Fecha de corte', period: 'Periodo',
      summary: (n: number, c: number, v: number, avg: string) => `${n} ASM: ${c} ${c === 1 ? 'concluido' : 'concluidos'}, ${v} ${v === 1 ? 'vigente' : 'vigentes'}; avance promedio ${avg}.`,
      over: (counted: number, n: number, unknown: number, invalid: number) =>
        `El promedio abarca ${counted} de ${n} ASM: ${unknown} sin avance reportado, ${invalid} con valores inválidos (no contados).`,
      none: 'Sin ASM.', concluded: 'concluido', vigente: 'vigente', overdue: (d: number) => `atrasado ${d} ${d === 1 ? 'día' : 'días'}`, empty: 'Nada que reportar.',
      head: ['No.', 'ASM', 'Promedio', 'Estado', 'Fecha de término', 'Áreas responsables'],
      areaHead: ['Área responsable', 'ASM', 'Vigentes', 'Promedio'], noArea: '(sin área)',
    },
    words: {
      notReported: 'sin avance reportado',
      short: { 'not-reported': 'sin reportar', invalid: 'valor inválido' },
      invalid: 'inválido',
      average: 'Promedio',
      activity: (n: number) => `actividad ${n}`,
      reasons: { 'progress-not-a-number': 'no es un número', 'progress-out-of-range': 'fuera de 0–100', 'average-mismatch': 'no es la media de sus actividades' },
      summary: (n: number) => `${n} ${n === 1 ? 'valor de avance es inválido y no se contó' : 'valores de avance son inválidos y no se contaron'} (véase asm validate).`,
    },
  },
} as const;

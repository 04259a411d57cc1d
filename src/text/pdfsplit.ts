// Human text of the header-residue check (a wrapped header's leftover line read
// as a table row), in English and Spanish (same keys). `{value}` is filled in.

export const pdfsplitText = {
  en: {
    'header-residue':
      'Text "{value}" below the table header has no ASM number and no date, progress or average: it reads as the rest of a wrapped header cell, not as an ASM, and was left out of the records',
  },
  es: {
    'header-residue':
      'El texto "{value}" bajo el encabezado de la tabla no tiene número de ASM ni fecha, avance o promedio: parece el resto de una celda de encabezado partida, no un ASM, y se dejó fuera de los registros',
  },
} as const;

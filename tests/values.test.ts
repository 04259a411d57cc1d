// Typing of cells: dates, percentages, months.
import { describe, expect, it } from 'vitest';
import { parseDate, parseMonth, parseProgress } from '../src/index.js';

describe('parseDate', () => {
  it.each([
    ['30/06/2015', '2015-06-30'],
    ['3/6/2015', '2015-06-03'],
    ['30-06-2015', '2015-06-30'],
    ['30/06/201 5', '2015-06-30'],
    ['2015-06-30', '2015-06-30'],
    ['29/02/2016', '2016-02-29'],
    // Dates as other agencies write them (issue 18).
    ['30 de junio de 2016', '2016-06-30'],
    ['1 de diciembre del 2016', '2016-12-01'],
    ['30 DE JUNIO DE 2016', '2016-06-30'],
    ['30-jun-16', '2016-06-30'],
    ['30-Jun-2016', '2016-06-30'],
    ['30/Sept./2016', '2016-09-30'],
    ['15 sep 2016', '2016-09-15'],
    ['30 jun. 2016', '2016-06-30'],
    ['3 de febrero de 2016', '2016-02-03'],
    ['1 de setiembre de 2016', '2016-09-01'],
    ['junio 2016', '2016-06-30'],
    ['Junio de 2016', '2016-06-30'],
    ['feb-2016', '2016-02-29'],
    ['Dic. 2015', '2015-12-31'],
    ['42551', '2016-06-30'],
    ['42794', '2017-02-28'],
  ])('%s → %s', (text, iso) => expect(parseDate(text)).toBe(iso));

  it.each(['31/02/2016', '29/02/2015', '00/01/2015', '12/13/2015', 'mañana', '', '2015', '31 de junio de 2016', '30 de juño de 2016', '12345', '99999', 'junio'])('%s → null', (text) =>
    expect(parseDate(text)).toBeNull(),
  );
});

describe('parseProgress', () => {
  it.each([
    ['100', 100],
    ['35', 35],
    ['35.00%', 35],
    ['35,5 %', 35.5],
    ['0', 0],
    ['120', 120],
  ])('%s → %d', (text, value) => expect(parseProgress(text)).toBe(value));

  it.each(['cincuenta', '', '35%%', '1.2.3', 'N/A'])('%s → null', (text) => expect(parseProgress(text)).toBeNull());
});

describe('parseMonth', () => {
  it.each([
    ['Septiembre-2015', '2015-09'],
    ['septiembre 2015', '2015-09'],
    ['Marzo-2017', '2017-03'],
    ['Sep/2015', '2015-09'],
    ['2015-09', '2015-09'],
    ['Diciembre de 2016', '2016-12'],
  ])('%s → %s', (text, month) => expect(parseMonth(text)).toBe(month));

  it.each(['Septiembre', 'MIR 2015', '2015-13', ''])('%s → null', (text) => expect(parseMonth(text)).toBeNull());
});

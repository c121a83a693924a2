/**
 * People type identifiers the way they see them printed: `3174 0117 0845 0001`,
 * `01.312.166.0-091.000`, `0812-3456-7890`. Validators first remove these separators (white space,
 * dots, and every kind of dash) and then judge what is left.
 */
const SEPARATORS = /[\s.\-\u2010-\u2015\u2212]/g;

export function stripSeparators(text: string): string {
  return text.replace(SEPARATORS, '');
}

/** ASCII digits only, at least one. */
export function isDigits(text: string): boolean {
  return /^\d+$/.test(text);
}

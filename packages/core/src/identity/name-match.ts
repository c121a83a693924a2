/**
 * Does a name typed by a member match the name in the population registry? Registration asks for
 * the name "as on the KTP", so the match is exact up to what people cannot see or do not type the
 * same way: letter case, repeated spaces, Unicode forms, and punctuation such as dots and
 * apostrophes ("MUH. ALI" = "Muh Ali", "Ma'ruf" = "MARUF"). Abbreviations and titles
 * ("MUH." for "MUHAMMAD", "Dr.") are a looser rule for bank-account holders (the data-update work).
 */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // accents: "José" = "JOSE"
    .toUpperCase()
    .replace(/[.'’`,]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function namesMatch(typed: string, registered: string): boolean {
  const a = normaliseName(typed);
  return a.length > 0 && a === normaliseName(registered);
}

/**
 * Does a bank account's holder name (as the bank's account-name inquiry spells it) belong to the
 * member? Banks write names their own way: upper case, titles before and after ("H.", "DRS.",
 * "S.E.", "BAPAK"), shortened given names ("MUH." for MUHAMMAD, "ST." for SITI), an initial for a
 * later word ("RINA S"), and they cut long names at the length of their name field. Those are
 * tolerated; a different person is not: a different first name, a missing or extra word that is not
 * an initial, only a shared surname, or the same words in another order ("FAUZI AHMAD" is often
 * another man than "AHMAD FAUZI": both are given names).
 *
 * The verdict explains itself: the loosest rule that was needed for a match, or the reason there is
 * none, with words for the member in Indonesian and English (`holderNameMessages`). Money goes to
 * this account, so the rules lean towards refusing; a refused member is told why and can use
 * another account or ask an officer.
 */
import type { Locale } from '../contracts/errors.ts';

export type HolderNameRule = 'exact' | 'titles_removed' | 'abbreviation' | 'initial' | 'truncated';
export type HolderNameMismatch = 'different_name' | 'missing_words' | 'extra_words' | 'different_order';

export type HolderNameMatch =
  | { readonly match: true; readonly rule: HolderNameRule }
  | { readonly match: false; readonly reason: HolderNameMismatch };

/**
 * Bank name fields seen are 20 to 35 characters long; a holder name (without titles) at least this
 * long that is the start of the member's name is taken as cut by the bank. Shorter ones are names.
 */
export const TRUNCATED_HOLDER_MIN_LENGTH = 20;

/** Titles and forms of address written before a name, in normal form (no dots, upper case). */
const LEADING_TITLES: ReadonlySet<string> = new Set([
  // Forms of address: Bapak, Ibu, Saudara/Saudari, Tuan, Nyonya, Nona.
  'BAPAK',
  'BPK',
  'BP',
  'IBU',
  'SDR',
  'SDRI',
  'TN',
  'NY',
  'NN',
  // Pilgrimage and religious titles: Haji, Hajjah, Kyai Haji.
  'H',
  'HJ',
  'HAJI',
  'HAJAH',
  'HAJJAH',
  'KH',
  // Academic and professional titles written before the name: doctor, engineer, drs./dra., professor.
  'DR',
  'DRS',
  'DRA',
  'IR',
  'PROF',
]);

/** Academic degrees written after a name (Permendikbud 154/2014 forms and common older ones). */
const TRAILING_TITLES: ReadonlySet<string> = new Set([
  'SE',
  'SH',
  'ST',
  'SS',
  'SP',
  'SSI',
  'SPD',
  'SKOM',
  'SKM',
  'SKED',
  'SKEP',
  'SPSI',
  'SSOS',
  'SIP',
  'SAG',
  'SHI',
  'SAB',
  'SAK',
  'SFARM',
  'SSTP',
  'STR',
  'AMD',
  'AMDKEB',
  'AMDKEP',
  'AMK',
  'APT',
  'NS',
  'MM',
  'MT',
  'MH',
  'MSI',
  'MPD',
  'MKOM',
  'MKES',
  'MAP',
  'MAG',
  'MBA',
  'MSC',
  'LLM',
  'PHD',
  'BSC',
  'AK',
  'CPA',
  // Medical specialists: Sp.PD, Sp.A, Sp.OG, Sp.B.
  'SPPD',
  'SPA',
  'SPOG',
  'SPB',
]);

/**
 * Spellings and shortenings of common given names, to one form. "M" is MUHAMMAD only as the first
 * of several words ("M. ALI"); elsewhere a single letter is an initial of any word.
 */
const GIVEN_NAME_FORMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    MUHAMMAD: [
      'MUHAMAD',
      'MUHAMMED',
      'MUHAMED',
      'MUHAMMAT',
      'MUHAMAT',
      'MOHAMMAD',
      'MOHAMAD',
      'MOHAMMED',
      'MOHAMED',
      'MOCHAMMAD',
      'MOCHAMAD',
      'MOCHAMMED',
      'MUCHAMMAD',
      'MUCHAMAD',
      'MOKHAMMAD',
      'MOKHAMAD',
      'MUKHAMMAD',
      'MUKHAMAD',
      'MUH',
      'MUHD',
      'MOH',
      'MOHD',
      'MOCH',
      'MUCH',
      'MHD',
    ],
    AHMAD: ['ACHMAD', 'AKHMAD', 'AHMED', 'ACHMED', 'AHMAT', 'ACHMAT'],
    ABDUL: ['ABD', 'ABDOEL'],
    SITI: ['ST'],
  }).flatMap(([canonical, forms]) => [
    [canonical, canonical] as const,
    ...forms.map((f) => [f, canonical] as const),
  ]),
);

/**
 * Words of a name in normal form: accents dropped, upper case, apostrophes removed ("MA'RUF" =
 * "MARUF"), split at spaces, commas and other marks. Dots end abbreviations, so they split words
 * ("M.ALI" = "M ALI"), except inside a title written with dots ("S.Kom", "A.Md.").
 */
function words(name: string): string[] {
  const chunks = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toUpperCase()
    .replace(/['’`]/g, '')
    .split(/[^\p{L}\p{N}.]+/u);
  return chunks.flatMap((chunk) => {
    const joined = chunk.replace(/\./g, '');
    if (joined === '') return [];
    // A degree spelt with inner dots (S.T., S.E.) is never a name: "S.T." is not ST. for SITI.
    if (/\.\p{L}/u.test(chunk) && TRAILING_TITLES.has(joined)) return [joined + DEGREE];
    if (chunk.includes('.') && (TRAILING_TITLES.has(joined) || LEADING_TITLES.has(joined))) return [joined];
    return chunk.split('.').filter((w) => w !== '');
  });
}

/** Without titles before and after; a title split by a space ("S. Kom") counts as one. */
/** Marks a word that can only be a degree (written with inner dots), whatever else it spells. */
const DEGREE = '°';

function withoutTitles(all: readonly string[]): string[] {
  const w = all.filter((word) => !word.endsWith(DEGREE));
  while (w.length > 0 && LEADING_TITLES.has(w[0]!)) w.shift();
  for (;;) {
    if (w.length > 1 && TRAILING_TITLES.has(w[w.length - 1]!)) w.pop();
    else if (w.length > 2 && TRAILING_TITLES.has(w[w.length - 2]! + w[w.length - 1]!)) w.splice(-2);
    else return w;
  }
}

function canonical(w: readonly string[]): string[] {
  return w.map((word, i) =>
    i === 0 && word === 'M' && w.length > 1 ? 'MUHAMMAD' : (GIVEN_NAME_FORMS.get(word) ?? word),
  );
}

const sameWords = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

/** One word is the initial of the other ("S" and "SUSANTI"). */
const isInitialOf = (a: string, b: string) =>
  (a.length === 1 && b.length > 1 && b.startsWith(a)) || (b.length === 1 && a.length > 1 && a.startsWith(b));

const wordsAgree = (a: string, b: string) => a === b || isInitialOf(a, b);

/**
 * Word by word with initials allowed after the first word. An initial on one side may also be absent
 * on the other ("AHMAD M FAUZI" = "AHMAD FAUZI"), but only when two whole words still match, so
 * "RINA" is not "RINA S"; and two different initials never agree ("RINA S WIBOWO" is not
 * "RINA R WIBOWO").
 */
function agreeWithInitials(h: readonly string[], m: readonly string[]): boolean {
  if (h[0] !== m[0]) return false;
  if (h.length === m.length && h.every((w, i) => wordsAgree(w, m[i]!))) return true;
  return wholeWordsAligned(h, m) >= 2 || wholeWordsAligned(m, h) >= 2;
}

/**
 * Most whole words matched when `a` is aligned with `b`, skipping initials of `a` only; -1 when
 * they cannot be aligned. Names have a handful of words, so the table stays tiny.
 */
function wholeWordsAligned(a: readonly string[], b: readonly string[]): number {
  const memo = new Map<number, number>();
  const best = (i: number, j: number): number => {
    if (i === a.length && j === b.length) return 0;
    const key = i * (b.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result = -1;
    if (i < a.length && j < b.length && wordsAgree(a[i]!, b[j]!)) {
      const rest = best(i + 1, j + 1);
      if (rest >= 0) result = rest + (a[i] === b[j] && a[i]!.length > 1 ? 1 : 0);
    }
    if (i < a.length && a[i]!.length === 1) result = Math.max(result, best(i + 1, j));
    memo.set(key, result);
    return result;
  };
  return best(0, 0);
}

/**
 * The bank cut the name: every holder word but the last agrees with the member's word in its place,
 * the last is the start of the member's word, and something of the member's name is missing.
 */
function isTruncation(bankWords: readonly string[], h: readonly string[], m: readonly string[]): boolean {
  if (bankWords.join(' ').length < TRUNCATED_HOLDER_MIN_LENGTH) return false;
  if (h.length < 2 || h.length > m.length || h[0] !== m[0]) return false;
  const last = h.length - 1;
  if (!h.slice(1, last).every((w, i) => wordsAgree(w, m[i + 1]!))) return false;
  const cut = bankWords[last]!;
  const whole = m[last]!;
  if (h.length < m.length) return h[last] === whole || whole.startsWith(cut);
  return whole.startsWith(cut) && cut.length < whole.length;
}

/** `a` is `b` with words left out (words agree as above). */
function isSubsequence(a: readonly string[], b: readonly string[]): boolean {
  let j = 0;
  for (const w of a) {
    while (j < b.length && !wordsAgree(w, b[j]!)) j++;
    if (j === b.length) return false;
    j++;
  }
  return true;
}

function mismatch(h: readonly string[], m: readonly string[]): HolderNameMismatch {
  const sorted = (w: readonly string[]) => [...w].sort();
  if (h.length > 1 && sameWords(sorted(h), sorted(m))) return 'different_order';
  if (h.length < m.length && isSubsequence(h, m)) return 'missing_words';
  if (h.length > m.length && isSubsequence(m, h)) return 'extra_words';
  return 'different_name';
}

export function matchHolderName(holderName: string, memberName: string): HolderNameMatch {
  const holderAll = words(holderName);
  const memberAll = words(memberName);
  if (holderAll.length > 0 && sameWords(holderAll, memberAll)) return { match: true, rule: 'exact' };
  const holderBare = withoutTitles(holderAll);
  const memberBare = withoutTitles(memberAll);
  if (holderBare.length === 0 || memberBare.length === 0) return { match: false, reason: 'different_name' };
  if (sameWords(holderBare, memberBare)) return { match: true, rule: 'titles_removed' };
  const h = canonical(holderBare);
  const m = canonical(memberBare);
  if (sameWords(h, m)) return { match: true, rule: 'abbreviation' };
  if (agreeWithInitials(h, m)) return { match: true, rule: 'initial' };
  if (isTruncation(holderBare, h, m)) return { match: true, rule: 'truncated' };
  return { match: false, reason: mismatch(h, m) };
}

/** What each verdict means, for the member (and the officer who reviews a refused account). */
export const holderNameMessages = {
  exact: {
    id: 'Nama pemilik rekening sama dengan nama Anda.',
    en: 'The account holder name is the same as your name.',
  },
  titles_removed: {
    id: 'Nama pemilik rekening sama dengan nama Anda setelah gelar dan sapaan (misalnya H., Dr., S.E., Bapak/Ibu) diabaikan.',
    en: 'The account holder name is your name once titles and forms of address (such as H., Dr., S.E., Bapak/Ibu) are left aside.',
  },
  abbreviation: {
    id: 'Nama pemilik rekening sama dengan nama Anda, dengan singkatan atau ejaan lain yang lazim (misalnya MUH. untuk MUHAMMAD, ST. untuk SITI).',
    en: 'The account holder name is your name, with a usual abbreviation or spelling (such as MUH. for MUHAMMAD, ST. for SITI).',
  },
  initial: {
    id: 'Nama pemilik rekening sama dengan nama Anda, dengan huruf depan untuk sebagian nama (misalnya RINA S untuk RINA SUSANTI).',
    en: 'The account holder name is your name, with an initial for part of it (such as RINA S for RINA SUSANTI).',
  },
  truncated: {
    id: 'Nama pemilik rekening adalah awal nama Anda: bank memotong nama yang panjang sesuai batas kolom namanya.',
    en: 'The account holder name is the start of your name: the bank cuts long names to the length of its name field.',
  },
  different_name: {
    id: 'Rekening ini atas nama orang lain, bukan atas nama Anda. Manfaat hanya dapat dibayarkan ke rekening atas nama Anda sendiri: gunakan rekening Anda, atau minta bank memperbaiki nama pada rekening.',
    en: 'This account is in someone else’s name, not yours. Benefits can only be paid into an account in your own name: use your own account, or ask the bank to correct the name on it.',
  },
  missing_words: {
    id: 'Nama pemilik rekening tidak lengkap: sebagian nama Anda (sesuai KTP) tidak ada di rekening ini. Minta bank melengkapi nama pada rekening, atau gunakan rekening lain atas nama lengkap Anda.',
    en: 'The account holder name is incomplete: part of your name (as on your ID card) is missing from it. Ask the bank to complete the name on the account, or use another account in your full name.',
  },
  extra_words: {
    id: 'Nama pemilik rekening memuat kata yang tidak ada di nama Anda (sesuai KTP), jadi bisa jadi milik orang lain. Gunakan rekening atas nama Anda sendiri, atau ajukan koreksi data bila nama di KTP Anda memang lebih panjang.',
    en: 'The account holder name has words that are not in your name (as on your ID card), so it may be someone else’s. Use an account in your own name, or ask for a data correction if the name on your ID card is in fact longer.',
  },
  different_order: {
    id: 'Nama pemilik rekening memuat kata yang sama dengan nama Anda tetapi dalam urutan lain, jadi bisa jadi orang lain. Minta bank menuliskan nama sesuai urutan di KTP, atau gunakan rekening lain atas nama Anda.',
    en: 'The account holder name has the same words as your name in another order, so it may be someone else. Ask the bank to write the name in the order on your ID card, or use another account in your name.',
  },
} as const satisfies Record<
  HolderNameRule | HolderNameMismatch,
  { readonly id: string; readonly en: string }
>;

/** The words for a verdict: why it matched, or why not and what to do. */
export function holderNameMessage(result: HolderNameMatch, locale: Locale): string {
  return holderNameMessages[result.match ? result.rule : result.reason][locale];
}

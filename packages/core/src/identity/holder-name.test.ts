/**
 * A bank account's holder name matches the member when the bank only wrote the same name its own
 * way (case, punctuation, titles, usual abbreviations, an initial, a cut at the field length), and
 * never when it could be someone else. Table rows use names as Indonesian banks print them; the
 * properties check that case, punctuation and titles never change a verdict, and that two names
 * from different words never match.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type HolderNameMatch,
  holderNameMessage,
  holderNameMessages,
  matchHolderName,
  TRUNCATED_HOLDER_MIN_LENGTH,
} from './holder-name.ts';

describe('matchHolderName accepts the member’s own name as banks write it', () => {
  it.each([
    ['BUDI SANTOSO', 'Budi Santoso', 'exact'],
    ['budi  santoso ', 'BUDI SANTOSO', 'exact'],
    ["MA'RUF AMIN", 'Maruf Amin', 'exact'],
    ['JOSÉ RAMOS', 'JOSE RAMOS', 'exact'],
    ['I MADE WIRAWAN', 'I Made Wirawan', 'exact'],
    ['H. AHMAD FAUZI', 'AHMAD FAUZI', 'titles_removed'],
    ['HJ SITI RAHAYU', 'Siti Rahayu', 'titles_removed'],
    ['DRS. H. BAMBANG SUTRISNO, M.M.', 'BAMBANG SUTRISNO', 'titles_removed'],
    ['PROF. DR. IR. HARYANTO', 'HARYANTO', 'titles_removed'],
    ['dr. Rina Kartika, Sp.PD', 'RINA KARTIKA', 'titles_removed'],
    ['DEWI ANGGRAINI S.KOM', 'DEWI ANGGRAINI', 'titles_removed'],
    ['DEWI ANGGRAINI, S. Kom.', 'DEWI ANGGRAINI', 'titles_removed'],
    ['EKO PRASETYO SE', 'EKO PRASETYO', 'titles_removed'],
    ['YULIANTI, A.Md.Keb', 'YULIANTI', 'titles_removed'],
    ['AGUS SALIM S.PD', 'AGUS SALIM', 'titles_removed'],
    ['FEBRIANTO S.H., M.H.', 'FEBRIANTO', 'titles_removed'],
    ['BAPAK JOKO SUSILO', 'JOKO SUSILO', 'titles_removed'],
    ['IBU SRI WAHYUNI', 'SRI WAHYUNI', 'titles_removed'],
    ['BPK ANDI WIJAYA', 'ANDI WIJAYA', 'titles_removed'],
    ['NY. SUMARNI', 'SUMARNI', 'titles_removed'],
    ['ANDI WIJAYA', 'H. ANDI WIJAYA', 'titles_removed'],
    ['MUH. RIDWAN', 'MUHAMMAD RIDWAN', 'abbreviation'],
    ['MUH RIDWAN', 'MUHAMAD RIDWAN', 'abbreviation'],
    ['MOH. IQBAL HAKIM', 'MUHAMMAD IQBAL HAKIM', 'abbreviation'],
    ['MOCH. SYAIFUL ANWAR', 'MOCHAMAD SYAIFUL ANWAR', 'abbreviation'],
    ['MOHAMMAD HATTA', 'MUHAMMAD HATTA', 'abbreviation'],
    ['M. RIZKY PRATAMA', 'MUHAMMAD RIZKY PRATAMA', 'abbreviation'],
    ['M.RIZKY PRATAMA', 'MOCHAMMAD RIZKY PRATAMA', 'abbreviation'],
    ['ACHMAD YANI', 'AHMAD YANI', 'abbreviation'],
    ['ABD. RAHMAN', 'ABDUL RAHMAN', 'abbreviation'],
    ['ST. RAHAYU', 'SITI RAHAYU', 'abbreviation'],
    ['ST NURHALIZA', 'SITI NURHALIZA', 'abbreviation'],
    ['H. MUH. RIDWAN, S.E.', 'MUHAMMAD RIDWAN', 'abbreviation'],
    ['RINA S', 'RINA SUSANTI', 'initial'],
    ['RINA SUSANTI', 'RINA S.', 'initial'],
    ['MUHAMMAD R. HIDAYAT', 'MUHAMMAD RIZKY HIDAYAT', 'initial'],
    ['AHMAD FAUZI', 'AHMAD M. FAUZI', 'initial'],
    ['AHMAD M FAUZI', 'AHMAD FAUZI', 'initial'],
    ['M. R. HIDAYAT', 'MUHAMMAD RIZKY HIDAYAT', 'initial'],
    ['MUHAMMAD RIZKY HIDAY', 'MUHAMMAD RIZKY HIDAYATULLAH', 'truncated'],
    ['KRISTIANTO WIBISONO SUR', 'KRISTIANTO WIBISONO SURYADINATA', 'truncated'],
    ['SRI WAHYUNINGSIH PURWANTI', 'SRI WAHYUNINGSIH PURWANTI NINGRUM', 'truncated'],
    ['MUH. RIZKY HIDAYATULLAH ARI', 'MUHAMMAD RIZKY HIDAYATULLAH ARIFIN', 'truncated'],
  ] as const)('%j is %j (%s)', (holder, member, rule) => {
    expect(matchHolderName(holder, member)).toEqual({ match: true, rule });
  });
});

describe('matchHolderName refuses another person’s account', () => {
  it.each([
    ['RINA SANTOSO', 'BUDI SANTOSO', 'different_name'], // only the surname is shared
    ['BUDI SANTOSA', 'BUDI SANTOSO', 'different_name'],
    ['ANDI PRATAMA', 'BUDI SANTOSO', 'different_name'],
    ['M. RIZKY PRATAMA', 'MAULANA RIZKY PRATAMA', 'different_name'], // M. is MUHAMMAD, not any M name
    ['B. SANTOSO', 'BUDI SANTOSO', 'different_name'], // a first name is never an initial
    ['M.', 'MUHAMMAD', 'different_name'],
    ['RINA S WIBOWO', 'RINA R WIBOWO', 'different_name'],
    ['RINA S', 'RINA KARTIKA', 'different_name'],
    ['IBU', 'SRI WAHYUNI', 'different_name'],
    ['', 'SRI WAHYUNI', 'different_name'],
    ['BUDI', 'BUDI SANTOSO', 'missing_words'],
    ['SANTOSO', 'BUDI SANTOSO', 'missing_words'],
    ['RINA', 'RINA S', 'missing_words'], // an initial alone is not enough of a name
    ['MUHAMMAD HIDAYAT', 'MUHAMMAD RIZKY HIDAYAT', 'missing_words'],
    ['SITI RAHAYU', 'SITI RAHAYU PUTRI', 'missing_words'], // short names are not cut by banks
    ['BUDI SANTOSO WIBOWO', 'BUDI SANTOSO', 'extra_words'],
    ['SITI RAHAYU BINTI KARTO', 'SITI RAHAYU', 'extra_words'],
    ['FAUZI AHMAD', 'AHMAD FAUZI', 'different_order'],
    ['SANTOSO BUDI', 'H. BUDI SANTOSO', 'different_order'],
    ['MUHAMMAD RIZKY HIDAY', 'MUHAMMAD RIZAL HIDAYATULLAH', 'different_name'], // cut, but not this name
    ['MUHAMMAD RIZKY HIDAX', 'MUHAMMAD RIZKY HIDAYATULLAH', 'different_name'],
  ] as const)('%j is not %j (%s)', (holder, member, reason) => {
    expect(matchHolderName(holder, member)).toEqual({ match: false, reason });
  });

  it('reads a degree written with dots as a degree, never as an abbreviated name', () => {
    // Found by the title property: "S.T." (Sarjana Teknik) had been read as ST. for SITI.
    expect(matchHolderName('H. S.T.', 'SITI')).toEqual({ match: false, reason: 'different_name' });
    expect(matchHolderName('ST. AMINAH', 'SITI AMINAH')).toEqual({ match: true, rule: 'abbreviation' });
  });

  it('takes a holder name as cut only from the length of a bank name field', () => {
    const member = 'MUHAMMAD RIZKY HIDAYATULLAH';
    const cut = (n: number) => member.slice(0, n);
    expect(matchHolderName(cut(TRUNCATED_HOLDER_MIN_LENGTH), member)).toEqual({
      match: true,
      rule: 'truncated',
    });
    expect(matchHolderName(cut(TRUNCATED_HOLDER_MIN_LENGTH - 1), member)).toEqual({
      match: false,
      reason: 'different_name',
    });
  });
});

describe('holderNameMessages', () => {
  it('says every verdict in Indonesian and English', () => {
    for (const [code, text] of Object.entries(holderNameMessages)) {
      expect(text.id, code).not.toBe('');
      expect(text.en, code).not.toBe('');
      expect(text.id, code).not.toBe(text.en);
    }
    expect(holderNameMessage(matchHolderName('RINA SANTOSO', 'BUDI SANTOSO'), 'en')).toMatch(/someone else/);
    expect(holderNameMessage(matchHolderName('MUH. ALI', 'MUHAMMAD ALI'), 'id')).toMatch(
      /MUH\. untuk MUHAMMAD/,
    );
  });
});

// Words for the properties: no word is a title, a short form, or a prefix of another.
const GIVEN = ['BUDI', 'SITI', 'AHMAD', 'DEWI', 'RINA', 'AGUS', 'NUR', 'EKO', 'SRI', 'YUSUF', 'WAHYU'];
const FAMILY = ['SANTOSO', 'RAHAYU', 'LESTARI', 'HIDAYAT', 'WIBOWO', 'KURNIAWAN', 'PRATAMA', 'SUSANTI'];
const OTHER = ['JOKO', 'INDAH', 'FITRI', 'HENDRA', 'YANTI', 'DIAN', 'RUDI', 'TAUFIK', 'WULAN', 'SARI'];
const LEADING = ['H.', 'Hj.', 'Dr.', 'dr.', 'Ir.', 'Drs.', 'Dra.', 'Prof.', 'BAPAK', 'IBU', 'BPK', 'NY.'];
const TRAILING = ['S.Kom', 'S.E.', 'S.H.', 'M.M.', 'A.Md.', 'S.Pd.', 'S.T.', 'M.Kom', 'Sp.PD'];

const nameFrom = (pool: readonly string[]) =>
  fc.array(fc.constantFrom(...pool), { minLength: 1, maxLength: 4 }).map((w) => w.join(' '));
const name = fc.oneof(nameFrom([...GIVEN, ...FAMILY]), nameFrom(GIVEN));

/** A holder name for `member`: the same, or changed in one of the ways a bank or a typo might. */
const holderFor = (member: string) =>
  fc.integer({ min: 0, max: 5 }).chain((change) => {
    const w = member.split(' ');
    return fc.integer({ min: 0, max: w.length - 1 }).map((i) => {
      const copy = [...w];
      if (change === 1) copy[i] = copy[i]!.charAt(0); // an initial
      if (change === 2) copy.splice(i, 1); // a word missing
      if (change === 3) copy.reverse();
      if (change === 4) copy[i] = OTHER[i % OTHER.length]!; // another word
      if (change === 5) copy.push('WIBOWO');
      return copy.join(' ');
    });
  });
const pair = name.chain((member) => holderFor(member).map((holder) => ({ holder, member })));

/** The same name with other case, dots and commas after words, and more spaces. */
const restyled = (n: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: n.length, maxLength: n.length }),
      fc.array(fc.constantFrom(' ', '  ', '. ', ', ', '.'), { minLength: 8, maxLength: 8 }),
    )
    .map(([upper, separators]) =>
      [...n]
        .map((c, i) => (upper[i] ? c.toUpperCase() : c.toLowerCase()))
        .join('')
        .split(' ')
        .map((word, i) => word + (separators[i % separators.length] ?? ' '))
        .join(''),
    );

const verdict = (r: HolderNameMatch) => (r.match ? 'match' : r.reason);

describe('matchHolderName properties', () => {
  it('gives the same verdict whatever the case, punctuation and spacing of either name', () => {
    fc.assert(
      fc.property(
        pair.chain(({ holder, member }) =>
          fc.tuple(fc.constant({ holder, member }), restyled(holder), restyled(member)),
        ),
        ([{ holder, member }, holderStyled, memberStyled]) => {
          expect(matchHolderName(holderStyled, memberStyled)).toEqual(matchHolderName(holder, member));
        },
      ),
    );
  });

  it('never changes its verdict when a title is added before or after either name', () => {
    fc.assert(
      fc.property(
        pair,
        fc.constantFrom(...LEADING),
        fc.constantFrom(...TRAILING),
        fc.constantFrom('holder', 'member'),
        ({ holder, member }, before, after, side) => {
          const expected = verdict(matchHolderName(holder, member));
          const titled = (n: string) => [`${before} ${n}`, `${n}, ${after}`, `${before} ${n} ${after}`];
          for (const t of titled(side === 'holder' ? holder : member)) {
            const result = side === 'holder' ? matchHolderName(t, member) : matchHolderName(holder, t);
            expect(verdict(result)).toBe(expected);
          }
        },
      ),
    );
  });

  it('never matches a name made of other words', () => {
    fc.assert(
      fc.property(nameFrom([...GIVEN, ...FAMILY]), nameFrom(OTHER), fc.boolean(), (member, other, swap) => {
        const [holder, of] = swap ? [member, other] : [other, member];
        expect(matchHolderName(holder, of).match).toBe(false);
      }),
    );
  });

  it('gives the same yes or no both ways round, when no name is long enough to have been cut', () => {
    fc.assert(
      fc.property(pair, ({ holder, member }) => {
        fc.pre(Math.max(holder.length, member.length) < TRUNCATED_HOLDER_MIN_LENGTH);
        expect(matchHolderName(member, holder).match).toBe(matchHolderName(holder, member).match);
      }),
    );
  });

  it('matches a name with itself, titled or not', () => {
    fc.assert(
      fc.property(name, fc.constantFrom(...LEADING), (n, title) => {
        expect(matchHolderName(n, n)).toEqual({ match: true, rule: 'exact' });
        expect(matchHolderName(`${title} ${n}`, n).match).toBe(true);
      }),
    );
  });
});

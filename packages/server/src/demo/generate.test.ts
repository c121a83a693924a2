/**
 * The generator on its own, without a database: a few thousand people checked against the rules
 * they are meant to follow (valid and unique NIKs and KPJs, ages 19–60, careers that do not overlap,
 * wages never under the floor, contributions computed by core and paid on time or a little late,
 * development returns only for completed years), and the same seed giving the same people.
 */
import {
  addMonths,
  bpuIncomeBrackets,
  calendarDate,
  computeJhtContribution,
  DISTRICTS,
  developmentReturnRateForYear,
  FIRST_BPU_PERIOD,
  parseKpj,
  parseNik,
  parseNpp,
} from '@jmo/core';
import { describe, expect, it } from 'vitest';
import { addYears } from './days.ts';
import { employerCount, generateEmployers, generatePeople, type PersonBundle } from './generate.ts';
import { buildPersonas } from './personas.ts';
import { createRng } from './random.ts';
import { wageFloor } from './wage-floors.ts';

const AS_OF = calendarDate('2026-11-23');
const PEOPLE = 3000;
const population: PersonBundle[] = [...generatePeople({ seed: 42, asOf: AS_OF, people: PEOPLE })];
const employersByNpp = new Map([...generateEmployers({ seed: 42, people: PEOPLE })].map((e) => [e.npp, e]));

describe('generatePeople', () => {
  it('gives every person a valid, unique NIK that matches their birth date, sex and district', () => {
    const niks = new Set<string>();
    for (const { person } of population) {
      const parsed = parseNik(person.nik, { asOfYear: 2026 });
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) continue;
      expect(parsed.value.birthDate).toBe(person.birthDate);
      expect(parsed.value.sex).toBe(person.sex);
      expect(parsed.value.districtCode).toBe(person.districtCode);
      expect(parsed.value.serial).toBeLessThan(9000);
      expect(person.birthDate > addYears(AS_OF, -61) && person.birthDate <= addYears(AS_OF, -19)).toBe(true);
      niks.add(person.nik);
    }
    expect(niks.size).toBe(PEOPLE);
  });

  it('spreads people over regions, both sexes and plausible names', () => {
    const provinces = new Set(population.map((b) => b.person.districtCode.slice(0, 2)));
    expect(provinces.size).toBeGreaterThan(25);
    const java = population.filter((b) =>
      ['31', '32', '33', '34', '35', '36'].includes(b.person.districtCode.slice(0, 2)),
    );
    expect(java.length / PEOPLE).toBeGreaterThan(0.4);
    const women = population.filter((b) => b.person.sex === 'F').length;
    expect(women / PEOPLE).toBeGreaterThan(0.35);
    expect(women / PEOPLE).toBeLessThan(0.5);
    for (const { person } of population)
      expect(person.fullName).toMatch(/^[A-Z][A-Za-z.']*( [A-Z][A-Za-z.']*)*$/);
    const balinese = population.filter((b) => b.person.districtCode.startsWith('51'));
    expect(
      balinese.some((b) =>
        /^(I|Ni) (Wayan|Putu|Gede|Luh|Made|Kadek|Nengah|Nyoman|Komang|Ketut) /.test(b.person.fullName),
      ),
    ).toBe(true);
    expect(new Set(population.map((b) => b.person.fullName)).size).toBeGreaterThan(PEOPLE * 0.6);
  });

  it('issues unique KPJs with our check digit and cards whose dates make sense', () => {
    const kpjs = new Set<string>();
    const segments = { PU: 0, BPU: 0 };
    for (const { person, memberships } of population) {
      expect(memberships.length).toBeGreaterThanOrEqual(1);
      expect(memberships.length).toBeLessThanOrEqual(4);
      expect(memberships.filter((m) => m.status === 'active').length).toBeLessThanOrEqual(1);
      let previousEnd = '';
      for (const m of memberships) {
        const parsed = parseKpj(m.kpj);
        expect(parsed.ok && parsed.value.hasJmoCheckDigit).toBe(true);
        kpjs.add(m.kpj);
        segments[m.segment]++;
        expect(m.joinedOn > previousEnd).toBe(true);
        expect(m.joinedOn >= '2015-01-01' && m.joinedOn < AS_OF).toBe(true);
        expect(m.joinedOn >= addYears(person.birthDate, 18)).toBe(true);
        if (m.status === 'active') {
          expect([m.leftOn, m.leavingReason]).toEqual([null, null]);
        } else {
          expect(m.leftOn! >= m.joinedOn && m.leftOn! < AS_OF).toBe(true);
          expect(m.leavingReason).toMatch(m.segment === 'PU' ? /^(resigned|terminated)$/ : /^lapsed$/);
        }
        if (m.segment === 'PU') expect(employersByNpp.has(m.employerNpp!)).toBe(true);
        else expect(m.employerNpp).toBeNull();
        previousEnd = m.leftOn ?? '9999';
      }
    }
    expect(kpjs.size).toBe(population.reduce((n, b) => n + b.memberships.length, 0));
    expect(segments.BPU / PEOPLE).toBeGreaterThan(0.06);
    expect(population.some((b) => b.memberships.length === 3)).toBe(true);
  });

  it('pays core-computed JHT for each month, on time or a little late, and never after asOf', () => {
    // Collected rather than asserted one by one: a quarter of a million contributions.
    const problems: string[] = [];
    const check = (ok: boolean, what: string) => {
      if (!ok && problems.length < 20) problems.push(what);
    };
    let late = 0;
    let count = 0;
    for (const { memberships } of population) {
      for (const m of memberships) {
        const periods = new Set(m.contributions.map((c) => c.period));
        check(periods.size === m.contributions.length, `${m.kpj}: a period paid twice`);
        for (const c of m.contributions) {
          const where = `${m.kpj} ${c.period}`;
          count++;
          check(c.paidOn <= AS_OF, `${where}: paid after asOf`);
          check(c.period >= m.joinedOn.slice(0, 7), `${where}: before joining`);
          check(!m.leftOn || c.period <= m.leftOn.slice(0, 7), `${where}: after leaving`);
          if (m.segment === 'PU') {
            const expected = computeJhtContribution(c.reportedWage, c.period);
            check(
              c.jhtEmployer === expected.employer &&
                c.jhtWorker === expected.worker &&
                c.total === expected.total,
              `${where}: amounts differ from core`,
            );
            const employer = employersByNpp.get(m.employerNpp!)!;
            const floor = wageFloor(employer.provinceCode, Number(c.period.slice(0, 4)));
            check(c.reportedWage >= floor, `${where}: wage under the floor`);
            check(c.paidOn >= `${addMonths(c.period, 1)}-05`, `${where}: paid too early`);
            if (c.paidOn > `${addMonths(c.period, 1)}-15`) late++;
          } else {
            check(
              c.jhtEmployer === 0n && c.jhtWorker * 50n === c.reportedWage,
              `${where}: BPU JHT is not 2%`,
            );
            check(c.reportedWage >= 1_000_000n, `${where}: declared income under Rp1.000.000`);
            check(
              c.period < FIRST_BPU_PERIOD ||
                bpuIncomeBrackets(c.period).some((b) => b.income === c.reportedWage),
              `${where}: declared income is not a BPU bracket`,
            );
            check(c.paidOn <= `${c.period}-15`, `${where}: BPU paid after the 15th`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
    expect(late / count).toBeGreaterThan(0.02);
    expect(late / count).toBeLessThan(0.15);
  });

  it('credits a development return on 31 December of each completed year with a balance', () => {
    for (const { memberships } of population) {
      for (const m of memberships) {
        const firstPaid = m.contributions[0]?.paidOn;
        const years = m.developmentReturns.map((r) => r.year);
        if (!firstPaid) {
          expect(years).toEqual([]);
          continue;
        }
        const expectedYears: number[] = [];
        for (let y = Number(firstPaid.slice(0, 4)); y < 2026; y++) expectedYears.push(y);
        // The first year may earn nothing only if the first payment came in its last days.
        expect(years).toEqual(years[0] === expectedYears[0] ? expectedYears : expectedYears.slice(1));
        for (const r of m.developmentReturns) {
          expect(r.creditedOn).toBe(`${r.year}-12-31`);
          expect(r.rateBp).toBe(developmentReturnRateForYear(r.year).value.rateBp);
          expect(r.amount).toBeGreaterThan(0n);
        }
      }
    }
  });

  it('gives the same people for the same seed and different people for another', () => {
    const again = [...generatePeople({ seed: 42, asOf: AS_OF, people: PEOPLE })];
    expect(again).toEqual(population);
    const other = [...generatePeople({ seed: 43, asOf: AS_OF, people: 200 })];
    expect(other.map((b) => b.person.nik)).not.toEqual(again.slice(0, 200).map((b) => b.person.nik));
  });

  it('gives employers unique 8-digit NPPs and company names', () => {
    const employers = [...generateEmployers({ seed: 42, people: 100_000 })];
    expect(employers).toHaveLength(employerCount(100_000));
    expect(new Set(employers.map((e) => e.npp)).size).toBe(employers.length);
    for (const e of employers.slice(0, 500)) {
      expect(parseNpp(e.npp).ok).toBe(true);
      expect(e.name).toMatch(/^(PT|CV|Koperasi|Yayasan|UD) [A-Z]/);
      expect(DISTRICTS.some((d) => d.provinceCode === e.provinceCode)).toBe(true);
    }
  });
});

describe('personas', () => {
  it('do not collide with generated NIKs or KPJs', () => {
    const personas = buildPersonas(42, AS_OF);
    const niks = new Set(population.map((b) => b.person.nik));
    const kpjs = new Set(population.flatMap((b) => b.memberships.map((m) => m.kpj)));
    for (const { bundle } of personas) {
      expect(niks.has(bundle.person.nik)).toBe(false);
      for (const m of bundle.memberships) expect(kpjs.has(m.kpj)).toBe(false);
    }
  });
});

describe('createRng', () => {
  it('is deterministic and stays in range', () => {
    const a = createRng(1);
    const b = createRng(1);
    const draws = Array.from({ length: 1000 }, () => a.int(1_000_000_007));
    expect(Array.from({ length: 1000 }, () => b.int(1_000_000_007))).toEqual(draws);
    expect(draws.every((d) => d >= 0 && d < 1_000_000_007 && Number.isInteger(d))).toBe(true);
    expect(new Set(draws).size).toBeGreaterThan(990);
  });
});

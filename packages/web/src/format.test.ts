import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMoney, formatPeriod, formatTime, kpjGroups } from './format.ts';
import { dictionaries } from './i18n.ts';

describe('display formats', () => {
  it('formats money as Indonesian rupiah without decimals', () => {
    expect(formatMoney('1234567')).toBe('Rp1.234.567');
    expect(formatMoney('0')).toBe('Rp0');
    expect(formatMoney('-5000')).toBe('-Rp5.000');
    expect(formatMoney('9000000000000000')).toBe('Rp9.000.000.000.000.000');
  });

  it('formats calendar dates for Indonesian and English readers without time-zone shifts', () => {
    expect(formatDate('2026-11-23', dictionaries.id)).toBe('23 Nov 2026');
    expect(formatDate('2026-08-01', dictionaries.id)).toBe('1 Agu 2026');
    expect(formatDate('2026-08-01', dictionaries.en)).toBe('1 Aug 2026');
  });

  it('names contribution periods with full month names', () => {
    expect(formatPeriod('2024-01', dictionaries.id)).toBe('Januari 2024');
    expect(formatPeriod('2024-12', dictionaries.id)).toBe('Desember 2024');
    expect(formatPeriod('2024-05', dictionaries.en)).toBe('May 2024');
  });

  it('groups an 11-digit KPJ number 3-4-4 and leaves anything else whole', () => {
    expect(kpjGroups('23012345678')).toEqual(['230', '1234', '5678']);
    expect(kpjGroups('123')).toEqual(['123']);
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(dictionaries.en).sort()).toEqual(Object.keys(dictionaries.id).sort());
  });

  it('formats instants on the phone clock (the tests run in UTC)', () => {
    expect(formatDateTime('2026-11-23T10:15:00Z', dictionaries.id)).toBe('23 Nov 2026 10.15');
    expect(formatDateTime('2026-08-01T01:05:00Z', dictionaries.en)).toBe('1 Aug 2026 01:05');
    expect(formatTime('2026-11-23T00:05:00Z', dictionaries.id)).toBe('00.05');
  });

  it('says countdowns in seconds, then minutes and seconds', () => {
    expect(dictionaries.id.duration(45)).toBe('45 detik');
    expect(dictionaries.id.duration(120)).toBe('2 menit');
    expect(dictionaries.id.duration(125)).toBe('2 menit 5 detik');
    expect(dictionaries.en.duration(1)).toBe('1 second');
    expect(dictionaries.en.duration(61)).toBe('1 minute 1 second');
  });
});

/**
 * Proves the curated region table is coherent: all 38 provinces with unique Kemendagri codes, and a
 * spread of districts whose six-digit codes nest inside their regency and province codes, so that a
 * NIK built from any of them names a real place.
 */
import { describe, expect, it } from 'vitest';
import { DISTRICTS, PROVINCES } from './data.ts';
import { districtsOfProvince, findDistrict, findProvince, formatRegionCode } from './regions.ts';

describe('PROVINCES', () => {
  it('has the 38 provinces with unique two-digit codes', () => {
    expect(PROVINCES).toHaveLength(38);
    expect(new Set(PROVINCES.map((p) => p.code)).size).toBe(38);
    for (const p of PROVINCES) {
      expect(p.code).toMatch(/^[1-9]\d$/);
      expect(p.name.length).toBeGreaterThan(2);
    }
  });

  it.each([
    ['11', 'Aceh'],
    ['31', 'Daerah Khusus Ibukota Jakarta'],
    ['32', 'Jawa Barat'],
    ['34', 'Daerah Istimewa Yogyakarta'],
    ['51', 'Bali'],
    ['65', 'Kalimantan Utara'],
    ['96', 'Papua Barat Daya'],
  ])('%s is %s', (code, name) => {
    expect(findProvince(code)?.name).toBe(name);
  });
});

describe('DISTRICTS', () => {
  it('holds at least 60 districts spread over every province', () => {
    expect(DISTRICTS.length).toBeGreaterThanOrEqual(60);
    const provinces = new Set(DISTRICTS.map((d) => d.provinceCode));
    expect(provinces.size).toBe(PROVINCES.length);
  });

  it('nests every code inside its regency and province', () => {
    expect(new Set(DISTRICTS.map((d) => d.code)).size).toBe(DISTRICTS.length);
    for (const d of DISTRICTS) {
      expect(d.code).toMatch(/^\d{6}$/);
      expect(d.regencyCode).toBe(d.code.slice(0, 4));
      expect(d.provinceCode).toBe(d.code.slice(0, 2));
      expect(findProvince(d.provinceCode)).toBeDefined();
      expect(d.regencyName).toMatch(/^(Kabupaten|Kota)/);
      expect(d.name.length).toBeGreaterThan(1);
    }
  });

  it('finds districts with or without dots', () => {
    expect(findDistrict('317401')).toMatchObject({
      name: 'Tebet',
      regencyName: 'Kota Administrasi Jakarta Selatan',
    });
    expect(findDistrict('31.74.01')?.code).toBe('317401');
    expect(findDistrict('317101')?.name).toBe('Gambir');
    expect(findDistrict('999999')).toBeUndefined();
    expect(findProvince('3')).toBeUndefined();
  });

  it('lists the districts of a province', () => {
    const jakarta = districtsOfProvince('31');
    expect(jakarta.length).toBeGreaterThanOrEqual(3);
    expect(jakarta.every((d) => d.provinceCode === '31')).toBe(true);
    expect(districtsOfProvince('99')).toEqual([]);
  });

  it('formats codes the Kemendagri way', () => {
    expect(formatRegionCode('317401')).toBe('31.74.01');
    expect(formatRegionCode('3174')).toBe('31.74');
    expect(formatRegionCode('31')).toBe('31');
  });
});

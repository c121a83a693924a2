/**
 * Look-ups over the curated region table. Codes may be given with or without dots
 * ('31.74.01' or '317401'); anything else simply finds nothing.
 */
import { DISTRICTS, PROVINCES } from './data.ts';
import type { District, Province } from './types.ts';

const provincesByCode: ReadonlyMap<string, Province> = new Map(PROVINCES.map((p) => [p.code, p]));
const districtsByCode: ReadonlyMap<string, District> = new Map(DISTRICTS.map((d) => [d.code, d]));

const withoutDots = (code: string): string => code.trim().replaceAll('.', '');

export function findProvince(code: string): Province | undefined {
  return provincesByCode.get(withoutDots(code));
}

export function findDistrict(code: string): District | undefined {
  return districtsByCode.get(withoutDots(code));
}

/** The districts of one province that our table holds (a subset of the real list). */
export function districtsOfProvince(provinceCode: string): readonly District[] {
  const code = withoutDots(provinceCode);
  return DISTRICTS.filter((d) => d.provinceCode === code);
}

/** '317401' → '31.74.01', '3174' → '31.74': the dotted form Kemendagri publishes. */
export function formatRegionCode(code: string): string {
  return (withoutDots(code).match(/\d{1,2}/g) ?? []).join('.');
}

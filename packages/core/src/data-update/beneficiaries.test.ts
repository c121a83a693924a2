/** Heirs: valid NIKs of other people, each once, relations the law names, shares adding up to exactly 100%. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FULL_SHARE_BP, validateBeneficiaries } from './beneficiaries.ts';

const memberNik = '3174011508900001';
const ctx = { memberNik, asOfYear: 2026 };
const heir = (nik: string, shareBp: number, relation = 'child') => ({
  fullName: 'Ayu Lestari',
  nik,
  relation,
  shareBp,
});

describe('validateBeneficiaries', () => {
  it('accepts heirs whose shares add up to 100%, and an empty list', () => {
    const result = validateBeneficiaries(
      [heir('3174015501150002', 5000, 'spouse'), heir('3174011203180003', 5000)],
      ctx,
    );
    expect(result).toMatchObject({
      ok: true,
      value: [{ relation: 'spouse', shareBp: 5000 }, { relation: 'child' }],
    });
    expect(validateBeneficiaries([], ctx)).toEqual({ ok: true, value: [] });
  });

  it('names every problem', () => {
    const result = validateBeneficiaries(
      [
        heir(memberNik, 5000),
        heir('3174011203180003', 0),
        heir('3174011203180003', 3000, 'neighbour'),
        { ...heir('12345', 2000), fullName: ' ' },
      ],
      ctx,
    );
    expect(result.ok ? [] : result.problems.map((p) => `${p.path}:${p.code}`)).toEqual([
      'beneficiaries.0.nik:beneficiary_is_member',
      'beneficiaries.1.shareBp:beneficiary_share_invalid',
      'beneficiaries.2.nik:beneficiary_duplicate',
      'beneficiaries.2.relation:beneficiary_relation_invalid',
      'beneficiaries.3.fullName:text_required',
      'beneficiaries.3.nik:nik_wrong_length',
    ]);
  });

  it('refuses shares that do not add up, and too many heirs', () => {
    expect(validateBeneficiaries([heir('3174011203180003', 6000)], ctx)).toEqual({
      ok: false,
      problems: [{ path: 'beneficiaries', code: 'beneficiary_shares_not_total' }],
    });
    const eleven = Array.from({ length: 11 }, (_, i) => heir(`31740112031800${String(i + 10)}`, 909));
    expect(validateBeneficiaries(eleven, ctx)).toEqual({
      ok: false,
      problems: [{ path: 'beneficiaries', code: 'beneficiaries_too_many' }],
    });
  });

  it('accepts exactly the valid splits of 100% (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: FULL_SHARE_BP }), { minLength: 1, maxLength: 10 }),
        (shares) => {
          const list = shares.map((s, i) => heir(`3174011203180${String(i + 100)}`, s));
          const total = shares.reduce((a, b) => a + b, 0);
          expect(validateBeneficiaries(list, ctx).ok).toBe(total === FULL_SHARE_BP);
        },
      ),
    );
  });
});

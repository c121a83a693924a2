/**
 * Heirs a member nominates (ahli waris), shown to officers in a future death claim: name, NIK,
 * relation and share. Shares are basis points of the benefit (10 000 = 100%) and must add up to
 * exactly 100%; an empty list withdraws every nomination.
 *
 * Relations follow who PP 44/2015 art. 37(5) lets inherit a JKK death benefit: widow or widower and
 * children; else lineal relatives to the second degree (parents, grandparents, grandchildren); else
 * siblings; else parents-in-law; else a person named in a will.
 */
import { parseNik } from '../ids/nik.ts';
import type { FieldProblem } from './messages.ts';
import type { Checked } from './validate.ts';

export const BENEFICIARY_RELATIONS = [
  'spouse',
  'child',
  'parent',
  'grandparent',
  'grandchild',
  'sibling',
  'parent_in_law',
  'named_in_will',
] as const;
export type BeneficiaryRelation = (typeof BENEFICIARY_RELATIONS)[number];

export const MAX_BENEFICIARIES = 10;
export const FULL_SHARE_BP = 10_000;

export type BeneficiaryInput = {
  readonly fullName: string;
  readonly nik: string;
  readonly relation: string;
  readonly shareBp: number;
};

export type Beneficiary = {
  readonly fullName: string;
  /** 16 digits */
  readonly nik: string;
  readonly relation: BeneficiaryRelation;
  readonly shareBp: number;
};

const NAME = /^[\p{L}][\p{L}\p{M} .,'’-]*$/u;

export function validateBeneficiaries(
  list: readonly BeneficiaryInput[],
  context: { readonly memberNik: string; readonly asOfYear: number },
): Checked<Beneficiary[]> {
  const problems: FieldProblem[] = [];
  if (list.length > MAX_BENEFICIARIES)
    return { ok: false, problems: [{ path: 'beneficiaries', code: 'beneficiaries_too_many' }] };
  const seen = new Set<string>();
  const out: Beneficiary[] = [];
  let total = 0;
  list.forEach((b, i) => {
    const at = (field: string) => `beneficiaries.${i}.${field}`;
    const fullName = b.fullName.trim().replace(/\s+/g, ' ');
    if (fullName === '') problems.push({ path: at('fullName'), code: 'text_required' });
    else if (!NAME.test(fullName)) problems.push({ path: at('fullName'), code: 'name_invalid' });
    // Heirs may be born in any year (a newborn child): the registry check comes with the death claim.
    const nik = parseNik(b.nik, { asOfYear: context.asOfYear, requireKnownDistrict: false });
    if (!nik.ok) problems.push({ path: at('nik'), code: nik.error });
    else if (nik.value.nik === context.memberNik)
      problems.push({ path: at('nik'), code: 'beneficiary_is_member' });
    else if (seen.has(nik.value.nik)) problems.push({ path: at('nik'), code: 'beneficiary_duplicate' });
    if (nik.ok) seen.add(nik.value.nik);
    const relation = (BENEFICIARY_RELATIONS as readonly string[]).includes(b.relation)
      ? (b.relation as BeneficiaryRelation)
      : null;
    if (!relation) problems.push({ path: at('relation'), code: 'beneficiary_relation_invalid' });
    const shareOk = Number.isInteger(b.shareBp) && b.shareBp >= 1 && b.shareBp <= FULL_SHARE_BP;
    if (!shareOk) problems.push({ path: at('shareBp'), code: 'beneficiary_share_invalid' });
    else total += b.shareBp;
    if (nik.ok && relation && shareOk)
      out.push({ fullName, nik: nik.value.nik, relation, shareBp: b.shareBp });
  });
  if (problems.length === 0 && list.length > 0 && total !== FULL_SHARE_BP)
    problems.push({ path: 'beneficiaries', code: 'beneficiary_shares_not_total' });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: out };
}

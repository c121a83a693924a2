/**
 * The heirs a person nominates (beyond the app: shown to officers in a future death claim). Stored
 * as one encrypted list per person; every change is a version in the person's history, the member
 * as author, with the NIKs masked in what the history shows.
 */
import {
  type BeneficiariesBody,
  type BeneficiariesResponse,
  type Beneficiary,
  dateInZone,
  fieldProblemMessage,
  type Locale,
  maskNik,
  validateBeneficiaries,
} from '@jmo/core';
import type { Principal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { Outcome } from '../../lib/outcome.ts';
import { findPersonIdentity } from '../people/people.service.ts';
import { findBeneficiaries, saveBeneficiaries } from './data-update.repository.ts';
import { recordSideVersion } from './history.ts';

function view(list: Beneficiary[], updatedAt: Date | null): BeneficiariesResponse {
  return {
    beneficiaries: list.map((b) => ({
      fullName: b.fullName,
      maskedNik: maskNik(b.nik),
      relation: b.relation,
      shareBp: b.shareBp,
    })),
    updatedAt: updatedAt?.toISOString() ?? null,
  };
}

const open = (deps: Deps, row: { data_enc: Buffer } | undefined): Beneficiary[] =>
  row ? (JSON.parse(deps.pii.decrypt(row.data_enc)) as Beneficiary[]) : [];

/** What the history keeps of a list: no NIK in full, even encrypted. */
const forHistory = (list: Beneficiary[]) => ({
  beneficiaries: list.map((b) => ({ ...b, nik: maskNik(b.nik) })),
});

export async function getBeneficiaries(deps: Deps, principal: Principal): Promise<BeneficiariesResponse> {
  const row = await findBeneficiaries(deps.db, principal.personId);
  return view(open(deps, row), row?.updated_at ?? null);
}

export async function putBeneficiaries(
  deps: Deps,
  principal: Principal,
  body: BeneficiariesBody,
  locale: Locale,
): Promise<Outcome<BeneficiariesResponse, 'beneficiaries_invalid'>> {
  const identity = await findPersonIdentity(deps, principal.personId);
  const asOfYear = Number(dateInZone(deps.clock.now(), deps.config.timeZone).slice(0, 4));
  const checked = validateBeneficiaries(body.beneficiaries, { memberNik: identity.nik, asOfYear });
  if (!checked.ok) {
    return {
      ok: false,
      error: 'beneficiaries_invalid',
      errors: checked.problems.map((p) => ({
        path: p.path,
        message: fieldProblemMessage(p.code, locale),
        code: p.code,
      })),
    };
  }
  const now = deps.clock.now();
  await deps.db.transaction().execute(async (trx) => {
    const before = open(
      deps,
      await trx
        .selectFrom('person_beneficiaries')
        .selectAll()
        .where('person_id', '=', principal.personId)
        .forUpdate()
        .executeTakeFirst(),
    );
    await saveBeneficiaries(trx, principal.personId, deps.pii.encrypt(JSON.stringify(checked.value)), now);
    await recordSideVersion(trx, deps, principal.personId, forHistory(before), forHistory(checked.value), {
      kind: 'member',
      userId: principal.userId,
    });
  });
  return { ok: true, value: view(checked.value, now) };
}

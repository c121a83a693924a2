import { maskNik } from '@jmo/core';
import type { Deps } from '../../lib/deps.ts';

/** What a signed-in member may see of their own identity: the name and a masked NIK. */
export async function findPersonProfile(
  deps: Deps,
  personId: string,
): Promise<{ fullName: string; maskedNik: string }> {
  const person = await deps.db
    .selectFrom('people')
    .select(['full_name', 'nik_enc'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return { fullName: person.full_name, maskedNik: maskNik(deps.pii.decrypt(person.nik_enc)) };
}

/** The person's identity in clear, for services that check what a member enters against it. */
export async function findPersonIdentity(
  deps: Deps,
  personId: string,
): Promise<{ fullName: string; nik: string; birthDate: string; sex: 'M' | 'F' }> {
  const person = await deps.db
    .selectFrom('people')
    .select(['full_name', 'nik_enc', 'birth_date', 'sex'])
    .where('id', '=', personId)
    .executeTakeFirstOrThrow();
  return {
    fullName: person.full_name,
    nik: deps.pii.decrypt(person.nik_enc),
    birthDate: person.birth_date,
    sex: person.sex,
  };
}

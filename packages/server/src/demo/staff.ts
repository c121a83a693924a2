/**
 * Demo staff: one of each role, so the officer console, the employer portal and the admin screens
 * can be tried. Branch names follow real BPJS Ketenagakerjaan branch offices; codes are ours.
 */
import type { Insertable } from 'kysely';
import type { Executor } from '../db/database.ts';
import type { DB, StaffRole } from '../db/schema.ts';
import type { PiiCipher } from '../security/pii.ts';
import { PERSONA_EMPLOYERS } from './personas.ts';

export const DEMO_BRANCHES = [
  { code: 'JKT-SLB', name: 'Kantor Cabang Jakarta Salemba' },
  { code: 'SMG-MJP', name: 'Kantor Cabang Semarang Majapahit' },
  { code: 'DPS-RNN', name: 'Kantor Cabang Denpasar Renon' },
] as const;

export interface DemoStaffLogin {
  email: string;
  fullName: string;
  role: StaffRole;
  branchCode?: string;
  employerNpp?: string;
  description: string;
}

export const DEMO_STAFF: readonly DemoStaffLogin[] = Object.freeze([
  {
    email: 'petugas@demo.jmo.id',
    fullName: 'Rudi Hartono',
    role: 'officer',
    branchCode: 'JKT-SLB',
    description: 'Officer, Jakarta Salemba branch',
  },
  {
    email: 'penyelia@demo.jmo.id',
    fullName: 'Wulan Sari',
    role: 'supervisor',
    branchCode: 'JKT-SLB',
    description: 'Supervisor, Jakarta Salemba branch',
  },
  {
    email: 'admin@demo.jmo.id',
    fullName: 'Admin JMO',
    role: 'admin',
    description: 'Administrator',
  },
  {
    email: 'hrd@sinarjaya.demo.jmo.id',
    fullName: 'Dian Permata',
    role: 'employer',
    employerNpp: PERSONA_EMPLOYERS.sinarJaya.npp,
    description: 'Employer user, PT Sinar Jaya Abadi',
  },
]);

export async function writeDemoStaff(
  db: Executor,
  deps: { pii: PiiCipher; newId: () => string },
  passwordHash: string,
): Promise<void> {
  await db
    .insertInto('branches')
    .values([...DEMO_BRANCHES])
    .execute();
  const employers = await db
    .selectFrom('employers')
    .select(['id', 'npp'])
    .where(
      'npp',
      'in',
      DEMO_STAFF.flatMap((s) => (s.employerNpp ? [s.employerNpp] : [])),
    )
    .execute();
  const rows: Insertable<DB['staff_accounts']>[] = DEMO_STAFF.map((s) => ({
    id: deps.newId(),
    role: s.role,
    full_name: s.fullName,
    email_enc: deps.pii.encrypt(s.email),
    email_index: deps.pii.blindIndex('email', s.email),
    password_hash: passwordHash,
    branch_code: s.branchCode ?? null,
    employer_id: employers.find((e) => e.npp === s.employerNpp)?.id ?? null,
  }));
  await db.insertInto('staff_accounts').values(rows).execute();
}

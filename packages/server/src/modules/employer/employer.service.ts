/**
 * The employer portal's use cases (employer users only, and only for their own employer):
 * register a wage earner (checked against the population registry; JMO issues the KPJ), report
 * wages, report a leaver (the card becomes non-active, which is what lets the worker claim JHT).
 */
import {
  addMonths,
  type CalendarDate,
  type EmployerProfileResponse,
  type EmployerWorker,
  type EmployerWorkersResponse,
  idReasonMessage,
  type Locale,
  lastDayOf,
  maskNik,
  namesMatch,
  type Period,
  parseKpj,
  parseNik,
  periodOfDate,
  puProgramsAt,
  type Rupiah,
  toWire,
  type WageReportResponse,
} from '@jmo/core';
import { type RegistryRecord, RegistryUnavailableError } from '../../adapters/population-registry/port.ts';
import type { StaffPrincipal } from '../../http/access.ts';
import type { Deps } from '../../lib/deps.ts';
import type { FieldError, Outcome } from '../../lib/outcome.ts';
import { today } from '../cards/cards.service.ts';
import { arrearsOf } from '../invoices/invoices.service.ts';
import { resolveLeaveReportRequests } from '../jht-claim/jht-claim.service.ts';
import { findWorkers, nextKpj, type WorkerRow, wagesInForce } from './employer.repository.ts';

/** A monthly wage above this is a typing error, not a wage (Rp1 milyar). */
export const MAX_MONTHLY_WAGE = 1_000_000_000n;

type EmployerStaff = StaffPrincipal & { employerId: string };

function employerOf(staff: StaffPrincipal): EmployerStaff | null {
  return staff.role === 'employer' && staff.employerId ? (staff as EmployerStaff) : null;
}

export async function employerProfile(
  deps: Deps,
  staff: StaffPrincipal,
): Promise<Outcome<EmployerProfileResponse, 'forbidden'>> {
  const me = employerOf(staff);
  if (!me) return { ok: false, error: 'forbidden' };
  const employer = await deps.db
    .selectFrom('employers')
    .select(['npp', 'name', 'jkk_risk_group'])
    .where('id', '=', me.employerId)
    .executeTakeFirstOrThrow();
  const active = await deps.db
    .selectFrom('memberships')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('employer_id', '=', me.employerId)
    .where('status', '=', 'active')
    .executeTakeFirstOrThrow();
  const asOf = today(deps);
  const arrears = await arrearsOf(deps, { employerId: me.employerId }, asOf);
  return {
    ok: true,
    value: {
      npp: employer.npp,
      name: employer.name,
      jkkRiskGroup: employer.jkk_risk_group,
      activeWorkers: Number(active.n),
      asOf,
      arrears: {
        invoices: arrears.invoices,
        total: toWire(arrears.total),
        accruedPenalty: toWire(arrears.accruedPenalty),
      },
    },
  };
}

export async function listWorkers(deps: Deps, staff: StaffPrincipal): Promise<EmployerWorkersResponse> {
  const me = employerOf(staff);
  if (!me) return { workers: [] };
  return { workers: (await findWorkers(deps.db, me.employerId)).map((w) => toWorker(deps, w)) };
}

function toWorker(deps: Deps, w: WorkerRow): EmployerWorker {
  return {
    kpj: w.kpj,
    fullName: w.fullName,
    maskedNik: maskNik(deps.pii.decrypt(w.nikEnc)),
    status: w.status,
    joinedOn: w.joinedOn,
    leftOn: w.leftOn,
    leavingReason: w.leavingReason,
    programs: w.programs,
    wage: w.wage === null ? null : toWire(w.wage),
    wageFrom: w.wageFrom,
  };
}

/** A wage from the wire: whole rupiah, above zero, below the absurd. */
function parseWage(value: string | number, path: string, locale: Locale): Rupiah | FieldError {
  const wage = BigInt(value);
  if (wage <= 0n)
    return { path, message: locale === 'en' ? 'The wage must be above zero.' : 'Upah harus lebih dari nol.' };
  if (wage > MAX_MONTHLY_WAGE)
    return {
      path,
      message:
        locale === 'en'
          ? 'The wage is above Rp1.000.000.000 a month: check the digits.'
          : 'Upah di atas Rp1.000.000.000 sebulan: periksa kembali angkanya.',
    };
  return wage as Rupiah;
}

export type RegisterWorkerError =
  | 'forbidden'
  | 'invalid_request'
  | 'registry_nik_not_found'
  | 'registry_name_mismatch'
  | 'registry_birth_date_mismatch'
  | 'worker_already_registered'
  | 'service_unavailable';

/**
 * Register a wage earner: the registry must know the NIK with this name and birth date; the person
 * is found or created, gets a new KPJ card at this employer with the programs their age allows
 * (core `puProgramsAt`), and the wage is in force from the month work started.
 */
export async function registerWorker(
  deps: Deps,
  staff: StaffPrincipal,
  input: { nik: string; fullName: string; birthDate: string; startedOn: string; wage: string | number },
  locale: Locale,
): Promise<Outcome<EmployerWorker, RegisterWorkerError>> {
  const me = employerOf(staff);
  if (!me) return { ok: false, error: 'forbidden' };
  const asOf = today(deps);
  const errors: FieldError[] = [];
  const nik = parseNik(input.nik, { asOfYear: Number(asOf.slice(0, 4)), requireKnownDistrict: false });
  if (!nik.ok) errors.push({ path: 'nik', message: idReasonMessage(nik.error, locale) });
  const wage = parseWage(input.wage, 'wage', locale);
  if (typeof wage !== 'bigint') errors.push(wage);
  if (input.startedOn > asOf)
    errors.push({
      path: 'startedOn',
      message:
        locale === 'en'
          ? 'Register a worker once they have started: the start date is in the future.'
          : 'Daftarkan pekerja setelah mulai bekerja: tanggal mulai masih di masa depan.',
    });
  if (input.startedOn <= input.birthDate)
    errors.push({
      path: 'startedOn',
      message:
        locale === 'en' ? 'Work cannot start before birth.' : 'Tanggal mulai kerja sebelum tanggal lahir.',
    });
  if (errors.length > 0 || !nik.ok || typeof wage !== 'bigint')
    return { ok: false, error: 'invalid_request', errors };

  let record: RegistryRecord | null;
  try {
    record = await deps.registry.findByNik(nik.value.nik);
  } catch (error) {
    if (error instanceof RegistryUnavailableError) return { ok: false, error: 'service_unavailable' };
    throw error;
  }
  if (!record) return { ok: false, error: 'registry_nik_not_found' };
  if (!namesMatch(input.fullName, record.fullName)) return { ok: false, error: 'registry_name_mismatch' };
  if (input.birthDate !== record.birthDate) return { ok: false, error: 'registry_birth_date_mismatch' };
  const citizen = record;
  const startedOn = input.startedOn as CalendarDate;

  const nikIndex = deps.pii.blindIndex('nik', citizen.nik);
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const existing = await trx
      .selectFrom('people')
      .select('id')
      .where('nik_index', '=', nikIndex)
      .executeTakeFirst();
    const personId = existing?.id ?? deps.newId();
    if (!existing) {
      await trx
        .insertInto('people')
        .values({
          id: personId,
          nik_enc: deps.pii.encrypt(citizen.nik),
          nik_index: nikIndex,
          full_name: citizen.fullName,
          birth_date: citizen.birthDate,
          sex: citizen.sex,
        })
        .execute();
    } else {
      const working = await trx
        .selectFrom('memberships')
        .select('kpj')
        .where('person_id', '=', personId)
        .where('employer_id', '=', me.employerId)
        .where('status', '=', 'active')
        .executeTakeFirst();
      if (working) return 'worker_already_registered' as const;
    }
    const membershipId = deps.newId();
    const kpj = await nextKpj(trx);
    await trx
      .insertInto('memberships')
      .values({
        id: membershipId,
        person_id: personId,
        kpj,
        segment: 'PU',
        employer_id: me.employerId,
        status: 'active',
        joined_on: startedOn,
        left_on: null,
        leaving_reason: null,
        name_on_card: null,
      })
      .execute();
    await trx
      .insertInto('membership_programs')
      .values(
        puProgramsAt(citizen.birthDate as CalendarDate, startedOn).map((program) => ({
          membership_id: membershipId,
          program,
          enrolled_on: startedOn,
        })),
      )
      .execute();
    await trx
      .insertInto('wage_reports')
      .values({
        membership_id: membershipId,
        period: periodOfDate(startedOn),
        wage,
        reported_at: deps.clock.now(),
        reported_by: me.staffId,
      })
      .execute();
    return kpj;
  });
  if (outcome === 'worker_already_registered') return { ok: false, error: outcome };
  const [worker] = await findWorkers(deps.db, me.employerId, { kpj: outcome });
  return { ok: true, value: toWorker(deps, worker!) };
}

export type WageReportError = 'forbidden' | 'invalid_request' | 'period_in_future' | 'wage_period_invoiced';

/**
 * Report the wages in force from `period` on (a worker's wage stays until the next report). All
 * or nothing: one bad line refuses the report with every line's reason. The same wage reported
 * again changes nothing; a wage lower than the one in force before is listed as a drop (the worker
 * is told, and may complain).
 */
export async function reportWages(
  deps: Deps,
  staff: StaffPrincipal,
  input: { period: string; wages: readonly { kpj: string; wage: string | number }[] },
  locale: Locale,
): Promise<
  Outcome<WageReportResponse & { dropped: { membershipId: string; kpj: string }[] }, WageReportError>
> {
  const me = employerOf(staff);
  if (!me) return { ok: false, error: 'forbidden' };
  const period = input.period as Period;
  if (period > periodOfDate(today(deps))) return { ok: false, error: 'period_in_future' };
  const en = locale === 'en';
  const errors: FieldError[] = [];
  const lines: { kpj: string; wage: Rupiah }[] = [];
  const seen = new Set<string>();
  for (const [i, line] of input.wages.entries()) {
    const kpj = parseKpj(line.kpj);
    if (!kpj.ok) {
      errors.push({ path: `wages.${i}.kpj`, message: idReasonMessage(kpj.error, locale) });
      continue;
    }
    if (seen.has(kpj.value.kpj)) {
      errors.push({
        path: `wages.${i}.kpj`,
        message: en
          ? 'This worker is reported twice in this report.'
          : 'Pekerja ini dilaporkan dua kali dalam laporan ini.',
      });
      continue;
    }
    seen.add(kpj.value.kpj);
    const wage = parseWage(line.wage, `wages.${i}.wage`, locale);
    if (typeof wage !== 'bigint') errors.push(wage);
    else lines.push({ kpj: kpj.value.kpj, wage });
  }
  const workers = new Map(
    (await findWorkers(deps.db, me.employerId, { kpjs: lines.map((l) => l.kpj) })).map((w) => [w.kpj, w]),
  );
  for (const [i, line] of input.wages.entries()) {
    const kpj = parseKpj(line.kpj);
    if (!kpj.ok || !lines.some((l) => l.kpj === kpj.value.kpj)) continue;
    const worker = workers.get(kpj.value.kpj);
    if (!worker) {
      errors.push({
        path: `wages.${i}.kpj`,
        message: en ? 'No worker of yours has this KPJ.' : 'Tidak ada pekerja Anda dengan KPJ ini.',
      });
    } else if (periodOfDate(worker.joinedOn as CalendarDate) > period) {
      errors.push({
        path: `wages.${i}.kpj`,
        message: en
          ? `This worker started on ${worker.joinedOn}, after ${period}.`
          : `Pekerja ini mulai bekerja ${worker.joinedOn}, setelah ${period}.`,
      });
    } else if (worker.leftOn && periodOfDate(worker.leftOn as CalendarDate) < period) {
      errors.push({
        path: `wages.${i}.kpj`,
        message: en
          ? `This worker left on ${worker.leftOn}, before ${period}.`
          : `Pekerja ini berhenti ${worker.leftOn}, sebelum ${period}.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, error: 'invalid_request', errors };

  return deps.db.transaction().execute(async (trx) => {
    const invoiced = await trx
      .selectFrom('invoices')
      .select('number')
      .where('employer_id', '=', me.employerId)
      .where('period', '=', period)
      .forUpdate()
      .executeTakeFirst();
    if (invoiced) return { ok: false, error: 'wage_period_invoiced', detail: invoiced.number } as const;
    const ids = lines.map((l) => workers.get(l.kpj)!.membershipId);
    const current = await wagesInForce(trx, ids, period);
    const before = await wagesInForce(trx, ids, addMonths(period, -1));
    const changed = lines.filter((l) => current.get(workers.get(l.kpj)!.membershipId) !== l.wage);
    if (changed.length > 0) {
      await trx
        .insertInto('wage_reports')
        .values(
          changed.map((l) => ({
            membership_id: workers.get(l.kpj)!.membershipId,
            period,
            wage: l.wage,
            reported_at: deps.clock.now(),
            reported_by: me.staffId,
          })),
        )
        .onConflict((oc) =>
          oc.columns(['membership_id', 'period']).doUpdateSet((eb) => ({
            wage: eb.ref('excluded.wage'),
            reported_at: eb.ref('excluded.reported_at'),
            reported_by: eb.ref('excluded.reported_by'),
          })),
        )
        .execute();
    }
    const drops = changed.flatMap((l) => {
      const previous = before.get(workers.get(l.kpj)!.membershipId);
      return previous !== undefined && l.wage < previous ? [{ kpj: l.kpj, previous, wage: l.wage }] : [];
    });
    return {
      ok: true,
      value: {
        period,
        recorded: changed.length,
        unchanged: lines.length - changed.length,
        drops: drops.map((d) => ({ kpj: d.kpj, previous: toWire(d.previous), wage: toWire(d.wage) })),
        dropped: drops.map((d) => ({ membershipId: workers.get(d.kpj)!.membershipId, kpj: d.kpj })),
      },
    } as const;
  });
}

export type LeaverError = 'forbidden' | 'invalid_request' | 'worker_not_found' | 'worker_already_left';

/**
 * Report that a worker left (resigned or terminated, with the last day of work): the card becomes
 * non-active from that day. This is the employer's part of a JHT claim; the worker can claim one
 * month after the leaving date (DOMAIN.md).
 */
export async function reportLeaver(
  deps: Deps,
  staff: StaffPrincipal,
  input: { kpj: string; leftOn: string; reason: 'resigned' | 'terminated' },
  locale: Locale,
): Promise<Outcome<EmployerWorker, LeaverError>> {
  const me = employerOf(staff);
  if (!me) return { ok: false, error: 'forbidden' };
  const en = locale === 'en';
  const kpj = parseKpj(input.kpj);
  if (!kpj.ok)
    return {
      ok: false,
      error: 'invalid_request',
      errors: [{ path: 'kpj', message: idReasonMessage(kpj.error, locale) }],
    };
  const asOf = today(deps);
  if (input.leftOn > asOf)
    return {
      ok: false,
      error: 'invalid_request',
      errors: [
        {
          path: 'leftOn',
          message: en
            ? 'Report a leaver on or after their last day: the date is in the future.'
            : 'Laporkan pekerja berhenti pada atau setelah hari terakhirnya: tanggal ini masih di masa depan.',
        },
      ],
    };
  const outcome = await deps.db.transaction().execute(async (trx) => {
    const card = await trx
      .selectFrom('memberships')
      .select(['id', 'status', 'joined_on'])
      .where('kpj', '=', kpj.value.kpj)
      .where('employer_id', '=', me.employerId)
      .forUpdate()
      .executeTakeFirst();
    if (!card) return 'worker_not_found' as const;
    if (card.status !== 'active') return 'worker_already_left' as const;
    if (input.leftOn < card.joined_on) return 'left_before_joining' as const;
    await trx
      .updateTable('memberships')
      .set({ status: 'nonactive', left_on: input.leftOn, leaving_reason: input.reason })
      .where('id', '=', card.id)
      .execute();
    await resolveLeaveReportRequests(trx, card.id, deps.clock.now());
    return 'ok' as const;
  });
  if (outcome === 'left_before_joining')
    return {
      ok: false,
      error: 'invalid_request',
      errors: [
        {
          path: 'leftOn',
          message: en
            ? 'The last day is before the worker started.'
            : 'Hari terakhir sebelum pekerja mulai bekerja.',
        },
      ],
    };
  if (outcome !== 'ok') return { ok: false, error: outcome };
  const [worker] = await findWorkers(deps.db, me.employerId, { kpj: kpj.value.kpj });
  return { ok: true, value: toWorker(deps, worker!) };
}

/** Months a worker belongs on a period's invoice: joined by its last day and not left before it began. */
export function activeIn(worker: Pick<WorkerRow, 'joinedOn' | 'leftOn'>, period: Period): boolean {
  return worker.joinedOn <= lastDayOf(period) && (worker.leftOn === null || worker.leftOn >= `${period}-01`);
}

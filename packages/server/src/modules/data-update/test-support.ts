/**
 * For the data update's HTTP tests: a test app whose face matcher, bank and registry photos follow a
 * script (the real adapters have their own contract tests), images made at run time with sharp, a
 * member with a card, and short calls for the wizard's routes.
 */
import sharp from 'sharp';
import {
  type AccountInquiry,
  type BankGateway,
  BankUnavailableError,
  unavailableBank,
} from '../../adapters/bank/port.ts';
import { type FaceComparison, type FaceMatcher, FaceUnavailableError } from '../../adapters/face/port.ts';
import { createCard, createEmployer, createMember, createStaff } from '../../testing/factories.ts';
import { openTestApp, signIn, signInStaff, type TestApp } from '../../testing/test-app.ts';

export interface Script {
  /** What the next comparisons answer, in turn (the last one repeats). */
  face: (FaceComparison | 'unavailable')[];
  /** Inquiry answers by account number; unknown numbers are not found. */
  accounts: Map<string, AccountInquiry | 'unavailable'>;
  /** NIKs without a reference photo in the registry. */
  noReference: Set<string>;
  faceCalls: number;
}

export const PASS: FaceComparison = { ok: true, similarity: 0.91, liveness: 0.88, millis: 412 };
export const NOT_MATCHING: FaceComparison = { ok: true, similarity: 0.41, liveness: 0.8, millis: 398 };

export async function openScriptedApp(
  env: Record<string, string> = {},
): Promise<{ t: TestApp; script: Script }> {
  const script: Script = { face: [PASS], accounts: new Map(), noReference: new Set(), faceCalls: 0 };
  const reference = await jpeg(640, 480, { r: 180, g: 140, b: 120 });
  const face: FaceMatcher = {
    async compare() {
      const next = script.face.length > 1 ? script.face.shift()! : script.face[0]!;
      script.faceCalls++;
      if (next === 'unavailable') throw new FaceUnavailableError('scripted');
      return next;
    },
  };
  const bank: BankGateway = {
    ...unavailableBank,
    async inquireAccount(_bankCode, accountNumber) {
      const answer = script.accounts.get(accountNumber) ?? { status: 'not_found' };
      if (answer === 'unavailable') throw new BankUnavailableError('scripted');
      return answer;
    },
  };
  const t = await openTestApp({
    env: { REGISTRATION_RATE_LIMIT_PER_MINUTE: '1000', LOGIN_RATE_LIMIT_PER_MINUTE: '1000', ...env },
    deps: (built) => ({
      face,
      bank,
      registry: {
        findByNik: built.registry.findByNik,
        referencePhoto: async (nik) => (script.noReference.has(nik) ? null : reference),
      },
    }),
  });
  return { t, script };
}

/** A plain colour photo; `exif` adds metadata that must not survive the upload. */
export async function jpeg(
  width: number,
  height: number,
  colour = { r: 200, g: 170, b: 150 },
  exif = false,
): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: colour } }).jpeg();
  return exif
    ? image.withExif({ IFD0: { Copyright: 'GPS 6.2088 S 106.8456 E', Artist: 'Phone of Rina' } }).toBuffer()
    : image.toBuffer();
}

let serial = 100;

/** A member with one card in their account, signed in; the bank knows an account in their name. */
export async function memberWithCard(
  t: TestApp,
  script: Script,
  opts: { fullName?: string; cards?: number } = {},
) {
  serial++;
  const nik = `317401150890${String(serial).padStart(4, '0')}`;
  const member = await createMember(t.deps, { nik, fullName: opts.fullName ?? 'Rina Kartika' });
  const employer = await createEmployer(t.deps);
  const cards: string[] = [];
  for (let i = 0; i < (opts.cards ?? 1); i++) {
    cards.push((await createCard(t.deps, { personId: member.personId, employerId: employer.id })).kpj);
  }
  const account = `01234567${String(serial).padStart(4, '0')}`;
  script.accounts.set(account, {
    status: 'active',
    holderName: (opts.fullName ?? 'Rina Kartika').toUpperCase(),
  });
  const cookie = await signIn(t, member);
  return { ...member, kpj: cards[0]!, kpjs: cards, account, cookie };
}

export async function officer(
  t: TestApp,
  role: 'officer' | 'supervisor' = 'officer',
  fullName = 'Dewi Petugas',
) {
  const staff = await createStaff(t.deps, { role, fullName });
  return { ...staff, cookie: await signInStaff(t, staff) };
}

let address = 0;
/** Each call from its own address, so the routes' per-address rate limits do not trip the tests. */
const remoteAddress = () => `10.77.${Math.floor(++address / 250) % 250}.${address % 250}`;

export function calls(t: TestApp) {
  const json = (
    method: 'GET' | 'PUT' | 'POST',
    url: string,
    cookie: string,
    payload?: object,
    locale = 'id',
  ) =>
    t.app.inject({
      method,
      url,
      headers: { cookie, 'accept-language': locale },
      remoteAddress: remoteAddress(),
      ...(payload ? { payload } : {}),
    });
  const at = (kpj: string) => `/api/v1/me/cards/${kpj}/data-update`;
  return {
    get: (m: { kpj: string; cookie: string }, kpj = m.kpj) => json('GET', at(kpj), m.cookie),
    step: (m: { kpj: string; cookie: string }, step: string, body: object = {}, kpj = m.kpj, locale = 'id') =>
      json('PUT', `${at(kpj)}/steps/${step}`, m.cookie, body, locale),
    face: (m: { kpj: string; cookie: string }, bytes: Buffer | string, type = 'image/jpeg', kpj = m.kpj) =>
      t.app.inject({
        method: 'POST',
        url: `${at(kpj)}/face`,
        headers: { cookie: m.cookie, 'content-type': type },
        remoteAddress: remoteAddress(),
        payload: bytes,
      }),
    confirm: (m: { kpj: string; cookie: string }, kpj = m.kpj) =>
      json('POST', `${at(kpj)}/confirm`, m.cookie),
    verifyContact: (m: { kpj: string; cookie: string }, body: object) =>
      json('POST', `${at(m.kpj)}/contact/verify`, m.cookie, body),
    json,
  };
}

export const population = {
  familyCardNumber: '3174010101200001',
  address: { street: 'Jl. Melati No. 5', rt: '4', rw: '12', village: 'Tebet Timur', postalCode: '12820' },
};
export const additional = {
  maritalStatus: 'married',
  mothersMaidenName: 'Siti Aminah',
  emergencyContact: { name: 'Budi Santoso', relation: 'spouse', phone: '0813-1111-2222' },
};

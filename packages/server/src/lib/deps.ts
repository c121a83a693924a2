/**
 * What every service receives (STYLE B8): no DI container, plain values. Tests build their own.
 */
import { uuidv7 } from 'uuidv7';
import type { BankGateway } from '../adapters/bank/port.ts';
import type { FaceMatcher } from '../adapters/face/port.ts';
import type { Mailer } from '../adapters/mail/mailer.ts';
import type { PaymentGateway } from '../adapters/payments/port.ts';
import type { PopulationRegistry } from '../adapters/population-registry/port.ts';
import type { SmsSender } from '../adapters/sms/sms-sender.ts';
import type { DocumentStore } from '../adapters/storage/port.ts';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { CardKeyRing } from '../security/card-keys.ts';
import type { PiiCipher } from '../security/pii.ts';
import type { ReadCaches } from './read-caches.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** UUIDv7: time-ordered primary keys generated in the app, the same on both engines. */
export const newUuid = (): string => uuidv7();

export interface Deps {
  config: Config;
  db: Database;
  clock: Clock;
  newId: () => string;
  pii: PiiCipher;
  /** Outgoing e-mail: SMTP, or the sandbox outbox (adapters/mail). */
  mailer: Mailer;
  /** Outgoing SMS: the sandbox outbox, or refused in production until a gateway exists (adapters/sms). */
  sms: SmsSender;
  /** The population registry (Dukcapil): the sandbox registry in the database outside production. */
  registry: PopulationRegistry;
  /** Virtual accounts for contributions: the sandbox provider outside production (adapters/payments). */
  payments: PaymentGateway;
  /** The key that signs digital membership cards and the public keys that verify them. */
  cardKeys: CardKeyRing;
  /** Selfie against reference photo (adapters/face). */
  face: FaceMatcher;
  /** Account-name inquiry, later payouts (adapters/bank). */
  bank: BankGateway;
  /** Selfies and uploaded documents, encrypted (adapters/storage). */
  documents: DocumentStore;
  /** Sessions and card lists in memory, dropped on every change the database announces. */
  caches: ReadCaches;
}

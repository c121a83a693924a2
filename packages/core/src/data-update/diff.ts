/**
 * What a data update changed, field by field, for the version history: the member and officers see
 * each field's value before and after. Nested values are named by their path (`bank.accountNumber`,
 * `address.postalCode`), every value as text or null, so a version can be shown without knowing the
 * shape of the data it came from.
 */
import type { PersonData } from './person-data.ts';

export type FieldChange = {
  readonly field: string;
  readonly before: string | null;
  readonly after: string | null;
};

type Flat = Map<string, string | null>;

function flatten(value: unknown, prefix: string, into: Flat): void {
  if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value).sort()) {
      flatten((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key, into);
    }
    return;
  }
  into.set(prefix, value === null || value === undefined ? null : String(value));
}

/** Every leaf of the data, by path; an absent nested object counts as all its leaves null. */
export function flattenPersonData(data: PersonData): Flat {
  return flattenRecord(data);
}

/** Every leaf of any plain record (arrays' items are named by their index), by path. */
export function flattenRecord(data: object): Flat {
  const flat: Flat = new Map();
  flatten(data, '', flat);
  return flat;
}

/** The fields whose value differs, in a stable order (by path). */
export function diffPersonData(before: PersonData, after: PersonData): FieldChange[] {
  return diffRecords(before, after);
}

/** `diffPersonData` for any plain records, e.g. `{ beneficiaries: [...] }`. */
export function diffRecords(before: object, after: object): FieldChange[] {
  const a = flattenRecord(before);
  const b = flattenRecord(after);
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort();
  const changes: FieldChange[] = [];
  for (const field of fields) {
    const from = a.get(field) ?? null;
    const to = b.get(field) ?? null;
    // An object that appears (null → { … }) shows as its leaves; its own null entry then equals the
    // missing one on the other side, so only the leaves count as changed.
    if (from !== to) changes.push({ field, before: from, after: to });
  }
  return changes;
}

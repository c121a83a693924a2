/** What the wizard's steps share: their addresses, field errors from a problem, the save button. */
import type { DataUpdateView } from '@jmo/core/contracts/data-update';
import { DATA_UPDATE_STEPS, type DataUpdateStep } from '@jmo/core/data-update/steps';
import type { ApiError } from '../../api.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import type { DataUpdateTexts } from './texts.ts';

export const STEPS = DATA_UPDATE_STEPS;
export type { DataUpdateStep };

/** Each step its own address, so the phone's Back button steps back. */
export const SLUG: Record<DataUpdateStep, string> = {
  membership: 'kepesertaan',
  confirm: 'periksa-kepesertaan',
  face: 'wajah',
  contact: 'kontak',
  tax_bank: 'npwp-rekening',
  population: 'kependudukan',
  additional: 'data-tambahan',
  review: 'periksa',
};
export const OUTCOME_SLUG = 'hasil';

export function stepOfSlug(slug: string | undefined): DataUpdateStep | undefined {
  return STEPS.find((s) => SLUG[s] === slug);
}

export const wizardPath = (kpj: string, slug: string) =>
  `/kartu/${encodeURIComponent(kpj)}/pengkinian/${slug}`;

/** Props every step gets from the page. */
export type StepProps = {
  view: DataUpdateView;
  /** The server's new state after a save; the page moves on to its current step. */
  onSaved: (view: DataUpdateView) => void;
  /** What was typed in this step, kept while moving between steps (in memory only). */
  draft: unknown;
  onDraft: (value: unknown) => void;
};

/**
 * The problem's per-field messages by path ('phone', 'address.rt', 'emergencyContact.phone').
 * Schema messages (`body.…`) are the validator's English: the step's own words are shown instead.
 */
export function fieldErrors(error: ApiError | null, t: DataUpdateTexts): Record<string, string> {
  const out: Record<string, string> = {};
  if (error?.kind !== 'problem') return out;
  for (const e of error.errors ?? []) {
    const fromSchema = e.path.startsWith('body.');
    const path = fromSchema ? e.path.slice(5) : e.path;
    if (!out[path]) out[path] = fromSchema ? t.fieldCheck : e.message;
  }
  return out;
}

/** A form-wide problem, unless every entry is already shown beside its field. */
export function StepProblem({ error }: { error: ApiError | null }) {
  if (!error) return null;
  return <FormProblem error={error} />;
}

export function SaveButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <button type="submit" class="button button--primary button--block" disabled={busy}>
      {busy ? (
        <>
          <span class="spinner" aria-hidden="true" /> {busyLabel}
        </>
      ) : (
        label
      )}
    </button>
  );
}

/** "Gunakan data dari kartu …": fills the step with what the member's other card already entered. */
export function OfferedButton({
  fromKpj,
  used,
  onUse,
  t,
}: {
  fromKpj: string;
  used: boolean;
  onUse: () => void;
  t: DataUpdateTexts;
}) {
  return (
    <div class="du-offered">
      {used ? (
        <p role="status">{t.offeredUsed}</p>
      ) : (
        <>
          <p class="muted">{t.offeredHelp}</p>
          <button type="button" class="button button--secondary button--block" onClick={onUse}>
            {t.offered(fromKpj)}
          </button>
        </>
      )}
    </div>
  );
}

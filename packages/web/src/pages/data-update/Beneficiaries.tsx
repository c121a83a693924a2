/**
 * Ahli waris (`/ahli-waris`): the heirs the member nominates, with name, NIK, relation and share. The
 * list is saved whole (PUT replaces it); the server returns NIKs masked, so saving again asks for each
 * full NIK. Shares must total 100%: the page says so before anything is sent.
 */
import type { BeneficiariesResponse } from '@jmo/core/contracts/data-update';
import { BENEFICIARY_RELATIONS } from '@jmo/core/data-update/beneficiaries';
import { useEffect, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { dataUpdateApi } from './api.ts';
import { fieldErrors, SaveButton } from './shared.tsx';
import { useDataUpdateT } from './texts.ts';
import './data-update.css';

type Heir = {
  key: number;
  fullName: string;
  nik: string;
  maskedNik: string | null;
  relation: string;
  share: string;
};

let nextKey = 1;
const blank = (): Heir => ({
  key: nextKey++,
  fullName: '',
  nik: '',
  maskedNik: null,
  relation: '',
  share: '',
});

function fromServer(list: BeneficiariesResponse['beneficiaries']): Heir[] {
  return list.map((b) => ({
    key: nextKey++,
    fullName: b.fullName,
    nik: '',
    maskedNik: b.maskedNik,
    relation: b.relation,
    share: String(b.shareBp / 100),
  }));
}

/** '12,5' or '12.5' → 1250 basis points; NaN when not a number. */
function shareBp(text: string): number {
  const n = Number(text.replace(',', '.').trim());
  return text.trim() === '' || !Number.isFinite(n) ? Number.NaN : Math.round(n * 100);
}

const percent = (bp: number) => (bp / 100).toLocaleString('id-ID', { maximumFractionDigits: 2 });

export function BeneficiariesPage() {
  const d = useDataUpdateT();
  const t = useT();
  useTitle(d.heirsTitle);
  const loaded = useResource(async (signal) => {
    const result = await dataUpdateApi.beneficiaries(signal);
    if (result.ok) signedIn.value = true;
    return result;
  }, []);
  const redirecting = useRedirectIfSignedOut(loaded.error);
  const [heirs, setHeirs] = useState<Heir[] | null>(null);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [totalWrong, setTotalWrong] = useState(false);
  const [done, setDone] = useState(false);

  useEffect(() => {
    if (loaded.data && heirs === null) {
      setHeirs(fromServer(loaded.data.beneficiaries));
      setUpdatedAt(loaded.data.updatedAt);
    }
  }, [loaded.data, heirs]);

  const back = (
    <a href="/" class="back">
      <span aria-hidden="true">‹ </span>
      {d.back}
    </a>
  );
  if (loaded.error && !redirecting && !heirs) {
    return (
      <div class="page page--narrow">
        {back}
        <h1>{d.heirsTitle}</h1>
        <ErrorState error={loaded.error} onRetry={loaded.retry} />
      </div>
    );
  }
  if (!heirs) {
    return (
      <div class="page page--narrow">
        <h1 class="sr-only">{d.heirsTitle}</h1>
        <Loading />
      </div>
    );
  }

  const total = heirs.reduce((sum, h) => sum + (Number.isNaN(shareBp(h.share)) ? 0 : shareBp(h.share)), 0);
  const errors = fieldErrors(error, d);
  const update = (key: number, change: Partial<Heir>) => {
    setDone(false);
    setHeirs((list) => (list ?? []).map((h) => (h.key === key ? { ...h, ...change } : h)));
  };

  async function save(e: Event) {
    e.preventDefault();
    if (!heirs) return;
    setDone(false);
    if (heirs.length > 0 && total !== 10_000) {
      setTotalWrong(true);
      document.getElementById('heirs-total')?.focus();
      return;
    }
    setTotalWrong(false);
    setBusy(true);
    setError(null);
    const result = await dataUpdateApi.saveBeneficiaries({
      beneficiaries: heirs.map((h) => ({
        fullName: h.fullName.trim(),
        nik: h.nik.replace(/\D/g, ''),
        relation: h.relation,
        shareBp: Number.isNaN(shareBp(h.share)) ? 0 : shareBp(h.share),
      })),
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setHeirs(fromServer(result.data.beneficiaries));
    setUpdatedAt(result.data.updatedAt);
    setDone(true);
  }

  return (
    <div class="page page--narrow du">
      {back}
      <h1>{d.heirsTitle}</h1>
      <p class="lead">{d.heirsIntro}</p>
      {updatedAt && <p class="muted">{d.heirsSaved(formatDateTime(updatedAt, t))}</p>}
      <form class="form" noValidate onSubmit={save} aria-busy={busy}>
        {heirs.length === 0 && <p class="empty__title">{d.heirsEmpty}</p>}
        {heirs.map((h, i) => {
          const at = (f: string) => errors[`beneficiaries.${i}.${f}`];
          return (
            <fieldset key={h.key} class="du-fieldset du-heir">
              <legend>{d.heir(i + 1)}</legend>
              <Field id={`heir-${h.key}-name`} label={d.heirName} error={at('fullName')}>
                {(a11y) => (
                  <input
                    {...a11y}
                    value={h.fullName}
                    onInput={(e) => update(h.key, { fullName: (e.currentTarget as HTMLInputElement).value })}
                  />
                )}
              </Field>
              <Field
                id={`heir-${h.key}-nik`}
                label={d.heirNik}
                hint={h.maskedNik ? d.heirNikRetype(h.maskedNik) : undefined}
                error={at('nik')}
              >
                {(a11y) => (
                  <input
                    {...a11y}
                    inputMode="numeric"
                    maxLength={16}
                    autocomplete="off"
                    value={h.nik}
                    onInput={(e) => update(h.key, { nik: (e.currentTarget as HTMLInputElement).value })}
                  />
                )}
              </Field>
              <Field id={`heir-${h.key}-relation`} label={d.heirRelation} error={at('relation')}>
                {(a11y) => (
                  <select
                    {...a11y}
                    value={h.relation}
                    onChange={(e) =>
                      update(h.key, { relation: (e.currentTarget as HTMLSelectElement).value })
                    }
                  >
                    <option value="">{d.relationChoose}</option>
                    {BENEFICIARY_RELATIONS.map((r) => (
                      <option key={r} value={r}>
                        {d.heirRelations[r]}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field id={`heir-${h.key}-share`} label={d.heirShare} error={at('shareBp')}>
                {(a11y) => (
                  <input
                    {...a11y}
                    inputMode="decimal"
                    value={h.share}
                    onInput={(e) => update(h.key, { share: (e.currentTarget as HTMLInputElement).value })}
                  />
                )}
              </Field>
              <button
                type="button"
                class="button button--secondary"
                aria-label={d.removeHeirName(i + 1)}
                onClick={() => {
                  setDone(false);
                  setHeirs((list) => (list ?? []).filter((x) => x.key !== h.key));
                }}
              >
                {d.removeHeir}
              </button>
            </fieldset>
          );
        })}
        <button
          type="button"
          class="button button--secondary button--block"
          onClick={() => {
            setDone(false);
            setHeirs((list) => [...(list ?? []), blank()]);
          }}
        >
          {d.addHeir}
        </button>
        {heirs.length > 0 && (
          <p
            id="heirs-total"
            tabIndex={-1}
            class={totalWrong && total !== 10_000 ? 'field__error' : 'du-total'}
            aria-live="polite"
          >
            {totalWrong && total !== 10_000
              ? d.sharesMustTotal(percent(total))
              : d.sharesTotal(percent(total))}
          </p>
        )}
        {heirs.length === 0 && <p class="muted">{d.withdrawAll}</p>}
        {errors.beneficiaries && <p class="field__error">{errors.beneficiaries}</p>}
        {error && <FormProblem error={error} />}
        <p class="form__status" role="status">
          {done && d.heirsDone}
        </p>
        <SaveButton busy={busy} label={d.saveHeirs} busyLabel={d.saving} />
      </form>
    </div>
  );
}

import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { cleanNumber, KPJ_LENGTH, NIK_LENGTH } from '../recover/flow.ts';
import type { MemberMatch } from './api.ts';
import { consoleApi, memberRecordPath } from './api.ts';
import { PurposeForm } from './Purpose.tsx';
import { useConsoleT } from './texts.ts';

type SearchBy = 'kpj' | 'nik';
const LENGTH: Record<SearchBy, number> = { kpj: KPJ_LENGTH, nik: NIK_LENGTH };

/** Find a member by KPJ or NIK; the results are masked, and each opens only with a purpose. */
export function MemberSearch() {
  const t = useConsoleT();
  const { route } = useLocation();
  const [by, setBy] = useState<SearchBy>('kpj');
  const [number, setNumber] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [members, setMembers] = useState<MemberMatch[] | null>(null);
  const numberRef = useRef<HTMLInputElement>(null);
  const resultsRef = useRef<HTMLHeadingElement>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    if (!new RegExp(`^\\d{${LENGTH[by]}}$`).test(number)) {
      setInvalid(true);
      setError(null);
      numberRef.current?.focus();
      return;
    }
    setInvalid(false);
    setBusy(true);
    setError(null);
    const result = await consoleApi.searchMembers(by, number);
    setBusy(false);
    if (!result.ok) {
      setMembers(null);
      setError(result.error);
      return;
    }
    setMembers(result.data.members);
    // Move on to what was found, so a screen reader hears it and the keyboard is there.
    requestAnimationFrame(() => resultsRef.current?.focus());
  }

  const label = by === 'kpj' ? t.search.kpjLabel : t.search.nikLabel;
  return (
    <section class="console__section" aria-labelledby="search-title">
      <h2 id="search-title">{t.search.title}</h2>
      <p class="muted">{t.search.intro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {error && <FormProblem error={error} />}
        <Field id="search-by" label={t.search.byLabel}>
          {(a11y) => (
            <select
              {...a11y}
              name="by"
              value={by}
              onChange={(e) => {
                const next = e.currentTarget.value as SearchBy;
                setBy(next);
                setNumber((n) => n.slice(0, LENGTH[next]));
                setInvalid(false);
              }}
            >
              <option value="kpj">{t.search.byKpj}</option>
              <option value="nik">{t.search.byNik}</option>
            </select>
          )}
        </Field>
        <Field
          id="search-number"
          label={label}
          hint={by === 'kpj' ? t.search.kpjHint : t.search.nikHint}
          error={invalid ? (by === 'kpj' ? t.search.kpjInvalid : t.search.nikInvalid) : undefined}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={numberRef}
              name="number"
              type="text"
              inputMode="numeric"
              autocomplete="off"
              required
              value={number}
              onInput={(e) => setNumber(cleanNumber(e.currentTarget.value, LENGTH[by]))}
            />
          )}
        </Field>
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.search.searching : t.search.submit}
        </button>
      </form>
      {members && (
        <div class="console__results">
          <h3 id="search-results" ref={resultsRef} tabIndex={-1}>
            {t.search.results}
          </h3>
          <p role="status">{members.length === 0 ? t.search.none : t.search.found(members.length)}</p>
          <ul class="console-list">
            {members.map((m) => (
              <li key={m.personId} class="console-item">
                <h4 class="console-item__title">{m.fullName}</h4>
                <dl class="console-facts">
                  <div>
                    <dt>{t.search.maskedNik}</dt>
                    <dd>{m.maskedNik}</dd>
                  </div>
                  <div>
                    <dt>{t.search.cards}</dt>
                    <dd>{m.cards}</dd>
                  </div>
                  <div>
                    <dt>{t.search.account}</dt>
                    <dd>{m.hasAccount ? t.search.hasAccount : t.search.noAccount}</dd>
                  </div>
                </dl>
                <PurposeForm
                  id={`purpose-${m.personId}`}
                  onOpen={(purpose) => route(memberRecordPath(m.personId, purpose))}
                />
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}

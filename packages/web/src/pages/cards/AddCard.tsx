import type { Card } from '@jmo/core/contracts/cards';
import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api, errorText, fieldProblemsFor, isProblem, isUnauthenticated } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { CardIdentity } from '../../components/CardIdentity.tsx';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Money } from '../../components/Money.tsx';
import { useT } from '../../i18n.ts';
import { cardsCache } from '../../session.ts';
import { useTitle } from '../../title.ts';

/** Problems about the number itself: shown at the field, where the member fixes them. */
const NUMBER_PROBLEMS = ['kpj_not_found', 'card_already_in_account'];

/** "Tambah Kartu Peserta": add a card to the account by the KPJ number printed on it. */
export function AddCardPage() {
  const t = useT();
  useTitle(t.addCard.title);
  const [kpj, setKpj] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [added, setAdded] = useState<Card | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const redirecting = useRedirectIfSignedOut(formError ?? undefined);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const typed = kpj.trim();
    if (!typed) {
      setFieldError(t.addCard.kpjMissing);
      inputRef.current?.focus();
      return;
    }
    setFieldError(null);
    setBusy(true);
    const result = await api.addCard(typed, 'number');
    setBusy(false);
    if (result.ok) {
      cardsCache.value = null; // the home page reloads the cards with the new one
      setAdded(result.data);
      return;
    }
    const error = result.error;
    const [invalid] = error.kind === 'problem' ? fieldProblemsFor(error.errors, ['kpj'] as const) : [];
    if (invalid || isProblem(error, ...NUMBER_PROBLEMS)) {
      // The validator's reason (Indonesian or English) or the catalogue's words; a schema message
      // (too long) is the validator's English, so the app's own hint stands in for it.
      setFieldError(invalid ? (invalid.fromSchema ? t.addCard.kpjHint : invalid.message) : errorText(error));
      inputRef.current?.focus();
      return;
    }
    setFormError(error);
  }

  if (added) {
    return (
      <div class="page page--narrow">
        <h1>{t.addCard.title}</h1>
        <p class="form__status" role="status">
          {t.addCard.added}
        </p>
        <div class="card card--static">
          <CardIdentity card={added} />
          <span class="card__balance">
            <span class="card__label">{t.jhtBalance}</span>{' '}
            <Money value={added.jhtBalance} class="card__amount" />
          </span>
        </div>
        <div class="actions">
          <a class="button button--primary button--block" href={`/kartu/${added.kpj}`}>
            {t.viewHistory}
          </a>
          <button
            type="button"
            class="button button--secondary button--block"
            onClick={() => {
              setAdded(null);
              setKpj('');
            }}
          >
            {t.addCard.addAnother}
          </button>
        </div>
        <p class="form__after">
          <a href="/">{t.backHome}</a>
        </p>
      </div>
    );
  }

  return (
    <div class="page page--narrow">
      <a href="/" class="back">
        ‹ {t.backHome}
      </a>
      <h1>{t.addCard.title}</h1>
      <p class="lead">{t.addCard.intro}</p>
      <form class="form" onSubmit={submit} noValidate aria-busy={busy}>
        {formError && !redirecting && !isUnauthenticated(formError) && <FormProblem error={formError} />}
        <Field
          id="add-card-kpj"
          label={t.addCard.kpjLabel}
          hint={t.addCard.kpjHint}
          error={fieldError ?? undefined}
        >
          {(a11y) => (
            <input
              {...a11y}
              ref={inputRef}
              name="kpj"
              inputMode="numeric"
              autocomplete="off"
              maxLength={20}
              required
              value={kpj}
              onInput={(e) => setKpj((e.currentTarget as HTMLInputElement).value)}
            />
          )}
        </Field>
        <button type="submit" class="button button--primary button--block" disabled={busy}>
          {busy && <span class="spinner" aria-hidden="true" />}
          {busy ? t.addCard.submitting : t.addCard.submit}
        </button>
      </form>
    </div>
  );
}

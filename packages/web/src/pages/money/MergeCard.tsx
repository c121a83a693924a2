/**
 * Penggabungan saldo: on a non-active card, move its JHT (and JP) balance to another of the member's
 * cards. The page generates the idempotency key once per attempt and sends the same key on every
 * retry, so a lost answer never moves the money twice.
 */
import type { Card, MergeCardsResponse } from '@jmo/core/contracts/cards';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api } from '../../api.ts';
import { FormProblem } from '../../components/FormProblem.tsx';
import { formatMoney } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useMoneyT } from './texts.ts';

/** A UUID: `crypto.randomUUID` where the browser offers it (secure contexts), else built from random bytes. */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const hex = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

type Attempt = { into: string; key: string };

export function MergeCard({
  card,
  cards,
  onMerged,
}: {
  card: Card;
  cards: readonly Card[];
  onMerged: (result: MergeCardsResponse) => void;
}) {
  const t = useT();
  const m = useMoneyT();
  const others = cards.filter((c) => c.kpj !== card.kpj);
  const [into, setInto] = useState(others.find((c) => c.status === 'active')?.kpj ?? others[0]?.kpj ?? '');
  const [attempt, setAttempt] = useState<Attempt | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<MergeCardsResponse | null>(null);

  if (card.status !== 'nonactive') return null;
  const hasBalance = BigInt(card.jhtBalance) > 0n || BigInt(card.jpBalance) > 0n;

  async function send(current: Attempt) {
    setBusy(true);
    setError(null);
    const result = await api.mergeCards({
      fromKpj: card.kpj,
      intoKpj: current.into,
      idempotencyKey: current.key,
    });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setDone(result.data);
    setAttempt(null);
    onMerged(result.data);
  }

  return (
    <section class="panel-box merge" aria-labelledby="merge-title">
      <h2 id="merge-title">{m.mergeTitle}</h2>
      <p class="form__status" role="status">
        {done && m.merged(formatMoney(done.jhtMoved), formatMoney(done.jpMoved), done.intoKpj)}
      </p>
      {done ? (
        <a class="button button--secondary button--block" href={`/kartu/${done.intoKpj}`}>
          {m.mergedOpen}
        </a>
      ) : !hasBalance ? (
        <p>{m.mergeNothing}</p>
      ) : others.length === 0 ? (
        <p>{m.mergeNoOther}</p>
      ) : attempt ? (
        <div>
          <h3 id="merge-confirm-title">{m.mergeConfirmTitle}</h3>
          <p>
            {m.mergeWhat(
              formatMoney(card.jhtBalance),
              BigInt(card.jpBalance) > 0n ? formatMoney(card.jpBalance) : null,
              attempt.into,
            )}
          </p>
          <p>{m.mergeAfter(card.kpj)}</p>
          {error && (
            <>
              <FormProblem error={error} />
              {error.kind === 'network' && <p class="muted">{m.mergeRetryHint}</p>}
            </>
          )}
          <div class="actions">
            <button
              type="button"
              class="button button--primary button--block"
              disabled={busy}
              aria-busy={busy}
              onClick={() => send(attempt)}
            >
              {busy ? m.merging : error ? t.retry : m.mergeConfirm}
            </button>
            <button
              type="button"
              class="button button--secondary button--block"
              disabled={busy}
              onClick={() => {
                setAttempt(null);
                setError(null);
              }}
            >
              {m.mergeCancel}
            </button>
          </div>
        </div>
      ) : (
        <form
          class="form"
          onSubmit={(e) => {
            e.preventDefault();
            if (into) setAttempt({ into, key: newIdempotencyKey() });
          }}
        >
          <p>{m.mergeIntro}</p>
          <div class="field">
            <label for="merge-into">{m.mergeInto}</label>
            <select id="merge-into" value={into} onChange={(e) => setInto(e.currentTarget.value)}>
              {others.map((c) => (
                <option key={c.kpj} value={c.kpj}>
                  {c.kpj} · {t.status[c.status]}
                  {c.employer ? ` · ${c.employer.name}` : ''}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" class="button button--primary button--block">
            {m.mergeChoose}
          </button>
        </form>
      )}
    </section>
  );
}

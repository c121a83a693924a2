import type { FoundCard } from '@jmo/core/contracts/cards';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api } from '../../api.ts';
import { CardIdentity } from '../../components/CardIdentity.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Money } from '../../components/Money.tsx';
import { useT } from '../../i18n.ts';

/**
 * Cards registered under the member's NIK that the account does not hold yet (beyond the app: no
 * balance is forgotten). Each can be added with one tap; one whose registered name differs says
 * what to do instead.
 */
export function FoundCards({ cards, onAdded }: { cards: FoundCard[]; onAdded: (kpj: string) => void }) {
  const t = useT();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (cards.length === 0) return null;

  async function add(kpj: string) {
    if (busy) return;
    setError(null);
    setBusy(kpj);
    const result = await api.addCard(kpj, 'discovery');
    setBusy(null);
    if (result.ok) onAdded(kpj);
    else setError(result.error);
  }

  return (
    <section class="found" aria-labelledby="found-title">
      <h2 id="found-title">{t.foundCards.title}</h2>
      <p>{t.foundCards.intro(cards.length)}</p>
      {error && <FormProblem error={error} />}
      <ul class="cards">
        {cards.map((card) => (
          <li key={card.kpj} class="card card--found">
            <CardIdentity card={card} />
            <span class="card__balance">
              <span class="card__label">{t.jhtBalance}</span>{' '}
              <Money value={card.jhtBalance} class="card__amount" />
            </span>
            {card.nameMatches ? (
              <button
                type="button"
                class="button button--primary button--block"
                aria-describedby={`found-${card.kpj}`}
                aria-busy={busy === card.kpj}
                disabled={busy !== null}
                onClick={() => add(card.kpj)}
              >
                {busy === card.kpj && <span class="spinner" aria-hidden="true" />}
                {busy === card.kpj ? t.foundCards.adding : t.foundCards.add}
              </button>
            ) : (
              <p class="card__warning">{t.foundCards.nameDiffers}</p>
            )}
            <span id={`found-${card.kpj}`} class="sr-only">
              {t.kpj} {card.kpj}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}

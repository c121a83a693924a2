import type { Card } from '@jmo/core/contracts/cards';
import { useT } from '../i18n.ts';
import { Kpj } from './Kpj.tsx';

/** What identifies a card at a glance: KPJ number, status, segment and employer. */
export function CardIdentity({ card }: { card: Card }) {
  const t = useT();
  return (
    <>
      <span class="card__top">
        <span class="card__kpj">
          <span class="card__label">{t.kpj}</span> <Kpj kpj={card.kpj} />
        </span>
        <span class={`badge badge--${card.status}`}>{t.status[card.status]}</span>
      </span>
      <span class="card__segment">{t.segments[card.segment]}</span>
      {card.employer && (
        <span class="card__employer">
          <span class="sr-only">{t.employer}: </span>
          {card.employer.name}
        </span>
      )}
    </>
  );
}

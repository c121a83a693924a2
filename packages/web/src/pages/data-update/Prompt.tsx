/** Beranda's prompt: one banner per card whose data update is still required, leading to its wizard. */
import type { Card } from '@jmo/core/contracts/cards';
import { useDataUpdateT } from './texts.ts';
import './prompt.css';

export function DataUpdatePrompts({ cards }: { cards: readonly Card[] }) {
  const d = useDataUpdateT();
  const due = cards.filter((c) => c.dataUpdate?.required);
  if (due.length === 0) return null;
  return (
    <section class="du-prompts" aria-label={d.promptTitle}>
      {due.map((card) => {
        const status = card.dataUpdate?.status;
        const text =
          status === 'returned'
            ? d.promptReturned(card.kpj)
            : status === 'in_review'
              ? d.promptInReview(card.kpj)
              : d.promptText(card.kpj);
        return (
          <div key={card.kpj} class="du-prompt" data-testid="data-update-prompt">
            <p class="du-prompt__title">{d.promptTitle}</p>
            <p>{text}</p>
            <a
              href={`/kartu/${encodeURIComponent(card.kpj)}/pengkinian`}
              class="button button--primary button--block"
            >
              {d.promptButton}
            </a>
          </div>
        );
      })}
    </section>
  );
}

/** The heirs page, from Beranda's profile links. */
export function BeneficiariesLink() {
  const d = useDataUpdateT();
  return (
    <a href="/ahli-waris" class="profile__link">
      {d.heirsLink}
    </a>
  );
}

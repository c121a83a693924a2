/**
 * Beranda's prompt: one banner for every card whose data update is still required, a line and a
 * button per card, so a member with several cards does not find the balance pushed off the screen.
 */
import type { Card } from '@jmo/core/contracts/cards';
import { Kpj } from '../../components/Kpj.tsx';
import { useDataUpdateT } from './texts.ts';
import './prompt.css';

export function DataUpdatePrompts({ cards }: { cards: readonly Card[] }) {
  const d = useDataUpdateT();
  const due = cards.filter((c) => c.dataUpdate?.required);
  if (due.length === 0) return null;
  return (
    <section class="du-prompt" aria-labelledby="du-prompt-title" data-testid="data-update-prompt">
      <p class="du-prompt__title" id="du-prompt-title">
        {d.promptTitle}
      </p>
      <ul class="du-prompt__cards">
        {due.map((card) => {
          const status = card.dataUpdate?.status;
          const text =
            status === 'returned'
              ? d.promptReturned(card.kpj)
              : status === 'in_review'
                ? d.promptInReview(card.kpj)
                : d.promptText(card.kpj);
          return (
            <li key={card.kpj}>
              <p>{text}</p>
              <a
                href={`/kartu/${encodeURIComponent(card.kpj)}/pengkinian`}
                class="button button--primary button--block"
              >
                {due.length === 1 ? (
                  d.promptButton
                ) : (
                  <span>
                    {d.promptButtonCard} <Kpj kpj={card.kpj} />
                  </span>
                )}
              </a>
            </li>
          );
        })}
      </ul>
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

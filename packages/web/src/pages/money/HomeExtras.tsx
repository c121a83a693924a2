/** What Beranda adds for money matters: each card's programs and JP balance, links to notices and Iuran BPU. */
import type { Card } from '@jmo/core/contracts/cards';
import { api } from '../../api.ts';
import { Money } from '../../components/Money.tsx';
import { useResource } from '../../resource.ts';
import { useMoneyT } from './texts.ts';
import './money.css';

/** The programs a card is enrolled in, as small labels (full names for screen readers). */
export function ProgramLabels({ programs }: { programs: Card['programs'] }) {
  const m = useMoneyT();
  if (!programs || programs.length === 0) return null;
  return (
    <span class="programs-wrap">
      <span class="sr-only">{m.programs}: </span>
      <ul class="programs">
        {programs.map((p) => (
          <li key={p}>
            {p}
            <span class="sr-only"> ({m.programNames[p]})</span>
          </li>
        ))}
      </ul>
    </span>
  );
}

/** JP next to JHT, only when the card holds any. */
export function JpBalance({ card }: { card: Card }) {
  const m = useMoneyT();
  if (!card.jpBalance || BigInt(card.jpBalance) === 0n) return null;
  return (
    <span class="card__jp">
      <span class="card__label">{m.jpBalance}</span> <Money value={card.jpBalance} class="card__amount" />
    </span>
  );
}

/** Links to Notifikasi (with the unread count, loaded quietly beside the cards) and Iuran BPU. */
export function HomeLinks() {
  const m = useMoneyT();
  const notices = useResource(api.notifications, []);
  const unread = notices.data?.unread ?? 0;
  return (
    <div class="home-links">
      <a href="/notifikasi" class="button button--secondary button--block" data-testid="notices-link">
        {m.noticesLink}
        {unread > 0 && (
          <span class="count">
            <span aria-hidden="true">{unread}</span>
            <span class="sr-only">, {m.unreadCount(unread)}</span>
          </span>
        )}
      </a>
      <a href="/iuran-bpu" class="button button--secondary button--block">
        {m.bpuLink}
      </a>
      <a href="/tracking-klaim" class="button button--secondary button--block">
        {m.claimTrackingLink}
      </a>
    </div>
  );
}

import type { Me } from '@jmo/core/contracts/auth';
import type { Card, CardsResponse } from '@jmo/core/contracts/cards';
import { useState } from 'preact/hooks';
import type { ApiResult } from '../api.ts';
import { api } from '../api.ts';
import { useRedirectIfSignedOut } from '../auth.ts';
import { CardIdentity } from '../components/CardIdentity.tsx';
import { Money } from '../components/Money.tsx';
import { ErrorState, Loading } from '../components/Status.tsx';
import { formatDate } from '../format.ts';
import { useT } from '../i18n.ts';
import { useResource } from '../resource.ts';
import { cardsCache, me, signedIn } from '../session.ts';
import { useTitle } from '../title.ts';
import { FoundCards } from './cards/FoundCards.tsx';
import { BeneficiariesLink, DataUpdatePrompts } from './data-update/Prompt.tsx';
import { JhtClaimLink } from './jht-claim/HomeLink.tsx';
import { HomeLinks, JpBalance, ProgramLabels } from './money/HomeExtras.tsx';
import { useSimulationT } from './simulation/texts.ts';

type HomeData = { me: Me; cards: CardsResponse };

async function loadHome(signal: AbortSignal): Promise<ApiResult<HomeData>> {
  const known = me.value;
  const [who, cards] = await Promise.all([
    known ? Promise.resolve<ApiResult<Me>>({ ok: true, data: known }) : api.me(signal),
    api.cards(signal),
  ]);
  if (!who.ok) return who;
  if (!cards.ok) return cards;
  me.value = who.data;
  cardsCache.value = cards.data;
  signedIn.value = true;
  return { ok: true, data: { me: who.data, cards: cards.data } };
}

function CardItem({ card, asOf }: { card: Card; asOf: string }) {
  const t = useT();
  return (
    <li>
      <a class="card" href={`/kartu/${card.kpj}`}>
        <CardIdentity card={card} />
        <span class="card__balance">
          <span class="card__label">
            {t.jhtBalance} <span class="card__asof">{t.asOf(formatDate(asOf, t))}</span>
          </span>{' '}
          <Money value={card.jhtBalance} class="card__amount" />
          <JpBalance card={card} />
        </span>
        <ProgramLabels programs={card.programs} />
        <span class="card__payment">
          {card.lastPaymentDate ? `${t.lastPayment}: ${formatDate(card.lastPaymentDate, t)}` : t.noPayment}
        </span>
        <span class="card__more" aria-hidden="true">
          {t.viewHistory} ›
        </span>
      </a>
    </li>
  );
}

export function HomePage() {
  const t = useT();
  const simulation = useSimulationT();
  useTitle(t.home);
  const home = useResource(loadHome, []);
  // Not needed to show the balances: loaded beside them, and left out quietly if it fails.
  const found = useResource(api.foundCards, []);
  const [justAdded, setJustAdded] = useState<string | null>(null);
  const redirecting = useRedirectIfSignedOut(home.error);

  if (home.error && !redirecting) {
    return (
      <div class="page">
        <h1>{t.home}</h1>
        <ErrorState error={home.error} onRetry={home.retry} />
      </div>
    );
  }
  if (!home.data) {
    return (
      <div class="page">
        <h1 class="sr-only">{t.home}</h1>
        <Loading lines={4} />
      </div>
    );
  }
  const { me: who, cards } = home.data;
  return (
    <div class="page" aria-busy={home.loading}>
      <div class="profile">
        <h1 class="greeting">{t.greeting(who.fullName)}</h1>
        <p class="muted profile__nik">
          {t.nik} {who.maskedNik}
        </p>
        <a href="/keamanan" class="profile__link">
          {t.security.title}
        </a>{' '}
        <BeneficiariesLink />
      </div>
      <DataUpdatePrompts cards={cards.cards} />
      {cards.cards.length > 0 && (
        <section class="total" aria-labelledby="total-title">
          <h2 id="total-title" class="total__title">
            {t.totalJht}
          </h2>
          <p class="total__amount">
            <Money value={cards.totalJhtBalance} />
          </p>
          <p class="total__asof">{t.asOf(formatDate(cards.asOf, t))}</p>
        </section>
      )}
      <HomeLinks />
      <JhtClaimLink />
      <p class="form__status" role="status">
        {justAdded && t.foundCards.added(justAdded)}
      </p>
      <FoundCards
        cards={found.data?.cards ?? []}
        onAdded={(kpj) => {
          setJustAdded(kpj);
          home.retry();
          found.retry();
        }}
      />
      <section aria-labelledby="cards-title">
        <h2 id="cards-title">{t.yourCards}</h2>
        {cards.cards.length === 0 ? (
          <div class="empty">
            <p class="empty__title">{t.noCards}</p>
            <p>{t.noCardsHelp}</p>
          </div>
        ) : (
          <ul class="cards">
            {cards.cards.map((card) => (
              <CardItem key={card.kpj} card={card} asOf={cards.asOf} />
            ))}
          </ul>
        )}
        <a href="/tambah-kartu" class="button button--secondary button--block add-card">
          + {t.addCard.title}
        </a>
      </section>
      <a href="/simulasi/iuran" class="button button--secondary button--block add-card">
        {simulation.homeLink}
      </a>
    </div>
  );
}

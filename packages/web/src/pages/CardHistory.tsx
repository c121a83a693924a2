import type { Card, CardsResponse, StatementMonth, StatementResponse } from '@jmo/core/contracts/cards';
import { useLocation } from 'preact-iso';
import type { ApiResult } from '../api.ts';
import { api } from '../api.ts';
import { useRedirectIfSignedOut } from '../auth.ts';
import { CardIdentity } from '../components/CardIdentity.tsx';
import { Money } from '../components/Money.tsx';
import { ErrorState, Loading } from '../components/Status.tsx';
import { formatDate, formatPeriod } from '../format.ts';
import type { Messages } from '../i18n.ts';
import { useT } from '../i18n.ts';
import { useResource } from '../resource.ts';
import { cardsCache, signedIn } from '../session.ts';
import { useTitle } from '../title.ts';
import { useDigitalCardT } from './cards/digital-card.texts.ts';
import { MergeCard } from './money/MergeCard.tsx';
import { BalanceChart, MonthExplanation, ReturnRate, WageDown } from './money/StatementExtras.tsx';
import { useMoneyT } from './money/texts.ts';

const KPJ = /^\d{11}$/;

async function loadCard(kpj: string, signal: AbortSignal): Promise<ApiResult<Card>> {
  let cards: CardsResponse | null = cardsCache.value;
  if (!cards) {
    const result = await api.cards(signal);
    if (!result.ok) return result;
    cards = result.data;
    cardsCache.value = cards;
    signedIn.value = true;
  }
  const card = cards.cards.find((c) => c.kpj === kpj);
  return card
    ? { ok: true, data: card }
    : { ok: false, error: { kind: 'problem', status: 404, code: 'card_not_found' } };
}

function parseYear(value: string | undefined): number | undefined {
  if (!value || !/^\d{4}$/.test(value)) return undefined;
  return Number(value);
}

type Row = Pick<StatementMonth, 'opening' | 'contributions' | 'developmentReturn' | 'closing'> &
  Partial<Pick<StatementMonth, 'reportedWage' | 'lastPaymentDate' | 'other'>>;

function Amounts({ t, row, details = false }: { t: Messages; row: Row; details?: boolean }) {
  const m = useMoneyT();
  const dash = (
    <>
      <span aria-hidden="true">—</span>
      <span class="sr-only">{t.none}</span>
    </>
  );
  return (
    <dl class="amounts">
      <div>
        <dt>{t.opening}</dt>
        <dd>
          <Money value={row.opening} />
        </dd>
      </div>
      <div>
        <dt>{t.contributions}</dt>
        <dd>
          <Money value={row.contributions} />
        </dd>
      </div>
      <div>
        <dt>{t.developmentReturn}</dt>
        <dd>
          <Money value={row.developmentReturn} />
        </dd>
      </div>
      {row.other !== undefined && BigInt(row.other) !== 0n && (
        <div>
          <dt>{m.other}</dt>
          <dd>
            <Money value={row.other} />
          </dd>
        </div>
      )}
      <div class="amounts__total">
        <dt>{t.closing}</dt>
        <dd>
          <Money value={row.closing} />
        </dd>
      </div>
      {details && (
        <>
          <div class="amounts__extra">
            <dt>{t.reportedWage}</dt>
            <dd>{row.reportedWage ? <Money value={row.reportedWage} /> : dash}</dd>
          </div>
          <div class="amounts__extra">
            <dt>{t.lastPaymentDate}</dt>
            <dd>{row.lastPaymentDate ? formatDate(row.lastPaymentDate, t) : dash}</dd>
          </div>
        </>
      )}
    </dl>
  );
}

function CardHeader({ card, t }: { card: Card; t: Messages }) {
  const d = useDigitalCardT();
  return (
    <>
      <section class="card card--static" aria-label={t.kpj}>
        <CardIdentity card={card} />
      </section>
      <a class="button button--secondary button--block" href={`/kartu/${card.kpj}/digital`}>
        {d.open}
        <span class="sr-only">: {d.openHint}</span>
      </a>
    </>
  );
}

function Statement({ statement, t }: { statement: StatementResponse; t: Messages }) {
  const { year } = statement;
  return (
    <>
      <section class="summary" aria-labelledby="summary-title">
        <h2 id="summary-title">{t.summaryTitle(year)}</h2>
        <p class="muted">{t.asOf(formatDate(statement.asOf, t))}</p>
        <Amounts
          t={t}
          row={{
            opening: statement.opening,
            contributions: statement.contributions,
            developmentReturn: statement.developmentReturn,
            closing: statement.closing,
          }}
        />
        <ReturnRate statement={statement} />
      </section>
      <BalanceChart statement={statement} t={t} />
      <section aria-labelledby="months-title">
        <h2 id="months-title">{t.monthsTitle}</h2>
        {statement.months.length === 0 ? (
          <p>{t.noMonths}</p>
        ) : (
          <ol class="months">
            {statement.months.map((month) => (
              <li key={month.period} class={month.wageChange === 'down' ? 'month month--wage-down' : 'month'}>
                <h3 id={`m-${month.period}`}>{formatPeriod(month.period, t)}</h3>
                {month.wageChange === 'down' && <WageDown />}
                <Amounts t={t} row={month} details />
                <MonthExplanation month={month} />
              </li>
            ))}
          </ol>
        )}
      </section>
    </>
  );
}

function YearPicker({
  years,
  value,
  onChange,
  t,
}: {
  years: number[];
  value: number;
  onChange: (year: number) => void;
  t: Messages;
}) {
  const options = years.includes(value) ? years : [value, ...years];
  return (
    <div class="field field--inline">
      <label for="year">{t.year}</label>
      <select id="year" value={String(value)} onChange={(e) => onChange(Number(e.currentTarget.value))}>
        {options.map((y) => (
          <option key={y} value={String(y)}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}

export function CardHistoryPage({ kpj = '' }: { kpj?: string }) {
  const t = useT();
  useTitle(t.historyTitle);
  const { query, route } = useLocation();
  const valid = KPJ.test(kpj);
  const year = parseYear(query.tahun);

  const card = useResource(
    (signal) =>
      valid
        ? loadCard(kpj, signal)
        : Promise.resolve<ApiResult<Card>>({
            ok: false,
            error: { kind: 'problem', status: 404, code: 'card_not_found' },
          }),
    [kpj],
  );
  const statement = useResource(
    (signal) =>
      valid
        ? api.statement(kpj, year, signal)
        : Promise.resolve<ApiResult<StatementResponse>>({
            ok: false,
            error: { kind: 'problem', status: 404, code: 'card_not_found' },
          }),
    [kpj, year],
  );
  const redirecting = useRedirectIfSignedOut(card.error ?? statement.error);

  const cardData = card.data?.kpj === kpj ? card.data : undefined;
  const statementData = statement.data?.kpj === kpj ? statement.data : undefined;
  const cardMissing = card.error?.kind === 'problem' && card.error.code === 'card_not_found';
  // While another year loads, keep the picker (and its focus) but do not show last year's numbers.
  const showStatement =
    statementData !== undefined && (!statement.loading || year === undefined || statementData.year === year);

  return (
    <div class="page">
      <a href="/" class="back">
        <span aria-hidden="true">‹ </span>
        {t.backHome}
      </a>
      <h1>{t.historyTitle}</h1>
      {redirecting ? (
        <Loading />
      ) : card.error ? (
        <ErrorState error={card.error} onRetry={cardMissing ? undefined : card.retry} />
      ) : cardData ? (
        <CardHeader card={cardData} t={t} />
      ) : (
        <Loading lines={1} />
      )}
      {!redirecting && !cardMissing && (
        <div class="statement" aria-busy={statement.loading}>
          {statementData && (
            <YearPicker
              years={statementData.years}
              value={year ?? statementData.year}
              onChange={(y) => route(`/kartu/${kpj}?tahun=${y}`, true)}
              t={t}
            />
          )}
          {statement.error ? (
            <ErrorState error={statement.error} onRetry={statement.retry} />
          ) : showStatement ? (
            <Statement statement={statementData} t={t} />
          ) : (
            <Loading lines={4} />
          )}
        </div>
      )}
      {!redirecting && cardData && cardsCache.value && (
        <MergeCard
          key={cardData.kpj}
          card={cardData}
          cards={cardsCache.value.cards}
          onMerged={() => {
            // The balances changed on both cards: ask again (the result stays on screen meanwhile).
            void api.cards().then((fresh) => {
              if (fresh.ok) cardsCache.value = fresh.data;
              card.retry();
            });
            statement.retry();
          }}
        />
      )}
    </div>
  );
}

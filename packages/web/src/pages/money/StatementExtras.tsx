/**
 * What makes a card's yearly statement explain itself: a small chart of the month closings (inline
 * SVG, with a table for screen readers), each month's arithmetic in words, the wage-drop warning and
 * the year's development-return rate with its source.
 */
import type { StatementMonth, StatementResponse } from '@jmo/core/contracts/cards';
import { formatRate } from '@jmo/core/contributions/explain';
import { formatMoney, formatPeriod } from '../../format.ts';
import { lang, type Messages } from '../../i18n.ts';
import { useMoneyT } from './texts.ts';
import './money.css';

const W = 320;
const H = 120;
const PAD_X = 12;
const PAD_TOP = 10;
const PAD_BOTTOM = 22;

/** Chart geometry only: rupiah become screen coordinates (no money maths happens here). */
function scale(values: readonly bigint[]): (v: bigint) => number {
  let min = values[0] ?? 0n;
  let max = values[0] ?? 0n;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const span = max - min;
  const height = H - PAD_TOP - PAD_BOTTOM;
  if (span === 0n) return () => PAD_TOP + height / 2;
  return (v) => PAD_TOP + height - (Number(((v - min) * 10_000n) / span) / 10_000) * height;
}

export function BalanceChart({ statement, t }: { statement: StatementResponse; t: Messages }) {
  const m = useMoneyT();
  const months = statement.months;
  if (months.length === 0) return null;
  const closings = months.map((x) => BigInt(x.closing));
  const y = scale([BigInt(months[0]!.opening), ...closings]);
  const step = months.length > 1 ? (W - 2 * PAD_X) / (months.length - 1) : 0;
  const x = (i: number) => (months.length > 1 ? PAD_X + i * step : W / 2);
  const points = closings.map((c, i) => `${x(i).toFixed(1)},${y(c).toFixed(1)}`).join(' ');
  const first = months[0]!;
  const last = months[months.length - 1]!;
  return (
    <figure class="chart" aria-labelledby="chart-title">
      <figcaption>
        <h2 id="chart-title" class="chart__title">
          {m.chartTitle(statement.year)}
        </h2>
        <p class="muted chart__summary">
          {m.chartSummary(formatMoney(first.opening), formatMoney(last.closing))}
        </p>
      </figcaption>
      <svg
        class="chart__svg"
        viewBox={`0 0 ${W} ${H}`}
        width="100%"
        aria-hidden="true"
        focusable="false"
        data-testid="balance-chart"
      >
        <line class="chart__axis" x1={PAD_X} x2={W - PAD_X} y1={H - PAD_BOTTOM} y2={H - PAD_BOTTOM} />
        <polyline class="chart__line" points={points} />
        {closings.map((c, i) => (
          <circle
            key={months[i]!.period}
            class={months[i]!.wageChange === 'down' ? 'chart__dot chart__dot--down' : 'chart__dot'}
            cx={x(i)}
            cy={y(c)}
            r={months[i]!.wageChange === 'down' ? 4.5 : 3}
          />
        ))}
        {months.map((month, i) => (
          <text key={month.period} class="chart__label" x={x(i)} y={H - 6} text-anchor="middle">
            {t.monthsShort[Number(month.period.slice(5)) - 1]?.slice(0, 1)}
          </text>
        ))}
      </svg>
      <table class="sr-only">
        <caption>{m.chartTable}</caption>
        <thead>
          <tr>
            <th scope="col">{m.month}</th>
            <th scope="col">{m.closing}</th>
          </tr>
        </thead>
        <tbody>
          {months.map((month) => (
            <tr key={month.period}>
              <th scope="row">{formatPeriod(month.period, t)}</th>
              <td>{formatMoney(month.closing)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

/** The year's development-return rate, its legal source, and a badge when it is our example figure. */
export function ReturnRate({ statement }: { statement: StatementResponse }) {
  const m = useMoneyT();
  const rate = statement.developmentReturnRate;
  return (
    <div class="rate">
      <p class="rate__value">
        <span>{m.rateTitle(statement.year)}: </span>
        <strong>{m.rateValue(formatRate(BigInt(rate.rateBp), lang.value))}</strong>
        {rate.illustrative && (
          <>
            {' '}
            <span class="badge badge--illustrative">{m.illustrative}</span>
          </>
        )}
      </p>
      {rate.illustrative && <p class="rate__note">{m.illustrativeHelp}</p>}
      <p class="rate__source">
        {m.rateSource}: {rate.source}
      </p>
    </div>
  );
}

/** A drop in the reported wage: said plainly, with what the member can do about it. */
export function WageDown() {
  const m = useMoneyT();
  return (
    <div class="wage-down" role="note">
      <p class="wage-down__title">
        <span aria-hidden="true">▼ </span>
        {m.wageDown}
      </p>
      <p>{m.wageDownHelp}</p>
    </div>
  );
}

/** The month's arithmetic in words, in the member's language; collapsed until asked for. */
export function MonthExplanation({ month }: { month: StatementMonth }) {
  const m = useMoneyT();
  const lines = month.explanation[lang.value];
  if (!lines || lines.length === 0) return null;
  return (
    <details class="explain">
      <summary>{m.details}</summary>
      <div class="explain__lines">
        {lines.map((line, i) => (
          <p key={i}>{line}</p>
        ))}
      </div>
    </details>
  );
}

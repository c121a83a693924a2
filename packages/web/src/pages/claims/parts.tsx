/** What the claim screens share: times in Asia/Jakarta, the SLA, the amounts, the state badge, problems. */
import type { ClaimAmounts, ClaimDetail } from '@jmo/core/contracts/claims';
import type { ErrorCode } from '@jmo/core/contracts/errors';
import { errorMessages } from '@jmo/core/contracts/errors';
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../../api.ts';
import { errorText } from '../../api.ts';
import { Money } from '../../components/Money.tsx';
import { formatDate, formatMoney } from '../../format.ts';
import { lang, type Messages, useT } from '../../i18n.ts';
import { type ClaimsTexts, useClaimsT } from './texts.ts';
import './claims.css';

const ZONE = 'Asia/Jakarta';

/** An instant as the agency's clock reads it: '23 Nov 2026 10.15 WIB'. */
export function jakartaDateTime(iso: string, t: Messages): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const month = t.monthsShort[Number(get('month')) - 1] ?? get('month');
  return `${Number(get('day'))} ${month} ${get('year')} ${get('hour')}${t.timeSeparator}${get('minute')} WIB`;
}

/** When a claim is due: '25 Nov 2026' (end of a working day) or '23 Nov 2026 11.15 WIB' (hours). */
export function dueWhen(due: ClaimDetail['due'], t: Messages, c: ClaimsTexts): string | null {
  if (!due) return null;
  const when = due.at ? jakartaDateTime(due.at, t) : due.date ? formatDate(due.date, t) : null;
  if (!when) return null;
  return `${when}${due.illustrative ? ` ${c.dueIllustrative}` : ''}`;
}

/** "Paling lambat 25 Nov 2026", for a sentence without its own label. */
export function dueText(due: ClaimDetail['due'], t: Messages, c: ClaimsTexts): string | null {
  const when = dueWhen(due, t, c);
  return when ? `${c.dueBy} ${when}` : null;
}

/** The words for a claim problem: core's catalogue, else this page's, then the server's detail. */
export function claimProblemText(error: ApiError, c: ClaimsTexts): string {
  if (error.kind === 'network') return errorText(error);
  const known = Object.hasOwn(errorMessages, error.code)
    ? errorMessages[error.code as ErrorCode][lang.value]
    : c.problems[error.code];
  const parts = [known ?? errorText(error)];
  if (error.detail && error.detail !== known) parts.push(error.detail);
  return parts.join(' ');
}

export function ClaimProblem({ error, children }: { error: ApiError; children?: ComponentChildren }) {
  const c = useClaimsT();
  return (
    <div class="form__error" role="alert">
      <p>{claimProblemText(error, c)}</p>
      {children}
    </div>
  );
}

export function StateBadge({ claim }: { claim: Pick<ClaimDetail, 'state' | 'stateName'> }) {
  return <span class={`badge claim-state claim-state--${claim.state}`}>{claim.stateName}</span>;
}

/** Saldo, tax with a line per bracket, and what reaches the account. */
export function AmountsTable({ amounts }: { amounts: ClaimAmounts }) {
  const c = useClaimsT();
  const locale = lang.value;
  return (
    <dl class="claim-amounts">
      <div>
        <dt>{c.balance}</dt>
        <dd>
          <Money value={amounts.balance} />
        </dd>
      </div>
      {amounts.gross !== amounts.balance && (
        <div>
          <dt>{c.gross}</dt>
          <dd>
            <Money value={amounts.gross} />
          </dd>
        </div>
      )}
      <div>
        <dt>
          {c.tax} <span class="muted">· {c.regimes[amounts.regime]}</span>
        </dt>
        <dd>
          − <Money value={amounts.tax} />
        </dd>
      </div>
      {amounts.lines.length > 0 && (
        <div class="claim-amounts__lines">
          <dt class="sr-only">{c.taxLines}</dt>
          <dd>
            <ul>
              {amounts.lines.map((line) => (
                <li key={line.label_id}>
                  <span>{locale === 'en' ? line.label_en : line.label_id}</span>{' '}
                  <span class="money">{formatMoney(line.amount)}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
      )}
      <div class="claim-amounts__net">
        <dt>{c.net}</dt>
        <dd>
          <Money value={amounts.net} />
        </dd>
      </div>
    </dl>
  );
}

/** The state, who holds the claim and until when: what the member always sees. */
export function StateFacts({ claim }: { claim: ClaimDetail }) {
  const t = useT();
  const c = useClaimsT();
  const due = dueWhen(claim.due, t, c);
  return (
    <dl class="claim-facts">
      <div>
        <dt>{c.status}</dt>
        <dd>
          <StateBadge claim={claim} />
        </dd>
      </div>
      {claim.owner !== 'none' && (
        <div>
          <dt>{c.heldBy}</dt>
          <dd data-testid="claim-owner">{claim.ownerName}</dd>
        </div>
      )}
      {due && (
        <div>
          <dt>{c.dueBy}</dt>
          <dd>{due}</dd>
        </div>
      )}
      {claim.reasonText && (
        <div class="claim-facts__full">
          <dt>{c.whyHere}</dt>
          <dd>{claim.reasonText}</dd>
        </div>
      )}
    </dl>
  );
}

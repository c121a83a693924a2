/**
 * Iuran BPU: an informal worker's own membership. With a BPU card: whether the cover is in force
 * (in words), until when, the month to pay and its due date, what a month costs per program with
 * the rules' sources, the open bill's virtual account or the button that issues it, the months paid,
 * and a plan change from the next month to pay. Without one: joining, with the monthly amount shown
 * (computed by core, the same function the server uses) before confirming.
 */
import type { BpuMembership, BpuResponse } from '@jmo/core/contracts/bpu';
import type { Invoice } from '@jmo/core/contracts/employer';
import { computeBpuContributions } from '@jmo/core/contributions/bpu';
import type { Rupiah } from '@jmo/core/money/rupiah';
import type { Program } from '@jmo/core/rules/programs';
import type { Period } from '@jmo/core/time/period';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { api, fieldProblemsFor } from '../../api.ts';
import { useRedirectIfSignedOut } from '../../auth.ts';
import { Field } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { Kpj } from '../../components/Kpj.tsx';
import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDay, formatMoney, formatPeriod } from '../../format.ts';
import { type Messages, useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { type MoneyTexts, useMoneyT } from './texts.ts';
import './money.css';

/** Whether this server has the sandbox bank (never in production): its page answers only there. */
async function sandboxBank(): Promise<boolean> {
  try {
    const res = await fetch('/sandbox/payments', {
      method: 'HEAD',
      credentials: 'same-origin',
      cache: 'no-store',
    });
    return res.ok;
  } catch {
    return false;
  }
}

function useSandboxBank(enabled: boolean): boolean {
  const probe = useResource(
    async () => ({ ok: true as const, data: enabled ? await sandboxBank() : false }),
    [enabled],
  );
  return probe.data === true;
}

/** The monthly amount of a plan, as the server will compute it; null when the plan is not allowed. */
function previewTotal(period: string, income: string, programs: readonly Program[]): string | null {
  if (!/^\d+$/.test(income)) return null;
  const result = computeBpuContributions({
    period: period as Period,
    declaredIncome: BigInt(income) as Rupiah,
    programs,
  });
  return result.ok ? result.value.total.toString() : null;
}

function CoverBox({ membership, m, t }: { membership: BpuMembership; m: MoneyTexts; t: Messages }) {
  const c = membership.coverage;
  const explain =
    c.status === 'in_arrears'
      ? m.coverExplain.in_arrears(c.monthsInArrears, c.lapseAfterUnpaidMonths)
      : m.coverExplain[c.status];
  return (
    <section
      class={`cover cover--${c.status}`}
      aria-labelledby={`cover-${membership.kpj}`}
      data-status={c.status}
    >
      <h2 id={`cover-${membership.kpj}`} class="sr-only">
        {m.cover}
      </h2>
      <p class="cover__status">
        {m.cover}: {m.coverStatus[c.status]}
      </p>
      <p>{explain}</p>
      <dl class="amounts">
        <div>
          <dt>{m.coveredUntil}</dt>
          <dd data-testid="covered-until">
            {c.coveredUntil ? formatDate(c.coveredUntil, t) : m.notCoveredYet}
          </dd>
        </div>
        <div>
          <dt>{m.nextPeriod}</dt>
          <dd>{formatPeriod(c.nextPeriod, t)}</dd>
        </div>
        <div>
          <dt>{m.dueOn}</dt>
          <dd>{formatDate(c.nextDueDate, t)}</dd>
        </div>
      </dl>
    </section>
  );
}

function Monthly({ membership, m }: { membership: BpuMembership; m: MoneyTexts }) {
  return (
    <section class="panel-box" aria-labelledby={`monthly-${membership.kpj}`}>
      <h2 id={`monthly-${membership.kpj}`}>{m.monthly}</h2>
      <p class="muted">
        {m.declaredIncome}: <Money value={membership.declaredIncome} />
      </p>
      <ul class="items">
        {membership.monthly.items.map((item) => (
          <li key={item.program}>
            <span class="items__row">
              <span>
                {item.program} — {m.programNames[item.program]}
              </span>
              <Money value={item.amount} />
            </span>
            <span class="items__source">
              {m.source}: {item.source}
              {item.illustrative && (
                <>
                  {' '}
                  <span class="badge badge--illustrative">{m.illustrative}</span>
                </>
              )}
            </span>
          </li>
        ))}
        <li class="items__total">
          <span class="items__row">
            <span>{m.monthlyTotal}</span>
            <Money value={membership.monthly.total} />
          </span>
        </li>
      </ul>
    </section>
  );
}

function VirtualAccount({ invoice, m, t }: { invoice: Invoice; m: MoneyTexts; t: Messages }) {
  const [copy, setCopy] = useState<'copied' | 'failed' | null>(null);
  async function copyNumber() {
    try {
      await navigator.clipboard.writeText(invoice.virtualAccount.number);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  }
  return (
    <div class="va" data-testid="virtual-account">
      <p>{m.vaIntro(formatPeriod(invoice.period, t))}</p>
      <dl class="amounts">
        <div>
          <dt>{m.vaBank}</dt>
          <dd>{invoice.virtualAccount.bankName}</dd>
        </div>
        <div>
          <dt>{m.vaAmount}</dt>
          <dd>
            <Money value={invoice.total} />
          </dd>
        </div>
        <div>
          <dt>{m.dueOn}</dt>
          <dd>{formatDate(invoice.dueOn, t)}</dd>
        </div>
      </dl>
      <p class="va__label">{m.vaNumber}</p>
      <p class="va__number" data-testid="va-number">
        {invoice.virtualAccount.number}
      </p>
      <button type="button" class="button button--secondary button--block" onClick={copyNumber}>
        {m.copy}
      </button>
      <p class="form__status" role="status">
        {copy === 'copied' ? m.copied : copy === 'failed' ? m.copyFailed : ''}
      </p>
    </div>
  );
}

function Payment({ membership, onChanged }: { membership: BpuMembership; onChanged: () => void }) {
  const t = useT();
  const m = useMoneyT();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const sandbox = useSandboxBank(membership.openInvoice !== null);
  async function issue() {
    setBusy(true);
    setError(null);
    const result = await api.issueBpuInvoice(membership.kpj);
    setBusy(false);
    if (!result.ok) setError(result.error);
    else onChanged();
  }
  const aheadLimit = membership.coverage.nextPeriod > membership.coverage.payAheadUntil;
  return (
    <section class="panel-box" aria-labelledby={`pay-${membership.kpj}`}>
      <h2 id={`pay-${membership.kpj}`}>{m.payTitle}</h2>
      {membership.openInvoice ? (
        <>
          <VirtualAccount invoice={membership.openInvoice} m={m} t={t} />
          {sandbox && (
            <p>
              {/* A server page, not one of the app's: target _top makes the router let the browser load it. */}
              <a href="/sandbox/payments" target="_top">
                {m.sandboxLink}
              </a>
            </p>
          )}
        </>
      ) : aheadLimit ? (
        <p>{m.payAheadLimit}</p>
      ) : (
        <>
          {error && <FormProblem error={error} />}
          <button
            type="button"
            class="button button--primary button--block"
            onClick={issue}
            disabled={busy}
            aria-busy={busy}
          >
            {busy ? m.paying : `${m.payButton} ${formatPeriod(membership.coverage.nextPeriod, t)}`}
          </button>
        </>
      )}
    </section>
  );
}

function PaidMonths({ membership, m, t }: { membership: BpuMembership; m: MoneyTexts; t: Messages }) {
  return (
    <section class="panel-box" aria-labelledby={`paid-${membership.kpj}`}>
      <h2 id={`paid-${membership.kpj}`}>{m.paidTitle}</h2>
      {membership.paidInvoices.length === 0 ? (
        <p>{m.noPaid}</p>
      ) : (
        <ul class="items" data-testid="paid-months">
          {membership.paidInvoices.map((inv) => (
            <li key={inv.number}>
              <span class="items__row">
                <span>{formatPeriod(inv.period, t)}</span>
                <Money value={inv.total} />
              </span>
              <span class="items__source">
                {inv.paidAt
                  ? m.paidOn(formatDay(inv.paidAt, t))
                  : inv.paidOn
                    ? m.paidOn(formatDate(inv.paidOn, t))
                    : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** Bracket and programs, with the monthly amount they cost; used to join and to change a plan. */
function PlanForm({
  idPrefix,
  brackets,
  period,
  initialIncome,
  initialJht,
  submitLabel,
  busyLabel,
  onSubmit,
  onCancel,
}: {
  idPrefix: string;
  brackets: BpuResponse['brackets'];
  period: string;
  initialIncome: string;
  initialJht: boolean;
  submitLabel: string;
  busyLabel: string;
  onSubmit: (plan: { declaredIncome: string; programs: Program[] }) => Promise<ApiError | null>;
  onCancel?: () => void;
}) {
  const m = useMoneyT();
  const [income, setIncome] = useState(initialIncome);
  const [jht, setJht] = useState(initialJht);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const programs: Program[] = jht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'];
  const total = previewTotal(period, income, programs);
  const fields =
    error?.kind === 'problem' ? fieldProblemsFor(error.errors, ['declaredIncome', 'programs'] as const) : [];
  const incomeProblem = fields.find((f) => f.field === 'declaredIncome')?.message;

  return (
    <form
      class="form plan"
      onSubmit={async (e) => {
        e.preventDefault();
        setBusy(true);
        setError(null);
        const failed = await onSubmit({ declaredIncome: income, programs });
        setBusy(false);
        setError(failed);
      }}
    >
      <Field id={`${idPrefix}-income`} label={m.income} hint={m.incomeHint} error={incomeProblem}>
        {(a11y) => (
          <select {...a11y} value={income} onChange={(e) => setIncome(e.currentTarget.value)}>
            {brackets.map((b) => (
              <option key={b.income} value={b.income}>
                {formatMoney(b.income)}
                {b.illustrative ? ` ${m.bracketIllustrative}` : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <fieldset>
        <legend>{m.programsLegend}</legend>
        {(['JKK', 'JKM'] as const).map((p) => (
          <label key={p} class="option">
            <input type="checkbox" checked disabled />
            <span>
              {p} — {m.programNames[p]} ({m.fixedProgram})
            </span>
          </label>
        ))}
        <label class="option">
          <input type="checkbox" checked={jht} onChange={(e) => setJht(e.currentTarget.checked)} />
          <span>
            JHT — {m.programNames.JHT} ({m.optionalProgram})
          </span>
        </label>
      </fieldset>
      <p class="plan__preview" aria-live="polite" data-testid="plan-preview">
        {m.preview}: <strong>{total === null ? '—' : formatMoney(total)}</strong>
      </p>
      {error && <FormProblem error={error} />}
      <button type="submit" class="button button--primary button--block" disabled={busy} aria-busy={busy}>
        {busy ? busyLabel : submitLabel}
      </button>
      {onCancel && (
        <button type="button" class="button button--secondary button--block" onClick={onCancel}>
          {m.cancel}
        </button>
      )}
    </form>
  );
}

function ChangePlan({
  membership,
  brackets,
  onChanged,
}: {
  membership: BpuMembership;
  brackets: BpuResponse['brackets'];
  onChanged: () => void;
}) {
  const t = useT();
  const m = useMoneyT();
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const from = formatPeriod(membership.coverage.nextPeriod, t);
  return (
    <section class="panel-box" aria-labelledby={`plan-${membership.kpj}`}>
      <h2 id={`plan-${membership.kpj}`}>{m.changePlan}</h2>
      <p class="form__status" role="status">
        {saved && m.planSaved}
      </p>
      {membership.openInvoice ? (
        <p>{m.planLocked}</p>
      ) : open ? (
        <>
          <p>{m.changePlanIntro(from)}</p>
          <PlanForm
            idPrefix={`plan-${membership.kpj}`}
            brackets={brackets}
            period={membership.coverage.nextPeriod}
            initialIncome={membership.declaredIncome}
            initialJht={membership.programs.includes('JHT')}
            submitLabel={m.savePlan}
            busyLabel={m.savingPlan}
            onCancel={() => setOpen(false)}
            onSubmit={async (plan) => {
              const result = await api.changeBpuPlan(membership.kpj, plan);
              if (!result.ok) return result.error;
              setOpen(false);
              setSaved(true);
              onChanged();
              return null;
            }}
          />
        </>
      ) : (
        <>
          <p class="muted">{m.changePlanIntro(from)}</p>
          <button
            type="button"
            class="button button--secondary button--block"
            onClick={() => {
              setSaved(false);
              setOpen(true);
            }}
          >
            {m.changePlan}
          </button>
        </>
      )}
    </section>
  );
}

function Join({ data, onJoined }: { data: BpuResponse; onJoined: (kpj: string) => void }) {
  const m = useMoneyT();
  const minimum = data.brackets[0]?.income ?? '';
  return (
    <section class="panel-box" aria-labelledby="join-title">
      <h2 id="join-title">{m.joinTitle}</h2>
      <p>{m.joinIntro}</p>
      <PlanForm
        idPrefix="join"
        brackets={data.brackets}
        period={data.asOf.slice(0, 7)}
        initialIncome={minimum}
        initialJht={false}
        submitLabel={m.joinConfirm}
        busyLabel={m.joining}
        onSubmit={async (plan) => {
          const result = await api.joinBpu(plan);
          if (!result.ok) return result.error;
          onJoined(result.data.kpj);
          return null;
        }}
      />
    </section>
  );
}

export function BpuPage() {
  const t = useT();
  const m = useMoneyT();
  useTitle(m.bpuTitle);
  const bpu = useResource(async (signal) => {
    const result = await api.bpu(signal);
    if (result.ok) signedIn.value = true;
    return result;
  }, []);
  const redirecting = useRedirectIfSignedOut(bpu.error);
  const [joined, setJoined] = useState<string | null>(null);

  return (
    <div class="page">
      <a href="/" class="back">
        <span aria-hidden="true">‹ </span>
        {t.backHome}
      </a>
      <h1>{m.bpuTitle}</h1>
      <p class="form__status" role="status">
        {joined && m.joined(joined)}
      </p>
      {redirecting ? (
        <Loading />
      ) : bpu.error && !bpu.data ? (
        <ErrorState error={bpu.error} onRetry={bpu.retry} />
      ) : !bpu.data ? (
        <Loading lines={4} />
      ) : bpu.data.memberships.length === 0 ? (
        <Join
          data={bpu.data}
          onJoined={(kpj) => {
            setJoined(kpj);
            bpu.retry();
          }}
        />
      ) : (
        bpu.data.memberships.map((membership) => (
          <div key={membership.kpj} class="bpu" aria-busy={bpu.loading}>
            <p class="muted">
              {m.bpuCard}: <Kpj kpj={membership.kpj} />
            </p>
            <CoverBox membership={membership} m={m} t={t} />
            <Payment membership={membership} onChanged={bpu.retry} />
            <Monthly membership={membership} m={m} />
            <PaidMonths membership={membership} m={m} t={t} />
            <ChangePlan membership={membership} brackets={bpu.data!.brackets} onChanged={bpu.retry} />
          </div>
        ))
      )}
    </div>
  );
}

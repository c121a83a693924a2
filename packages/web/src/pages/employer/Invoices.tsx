import { signal } from '@preact/signals';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { isProblem } from '../../api.ts';
import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatPeriod } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { Invoice } from './api.ts';
import { employerApi, invoicePath, REGISTER_WORKER, wagesPath } from './api.ts';
import { missingWageKpj, periodChoices } from './model.ts';
import { Problem, SubmitButton } from './parts.tsx';
import { EmployerShell } from './Shell.tsx';
import { useEmployerT } from './texts.ts';

/** The invoice just issued here, so its page can say so once. */
export const justIssued = signal<string | null>(null);

/** Status, and for an unpaid invoice past its due date how late it is and the fine so far. */
export function InvoiceStatus({ invoice }: { invoice: Invoice }) {
  const e = useEmployerT();
  return (
    <span class="employer-status">
      <span class={`badge ${invoice.status === 'paid' ? 'badge--active' : 'badge--unpaid'}`}>
        {e.invoiceStatus[invoice.status]}
      </span>
      {invoice.overdue && (
        <span class="badge badge--overdue">{e.invoices.overdue(Math.max(1, invoice.monthsLate))}</span>
      )}
    </span>
  );
}

function InvoiceItem({ invoice: i }: { invoice: Invoice }) {
  const t = useT();
  const e = useEmployerT();
  const period = formatPeriod(i.period, t);
  return (
    <li class={i.overdue ? 'employer-item employer-item--overdue' : 'employer-item'}>
      <h3 class="employer-item__title">
        {e.invoices.invoiceFor(period)} <InvoiceStatus invoice={i} />
      </h3>
      <dl class="employer-facts employer-facts--small">
        <div>
          <dt>{e.invoices.total}</dt>
          <dd>
            <Money value={i.total} class="employer-amount" />
          </dd>
        </div>
        <div>
          <dt>{e.invoices.number}</dt>
          <dd class="employer-number">{i.number}</dd>
        </div>
        {i.status === 'paid' && i.paidOn ? (
          <div>
            <dt>{e.invoices.paidOn}</dt>
            <dd>{formatDate(i.paidOn, t)}</dd>
          </div>
        ) : (
          <div>
            <dt>{e.invoices.dueOn}</dt>
            <dd class={i.overdue ? 'employer-late' : undefined}>{formatDate(i.dueOn, t)}</dd>
          </div>
        )}
        <div>
          <dt>{e.invoices.workers}</dt>
          <dd>{i.workers}</dd>
        </div>
        {i.overdue && (
          <div class="employer-facts__full">
            <dt>{e.invoices.accrued}</dt>
            <dd>
              <Money value={i.accruedPenalty} class="employer-late" /> — {e.invoices.accruedNote}
            </dd>
          </div>
        )}
      </dl>
      <p class="employer-item__actions">
        <a class="button button--secondary" href={invoicePath(i.number)}>
          {e.invoices.open(period)}
        </a>
      </p>
    </li>
  );
}

function IssueForm({ asOf, issued }: { asOf: string; issued: Map<string, string> }) {
  const t = useT();
  const e = useEmployerT();
  const { route } = useLocation();
  const choices = periodChoices(asOf);
  // The latest period not invoiced yet: usually the current month, or the one before once it is.
  const [period, setPeriod] = useState<string>(() => choices.find((p) => !issued.has(p)) ?? choices[0]!);
  const [busy, setBusy] = useState(false);
  const inFlight = useRef(false);
  const [failure, setFailure] = useState<{ period: string; error: ApiError } | null>(null);

  async function submit(event: Event) {
    event.preventDefault();
    if (inFlight.current) return;
    inFlight.current = true;
    setBusy(true);
    setFailure(null);
    const result = await employerApi.issueInvoice(period);
    inFlight.current = false;
    setBusy(false);
    if (result.ok) {
      justIssued.value = result.data.number;
      route(invoicePath(result.data.number));
      return;
    }
    setFailure({ period, error: result.error });
  }

  function help(error: ApiError, failedPeriod: string) {
    if (error.kind !== 'problem') return null;
    if (isProblem(error, 'invoice_already_issued')) {
      const number = error.detail ?? issued.get(failedPeriod);
      return (
        number && (
          <p class="form__links">
            <a href={invoicePath(number)}>{e.invoices.openIssued(number)}</a>
          </p>
        )
      );
    }
    if (isProblem(error, 'wages_missing')) {
      const missing = (error.errors ?? []).filter((p) => missingWageKpj(p.path));
      return (
        <>
          {missing.length > 0 && (
            <>
              <p>{e.invoices.wagesMissing}</p>
              <ul class="employer-missing">
                {missing.map((p) => (
                  <li key={p.path}>
                    {p.message} ({missingWageKpj(p.path)})
                  </li>
                ))}
              </ul>
            </>
          )}
          <p class="form__links">
            <a href={wagesPath(failedPeriod)}>{e.invoices.reportWages}</a>
          </p>
        </>
      );
    }
    if (isProblem(error, 'no_workers_to_invoice')) {
      return (
        <p class="form__links">
          <a href={REGISTER_WORKER}>{e.invoices.noWorkers}</a>
        </p>
      );
    }
    return null;
  }

  return (
    <section class="employer__section" aria-labelledby="issue-title">
      <h2 id="issue-title">{e.invoices.issueTitle}</h2>
      <form class="form employer-issue" onSubmit={submit} noValidate aria-busy={busy}>
        <p class="muted">{e.invoices.issueIntro}</p>
        {failure && <Problem error={failure.error}>{help(failure.error, failure.period)}</Problem>}
        <div class="field">
          <label for="issue-period">{e.invoices.period}</label>
          <select
            id="issue-period"
            value={period}
            onChange={(event) => {
              setPeriod(event.currentTarget.value);
              setFailure(null);
            }}
          >
            {choices.map((p) => (
              <option key={p} value={p}>
                {formatPeriod(p, t)}
                {issued.has(p) ? ` — ${e.invoices.issued}` : ''}
              </option>
            ))}
          </select>
        </div>
        <SubmitButton busy={busy} label={e.invoices.issue} busyLabel={e.invoices.issuing} />
      </form>
    </section>
  );
}

function Invoices() {
  const e = useEmployerT();
  const invoices = useResource((signal) => employerApi.invoices(signal), []);
  if (invoices.error) return <ErrorState error={invoices.error} onRetry={invoices.retry} />;
  if (!invoices.data) return <Loading />;
  const { asOf, invoices: list } = invoices.data;
  const issued = new Map(list.map((i) => [i.period as string, i.number]));
  return (
    <>
      <IssueForm asOf={asOf} issued={issued} />
      <section class="employer__section" aria-labelledby="invoices-title">
        <h2 id="invoices-title">{e.invoices.listTitle}</h2>
        {list.length === 0 ? (
          <p class="empty">{e.invoices.none}</p>
        ) : (
          <ul class="employer-list">
            {list.map((i) => (
              <InvoiceItem key={i.number} invoice={i} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

/** `/employer/tagihan`: issue the invoice for a period, and every invoice with its status. */
export function InvoicesPage() {
  const e = useEmployerT();
  return (
    <EmployerShell title={e.invoices.title} section="invoices">
      {() => (
        <>
          <h1 class="employer__title">{e.invoices.title}</h1>
          <p class="lead">{e.invoices.intro}</p>
          <Invoices />
        </>
      )}
    </EmployerShell>
  );
}

import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { isProblem } from '../../api.ts';
import { Kpj } from '../../components/Kpj.tsx';
import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatMoney, formatPeriod } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { InvoiceDetail } from './api.ts';
import { employerApi, hasSandboxBank, INVOICES, invoicePath, SANDBOX_PAYMENTS } from './api.ts';
import { InvoiceStatus, justIssued } from './Invoices.tsx';
import { vaGroups } from './model.ts';
import { EmployerShell } from './Shell.tsx';
import { useEmployerT } from './texts.ts';

type Line = InvoiceDetail['lines'][number];

/** A table that may be wider than a phone: it scrolls sideways inside a named, focusable region. */
function Wide({ label, children }: { label: string; children: ComponentChildren }) {
  const e = useEmployerT();
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1).
    <section class="employer-wide" aria-label={e.invoice.tableScroll(label)} tabIndex={0}>
      {children}
    </section>
  );
}

function VirtualAccount({ invoice }: { invoice: InvoiceDetail }) {
  const t = useT();
  const e = useEmployerT();
  const [copied, setCopied] = useState<'ok' | 'failed' | null>(null);
  const [sandbox, setSandbox] = useState(false);
  useEffect(() => {
    if (invoice.status === 'paid') return;
    const controller = new AbortController();
    hasSandboxBank(controller.signal).then((yes) => {
      if (!controller.signal.aborted) setSandbox(yes);
    });
    return () => controller.abort();
  }, [invoice.status]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(invoice.virtualAccount.number);
      setCopied('ok');
    } catch {
      setCopied('failed');
    }
  }

  const va = invoice.virtualAccount;
  return (
    <section class="employer-va" aria-labelledby="va-title">
      <h2 id="va-title">{invoice.status === 'paid' ? e.invoice.paidTo : e.invoice.payTo}</h2>
      <dl class="employer-va__facts">
        <div>
          <dt>{e.invoice.bank}</dt>
          <dd class="employer-va__bank">{va.bankName}</dd>
        </div>
        <div class="employer-va__row">
          <dt>{e.invoice.vaNumber}</dt>
          <dd>
            <span class="employer-va__number">
              <span aria-hidden="true">{vaGroups(va.number).join('\u00a0')}</span>
              <span class="sr-only">{va.number}</span>
            </span>
            <button type="button" class="button button--secondary employer-va__copy" onClick={copy}>
              {e.invoice.copy}
            </button>
          </dd>
        </div>
        <div>
          <dt>{e.invoice.amount}</dt>
          <dd>
            <Money value={invoice.total} class="employer-va__amount" />
          </dd>
        </div>
        <div>
          <dt>{e.invoice.dueOn}</dt>
          <dd class={invoice.overdue ? 'employer-late' : undefined}>{formatDate(invoice.dueOn, t)}</dd>
        </div>
        <div>
          <dt>{e.invoice.status}</dt>
          <dd>
            <InvoiceStatus invoice={invoice} />
          </dd>
        </div>
      </dl>
      <p class="employer-va__copied" role="status">
        {copied === 'ok' ? e.invoice.copied : copied === 'failed' ? e.invoice.copyFailed : ''}
      </p>
      {invoice.status !== 'paid' && <p>{e.invoice.payExact}</p>}
      {invoice.overdue && (
        <p class="employer-alert">
          {e.invoice.overdue(Math.max(1, invoice.monthsLate), formatMoney(invoice.accruedPenalty))}
        </p>
      )}
      {sandbox && invoice.status === 'unpaid' && (
        <p class="employer-sandbox">
          <a class="button button--secondary" href={SANDBOX_PAYMENTS} target="_blank" rel="noopener">
            {e.invoice.sandbox}
          </a>
          <span class="muted">{e.invoice.sandboxNote}</span>
        </p>
      )}
    </section>
  );
}

function Programs({ invoice }: { invoice: InvoiceDetail }) {
  const e = useEmployerT();
  return (
    <section class="employer__section" aria-labelledby="programs-title">
      <h2 id="programs-title">{e.invoice.programsTitle}</h2>
      <ul class="employer-program-list">
        {invoice.programs.map((p) => (
          <li key={p.program} class="employer-program">
            <h3 class="employer-program__title">
              {p.program} <span class="employer-program__name">{e.programs[p.program]}</span>
            </h3>
            <dl class="amounts">
              <div>
                <dt>{e.invoice.employer}</dt>
                <dd>
                  <Money value={p.employer} />
                </dd>
              </div>
              <div>
                <dt>{e.invoice.worker}</dt>
                <dd>
                  <Money value={p.worker} />
                </dd>
              </div>
              <div class="amounts__total">
                <dt>{e.invoice.total}</dt>
                <dd>
                  <Money value={p.total} />
                </dd>
              </div>
            </dl>
            {p.source && (
              <p class="employer-source">
                {e.invoice.source}: {p.source}
              </p>
            )}
            {p.program === 'JKP' && <p class="employer-note">{e.invoice.jkpNote}</p>}
          </li>
        ))}
      </ul>
      <dl class="amounts employer-totals">
        <div>
          <dt>{e.invoice.contributionsTotal}</dt>
          <dd>
            <Money value={invoice.contributionsTotal} />
          </dd>
        </div>
        <div>
          <dt>{e.invoice.penaltiesTotal}</dt>
          <dd>
            <Money value={invoice.penaltiesTotal} />
          </dd>
        </div>
        <div class="amounts__total">
          <dt>{e.invoice.grandTotal}</dt>
          <dd>
            <Money value={invoice.total} />
          </dd>
        </div>
      </dl>
    </section>
  );
}

function Penalties({ invoice }: { invoice: InvoiceDetail }) {
  const e = useEmployerT();
  return (
    <section class="employer__section" aria-labelledby="penalties-title">
      <h2 id="penalties-title">{e.invoice.penaltiesTitle}</h2>
      {invoice.penalties.length === 0 ? (
        <p class="muted">{e.invoice.noPenalties}</p>
      ) : (
        <>
          <p class="muted">{e.invoice.penaltiesIntro}</p>
          <ul class="employer-list">
            {invoice.penalties.map((p) => (
              <li key={`${p.lateInvoice}-${p.program}`} class="employer-item employer-item--fine">
                <h3 class="employer-item__title">
                  {p.program} · {e.invoice.monthsLate(p.monthsLate)}
                </h3>
                <p class="employer-item__meta">
                  {e.invoice.lateInvoice}: <a href={invoicePath(p.lateInvoice)}>{p.lateInvoice}</a>
                </p>
                <dl class="amounts">
                  <div>
                    <dt>{e.invoice.contribution}</dt>
                    <dd>
                      <Money value={p.contribution} />
                    </dd>
                  </div>
                  <div class="amounts__total">
                    <dt>{e.invoice.fine}</dt>
                    <dd>
                      <Money value={p.amount} />
                    </dd>
                  </div>
                </dl>
                <p class="employer-source">
                  {e.invoice.source}: {p.source}
                </p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function WorkerLine({ line }: { line: Line }) {
  const e = useEmployerT();
  const booked = line.items.reduce((sum, i) => sum + BigInt(i.bookedToJkp), 0n);
  const hasJkp = line.items.some((i) => i.program === 'JKP');
  return (
    <li class="employer-line">
      <details>
        <summary>
          <span class="employer-line__name">{line.fullName}</span>
          <span class="employer-line__meta">
            <Kpj kpj={line.kpj} /> · <Money value={line.total} />
          </span>
        </summary>
        <p>
          {e.invoice.wage}: <Money value={line.wage} />
        </p>
        <Wide label={line.fullName}>
          <table class="employer-table">
            <caption class="sr-only">{line.fullName}</caption>
            <thead>
              <tr>
                <th scope="col">
                  {e.invoice.program}
                  <span class="employer-table__sub">{e.invoice.base}</span>
                </th>
                <th scope="col" class="num">
                  {e.invoice.employer}
                </th>
                <th scope="col" class="num">
                  {e.invoice.worker}
                </th>
              </tr>
            </thead>
            <tbody>
              {line.items.map((i) => (
                <tr key={i.program}>
                  <th scope="row">
                    {i.program}{' '}
                    <span class="employer-table__sub">
                      <span class="sr-only">{e.invoice.base} </span>
                      <Money value={i.base} />
                    </span>
                  </th>
                  <td class="num">
                    <Money value={i.employer} />
                  </td>
                  <td class="num">
                    <Money value={i.worker} />
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{e.invoice.workerTotal}</th>
                <td class="num">
                  <Money value={line.employer} />
                </td>
                <td class="num">
                  <Money value={line.worker} />
                </td>
              </tr>
            </tfoot>
          </table>
        </Wide>
        {hasJkp && (
          <p class="employer-note">
            {e.invoice.jkpNote}
            {booked > 0n && ` ${e.invoice.jkpBooked(formatMoney(booked.toString()))}`}
          </p>
        )}
      </details>
    </li>
  );
}

function Detail({ number }: { number: string }) {
  const t = useT();
  const e = useEmployerT();
  const invoice = useResource((signal) => employerApi.invoice(number, signal), [number]);
  const fresh = justIssued.value === number;
  useEffect(
    () => () => {
      if (justIssued.value === number) justIssued.value = null;
    },
    [number],
  );
  if (invoice.error) {
    return (
      <>
        <h1 class="employer__title">{number}</h1>
        <ErrorState
          error={invoice.error}
          onRetry={isProblem(invoice.error, 'invoice_not_found') ? undefined : invoice.retry}
        />
      </>
    );
  }
  if (!invoice.data) return <Loading />;
  const i = invoice.data;
  return (
    <>
      <h1 class="employer__title">{e.invoice.title(formatPeriod(i.period, t))}</h1>
      <p class="muted">
        <span class="employer-number">{i.number}</span> · {i.employer.name} · NPP {i.employer.npp}
      </p>
      {fresh && (
        <p class="form__status" role="status">
          {e.invoice.justIssued}
        </p>
      )}
      {i.status === 'paid' && i.paidOn && (
        <p class="form__status employer-paid">{e.invoice.paidOn(formatDate(i.paidOn, t))}</p>
      )}
      <VirtualAccount invoice={i} />
      <Programs invoice={i} />
      <Penalties invoice={i} />
      <section class="employer__section" aria-labelledby="lines-title">
        <h2 id="lines-title">{e.invoice.linesTitle}</h2>
        <p class="muted">{e.invoice.linesIntro(i.lines.length)}</p>
        <ul class="employer-lines">
          {i.lines.map((line) => (
            <WorkerLine key={line.kpj} line={line} />
          ))}
        </ul>
      </section>
    </>
  );
}

/** `/employer/tagihan/{number}`: where and how much to pay, and how every rupiah was computed. */
export function InvoiceDetailPage() {
  const e = useEmployerT();
  const { params } = useRoute();
  const number = params.number ?? '';
  return (
    <EmployerShell title={number} section="invoices">
      {() => (
        <>
          <a href={INVOICES} class="back">
            ‹ {e.invoice.back}
          </a>
          <Detail number={number} />
        </>
      )}
    </EmployerShell>
  );
}

import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { EmployerProfileResponse } from './api.ts';
import { employerApi, INVOICES, REGISTER_WORKER, WAGES, WORKERS } from './api.ts';
import { EmployerShell } from './Shell.tsx';
import { useEmployerT } from './texts.ts';

function Arrears({ arrears }: { arrears: EmployerProfileResponse['arrears'] }) {
  const e = useEmployerT();
  if (arrears.invoices === 0) {
    return <p class="employer-ok">{e.home.noArrears}</p>;
  }
  return (
    <div class="employer-alert">
      <p class="employer-alert__title">{e.home.arrears(arrears.invoices)}</p>
      <dl class="amounts">
        <div>
          <dt>{e.home.arrearsTotal}</dt>
          <dd>
            <Money value={arrears.total} />
          </dd>
        </div>
        <div>
          <dt>{e.home.accruedPenalty}</dt>
          <dd>
            <Money value={arrears.accruedPenalty} />
          </dd>
        </div>
      </dl>
      <p class="employer-alert__help">{e.home.penaltyExplain}</p>
      <p>
        <a class="button button--primary" href={INVOICES}>
          {e.home.payNow}
        </a>
      </p>
    </div>
  );
}

function Home() {
  const t = useT();
  const e = useEmployerT();
  const profile = useResource((signal) => employerApi.profile(signal), []);
  if (profile.error) return <ErrorState error={profile.error} onRetry={profile.retry} />;
  if (!profile.data) return <Loading />;
  const p = profile.data;
  const shortcuts = [
    { href: REGISTER_WORKER, title: e.home.registerWorker, help: e.home.registerWorkerHelp },
    { href: WAGES, title: e.home.reportWages, help: e.home.reportWagesHelp },
    { href: INVOICES, title: e.home.issueInvoice, help: e.home.issueInvoiceHelp },
    { href: WORKERS, title: e.home.workers, help: e.home.workersHelp },
  ];
  return (
    <>
      <h1 class="employer__title">{p.name}</h1>
      <dl class="employer-facts">
        <div>
          <dt>{e.home.npp}</dt>
          <dd class="employer-number">{p.npp}</dd>
        </div>
        <div>
          <dt>{e.home.riskGroup}</dt>
          <dd>{e.riskGroups[p.jkkRiskGroup - 1] ?? p.jkkRiskGroup}</dd>
        </div>
        <div>
          <dt>{e.home.activeWorkers}</dt>
          <dd class="employer-facts__big">{p.activeWorkers}</dd>
        </div>
      </dl>
      <section class="employer__section" aria-labelledby="arrears-title">
        <h2 id="arrears-title">{e.home.arrearsTitle}</h2>
        <Arrears arrears={p.arrears} />
        <p class="muted">{e.asOf(formatDate(p.asOf, t))}</p>
      </section>
      <section class="employer__section" aria-labelledby="shortcuts-title">
        <h2 id="shortcuts-title">{e.home.shortcuts}</h2>
        <ul class="employer-shortcuts">
          {shortcuts.map((s) => (
            <li key={s.href + s.title}>
              <a href={s.href} class="employer-shortcut">
                <span class="employer-shortcut__title">{s.title}</span>
                <span class="employer-shortcut__help">{s.help}</span>
              </a>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** `/employer`: the company at a glance, its arrears with the fines explained, and the way to each task. */
export function EmployerHomePage() {
  const e = useEmployerT();
  return (
    <EmployerShell title={e.home.title} section="home">
      {() => <Home />}
    </EmployerShell>
  );
}

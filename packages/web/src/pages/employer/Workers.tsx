import { useState } from 'preact/hooks';
import { Kpj } from '../../components/Kpj.tsx';
import { Money } from '../../components/Money.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatPeriod } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { EmployerWorker } from './api.ts';
import { employerApi, leaverPath, REGISTER_WORKER } from './api.ts';
import { Programs } from './parts.tsx';
import { EmployerShell } from './Shell.tsx';
import { useEmployerT } from './texts.ts';

/** Matches a worker by any part of the name (any case) or of the KPJ (spaces and dashes ignored). */
export function matchesWorker(worker: Pick<EmployerWorker, 'fullName' | 'kpj'>, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return true;
  const digits = q.replace(/[\s-]/g, '');
  return worker.fullName.toLowerCase().includes(q) || (/^\d+$/.test(digits) && worker.kpj.includes(digits));
}

function WorkerItem({ worker: w }: { worker: EmployerWorker }) {
  const t = useT();
  const e = useEmployerT();
  return (
    <li class="employer-item">
      <h2 class="employer-item__title">
        {w.fullName} <span class={`badge badge--${w.status}`}>{t.status[w.status]}</span>
      </h2>
      <dl class="employer-facts employer-facts--small">
        <div>
          <dt>{e.workers.kpj}</dt>
          <dd>
            <Kpj kpj={w.kpj} />
          </dd>
        </div>
        <div>
          <dt>{e.workers.maskedNik}</dt>
          <dd class="employer-number">{w.maskedNik}</dd>
        </div>
        <div>
          <dt>{e.workers.wage}</dt>
          <dd>
            {w.wage ? (
              <>
                <Money value={w.wage} />{' '}
                {w.wageFrom && <span class="muted">{e.workers.wageFrom(formatPeriod(w.wageFrom, t))}</span>}
              </>
            ) : (
              e.workers.noWage
            )}
          </dd>
        </div>
        <div>
          <dt>{e.workers.joinedOn}</dt>
          <dd>{formatDate(w.joinedOn, t)}</dd>
        </div>
        {w.leftOn && (
          <div>
            <dt>{e.workers.leftOn}</dt>
            <dd>
              {formatDate(w.leftOn, t)}
              {w.leavingReason && ` · ${e.leavingReasons[w.leavingReason]}`}
            </dd>
          </div>
        )}
        <div class="employer-facts__full">
          <dt>{e.workers.programs}</dt>
          <dd>
            <Programs programs={w.programs} />
          </dd>
        </div>
      </dl>
      {w.status === 'active' && (
        <p class="employer-item__actions">
          <a class="button button--secondary" href={leaverPath(w.kpj)}>
            {e.workers.reportLeaver}
            <span class="sr-only"> — {w.fullName}</span>
          </a>
        </p>
      )}
    </li>
  );
}

function WorkerList() {
  const e = useEmployerT();
  const workers = useResource((signal) => employerApi.workers(signal), []);
  const [query, setQuery] = useState('');
  if (workers.error) return <ErrorState error={workers.error} onRetry={workers.retry} />;
  if (!workers.data) return <Loading />;
  const all = workers.data.workers;
  if (all.length === 0) return <p class="empty">{e.workers.none}</p>;
  const shown = all.filter((w) => matchesWorker(w, query));
  return (
    <>
      <div class="field employer-filter">
        <label for="worker-filter">{e.workers.filterLabel}</label>
        <p id="worker-filter-hint" class="field__hint">
          {e.workers.filterHint}
        </p>
        <input
          id="worker-filter"
          type="search"
          autocomplete="off"
          aria-describedby="worker-filter-hint worker-filter-count"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <p id="worker-filter-count" class="muted" role="status">
        {e.workers.shown(shown.length, all.length)}
      </p>
      {shown.length === 0 ? (
        <p class="empty">{e.workers.noMatch}</p>
      ) : (
        <ul class="employer-list">
          {shown.map((w) => (
            <WorkerItem key={w.kpj} worker={w} />
          ))}
        </ul>
      )}
    </>
  );
}

/** `/employer/pekerja`: every worker of the company, filterable, with the way to register and to report a leaver. */
export function WorkersPage() {
  const e = useEmployerT();
  return (
    <EmployerShell title={e.workers.title} section="workers">
      {() => (
        <>
          <div class="employer__heading">
            <h1 class="employer__title">{e.workers.title}</h1>
            <a class="button button--primary" href={REGISTER_WORKER}>
              {e.workers.register}
            </a>
          </div>
          <p class="lead">{e.workers.intro}</p>
          <WorkerList />
        </>
      )}
    </EmployerShell>
  );
}

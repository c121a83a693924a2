import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import { consoleApi, recoveryRequestPath } from './api.ts';
import { useConsoleT } from './texts.ts';

/** Open account-recovery requests, soonest due first (the server's order), overdue ones flagged. */
export function RecoveryQueue() {
  const t = useT();
  const c = useConsoleT();
  const queue = useResource((signal) => consoleApi.recoveryQueue(signal), []);

  function body() {
    if (queue.error) return <ErrorState error={queue.error} onRetry={queue.retry} />;
    if (!queue.data) return <Loading lines={2} />;
    if (queue.data.requests.length === 0) return <p class="empty">{c.queue.none}</p>;
    return (
      <ul class="console-list">
        {queue.data.requests.map((r) => (
          <li key={r.id} class={r.overdue ? 'console-item console-item--overdue' : 'console-item'}>
            <h3 class="console-item__title">
              <span class="console-number">{r.reference}</span>
              {r.overdue && <span class="badge console-badge--overdue">{c.queue.overdue}</span>}
            </h3>
            <dl class="console-facts">
              <div>
                <dt>{c.request.fullName}</dt>
                <dd>{r.fullName}</dd>
              </div>
              <div>
                <dt>{c.queue.kpj}</dt>
                <dd>
                  <Kpj kpj={r.kpj} />
                </dd>
              </div>
              <div>
                <dt>{c.queue.maskedNik}</dt>
                <dd>{r.maskedNik}</dd>
              </div>
              <div>
                <dt>{c.queue.submittedAt}</dt>
                <dd>{formatDateTime(r.submittedAt, t)}</dd>
              </div>
              <div>
                <dt>{c.queue.dueOn}</dt>
                <dd class={r.overdue ? 'console-overdue' : undefined}>{formatDate(r.dueOn, t)}</dd>
              </div>
            </dl>
            {!r.matchesAccount && <p class="console-warning">{c.queue.noMatch}</p>}
            <a
              class="button button--secondary"
              href={recoveryRequestPath(r.id)}
              aria-label={c.queue.openFor(r.reference)}
            >
              {c.queue.open}
            </a>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section class="console__section" aria-labelledby="queue-title">
      <h2 id="queue-title">{c.queue.title}</h2>
      <p class="muted">
        {c.queue.intro} {c.queue.openRecorded}
      </p>
      {body()}
    </section>
  );
}

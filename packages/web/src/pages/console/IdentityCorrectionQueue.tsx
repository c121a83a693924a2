import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { QueuedIdentityCorrection } from './api.ts';
import { consoleApi, identityCorrectionPath } from './api.ts';
import { Notice } from './CaseNotice.tsx';
import { identityNotice } from './notice.ts';
import { useConsoleT } from './texts.ts';

/** Soonest due first, then the longest waiting: the server's order, kept whatever it sends. */
export function byDue(a: QueuedIdentityCorrection, b: QueuedIdentityCorrection): number {
  return a.dueOn.localeCompare(b.dueOn) || a.createdAt.localeCompare(b.createdAt);
}

/** Open name and birth-date corrections (masked), soonest due first. */
export function IdentityCorrectionQueue() {
  const t = useT();
  const k = useConsoleT().identity;
  const queue = useResource((signal) => consoleApi.identityQueue(signal), []);

  function body() {
    if (queue.error) return <ErrorState error={queue.error} onRetry={queue.retry} />;
    if (!queue.data) return <Loading lines={2} />;
    if (queue.data.items.length === 0) return <p class="empty">{k.queueNone}</p>;
    return (
      <ul class="console-list">
        {[...queue.data.items].sort(byDue).map((item) => (
          <li key={item.id} class={item.overdue ? 'console-item console-item--overdue' : 'console-item'}>
            <h3 class="console-item__title">
              <span>{item.fullName}</span>
              {item.overdue && <span class="badge console-badge--overdue">{k.overdue}</span>}
            </h3>
            <dl class="console-facts">
              <div>
                <dt>{k.maskedNik}</dt>
                <dd class="console-number">{item.maskedNik}</dd>
              </div>
              <div>
                <dt>{k.fieldsAsked}</dt>
                <dd>{item.fields.map((f) => k.fieldNames[f]).join(', ')}</dd>
              </div>
              <div>
                <dt>{k.openedAt}</dt>
                <dd>{formatDateTime(item.createdAt, t)}</dd>
              </div>
              <div>
                <dt>{k.dueOn}</dt>
                <dd class={item.overdue ? 'console-overdue' : undefined}>
                  {formatDate(item.dueOn, t)}
                  {item.overdue && ` (${k.overdue.toLowerCase()})`}
                </dd>
              </div>
              <div>
                <dt>{k.holder}</dt>
                <dd>{item.holder ?? k.noHolder}</dd>
              </div>
              <div>
                <dt>{k.evidenceCount}</dt>
                <dd>{k.evidenceCountValue(item.evidenceCount)}</dd>
              </div>
            </dl>
            <a
              class="button button--secondary"
              href={identityCorrectionPath(item.id)}
              aria-label={k.openFor(item.fullName)}
            >
              {k.open}
            </a>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section class="console__section" aria-labelledby="identity-queue-title">
      <h2 id="identity-queue-title">{k.queueTitle}</h2>
      <Notice notice={identityNotice} />
      <p class="muted">
        {k.queueIntro} {k.openRecorded}
      </p>
      {body()}
    </section>
  );
}

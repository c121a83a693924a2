import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate, formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { QueuedDataUpdate } from './api.ts';
import { consoleApi, dataUpdateCasePath } from './api.ts';
import { Notice } from './CaseNotice.tsx';
import { consoleNotice } from './notice.ts';
import { useConsoleT } from './texts.ts';

/** Soonest due first, then the longest waiting: the server's order, kept whatever it sends. */
export function byDue(a: QueuedDataUpdate, b: QueuedDataUpdate): number {
  return a.dueOn.localeCompare(b.dueOn) || a.openedAt.localeCompare(b.openedAt);
}

/** Data updates waiting for an officer and failed face checks (masked), soonest due first. */
export function DataUpdateQueue() {
  const t = useT();
  const c = useConsoleT();
  const d = c.dataUpdate;
  const queue = useResource((signal) => consoleApi.dataUpdateQueue(signal), []);

  function body() {
    if (queue.error) return <ErrorState error={queue.error} onRetry={queue.retry} />;
    if (!queue.data) return <Loading lines={2} />;
    if (queue.data.items.length === 0) return <p class="empty">{d.queueNone}</p>;
    return (
      <ul class="console-list">
        {[...queue.data.items].sort(byDue).map((item) => (
          <li key={item.id} class={item.overdue ? 'console-item console-item--overdue' : 'console-item'}>
            <h3 class="console-item__title">
              <span class={`badge console-kind console-kind--${item.kind}`}>{d.kinds[item.kind]}</span>
              <span>{item.fullName}</span>
              {item.overdue && <span class="badge console-badge--overdue">{d.overdue}</span>}
            </h3>
            <dl class="console-facts">
              <div>
                <dt>{d.kpj}</dt>
                <dd>
                  <Kpj kpj={item.kpj} />
                </dd>
              </div>
              <div>
                <dt>{d.maskedNik}</dt>
                <dd class="console-number">{item.maskedNik}</dd>
              </div>
              <div>
                <dt>{d.openedAt}</dt>
                <dd>{formatDateTime(item.openedAt, t)}</dd>
              </div>
              <div>
                <dt>{d.dueOn}</dt>
                <dd class={item.overdue ? 'console-overdue' : undefined}>
                  {formatDate(item.dueOn, t)}
                  {item.overdue && ` (${d.overdue.toLowerCase()})`}
                </dd>
              </div>
              <div>
                <dt>{d.holder}</dt>
                <dd>{item.holder ?? d.noHolder}</dd>
              </div>
              {item.failedFaceAttempts > 0 && (
                <div>
                  <dt>{d.failedFace}</dt>
                  <dd>{d.failedFaceCount(item.failedFaceAttempts)}</dd>
                </div>
              )}
              {item.lastFaceProblem && (
                <div class="console-facts__full">
                  <dt>{d.lastProblem}</dt>
                  <dd>{d.faceProblems[item.lastFaceProblem] ?? item.lastFaceProblem}</dd>
                </div>
              )}
            </dl>
            <a
              class="button button--secondary"
              href={dataUpdateCasePath(item.id)}
              aria-label={d.openFor(item.fullName, d.kinds[item.kind])}
            >
              {d.open}
            </a>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section class="console__section" aria-labelledby="data-update-queue-title">
      <h2 id="data-update-queue-title">{d.queueTitle}</h2>
      <Notice notice={consoleNotice} />
      <p class="muted">
        {d.queueIntro} {d.openRecorded}
      </p>
      {body()}
    </section>
  );
}

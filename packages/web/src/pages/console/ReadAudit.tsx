import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDateTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { StaffRole } from './api.ts';
import { consoleApi } from './api.ts';
import { useConsoleT } from './texts.ts';

/** Who opened members' personal data, when and why: a supervisor sees their branch, an admin all. */
export function ReadAudit({ role }: { role: StaffRole }) {
  const t = useT();
  const c = useConsoleT();
  const reads = useResource((signal) => consoleApi.piiReads(signal), []);

  function body() {
    if (reads.error) return <ErrorState error={reads.error} onRetry={reads.retry} />;
    if (!reads.data) return <Loading lines={2} />;
    if (reads.data.reads.length === 0) return <p class="empty">{c.audit.none}</p>;
    return (
      <ul class="console-list">
        {reads.data.reads.map((r) => (
          <li key={`${r.at}-${r.personId}-${r.reader}`} class="console-item">
            <h3 class="console-item__title">
              <time dateTime={r.at}>{formatDateTime(r.at, t)}</time>
            </h3>
            <dl class="console-facts">
              <div>
                <dt>{c.audit.reader}</dt>
                <dd>{r.reader}</dd>
              </div>
              <div>
                <dt>{c.audit.branch}</dt>
                <dd>{r.branch ?? '—'}</dd>
              </div>
              <div>
                <dt>{c.audit.purpose}</dt>
                <dd>{c.purposes[r.purpose]}</dd>
              </div>
              <div>
                <dt>{c.audit.fields}</dt>
                <dd>{r.fields.map((f) => c.fields[f] ?? f).join(', ')}</dd>
              </div>
              <div class="console-facts__full">
                <dt>{c.audit.person}</dt>
                <dd class="console-number">{r.personId}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section class="console__section" aria-labelledby="audit-title">
      <h2 id="audit-title">{c.audit.title}</h2>
      <p class="muted">{role === 'admin' ? c.audit.introAll : c.audit.introBranch}</p>
      {body()}
    </section>
  );
}

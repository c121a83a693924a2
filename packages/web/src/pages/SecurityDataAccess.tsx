import { api } from '../api.ts';
import { ErrorState, Loading } from '../components/Status.tsx';
import { formatDateTime } from '../format.ts';
import { useT } from '../i18n.ts';
import { useResource } from '../resource.ts';

/** "Siapa yang melihat data saya": every officer's read of the member's personal data, with why. */
export function DataAccessSection() {
  const t = useT();
  const d = t.security.dataAccess;
  const reads = useResource(api.dataAccess, []);
  return (
    <section aria-labelledby="data-access-title" aria-busy={reads.loading}>
      <h2 id="data-access-title">{d.title}</h2>
      <p class="muted">{d.intro}</p>
      {reads.error ? (
        <ErrorState error={reads.error} onRetry={reads.retry} />
      ) : !reads.data ? (
        <Loading lines={2} />
      ) : reads.data.reads.length === 0 ? (
        <div class="empty">
          <p class="empty__title">{d.none}</p>
        </div>
      ) : (
        <ul class="events">
          {reads.data.reads.map((read, i) => (
            <li key={`${read.at}-${i}`} class="event">
              <p class="event__kind">
                {d.by(`${d.roles[read.role] ?? ''} ${read.reader}`.trim(), read.branch)}
              </p>
              <p class="event__time">
                <time dateTime={read.at}>{formatDateTime(read.at, t)}</time>
              </p>
              <dl class="event__meta">
                <div>
                  <dt>{d.purpose}</dt>
                  <dd>{d.purposes[read.purpose] ?? read.purpose}</dd>
                </div>
                <div>
                  <dt>{d.fields}</dt>
                  <dd>{read.fields.map((f) => d.fieldNames[f] ?? f).join(', ')}</dd>
                </div>
              </dl>
            </li>
          ))}
        </ul>
      )}
      <p class="muted">{d.question}</p>
    </section>
  );
}

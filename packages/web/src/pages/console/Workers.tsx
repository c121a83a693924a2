import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { StaffMe } from './api.ts';
import { consoleApi } from './api.ts';
import { useConsoleT } from './texts.ts';

/** An employer user's own workers: KPJ, name, NIK masked, membership status. */
export function Workers({ me }: { me: StaffMe }) {
  const t = useT();
  const c = useConsoleT();
  const workers = useResource((signal) => consoleApi.workers(signal), []);

  function body() {
    if (workers.error) return <ErrorState error={workers.error} onRetry={workers.retry} />;
    if (!workers.data) return <Loading />;
    if (workers.data.workers.length === 0) return <p class="empty">{c.workers.none}</p>;
    return (
      <ul class="console-list">
        {workers.data.workers.map((w) => (
          <li key={w.kpj} class="console-item">
            <h3 class="console-item__title">{w.fullName}</h3>
            <dl class="console-facts">
              <div>
                <dt>{c.workers.kpj}</dt>
                <dd>
                  <Kpj kpj={w.kpj} />
                </dd>
              </div>
              <div>
                <dt>{c.workers.maskedNik}</dt>
                <dd>{w.maskedNik}</dd>
              </div>
              <div>
                <dt>{c.workers.status}</dt>
                <dd>
                  <span class={`badge badge--${w.status}`}>{t.status[w.status]}</span>
                </dd>
              </div>
              <div>
                <dt>{c.workers.joinedOn}</dt>
                <dd>{formatDate(w.joinedOn, t)}</dd>
              </div>
              {w.leftOn && (
                <div>
                  <dt>{c.workers.leftOn}</dt>
                  <dd>{formatDate(w.leftOn, t)}</dd>
                </div>
              )}
            </dl>
          </li>
        ))}
      </ul>
    );
  }

  return (
    <section class="console__section" aria-labelledby="workers-title">
      <h2 id="workers-title">{c.workers.title}</h2>
      {me.employer && <p class="muted">{c.workers.intro(me.employer.name)}</p>}
      {body()}
    </section>
  );
}

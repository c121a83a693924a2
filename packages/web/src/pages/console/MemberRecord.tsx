import { useLocation, useRoute } from 'preact-iso';
import { Kpj } from '../../components/Kpj.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { useResource } from '../../resource.ts';
import type { MemberRecord, ReadPurpose } from './api.ts';
import { CONSOLE_HOME, consoleApi, memberRecordPath, READ_PURPOSES } from './api.ts';
import { PurposeForm } from './Purpose.tsx';
import { ConsoleShell, OFFICERS } from './Shell.tsx';
import { useConsoleT } from './texts.ts';

function Cards({ cards }: { cards: MemberRecord['cards'] }) {
  const t = useT();
  const c = useConsoleT();
  if (cards.length === 0) return <p class="empty">{c.record.noCards}</p>;
  return (
    <ul class="console-list">
      {cards.map((card) => (
        <li key={card.kpj} class="console-item">
          <p class="console-item__title">
            <Kpj kpj={card.kpj} /> <span class={`badge badge--${card.status}`}>{t.status[card.status]}</span>
          </p>
          <dl class="console-facts">
            <div>
              <dt>{c.record.segment}</dt>
              <dd>{t.segments[card.segment]}</dd>
            </div>
            <div>
              <dt>{c.record.employer}</dt>
              <dd>{card.employer ?? c.record.noValue}</dd>
            </div>
            <div>
              <dt>{c.record.joinedOn}</dt>
              <dd>{formatDate(card.joinedOn, t)}</dd>
            </div>
            {card.leftOn && (
              <div>
                <dt>{c.record.leftOn}</dt>
                <dd>{formatDate(card.leftOn, t)}</dd>
              </div>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}

/** The read itself: asking for the record is what the server records, with the purpose. */
function Record({ personId, purpose }: { personId: string; purpose: ReadPurpose }) {
  const t = useT();
  const c = useConsoleT();
  const record = useResource((signal) => consoleApi.member(personId, purpose, signal), [personId, purpose]);
  if (record.error) return <ErrorState error={record.error} onRetry={record.retry} />;
  if (!record.data) return <Loading />;
  const m = record.data;
  return (
    <>
      <h2 class="console__subject">{m.fullName}</h2>
      <dl class="console-facts console-facts--wide panel">
        <div>
          <dt>{c.record.nik}</dt>
          <dd class="console-number">{m.nik}</dd>
        </div>
        <div>
          <dt>{c.record.birthDate}</dt>
          <dd>{formatDate(m.birthDate, t)}</dd>
        </div>
        <div>
          <dt>{c.record.email}</dt>
          <dd>{m.email ?? c.record.noValue}</dd>
        </div>
        <div>
          <dt>{c.record.phone}</dt>
          <dd>{m.phone ?? c.record.noValue}</dd>
        </div>
      </dl>
      <h2>{c.record.cards}</h2>
      <Cards cards={m.cards} />
    </>
  );
}

/**
 * `/console/peserta/:personId?tujuan=…`: a member's record in clear. Without a valid purpose in the
 * address nothing is read: the officer chooses one first.
 */
export function MemberRecordPage() {
  const c = useConsoleT();
  const { params } = useRoute();
  const { query, route } = useLocation();
  const personId = params.personId ?? '';
  const purpose = READ_PURPOSES.find((p) => p === query.tujuan);
  return (
    <ConsoleShell title={c.record.title} roles={OFFICERS}>
      {() => (
        <div class="console__page">
          <a class="back" href={CONSOLE_HOME}>
            <span aria-hidden="true">←</span> {c.back}
          </a>
          <h1>{c.record.title}</h1>
          {purpose ? (
            <>
              <p class="console-note console-note--block">
                {c.record.purposeShown(c.purposes[purpose])} {c.purpose.recorded}
              </p>
              <Record personId={personId} purpose={purpose} />
            </>
          ) : (
            <section class="panel" aria-labelledby="purpose-title">
              <h2 id="purpose-title">{c.record.purposeTitle}</h2>
              <p class="muted">{c.record.purposeIntro}</p>
              <PurposeForm id="purpose" onOpen={(p) => route(memberRecordPath(personId, p), true)} />
            </section>
          )}
        </div>
      )}
    </ConsoleShell>
  );
}

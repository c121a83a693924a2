import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { StepHeader } from '../../components/Steps.tsx';
import { formatDate } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { clearSession } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { NotFoundPage } from '../NotFound.tsx';
import { AccountStep } from './AccountStep.tsx';
import { ChannelStep } from './ChannelStep.tsx';
import { CodeStep } from './CodeStep.tsx';
import type { ChannelOption, Identifiers, Identity, Receipt, Sent } from './flow.ts';
import { RECOVER_PATH } from './flow.ts';
import { IdentityStep } from './IdentityStep.tsx';
import { RequestStep } from './RequestStep.tsx';
import './recover.css';

const STEPS = 4;
type Stage = 'identity' | 'channel' | 'code' | 'account' | 'done' | 'request' | 'received';
/**
 * `/lupa-akun` → KPJ and NIK, `/tujuan` → where the code goes, `/kode` → the code, `/akun` → the
 * identifiers and a new password, `/selesai`; `/permintaan` → the request when both channels are
 * lost, `/diterima` → its reference.
 */
const STAGE_OF_PATH: Record<string, Stage> = {
  '': 'identity',
  tujuan: 'channel',
  kode: 'code',
  akun: 'account',
  selesai: 'done',
  permintaan: 'request',
  diterima: 'received',
};
const STEP_OF: Partial<Record<Stage, number>> = { identity: 1, channel: 2, code: 3, account: 4 };
const EMPTY: Identity = { kpj: '', nik: '' };

/**
 * "Lupa Akun": the member no longer knows the e-mail or number of their account. Each step has its
 * own address (the phone's Back button steps back); what was typed stays in memory only, so a
 * reload starts again.
 */
export function ForgotAccountPage() {
  const t = useT();
  const { params } = useRoute();
  const { route } = useLocation();
  const stage = STAGE_OF_PATH[params.langkah ?? ''];

  const [identity, setIdentity] = useState<Identity>(EMPTY);
  const [channels, setChannels] = useState<ChannelOption[] | null>(null);
  const [sent, setSent] = useState<Sent | null>(null);
  const [proof, setProof] = useState<{ code: string; identifiers: Identifiers } | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [done, setDone] = useState(false);

  const titles: Record<Stage, string> = {
    identity: t.recover.title,
    channel: t.recover.channelTitle,
    code: t.recover.codeTitle,
    account: t.recover.accountTitle,
    done: t.recover.doneTitle,
    request: t.recover.request.title,
    received: t.recover.request.receivedTitle,
  };
  useTitle(
    stage === undefined
      ? t.notFoundTitle
      : stage === 'identity'
        ? t.recover.title
        : `${t.recover.title}: ${titles[stage]}`,
  );

  // A step without what it needs (a reload, a shared link): back to the start.
  const missing =
    (stage === 'channel' && !channels) ||
    (stage === 'code' && !sent) ||
    (stage === 'account' && !proof) ||
    (stage === 'done' && !done) ||
    (stage === 'received' && !receipt);
  useEffect(() => {
    if (missing) route(RECOVER_PATH, true);
  }, [missing, route]);

  if (stage === undefined) return <NotFoundPage />;
  if (missing) return null;

  function finished() {
    // The server has signed every device out, this one too if it was signed in.
    clearSession();
    setIdentity(EMPTY);
    setChannels(null);
    setSent(null);
    setProof(null);
    setDone(true);
    route(`${RECOVER_PATH}/selesai`, true);
  }

  return (
    <div class="page page--narrow">
      <StepHeader id="recover" step={STEP_OF[stage]} total={STEPS} title={titles[stage]} />
      {stage === 'identity' && (
        <IdentityStep
          identity={identity}
          onIdentity={setIdentity}
          onFound={(found) => {
            setChannels(found);
            route(`${RECOVER_PATH}/tujuan`);
          }}
        />
      )}
      {stage === 'channel' && channels && (
        <ChannelStep
          identity={identity}
          channels={channels}
          onSent={(next) => {
            setSent(next);
            route(`${RECOVER_PATH}/kode`);
          }}
        />
      )}
      {stage === 'code' && sent && (
        <CodeStep
          key={sent.channel}
          identity={identity}
          sent={sent}
          onResent={setSent}
          onVerified={(code, identifiers) => {
            setProof({ code, identifiers });
            route(`${RECOVER_PATH}/akun`);
          }}
        />
      )}
      {stage === 'account' && sent && proof && (
        <AccountStep
          identity={identity}
          channel={sent.channel}
          code={proof.code}
          identifiers={proof.identifiers}
          onDone={finished}
        />
      )}
      {stage === 'done' && (
        <>
          <p class="lead">{t.recover.doneText}</p>
          <a href="/masuk" class="button button--primary button--block">
            {t.recover.signIn}
          </a>
        </>
      )}
      {stage === 'request' && (
        <RequestStep
          identity={identity}
          onIdentity={setIdentity}
          onReceived={(next) => {
            setReceipt(next);
            setIdentity(EMPTY);
            route(`${RECOVER_PATH}/diterima`, true);
          }}
        />
      )}
      {stage === 'received' && receipt && (
        <>
          <dl class="panel identifiers">
            <div>
              <dt>{t.recover.request.reference}</dt>
              <dd class="reference">{receipt.reference}</dd>
            </div>
            <div>
              <dt>{t.recover.request.dueOn}</dt>
              <dd>{formatDate(receipt.dueOn, t)}</dd>
            </div>
          </dl>
          <p>{t.recover.request.receivedText(receipt.maskedEmail)}</p>
          <a href="/masuk" class="button button--primary button--block">
            {t.backToLogin}
          </a>
        </>
      )}
    </div>
  );
}

import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { ResetChannel } from '../../api.ts';
import { StepHeader } from '../../components/Steps.tsx';
import { type Say, useT } from '../../i18n.ts';
import { clearSession } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { NotFoundPage } from '../NotFound.tsx';
import { EmailSentStep } from './EmailSentStep.tsx';
import { loadResetToken, RESET_LINK_PATH, resetSentPath, saveResetToken } from './flow.ts';
import { NewPasswordStep } from './NewPasswordStep.tsx';
import { RequestStep } from './RequestStep.tsx';

const STEPS = 2;
type Stage = 'request' | 'code' | 'email' | 'link' | 'done';
/**
 * `/lupa-password?akun=…` → request, `/lupa-password/kode?akun=…` → the SMS code and the new
 * password, `/lupa-password/email?akun=…` → "open the link", `/lupa-password/atur?token=…` → the
 * new password from the e-mailed link, `/lupa-password/selesai` → done.
 */
const STAGE_OF_PATH: Record<string, Stage> = {
  '': 'request',
  kode: 'code',
  email: 'email',
  atur: 'link',
  selesai: 'done',
};

/**
 * "Lupa Kata Sandi": the e-mail or number and how to receive the proof (a link by e-mail or a code
 * by SMS), then the new password. Each step has its own address (the phone's Back button steps
 * back); the account travels in `?akun=`, the e-mailed token in `?token=` only until it is read.
 */
export function ForgotPasswordPage() {
  const t = useT();
  const { params, query } = useRoute();
  const { route } = useLocation();
  const stage = STAGE_OF_PATH[params.langkah ?? ''];
  const akun = (query.akun ?? '').trim();
  const linkToken = stage === 'link' ? query.token : undefined;

  const [identifier, setIdentifier] = useState(akun);
  const [channel, setChannel] = useState<ResetChannel | null>(null);
  const [resendAt, setResendAt] = useState<string | null>(null);
  const [notice, setNotice] = useState<Say | null>(null);
  const [token, setToken] = useState<string | null>(() => linkToken || loadResetToken());
  const [done, setDone] = useState(false);

  // The link's token leaves the address bar at once (kept for this tab, so a reload still works).
  useEffect(() => {
    if (!linkToken) return;
    saveResetToken(linkToken);
    setToken(linkToken);
    route(RESET_LINK_PATH, true);
  }, [linkToken, route]);

  const titles: Record<Stage, string> = {
    request: t.reset.title,
    code: t.reset.newPasswordTitle,
    email: t.reset.emailSentTitle,
    link: t.reset.newPasswordTitle,
    done: t.reset.doneTitle,
  };
  useTitle(
    stage === undefined
      ? t.notFoundTitle
      : stage === 'request'
        ? t.reset.title
        : `${t.reset.title}: ${titles[stage]}`,
  );

  // A step without what it needs (a reload after the fact, a shared link): back to the start.
  const missing =
    ((stage === 'code' || stage === 'email') && !akun) ||
    (stage === 'link' && !token && !linkToken) ||
    (stage === 'done' && !done);
  useEffect(() => {
    if (missing) route('/lupa-password', true);
  }, [missing, route]);

  if (stage === undefined) return <NotFoundPage />;
  if (missing) return null;

  function finished() {
    // The server has signed every device out, this one too if it was signed in.
    clearSession();
    saveResetToken(null);
    setToken(null);
    setDone(true);
    setIdentifier('');
    setNotice(null);
    route('/lupa-password/selesai', true);
  }

  return (
    <div class="page page--narrow">
      <StepHeader
        id="reset"
        step={stage === 'done' ? undefined : stage === 'request' ? 1 : 2}
        total={STEPS}
        title={titles[stage]}
      />
      {stage === 'request' && (
        <RequestStep
          identifier={identifier}
          onIdentifier={setIdentifier}
          channel={channel}
          onChannel={setChannel}
          onSent={(account, sentBy, nextResendAt, message) => {
            setResendAt(nextResendAt);
            setNotice(() => message);
            route(resetSentPath(account, sentBy));
          }}
        />
      )}
      {stage === 'code' && (
        <NewPasswordStep
          proof={{ kind: 'code', identifier: akun, resendAt, onResendAt: setResendAt, notice }}
          onDone={finished}
        />
      )}
      {stage === 'email' && <EmailSentStep identifier={akun} resendAt={resendAt} onResendAt={setResendAt} />}
      {stage === 'link' && token && (
        <NewPasswordStep key={token} proof={{ kind: 'link', token }} onDone={finished} />
      )}
      {stage === 'done' && (
        <>
          <p class="lead">{t.reset.doneText}</p>
          <a href="/masuk" class="button button--primary button--block">
            {t.reset.signIn}
          </a>
        </>
      )}
    </div>
  );
}

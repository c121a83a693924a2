import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { StepHeader } from '../../components/Steps.tsx';
import { type Say, useT } from '../../i18n.ts';
import { useTitle } from '../../title.ts';
import { NotFoundPage } from '../NotFound.tsx';
import { CodesStep } from './CodesStep.tsx';
import { unblockCodesPath } from './flow.ts';
import { StartStep } from './StartStep.tsx';

const STEPS = 2;
type Stage = 1 | 2 | 'done';
/** `/buka-blokir?akun=…` → 1, `/buka-blokir/kode?akun=…` → 2, `/buka-blokir/selesai` → done. */
const STAGE_OF_PATH: Record<string, Stage> = { '': 1, kode: 2, selesai: 'done' };

/**
 * Unblocking a temporarily blocked account ("Buka Blokir Akun"): the e-mail or number, then the two
 * codes sent to the account's e-mail and phone. Each step has its own address (the phone's Back
 * button steps back); the identifier travels in `?akun=` (the sign-in page's link puts it there),
 * nothing is stored on the device.
 */
export function UnblockPage() {
  const t = useT();
  const { params, query } = useRoute();
  const { route } = useLocation();
  const stage = STAGE_OF_PATH[params.langkah ?? ''];
  const akun = (query.akun ?? '').trim();

  const [identifier, setIdentifier] = useState(akun);
  const [resendAt, setResendAt] = useState<string | null>(null);
  const [notice, setNotice] = useState<Say | null>(null);
  const [done, setDone] = useState(false);

  const titles = { 1: t.unblock.title, 2: t.unblock.codesTitle, done: t.unblock.doneTitle };
  useTitle(
    stage === undefined
      ? t.notFoundTitle
      : stage === 1
        ? t.unblock.title
        : `${t.unblock.title}: ${titles[stage]}`,
  );

  // The codes step without an account, or the closing screen without an unblock: back to the start.
  const missing = (stage === 2 && !akun) || (stage === 'done' && !done);
  useEffect(() => {
    if (missing) route('/buka-blokir', true);
  }, [missing, route]);

  if (stage === undefined) return <NotFoundPage />;
  if (missing) return null;

  return (
    <div class="page page--narrow">
      <StepHeader
        id="unblock"
        step={stage === 'done' ? undefined : stage}
        total={STEPS}
        title={titles[stage]}
      />
      {stage === 1 && (
        <StartStep
          identifier={identifier}
          onIdentifier={setIdentifier}
          onSent={(sentIdentifier, nextResendAt, message) => {
            setResendAt(nextResendAt);
            setNotice(() => message);
            route(unblockCodesPath(sentIdentifier));
          }}
        />
      )}
      {stage === 2 && (
        <CodesStep
          identifier={akun}
          resendAt={resendAt}
          onResendAt={setResendAt}
          notice={notice}
          onUnblocked={() => {
            setDone(true);
            setIdentifier('');
            setNotice(null);
            route('/buka-blokir/selesai', true);
          }}
        />
      )}
      {stage === 'done' && (
        <>
          <p class="lead">{t.unblock.doneText}</p>
          <a href="/masuk" class="button button--primary button--block">
            {t.unblock.signIn}
          </a>
        </>
      )}
    </div>
  );
}

import type { Me } from '@jmo/core/contracts/auth';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import type { ApiError } from '../../api.ts';
import { StepHeader } from '../../components/Steps.tsx';
import { useT } from '../../i18n.ts';
import { cardsCache, me, signedIn } from '../../session.ts';
import { useTitle } from '../../title.ts';
import { NotFoundPage } from '../NotFound.tsx';
import { CategoryStep } from './CategoryStep.tsx';
import { DetailsStep } from './DetailsStep.tsx';
import {
  type Details,
  EMPTY_DETAILS,
  isSegment,
  loadPending,
  type Pending,
  type Segment,
  savePending,
} from './state.ts';
import { VerifyStep } from './VerifyStep.tsx';

const STEPS = 3;
/** `/daftar` → 1, `/daftar/data-diri?kategori=PU` → 2, `/daftar/verifikasi` → 3. */
const STEP_OF_PATH: Record<string, 1 | 2 | 3> = { '': 1, 'data-diri': 2, verifikasi: 3 };

const detailsPath = (segment: Segment) => `/daftar/data-diri?kategori=${segment}`;

/**
 * Registration ("Daftar") in three steps, each its own address so the phone's Back button steps
 * back. One component for all three keeps what was typed while moving between them (in memory
 * only); the pending verification survives a reload through sessionStorage.
 */
export function RegisterPage() {
  const t = useT();
  const { params, query } = useRoute();
  const { route } = useLocation();
  const step = STEP_OF_PATH[params.langkah ?? ''];
  const kategori = isSegment(query.kategori) ? query.kategori : null;

  const [choice, setChoice] = useState<Segment | null>(kategori);
  const [values, setValues] = useState<Details>(EMPTY_DETAILS);
  const [pending, setPending] = useState<Pending | null>(loadPending);
  const [notice, setNotice] = useState<ApiError | null>(null);

  const titles = { 1: t.register.categoryTitle, 2: t.register.detailsTitle, 3: t.register.verifyTitle };
  useTitle(step ? `${t.register.title}: ${titles[step]}` : t.notFoundTitle);

  useEffect(() => savePending(pending), [pending]);

  // A step that cannot be shown without the one before (a reload, a shared link): back to step 1.
  const missing = (step === 2 && !kategori) || (step === 3 && !pending);
  useEffect(() => {
    if (missing) route('/daftar', true);
  }, [missing, route]);

  if (!step) return <NotFoundPage />;
  if (missing) return null;

  function restart(error: ApiError) {
    setPending(null);
    setNotice(error);
    route('/daftar', true);
  }

  function verified(who: Me) {
    savePending(null);
    setValues(EMPTY_DETAILS);
    me.value = who;
    cardsCache.value = null;
    signedIn.value = true;
    route('/', true);
  }

  return (
    <div class="page page--narrow">
      <StepHeader id="register" step={step} total={STEPS} title={titles[step]} />
      {step === 1 && (
        <CategoryStep
          choice={choice}
          notice={notice}
          onChoose={setChoice}
          onNext={(segment) => {
            setNotice(null);
            route(detailsPath(segment));
          }}
        />
      )}
      {step === 2 && kategori && (
        <DetailsStep
          segment={kategori}
          values={values}
          onValues={setValues}
          onRegistered={(created) => {
            setPending(created);
            route('/daftar/verifikasi');
          }}
        />
      )}
      {step === 3 && pending && (
        <VerifyStep
          pending={pending}
          onPending={(update) => setPending((p) => (p ? update(p) : p))}
          onRestart={restart}
          onVerified={verified}
        />
      )}
    </div>
  );
}

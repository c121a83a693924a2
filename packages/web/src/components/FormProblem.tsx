import type { ApiError } from '../api.ts';
import { errorText } from '../api.ts';
import { formatTime } from '../format.ts';
import { type Messages, useT } from '../i18n.ts';

/** The catalogue's words for a problem, plus its `detail` and when to try again, if the server said. */
export function problemText(error: ApiError, t: Messages): string {
  if (error.kind === 'network') return errorText(error);
  const parts = [errorText(error)];
  if (error.detail) parts.push(error.detail);
  if (error.retryAt && Date.parse(error.retryAt) > Date.now()) {
    parts.push(t.tryAgainAt(formatTime(error.retryAt, t)));
  }
  return parts.join(' ');
}

const ACCOUNT_EXISTS = new Set(['nik_already_registered', 'email_already_used', 'phone_already_used']);

/**
 * A failure that belongs to no single field, as an alert. When the identity already has an account,
 * it offers the way to sign in (and, after the codes, the way back to change the e-mail or number).
 */
export function FormProblem({ error, editHref }: { error: ApiError; editHref?: string }) {
  const t = useT();
  const accountExists = error.kind === 'problem' && ACCOUNT_EXISTS.has(error.code);
  return (
    <div class="form__error" role="alert">
      <p>{problemText(error, t)}</p>
      {accountExists && (
        <p class="form__links">
          <a href="/masuk">{t.register.signIn}</a>
          {editHref && error.kind === 'problem' && error.code !== 'nik_already_registered' && (
            <a href={editHref}>{t.register.editDetails}</a>
          )}
        </p>
      )}
    </div>
  );
}

import { useT } from '../i18n.ts';
import { useTitle } from '../title.ts';

export function NotFoundPage() {
  const t = useT();
  useTitle(t.notFoundTitle);
  return (
    <div class="page page--narrow">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <p>
        <a href="/" class="button button--primary">
          {t.backHome}
        </a>
      </p>
    </div>
  );
}

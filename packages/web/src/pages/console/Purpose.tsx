import { useRef, useState } from 'preact/hooks';
import { Field } from '../../components/Field.tsx';
import type { ReadPurpose } from './api.ts';
import { READ_PURPOSES } from './api.ts';
import { useConsoleT } from './texts.ts';

/**
 * The step before a member's personal data opens: the officer says why. The purpose is recorded
 * with the read and shown to the member, and the form says so where the officer chooses.
 */
export function PurposeForm({ id, onOpen }: { id: string; onOpen: (purpose: ReadPurpose) => void }) {
  const t = useConsoleT();
  const [purpose, setPurpose] = useState<ReadPurpose | ''>('');
  const [missing, setMissing] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);

  function submit(event: Event) {
    event.preventDefault();
    if (!purpose) {
      setMissing(true);
      selectRef.current?.focus();
      return;
    }
    onOpen(purpose);
  }

  return (
    <form class="purpose" onSubmit={submit} noValidate>
      <Field
        id={id}
        label={t.purpose.label}
        hint={<span class="console-note">{t.purpose.recorded}</span>}
        error={missing ? t.purpose.missing : undefined}
      >
        {(a11y) => (
          <select
            {...a11y}
            ref={selectRef}
            name="purpose"
            required
            value={purpose}
            onChange={(e) => {
              setPurpose(e.currentTarget.value as ReadPurpose | '');
              setMissing(false);
            }}
          >
            <option value="">{t.purpose.choose}</option>
            {READ_PURPOSES.map((p) => (
              <option key={p} value={p}>
                {t.purposes[p]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" class="button button--primary">
        {t.purpose.open}
      </button>
    </form>
  );
}

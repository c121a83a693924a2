import type { Ref } from 'preact';
import { useRef, useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { errorText, fieldProblemsFor, isProblem } from '../../api.ts';
import { Field, PasswordInput } from '../../components/Field.tsx';
import { FormProblem } from '../../components/FormProblem.tsx';
import { ErrorState, Loading } from '../../components/Status.tsx';
import { useResource } from '../../resource.ts';
import type { StaffAccount, StaffRole } from './api.ts';
import { consoleApi } from './api.ts';
import { EVERY_ROLE } from './Shell.tsx';
import type { ConsoleTexts } from './texts.ts';
import { useConsoleT } from './texts.ts';

const needsBranch = (role: StaffRole) => role === 'officer' || role === 'supervisor';

function RoleSelect({
  id,
  value,
  onValue,
}: {
  id: string;
  value: StaffRole;
  onValue: (role: StaffRole) => void;
}) {
  const c = useConsoleT();
  return (
    <Field id={id} label={c.admin.role}>
      {(a11y) => (
        <select
          {...a11y}
          name="role"
          value={value}
          onChange={(e) => onValue(e.currentTarget.value as StaffRole)}
        >
          {EVERY_ROLE.map((role) => (
            <option key={role} value={role}>
              {c.roles[role]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/**
 * There is no list of branch offices in the API: the codes already in use are offered as
 * suggestions, and the server checks that the typed one exists.
 */
function BranchInput({
  id,
  value,
  onValue,
  error,
  inputRef,
}: {
  id: string;
  value: string;
  onValue: (code: string) => void;
  error: string | undefined;
  inputRef?: Ref<HTMLInputElement>;
}) {
  const c = useConsoleT();
  return (
    <Field id={id} label={c.admin.branchCode} hint={c.admin.branchHint} error={error}>
      {(a11y) => (
        <input
          {...a11y}
          ref={inputRef}
          name="branchCode"
          type="text"
          list="branch-codes"
          autocapitalize="characters"
          autocomplete="off"
          required
          value={value}
          onInput={(e) => onValue(e.currentTarget.value.toUpperCase())}
        />
      )}
    </Field>
  );
}

type Notify = (message: string) => void;

function EditStaff({
  account,
  onDone,
  onCancel,
}: {
  account: StaffAccount;
  onDone: Notify;
  onCancel: () => void;
}) {
  const c = useConsoleT();
  const [role, setRole] = useState<StaffRole>(account.role);
  const [branchCode, setBranchCode] = useState(account.branch?.code ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [branchError, setBranchError] = useState<string | undefined>();
  const branchRef = useRef<HTMLInputElement>(null);

  async function save(event: Event) {
    event.preventDefault();
    if (busy) return;
    const code = branchCode.trim();
    if (needsBranch(role) && !code) {
      setBranchError(c.admin.branchMissing);
      branchRef.current?.focus();
      return;
    }
    setBranchError(undefined);
    setBusy(true);
    setError(null);
    const result = await consoleApi.changeStaff(account.id, {
      role,
      branchCode: needsBranch(role) ? code : null,
    });
    setBusy(false);
    if (result.ok) {
      onDone(c.admin.saved(account.fullName));
      return;
    }
    const [branch] =
      result.error.kind === 'problem' ? fieldProblemsFor(result.error.errors, ['branchCode']) : [];
    if (branch) {
      setBranchError(branch.fromSchema ? c.admin.fieldInvalid : branch.message);
      branchRef.current?.focus();
    } else setError(result.error);
  }

  const prefix = `edit-${account.id}`;
  return (
    <form
      class="console-edit"
      onSubmit={save}
      noValidate
      aria-busy={busy}
      aria-label={c.admin.changeFor(account.fullName)}
    >
      {error && <FormProblem error={error} />}
      <RoleSelect id={`${prefix}-role`} value={role} onValue={setRole} />
      {needsBranch(role) && (
        <BranchInput
          id={`${prefix}-branch`}
          value={branchCode}
          onValue={setBranchCode}
          error={branchError}
          inputRef={branchRef}
        />
      )}
      <div class="console-buttons">
        <button type="submit" class="button button--primary" disabled={busy}>
          {busy ? c.admin.saving : c.admin.save}
        </button>
        <button type="button" class="button button--secondary" onClick={onCancel} disabled={busy}>
          {c.admin.cancel}
        </button>
      </div>
    </form>
  );
}

function StaffRow({ account, onDone }: { account: StaffAccount; onDone: Notify }) {
  const c = useConsoleT();
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  async function toggleDisabled() {
    setBusy(true);
    setError(null);
    const result = await consoleApi.changeStaff(account.id, { disabled: !account.disabled });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    onDone(
      account.disabled ? c.admin.enabledNotice(account.fullName) : c.admin.disabledNotice(account.fullName),
    );
  }

  const place = account.branch ? account.branch.name : account.employer?.name;
  return (
    <li class={account.disabled ? 'console-item console-item--disabled' : 'console-item'}>
      <h3 class="console-item__title">
        {account.fullName}{' '}
        <span class={account.disabled ? 'badge badge--nonactive' : 'badge badge--active'}>
          {account.disabled ? c.admin.disabled : c.admin.enabled}
        </span>
      </h3>
      <p class="console-item__meta">
        {c.roles[account.role]}
        {place && ` · ${place}`}
      </p>
      {error && <FormProblem error={error} />}
      {editing ? (
        <EditStaff
          account={account}
          onCancel={() => setEditing(false)}
          onDone={(message) => {
            setEditing(false);
            onDone(message);
          }}
        />
      ) : (
        <div class="console-buttons">
          <button
            type="button"
            class="button button--secondary"
            aria-label={c.admin.changeFor(account.fullName)}
            onClick={() => setEditing(true)}
          >
            {c.admin.change}
          </button>
          <button
            type="button"
            class="button button--secondary"
            aria-label={
              account.disabled ? c.admin.enableFor(account.fullName) : c.admin.disableFor(account.fullName)
            }
            disabled={busy}
            onClick={toggleDisabled}
          >
            {account.disabled ? c.admin.enable : c.admin.disable}
          </button>
        </div>
      )}
    </li>
  );
}

const NEW_FIELDS = ['fullName', 'email', 'password', 'branchCode', 'employerNpp'] as const;
type NewField = (typeof NEW_FIELDS)[number];
type NewErrors = Partial<Record<NewField, string>>;

function missingIn(form: Record<NewField, string>, role: StaffRole, c: ConsoleTexts): NewErrors {
  const errors: NewErrors = {};
  if (form.fullName.trim().length < 2) errors.fullName = c.admin.fullNameMissing;
  if (!form.email.trim()) errors.email = c.admin.emailMissing;
  if (!form.password) errors.password = c.admin.passwordMissing;
  if (needsBranch(role) && !form.branchCode.trim()) errors.branchCode = c.admin.branchMissing;
  if (role === 'employer' && !form.employerNpp.trim()) errors.employerNpp = c.admin.employerMissing;
  return errors;
}

const EMPTY_FORM: Record<NewField, string> = {
  fullName: '',
  email: '',
  password: '',
  branchCode: '',
  employerNpp: '',
};

function CreateStaff({ onDone }: { onDone: Notify }) {
  const c = useConsoleT();
  const [form, setForm] = useState(EMPTY_FORM);
  const [role, setRole] = useState<StaffRole>('officer');
  const [errors, setErrors] = useState<NewErrors>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const set = (field: NewField) => (value: string) => setForm((f) => ({ ...f, [field]: value }));

  /** Focus the first field that has something to fix, in the order they are shown. */
  function focusFirst(found: NewErrors) {
    const first = NEW_FIELDS.find((f) => found[f]);
    if (first)
      requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>(`#new-${first}`)?.focus());
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy) return;
    const missing = missingIn(form, role, c);
    setErrors(missing);
    setError(null);
    if (Object.keys(missing).length > 0) {
      focusFirst(missing);
      return;
    }
    setBusy(true);
    const result = await consoleApi.createStaff({
      fullName: form.fullName.trim(),
      email: form.email.trim(),
      password: form.password,
      role,
      ...(needsBranch(role) ? { branchCode: form.branchCode.trim() } : {}),
      ...(role === 'employer' ? { employerNpp: form.employerNpp.trim() } : {}),
    });
    setBusy(false);
    if (result.ok) {
      setForm(EMPTY_FORM);
      onDone(c.admin.created(result.data.fullName));
      return;
    }
    const problem = result.error;
    // The e-mail in use belongs to that field, not to the general alert (whose sign-in link is for members).
    const found: NewErrors = isProblem(problem, 'email_already_used') ? { email: errorText(problem) } : {};
    if (problem.kind === 'problem') {
      for (const p of fieldProblemsFor(problem.errors, NEW_FIELDS)) {
        found[p.field] = p.fromSchema ? c.admin.fieldInvalid : p.message;
      }
    }
    setErrors(found);
    if (Object.keys(found).length > 0) focusFirst(found);
    else setError(problem);
  }

  const input = (field: 'fullName' | 'employerNpp', label: string, hint?: string) => (
    <Field id={`new-${field}`} label={label} hint={hint} error={errors[field]}>
      {(a11y) => (
        <input
          {...a11y}
          name={field}
          type="text"
          autocomplete="off"
          required
          value={form[field]}
          onInput={(e) => set(field)(e.currentTarget.value)}
        />
      )}
    </Field>
  );

  return (
    <form
      class="form console-create"
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-busy={busy}
      aria-labelledby="create-title"
    >
      <h3 id="create-title">{c.admin.createTitle}</h3>
      {error && <FormProblem error={error} />}
      {input('fullName', c.admin.fullName)}
      <Field id="new-email" label={c.admin.email} error={errors.email}>
        {(a11y) => (
          <input
            {...a11y}
            name="email"
            type="email"
            autocomplete="off"
            autocapitalize="none"
            spellcheck={false}
            required
            value={form.email}
            onInput={(e) => set('email')(e.currentTarget.value)}
          />
        )}
      </Field>
      <Field id="new-password" label={c.admin.password} hint={c.admin.passwordHint} error={errors.password}>
        {(a11y) => (
          <PasswordInput
            a11y={a11y}
            name="password"
            autocomplete="new-password"
            value={form.password}
            onValue={set('password')}
          />
        )}
      </Field>
      <RoleSelect id="new-role" value={role} onValue={setRole} />
      {needsBranch(role) && (
        <BranchInput
          id="new-branchCode"
          value={form.branchCode}
          onValue={set('branchCode')}
          error={errors.branchCode}
        />
      )}
      {role === 'employer' && input('employerNpp', c.admin.employerNpp, c.admin.employerHint)}
      <button type="submit" class="button button--primary" disabled={busy}>
        {busy && <span class="spinner" aria-hidden="true" />}
        {busy ? c.admin.creating : c.admin.create}
      </button>
    </form>
  );
}

/** The administrator's screen: every staff account, a change of role or branch, disabling, and new accounts. */
export function StaffAdmin() {
  const c = useConsoleT();
  const list = useResource((signal) => consoleApi.staffList(signal), []);
  const [notice, setNotice] = useState('');

  function done(message: string) {
    setNotice(message);
    list.retry();
  }

  const codes = [...new Set((list.data?.staff ?? []).flatMap((s) => (s.branch ? [s.branch.code] : [])))];
  return (
    <section class="console__section" aria-labelledby="staff-title">
      <h2 id="staff-title">{c.admin.title}</h2>
      <p class="form__status console-done" role="status">
        {notice}
      </p>
      <datalist id="branch-codes">
        {codes.map((code) => (
          <option key={code} value={code} />
        ))}
      </datalist>
      {list.error && <ErrorState error={list.error} onRetry={list.retry} />}
      {!list.data && !list.error && <Loading />}
      {list.data &&
        (list.data.staff.length === 0 ? (
          <p class="empty">{c.admin.none}</p>
        ) : (
          <ul class="console-list">
            {list.data.staff.map((account) => (
              <StaffRow key={account.id} account={account} onDone={done} />
            ))}
          </ul>
        ))}
      <CreateStaff onDone={done} />
    </section>
  );
}

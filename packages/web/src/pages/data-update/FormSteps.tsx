/** The wizard's form steps: each saves with PUT …/steps/{step} and shows field errors beside the field. */
import type { DataUpdateView, EntriesView } from '@jmo/core/contracts/data-update';
import { EMERGENCY_RELATIONS, MARITAL_STATUSES } from '@jmo/core/data-update/person-data';
import { BANKS } from '@jmo/core/ids/banks';
import { DISTRICTS } from '@jmo/core/regions/data';
import { useState } from 'preact/hooks';
import type { ApiError } from '../../api.ts';
import { Field } from '../../components/Field.tsx';
import { formatDate, formatTime } from '../../format.ts';
import { useT } from '../../i18n.ts';
import { dataUpdateApi, type FormStep, type StepBodies } from './api.ts';
import { fieldErrors, OfferedButton, SaveButton, StepProblem, type StepProps } from './shared.tsx';
import { useDataUpdateT } from './texts.ts';

/** Saving a step: busy while the PUT runs, the problem kept for the fields. */
function useSave<S extends FormStep>(view: DataUpdateView, step: S, onSaved: (v: DataUpdateView) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  async function save(body: StepBodies[S], after?: (v: DataUpdateView) => boolean) {
    setBusy(true);
    setError(null);
    const result = await dataUpdateApi.saveStep(view.kpj, step, body);
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      // The first field with a problem gets focus, so it is seen and read out first.
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('.du form [aria-invalid="true"]')?.focus(),
      );
      return;
    }
    // A step may hold the member here (codes to enter, the bank's name to see) before moving on.
    if (after?.(result.data)) return;
    onSaved(result.data);
  }
  return { busy, error, save, setError };
}

const inputValue = (e: Event) => (e.currentTarget as HTMLInputElement).value;

export function MembershipData({ view }: { view: DataUpdateView }) {
  const d = useDataUpdateT();
  const t = useT();
  const m = view.membership;
  return (
    <dl class="du-data">
      <dt>{d.kpj}</dt>
      <dd>{m.kpj}</dd>
      <dt>{d.fullName}</dt>
      <dd>{m.fullName}</dd>
      <dt>{d.nik}</dt>
      <dd>{m.maskedNik}</dd>
      <dt>{d.birthDate}</dt>
      <dd>{formatDate(m.birthDate, t)}</dd>
      <dt>{d.sex}</dt>
      <dd>{d.sexes[m.sex]}</dd>
      <dt>{d.segment}</dt>
      <dd>{m.segment}</dd>
      {m.employer && (
        <>
          <dt>{d.employer}</dt>
          <dd>{m.employer.name}</dd>
        </>
      )}
      <dt>{d.joinedOn}</dt>
      <dd>{formatDate(m.joinedOn, t)}</dd>
      <dt>{d.status}</dt>
      <dd>{d.statuses[m.status]}</dd>
    </dl>
  );
}

export function MembershipStep({ view, onSaved }: StepProps) {
  const d = useDataUpdateT();
  const { busy, error, save } = useSave(view, 'membership', onSaved);
  return (
    <form
      class="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save({});
      }}
    >
      <p>{d.membershipIntro}</p>
      <MembershipData view={view} />
      <StepProblem error={error} />
      <SaveButton busy={busy} label={d.next} busyLabel={d.saving} />
    </form>
  );
}

export function ConfirmStep({ view, onSaved }: StepProps) {
  const d = useDataUpdateT();
  const { busy, error, save } = useSave(view, 'confirm', onSaved);
  const [notRight, setNotRight] = useState(false);
  return (
    <form
      class="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save({ dataCorrect: true });
      }}
    >
      <MembershipData view={view} />
      <p class="du-question">{d.confirmQuestion}</p>
      <StepProblem error={error} />
      <SaveButton busy={busy} label={d.confirmYes} busyLabel={d.saving} />
      <button type="button" class="button button--secondary button--block" onClick={() => setNotRight(true)}>
        {d.confirmNo}
      </button>
      {notRight && (
        <p class="du-note" role="status">
          {d.confirmNoHelp}
        </p>
      )}
    </form>
  );
}

// ── Contact ──────────────────────────────────────────────────────────────────────────────────────

type Contact = { phone: string; email: string };

function ContactCodes({
  view,
  onSaved,
  onChange,
}: {
  view: DataUpdateView;
  onSaved: (v: DataUpdateView) => void;
  onChange: () => void;
}) {
  const d = useDataUpdateT();
  const t = useT();
  const [codes, setCodes] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [missing, setMissing] = useState<string | null>(null);
  const pending = view.contactVerification;

  async function submit(e: Event) {
    e.preventDefault();
    const empty = pending.find((p) => !/^\d{6}$/.test(codes[p.changeId] ?? ''));
    if (empty) {
      setMissing(empty.changeId);
      document.getElementById(`code-${empty.changeId}`)?.focus();
      return;
    }
    setMissing(null);
    setBusy(true);
    setError(null);
    let latest = view;
    for (const p of pending) {
      const result = await dataUpdateApi.verifyContact(view.kpj, p.changeId, codes[p.changeId] ?? '');
      if (!result.ok) {
        setBusy(false);
        setError(result.error);
        return;
      }
      latest = result.data;
    }
    setBusy(false);
    onSaved(latest);
  }

  return (
    <form class="form" noValidate onSubmit={submit} aria-busy={busy}>
      <h2>{d.codeTitle}</h2>
      {pending.map((p) => (
        <Field
          key={p.changeId}
          id={`code-${p.changeId}`}
          label={d.codeLabel(p.channel)}
          hint={`${d.codeSentTo(p.channel, p.sentTo)} ${d.codeExpires(formatTime(p.expiresAt, t))}`}
          error={missing === p.changeId ? d.codeMissing : undefined}
        >
          {(a11y) => (
            <input
              {...a11y}
              inputMode="numeric"
              autocomplete="one-time-code"
              maxLength={6}
              value={codes[p.changeId] ?? ''}
              onInput={(e) => setCodes((c) => ({ ...c, [p.changeId]: inputValue(e).replace(/\D/g, '') }))}
            />
          )}
        </Field>
      ))}
      <StepProblem error={error} />
      <SaveButton busy={busy} label={d.verify} busyLabel={d.verifying} />
      <button type="button" class="button button--secondary button--block" onClick={onChange}>
        {d.changeContact}
      </button>
    </form>
  );
}

export function ContactStep({ view, onSaved, draft, onDraft }: StepProps) {
  const d = useDataUpdateT();
  const start: Contact = (draft as Contact | undefined) ??
    view.entered.contact ?? { phone: view.current.phone ?? '', email: view.current.email ?? '' };
  const [values, setValues] = useState<Contact>(start);
  const [used, setUsed] = useState(false);
  const [codes, setCodes] = useState<DataUpdateView | null>(
    view.contactVerification.length > 0 ? view : null,
  );
  const { busy, error, save } = useSave(view, 'contact', onSaved);
  const errors = fieldErrors(error, d);
  const offered = view.offered?.entries.contact;
  const set = (next: Contact) => {
    setValues(next);
    onDraft(next);
  };

  if (codes && codes.contactVerification.length > 0)
    return <ContactCodes view={codes} onSaved={onSaved} onChange={() => setCodes(null)} />;
  return (
    <form
      class="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save(values, (next) => {
          if (next.contactVerification.length === 0) return false;
          setCodes(next);
          return true;
        });
      }}
    >
      <p>{d.contactIntro}</p>
      {offered && view.offered && (
        <OfferedButton
          fromKpj={view.offered.fromKpj}
          used={used}
          t={d}
          onUse={() => {
            set(offered);
            setUsed(true);
          }}
        />
      )}
      <Field id="du-phone" label={d.phone} hint={d.phoneHint} error={errors.phone}>
        {(a11y) => (
          <input
            {...a11y}
            type="tel"
            inputMode="tel"
            autocomplete="tel"
            value={values.phone}
            onInput={(e) => set({ ...values, phone: inputValue(e) })}
          />
        )}
      </Field>
      <Field id="du-email" label={d.email} hint={d.emailHint} error={errors.email}>
        {(a11y) => (
          <input
            {...a11y}
            type="email"
            autocomplete="email"
            autocapitalize="none"
            value={values.email}
            onInput={(e) => set({ ...values, email: inputValue(e) })}
          />
        )}
      </Field>
      <StepProblem error={error} />
      <SaveButton busy={busy} label={d.next} busyLabel={d.saving} />
    </form>
  );
}

// ── NPWP and bank ────────────────────────────────────────────────────────────────────────────────

type TaxBank = { bankCode: string; accountNumber: string; npwp: string; noNpwp: boolean };

function taxBankOf(entries: EntriesView['taxBank']): TaxBank | null {
  if (!entries) return null;
  return {
    bankCode: entries.bank.code,
    accountNumber: entries.bank.accountNumber,
    npwp: entries.npwp?.value ?? '',
    noNpwp: !entries.npwp,
  };
}

export function TaxBankStep({ view, onSaved, draft, onDraft }: StepProps) {
  const d = useDataUpdateT();
  const current = view.current;
  const start: TaxBank = (draft as TaxBank | undefined) ??
    taxBankOf(view.entered.taxBank) ?? {
      bankCode: current.bank?.code ?? '',
      accountNumber: current.bank?.accountNumber ?? '',
      npwp: current.npwp?.value ?? '',
      noNpwp: false,
    };
  const [values, setValues] = useState<TaxBank>(start);
  const [used, setUsed] = useState(false);
  // After the bank answered: its holder name, for the member to see before going on.
  const [checked, setChecked] = useState<DataUpdateView | null>(null);
  const { busy, error, save } = useSave(view, 'tax_bank', onSaved);
  const errors = fieldErrors(error, d);
  const offered = taxBankOf(view.offered?.entries.taxBank ?? null);
  const unavailable =
    error?.kind === 'problem' && (error.status === 503 || error.code === 'bank_unavailable');
  const set = (next: TaxBank) => {
    setValues(next);
    onDraft(next);
  };

  if (checked?.entered.taxBank) {
    const bank = checked.entered.taxBank.bank;
    return (
      <div class="form">
        <div class="du-holder" role="status">
          <p class="muted">{d.holderName}</p>
          <p class="du-holder__name">{bank.holderName ?? d.holderPending}</p>
          <p class="muted">
            {bank.bankName} · {bank.accountNumber}
          </p>
          {checked.entered.taxBank.verified && <p>{d.bankConfirmed}</p>}
        </div>
        <button type="button" class="button button--primary button--block" onClick={() => onSaved(checked)}>
          {d.next}
        </button>
      </div>
    );
  }

  return (
    <form
      class="form"
      noValidate
      aria-busy={busy}
      onSubmit={(e) => {
        e.preventDefault();
        const npwp = values.noNpwp ? null : values.npwp.trim() || null;
        void save({ bankCode: values.bankCode, accountNumber: values.accountNumber, npwp }, (next) => {
          setChecked(next);
          return true;
        });
      }}
    >
      {offered && view.offered && (
        <OfferedButton
          fromKpj={view.offered.fromKpj}
          used={used}
          t={d}
          onUse={() => {
            set(offered);
            setUsed(true);
          }}
        />
      )}
      <Field id="du-bank" label={d.bank} hint={d.himbaraHelp} error={errors.bankCode}>
        {(a11y) => (
          <select
            {...a11y}
            value={values.bankCode}
            onChange={(e) => set({ ...values, bankCode: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{d.bankChoose}</option>
            {BANKS.map((b) => (
              <option key={b.code} value={b.code}>
                {b.name}
                {b.isStateOwned ? ` (${d.himbara})` : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="du-account" label={d.accountNumber} hint={d.accountHint} error={errors.accountNumber}>
        {(a11y) => (
          <input
            {...a11y}
            inputMode="numeric"
            autocomplete="off"
            value={values.accountNumber}
            onInput={(e) => set({ ...values, accountNumber: inputValue(e) })}
          />
        )}
      </Field>
      <Field id="du-npwp" label={d.npwp} hint={d.npwpHint} error={errors.npwp}>
        {(a11y) => (
          <input
            {...a11y}
            inputMode="numeric"
            autocomplete="off"
            disabled={values.noNpwp}
            value={values.noNpwp ? '' : values.npwp}
            onInput={(e) => set({ ...values, npwp: inputValue(e) })}
          />
        )}
      </Field>
      <label class="du-check">
        <input
          type="checkbox"
          checked={values.noNpwp}
          onChange={(e) => set({ ...values, noNpwp: (e.currentTarget as HTMLInputElement).checked })}
        />
        <span>{d.noNpwp}</span>
      </label>
      {(values.noNpwp || values.npwp.trim() === '') && <p class="du-note">{view.noNpwpNote}</p>}
      {unavailable ? (
        <div class="form__error" role="alert">
          <p>{d.bankUnavailable}</p>
        </div>
      ) : (
        <StepProblem error={error} />
      )}
      <SaveButton busy={busy} label={d.next} busyLabel={d.bankChecking} />
    </form>
  );
}

// ── Population ───────────────────────────────────────────────────────────────────────────────────

type Population = {
  familyCardNumber: string;
  street: string;
  rt: string;
  rw: string;
  village: string;
  postalCode: string;
  moved: boolean;
  districtCode: string;
};

function populationOf(entries: EntriesView['population'], nikDistrict: string): Population | null {
  if (!entries) return null;
  const a = entries.address;
  return {
    familyCardNumber: entries.familyCardNumber,
    street: a.street,
    rt: a.rt,
    rw: a.rw,
    village: a.village,
    postalCode: a.postalCode,
    moved: a.movedFromNikRegion,
    districtCode: a.movedFromNikRegion ? a.districtCode : nikDistrict,
  };
}

export function PopulationStep({ view, onSaved, draft, onDraft }: StepProps) {
  const d = useDataUpdateT();
  const region = view.region;
  const current = view.current;
  const start: Population = (draft as Population | undefined) ??
    populationOf(view.entered.population, region.districtCode) ??
    (current.familyCardNumber && current.address
      ? populationOf(
          { familyCardNumber: current.familyCardNumber, address: current.address },
          region.districtCode,
        )
      : null) ?? {
      familyCardNumber: current.familyCardNumber ?? '',
      street: '',
      rt: '',
      rw: '',
      village: '',
      postalCode: '',
      moved: false,
      districtCode: region.districtCode,
    };
  const [values, setValues] = useState<Population>(start);
  const [used, setUsed] = useState(false);
  const [other, setOther] = useState(start.moved && !DISTRICTS.some((x) => x.code === start.districtCode));
  const { busy, error, save } = useSave(view, 'population', onSaved);
  const errors = fieldErrors(error, d);
  const offered = populationOf(view.offered?.entries.population ?? null, region.districtCode);
  const set = (next: Population) => {
    setValues(next);
    onDraft(next);
  };
  const text = (
    key: keyof Population,
    id: string,
    label: string,
    opts: { numeric?: boolean; hint?: string } = {},
  ) => (
    <Field
      id={id}
      label={label}
      hint={opts.hint}
      error={errors[key === 'familyCardNumber' ? key : `address.${key}`]}
    >
      {(a11y) => (
        <input
          {...a11y}
          inputMode={opts.numeric ? 'numeric' : undefined}
          value={values[key] as string}
          onInput={(e) => set({ ...values, [key]: inputValue(e) })}
        />
      )}
    </Field>
  );

  return (
    <form
      class="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save({
          familyCardNumber: values.familyCardNumber,
          address: {
            street: values.street,
            rt: values.rt,
            rw: values.rw,
            village: values.village,
            postalCode: values.postalCode,
          },
          movedFromNikRegion: values.moved,
          districtCode: values.moved ? values.districtCode : region.districtCode,
        });
      }}
    >
      {offered && view.offered && (
        <OfferedButton
          fromKpj={view.offered.fromKpj}
          used={used}
          t={d}
          onUse={() => {
            set(offered);
            setUsed(true);
          }}
        />
      )}
      {text('familyCardNumber', 'du-kk', d.familyCard, { numeric: true, hint: d.familyCardHint })}
      <div class="du-region">
        <p class="du-region__title">{d.region}</p>
        <dl class="du-data">
          <dt>{d.province}</dt>
          <dd>{region.provinceName ?? region.provinceCode}</dd>
          <dt>{d.regency}</dt>
          <dd>{region.regencyName ?? region.regencyCode}</dd>
          <dt>{d.district}</dt>
          <dd>{region.districtName ?? region.districtCode}</dd>
        </dl>
      </div>
      {text('street', 'du-street', d.street)}
      <div class="du-row">
        {text('rt', 'du-rt', d.rt, { numeric: true })}
        {text('rw', 'du-rw', d.rw, { numeric: true })}
      </div>
      {text('village', 'du-village', d.village)}
      {text('postalCode', 'du-postal', d.postalCode, { numeric: true })}
      <label class="du-check">
        <input
          type="checkbox"
          checked={values.moved}
          onChange={(e) => {
            const moved = (e.currentTarget as HTMLInputElement).checked;
            set({ ...values, moved, districtCode: moved ? '' : region.districtCode });
          }}
        />
        <span>{d.moved}</span>
      </label>
      {values.moved && (
        <Field id="du-district" label={d.districtChoose} error={other ? undefined : errors.districtCode}>
          {(a11y) => (
            <select
              {...a11y}
              value={other ? 'other' : values.districtCode}
              onChange={(e) => {
                const v = (e.currentTarget as HTMLSelectElement).value;
                setOther(v === 'other');
                set({ ...values, districtCode: v === 'other' ? '' : v });
              }}
            >
              <option value="">{d.districtChoose}</option>
              {DISTRICTS.filter((x) => x.code !== region.districtCode).map((x) => (
                <option key={x.code} value={x.code}>
                  {x.name}, {x.regencyName}
                </option>
              ))}
              <option value="other">{d.districtOther}</option>
            </select>
          )}
        </Field>
      )}
      {values.moved && other && (
        <Field
          id="du-district-code"
          label={d.districtCode}
          hint={d.districtCodeHint}
          error={errors.districtCode}
        >
          {(a11y) => (
            <input
              {...a11y}
              inputMode="numeric"
              maxLength={6}
              value={values.districtCode}
              onInput={(e) => set({ ...values, districtCode: inputValue(e).replace(/\D/g, '') })}
            />
          )}
        </Field>
      )}
      <StepProblem error={error} />
      <SaveButton busy={busy} label={d.next} busyLabel={d.saving} />
    </form>
  );
}

// ── Additional data and emergency contact ────────────────────────────────────────────────────────

type Additional = {
  maritalStatus: string;
  mothersMaidenName: string;
  name: string;
  relation: string;
  phone: string;
};

function additionalOf(entries: EntriesView['additional']): Additional | null {
  if (!entries) return null;
  return {
    maritalStatus: entries.maritalStatus,
    mothersMaidenName: entries.mothersMaidenName,
    name: entries.emergencyContact.name,
    relation: entries.emergencyContact.relation,
    phone: entries.emergencyContact.phone,
  };
}

export function AdditionalStep({ view, onSaved, draft, onDraft }: StepProps) {
  const d = useDataUpdateT();
  const c = view.current;
  const start: Additional = (draft as Additional | undefined) ??
    additionalOf(view.entered.additional) ?? {
      maritalStatus: c.maritalStatus ?? '',
      mothersMaidenName: c.mothersMaidenName ?? '',
      name: c.emergencyContact?.name ?? '',
      relation: c.emergencyContact?.relation ?? '',
      phone: c.emergencyContact?.phone ?? '',
    };
  const [values, setValues] = useState<Additional>(start);
  const [used, setUsed] = useState(false);
  const { busy, error, save } = useSave(view, 'additional', onSaved);
  const errors = fieldErrors(error, d);
  const offered = additionalOf(view.offered?.entries.additional ?? null);
  const set = (next: Additional) => {
    setValues(next);
    onDraft(next);
  };

  return (
    <form
      class="form"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void save({
          maritalStatus: values.maritalStatus as StepBodies['additional']['maritalStatus'],
          mothersMaidenName: values.mothersMaidenName,
          emergencyContact: {
            name: values.name,
            relation: values.relation as StepBodies['additional']['emergencyContact']['relation'],
            phone: values.phone,
          },
        });
      }}
    >
      {offered && view.offered && (
        <OfferedButton
          fromKpj={view.offered.fromKpj}
          used={used}
          t={d}
          onUse={() => {
            set(offered);
            setUsed(true);
          }}
        />
      )}
      <Field id="du-marital" label={d.maritalStatus} error={errors.maritalStatus}>
        {(a11y) => (
          <select
            {...a11y}
            value={values.maritalStatus}
            onChange={(e) => set({ ...values, maritalStatus: (e.currentTarget as HTMLSelectElement).value })}
          >
            <option value="">{d.maritalChoose}</option>
            {MARITAL_STATUSES.map((s) => (
              <option key={s} value={s}>
                {d.maritalStatuses[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field id="du-mother" label={d.mothersMaidenName} error={errors.mothersMaidenName}>
        {(a11y) => (
          <input
            {...a11y}
            autocomplete="off"
            value={values.mothersMaidenName}
            onInput={(e) => set({ ...values, mothersMaidenName: inputValue(e) })}
          />
        )}
      </Field>
      <fieldset class="du-fieldset">
        <legend>{d.emergencyTitle}</legend>
        <Field id="du-ec-name" label={d.emergencyName} error={errors['emergencyContact.name']}>
          {(a11y) => (
            <input {...a11y} value={values.name} onInput={(e) => set({ ...values, name: inputValue(e) })} />
          )}
        </Field>
        <Field id="du-ec-relation" label={d.emergencyRelation} error={errors['emergencyContact.relation']}>
          {(a11y) => (
            <select
              {...a11y}
              value={values.relation}
              onChange={(e) => set({ ...values, relation: (e.currentTarget as HTMLSelectElement).value })}
            >
              <option value="">{d.relationChoose}</option>
              {EMERGENCY_RELATIONS.map((r) => (
                <option key={r} value={r}>
                  {d.emergencyRelations[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          id="du-ec-phone"
          label={d.emergencyPhone}
          hint={d.phoneHint}
          error={errors['emergencyContact.phone']}
        >
          {(a11y) => (
            <input
              {...a11y}
              type="tel"
              inputMode="tel"
              value={values.phone}
              onInput={(e) => set({ ...values, phone: inputValue(e) })}
            />
          )}
        </Field>
      </fieldset>
      <StepProblem error={error} />
      <SaveButton busy={busy} label={d.next} busyLabel={d.saving} />
    </form>
  );
}

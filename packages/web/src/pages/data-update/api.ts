/** The data update's calls: JSON through the app's request(), the selfie as raw image bytes. */
import type {
  AdditionalStepBody,
  BeneficiariesBody,
  BeneficiariesResponse,
  ContactStepBody,
  DataUpdateView,
  FaceAttemptResponse,
  PopulationStepBody,
  TaxBankStepBody,
} from '@jmo/core/contracts/data-update';
import { API_BASE, type ApiResult, readProblem, request } from '../../api.ts';
import { lang } from '../../i18n.ts';

export type StepBodies = {
  membership: Record<string, never>;
  confirm: { dataCorrect: true };
  contact: ContactStepBody;
  tax_bank: TaxBankStepBody;
  population: PopulationStepBody;
  additional: AdditionalStepBody;
};
export type FormStep = keyof StepBodies;

const base = (kpj: string) => `/me/cards/${encodeURIComponent(kpj)}/data-update`;

export const dataUpdateApi = {
  get: (kpj: string, signal?: AbortSignal) =>
    request<DataUpdateView>('GET', base(kpj), signal ? { signal } : {}),
  saveStep: <S extends FormStep>(kpj: string, step: S, body: StepBodies[S]) =>
    request<DataUpdateView>('PUT', `${base(kpj)}/steps/${step}`, { body }),
  verifyContact: (kpj: string, changeId: string, code: string) =>
    request<DataUpdateView>('POST', `${base(kpj)}/contact/verify`, { body: { changeId, code } }),
  confirm: (kpj: string) => request<DataUpdateView>('POST', `${base(kpj)}/confirm`, { body: {} }),
  beneficiaries: (signal?: AbortSignal) =>
    request<BeneficiariesResponse>('GET', '/me/beneficiaries', signal ? { signal } : {}),
  saveBeneficiaries: (body: BeneficiariesBody) =>
    request<BeneficiariesResponse>('PUT', '/me/beneficiaries', { body }),

  /** The selfie goes as the image itself (no JSON, no form): the server re-encodes it. */
  async face(kpj: string, image: Blob): Promise<ApiResult<FaceAttemptResponse>> {
    let response: Response;
    try {
      response = await fetch(`${API_BASE}${base(kpj)}/face`, {
        method: 'POST',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: {
          Accept: 'application/json',
          'Accept-Language': lang.value,
          'Content-Type': image.type || 'image/jpeg',
        },
        body: image,
      });
    } catch {
      return { ok: false, error: { kind: 'network' } };
    }
    if (!response.ok) return { ok: false, error: await readProblem(response) };
    try {
      return { ok: true, data: (await response.json()) as FaceAttemptResponse };
    } catch {
      return { ok: false, error: { kind: 'problem', status: response.status, code: 'internal_error' } };
    }
  },
};

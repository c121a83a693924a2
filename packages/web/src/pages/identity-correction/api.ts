/** The identity correction's calls; evidence goes up as the raw image (no JSON, no form encoding). */
import type {
  EvidenceKind,
  EvidenceUploadResponse,
  IdentityCorrectionBody,
  IdentityCorrectionsResponse,
  IdentityCorrectionView,
} from '@jmo/core/contracts/identity-correction';
import { API_BASE, type ApiResult, request } from '../../api.ts';
import { lang } from '../../i18n.ts';

const BASE = '/me/identity-corrections';

export const identityApi = {
  list: (signal?: AbortSignal) => request<IdentityCorrectionsResponse>('GET', BASE, signal ? { signal } : {}),
  create: (body: IdentityCorrectionBody) => request<IdentityCorrectionView>('POST', BASE, { body }),
  async upload(kind: EvidenceKind, file: Blob): Promise<ApiResult<EvidenceUploadResponse>> {
    let response: Response;
    try {
      response = await fetch(`${API_BASE}${BASE}/evidence?kind=${kind}`, {
        method: 'POST',
        credentials: 'same-origin',
        cache: 'no-store',
        headers: {
          Accept: 'application/json',
          'Accept-Language': lang.value,
          // The server sniffs the bytes; an unknown type still goes as an image so the answer is specific.
          'Content-Type': /^image\/(jpeg|png|webp)$/.test(file.type) ? file.type : 'image/jpeg',
        },
        body: file,
      });
    } catch {
      return { ok: false, error: { kind: 'network' } };
    }
    if (response.ok) return { ok: true, data: (await response.json()) as EvidenceUploadResponse };
    let body: { code?: string; detail?: string } = {};
    try {
      body = await response.json();
    } catch {
      // Not JSON: the status says enough.
    }
    return {
      ok: false,
      error: {
        kind: 'problem',
        status: response.status,
        code: body.code ?? (response.status === 413 ? 'identity_evidence_too_large' : 'internal_error'),
        ...(body.detail ? { detail: body.detail } : {}),
      },
    };
  },
};

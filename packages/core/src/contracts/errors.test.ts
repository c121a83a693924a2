/**
 * The error catalogue: every code is snake_case and says, in Indonesian and in English (distinct
 * words, not a copy), what went wrong; the data-update codes also say what to do next.
 */
import { describe, expect, it } from 'vitest';
import { type ErrorCode, errorMessage, errorMessages } from './errors.ts';

const codes = Object.keys(errorMessages) as ErrorCode[];

describe('errorMessages', () => {
  it.each(codes)('%s has both languages', (code) => {
    expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)*$/);
    expect(errorMessage(code, 'id').length).toBeGreaterThan(15);
    expect(errorMessage(code, 'en').length).toBeGreaterThan(15);
    expect(errorMessage(code, 'id')).not.toBe(errorMessage(code, 'en'));
  });

  it('tells the member what to do about every data-update problem', () => {
    const dataUpdate: ErrorCode[] = [
      'step_out_of_order',
      'data_update_step_invalid',
      'data_update_in_review',
      'face_check_already_passed',
      'face_check_with_officer',
      'selfie_too_large',
      'selfie_not_an_image',
      'face_not_found',
      'face_several_faces',
      'face_too_small',
      'face_image_unreadable',
      'face_liveness_low',
      'face_not_matching',
      'face_check_unavailable',
      'bank_unavailable',
      'bank_account_not_found',
      'bank_account_closed',
      'bank_holder_mismatch',
      'contact_code_not_pending',
      'beneficiaries_invalid',
      'identity_evidence_too_large',
      'identity_evidence_not_an_image',
      'identity_evidence_not_found',
      'identity_correction_no_evidence',
      'identity_correction_same_value',
      'identity_correction_already_open',
    ];
    // Each has a second sentence (the advice) in both languages.
    for (const code of dataUpdate) {
      expect(errorMessage(code, 'id').split(/[.:;] /).length).toBeGreaterThan(1);
      expect(errorMessage(code, 'en').split(/[.:;] /).length).toBeGreaterThan(1);
    }
    // The face advice is concrete: light, angle, glasses, steady hands; a real face, not a photo.
    expect(errorMessage('face_not_matching', 'en')).toMatch(/light.*straight.*glasses.*steady/s);
    expect(errorMessage('face_liveness_low', 'en')).toMatch(/real face.*not a photo/);
  });
});

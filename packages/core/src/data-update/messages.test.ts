/** Every data-update reason and return reason has distinct words in both languages; returns reopen the right steps. */
import { describe, expect, it } from 'vitest';
import {
  type DataUpdateReason,
  dataUpdateReasonMessages,
  fieldProblemMessage,
  returnReasons,
  stepLabels,
  stepsToRedo,
  stepToDoFirst,
} from './messages.ts';
import { DATA_UPDATE_STEPS } from './steps.ts';

describe('data update messages', () => {
  const codes = Object.keys(dataUpdateReasonMessages) as DataUpdateReason[];

  it.each(codes)('%s has both languages', (code) => {
    expect(code).toMatch(/^[a-z]+(_[a-z0-9]+)+$/);
    const id = fieldProblemMessage(code, 'id');
    const en = fieldProblemMessage(code, 'en');
    expect(id.length).toBeGreaterThan(10);
    expect(en.length).toBeGreaterThan(10);
    expect(id).not.toBe(en);
  });

  it('also words identifier reasons', () => {
    expect(fieldProblemMessage('npwp_bad_check_digit', 'en')).toMatch(/check digit/);
  });

  it('says what to do for every return reason, and which step it reopens', () => {
    for (const entry of Object.values(returnReasons)) {
      expect(entry.id.length).toBeGreaterThan(20);
      expect(entry.en.length).toBeGreaterThan(20);
    }
    expect(stepsToRedo(['selfie_unclear', 'selfie_not_member', 'address_incomplete', 'other'])).toEqual([
      'face',
      'population',
    ]);
  });

  it('names every step in both languages, for the step_out_of_order detail', () => {
    expect(Object.keys(stepLabels)).toEqual([...DATA_UPDATE_STEPS]);
    expect(stepToDoFirst('face', 'id')).toBe('Selesaikan dulu langkah: Verifikasi wajah (face).');
    expect(stepToDoFirst('tax_bank', 'en')).toBe('Do this step first: NPWP and bank account (tax_bank).');
  });
});

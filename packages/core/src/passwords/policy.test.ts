/**
 * The password policy follows NIST SP 800-63B: length, a block-list, no composition rules.
 * Table-driven cases for each reason, and properties: long random passphrases pass; the result is
 * the NFKC form.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNewPassword, PASSWORD_MAX_LENGTH, passwordReasonMessages } from './policy.ts';

const tooLong = 'x'.repeat(PASSWORD_MAX_LENGTH + 1);

describe('checkNewPassword', () => {
  it.each([
    ['pendek', 'password_too_short'],
    [`${tooLong}`, 'password_too_long'],
    ['iloveyou', 'password_common'],
    ['Password1', 'password_common'],
    ['qwerty123', 'password_common'],
    ['Jamsostek2024!', 'password_common'],
    ['bpjs12345', 'password_common'],
    ['sayangku', 'password_common'],
    ['aaaaaaaa', 'password_repetitive'],
    ['12345678', 'password_repetitive'],
    ['abcdefghij', 'password_repetitive'],
    ['87654321', 'password_repetitive'],
  ])('refuses %j with %s', (password, reason) => {
    expect(checkNewPassword(password)).toEqual({ ok: false, error: reason });
  });

  it("refuses the member's own name, NIK, e-mail or phone inside the password", () => {
    const personal = ['Siti Rahayu', '3174015708900001', 'siti.rahayu@mail.id', '+6281234567890'];
    for (const password of [
      'rahayu-keren-sekali',
      'kode3174015708900001',
      'siti.rahayu-pass',
      '6281234567890xx',
    ]) {
      expect(checkNewPassword(password, { personal })).toEqual({
        ok: false,
        error: 'password_contains_personal_data',
      });
    }
    expect(checkNewPassword('kopi tubruk di pagi hari', { personal }).ok).toBe(true);
  });

  it('accepts passphrases with spaces, any script and no digits, and returns the NFKC form', () => {
    expect(checkNewPassword('kopi tubruk di pagi hari')).toEqual({
      ok: true,
      value: 'kopi tubruk di pagi hari',
    });
    expect(checkNewPassword('ｓｅｌａｍａｔ ｐａｇｉ ｄｕｎｉａ')).toEqual({
      ok: true,
      value: 'selamat pagi dunia',
    });
    expect(checkNewPassword('sepeda ontel merah 🚲').ok).toBe(true);
  });

  it('accepts long random passphrases (property)', () => {
    const word = fc.stringMatching(/^[a-z]{5,9}$/);
    fc.assert(
      fc.property(fc.array(word, { minLength: 4, maxLength: 6 }), (words) => {
        fc.pre(new Set(words.join('')).size >= 3);
        expect(checkNewPassword(`${words.join(' ')} 7x`).ok).toBe(true);
      }),
    );
  });

  it('explains every reason in Indonesian and English', () => {
    for (const messages of Object.values(passwordReasonMessages)) {
      expect(messages.id.length).toBeGreaterThan(10);
      expect(messages.en.length).toBeGreaterThan(10);
    }
  });
});

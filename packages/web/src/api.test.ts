import { errorMessage } from '@jmo/core/contracts/errors';
import { afterEach, describe, expect, it } from 'vitest';
import { errorText } from './api.ts';
import { dictionaries, setLang } from './i18n.ts';

describe('errorText', () => {
  afterEach(() => {
    delete dictionaries.id.problems.brand_new_code;
    delete dictionaries.en.problems.brand_new_code;
    setLang('id');
  });

  const problemOf = (code: string) => ({ kind: 'problem' as const, status: 400, code });

  it("prefers core's catalogue, then the app's words for a code core has not got yet, then the general words", () => {
    expect(errorText(problemOf('reset_link_invalid'))).toBe(errorMessage('reset_link_invalid', 'id'));
    expect(errorText(problemOf('brand_new_code'))).toBe(errorMessage('internal_error', 'id'));
    dictionaries.id.problems.brand_new_code = 'Kata-kata aplikasi.';
    dictionaries.en.problems.brand_new_code = "The app's words.";
    expect(errorText(problemOf('brand_new_code'))).toBe('Kata-kata aplikasi.');
    setLang('en');
    expect(errorText(problemOf('brand_new_code'))).toBe("The app's words.");
    expect(errorText({ kind: 'network' })).toBe(dictionaries.en.networkError);
  });
});

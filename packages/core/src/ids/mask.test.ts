/** Proves each mask hides all but what a person needs to recognise their own identifier. */
import { describe, expect, it } from 'vitest';
import { maskAllButLast, maskBankAccount, maskEmail, maskKpj, maskNik, maskNpwp } from './mask.ts';

describe('masks', () => {
  it.each([
    [maskNik('3171011708450001'), '************0001'],
    [maskNik('3171 0117 0845 0001'), '************0001'],
    [maskKpj('23012345678'), '*******5678'],
    [maskNpwp('01.312.166.0-091.000'), '***********1000'],
    [maskBankAccount('123-456-7890'), '******7890'],
    [maskEmail('siti.rahayu@demo.jmo.id'), 's***u@demo.jmo.id'],
    [maskEmail('ab@example.com'), 'a***@example.com'],
    [maskEmail('not an e-mail'), '*************'],
    [maskAllButLast('123', 4), '***'],
    [maskAllButLast('1234', 4), '****'],
    [maskAllButLast('12345', 4), '*2345'],
    [maskAllButLast('', 4), ''],
  ])('%j is %j', (masked, expected) => {
    expect(masked).toBe(expected);
  });
});

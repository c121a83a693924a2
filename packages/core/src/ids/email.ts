/**
 * A pragmatic e-mail check for sign-up and contact forms, not a full RFC 5322 parser: the only proof
 * that an address works is a message that arrives (we send a code to it).
 *
 * Accepted: `local@domain` where the local part is 1–64 of the characters RFC 5322 allows unquoted
 * (letters, digits and ``!#$%&'*+/=?^_`{|}~-``) in dot-separated runs, and the domain is at least two
 * dot-separated labels of letters, digits and inner hyphens (1–63 each), ending in a top-level domain
 * of letters (or an `xn--` punycode label); 254 characters at most. Not accepted: quoted local parts,
 * IP-literal domains, non-ASCII addresses (internationalised mail is rare here and not supported by
 * every mail server we might send through).
 *
 * Normalisation: surrounding white space is trimmed and the domain lower-cased. The local part keeps
 * its case, because RFC 5321 lets a server treat it as case-sensitive; compare addresses for
 * uniqueness on the lower-cased whole if you need to.
 */
import { err, ok, type Result } from '../result.ts';

export type EmailReason = 'email_invalid';

export type ParsedEmail = {
  readonly email: string;
  readonly localPart: string;
  readonly domain: string;
};

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
const TOP_LEVEL = /^([a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

export function parseEmail(text: string): Result<ParsedEmail, EmailReason> {
  const trimmed = text.trim();
  if (trimmed.length > 254) return err('email_invalid', 'longer than 254 characters');
  const at = trimmed.lastIndexOf('@');
  if (at < 0) return err('email_invalid', 'no @');
  const localPart = trimmed.slice(0, at);
  const domain = trimmed.slice(at + 1).toLowerCase();
  if (localPart.length === 0 || localPart.length > 64) return err('email_invalid', 'local part length');
  if (!LOCAL.test(localPart)) return err('email_invalid', 'local part characters or dots');
  const labels = domain.split('.');
  if (labels.length < 2) return err('email_invalid', 'domain needs a dot');
  if (!labels.every((label) => LABEL.test(label))) return err('email_invalid', 'domain label');
  if (!TOP_LEVEL.test(labels[labels.length - 1]!)) return err('email_invalid', 'top-level domain');
  return ok({ email: `${localPart}@${domain}`, localPart, domain });
}

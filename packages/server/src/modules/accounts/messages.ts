/** The words of the messages accounts send, in Indonesian and English. Codes never go in a subject. */
import type { Locale } from '@jmo/core';

export function registrationCodeEmail(code: string, minutes: number, locale: Locale) {
  return locale === 'en'
    ? {
        subject: 'Your JMO registration code',
        text: [
          `Your verification code is ${code}.`,
          `It is valid for ${minutes} minutes.`,
          '',
          'Never give this code to anyone, including officers of BPJS Ketenagakerjaan.',
          'If you did not register for JMO, ignore this e-mail.',
        ].join('\n'),
      }
    : {
        subject: 'Kode pendaftaran JMO Anda',
        text: [
          `Kode verifikasi Anda: ${code}.`,
          `Kode berlaku ${minutes} menit.`,
          '',
          'Jangan berikan kode ini kepada siapa pun, termasuk petugas BPJS Ketenagakerjaan.',
          'Jika Anda tidak mendaftar di JMO, abaikan e-mail ini.',
        ].join('\n'),
      };
}

export function registrationCodeSms(code: string, minutes: number, locale: Locale): string {
  return locale === 'en'
    ? `JMO: your registration code is ${code}, valid ${minutes} min. NEVER share it with anyone.`
    : `JMO: kode pendaftaran Anda ${code}, berlaku ${minutes} menit. JANGAN berikan kepada siapa pun.`;
}

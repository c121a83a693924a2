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

export function newDeviceAlert(device: string | null, when: string, locale: Locale) {
  const what = device ?? (locale === 'en' ? 'an unknown device' : 'perangkat yang tidak dikenal');
  return locale === 'en'
    ? {
        email: {
          subject: 'New sign-in to your JMO account',
          text: [
            `Your JMO account was signed in from a new device (${what}) on ${when}.`,
            '',
            'If this was you, nothing needs doing.',
            'If not, change your password now and check your sign-in history under "Account security".',
          ].join('\n'),
        },
        sms: `JMO: new sign-in from ${what} on ${when}. Not you? Change your password now.`,
      }
    : {
        email: {
          subject: 'Login baru ke akun JMO Anda',
          text: [
            `Akun JMO Anda baru saja masuk dari perangkat baru (${what}) pada ${when}.`,
            '',
            'Jika itu Anda, tidak ada yang perlu dilakukan.',
            'Jika bukan, segera ganti kata sandi dan periksa riwayat masuk di menu "Keamanan Akun".',
          ].join('\n'),
        },
        sms: `JMO: login baru dari ${what} pada ${when}. Bukan Anda? Segera ganti kata sandi.`,
      };
}

export function unblockCodeEmail(code: string, minutes: number, locale: Locale) {
  return locale === 'en'
    ? {
        subject: 'Unblock your JMO account',
        text: [
          `Your code to unblock your JMO account is ${code}. It is valid for ${minutes} minutes.`,
          '',
          'Never give this code to anyone. If you did not ask to unblock your account, someone may be',
          'guessing your password: change it after you sign in.',
        ].join('\n'),
      }
    : {
        subject: 'Buka blokir akun JMO Anda',
        text: [
          `Kode untuk membuka blokir akun JMO Anda: ${code}. Berlaku ${minutes} menit.`,
          '',
          'Jangan berikan kode ini kepada siapa pun. Jika Anda tidak meminta buka blokir, mungkin ada',
          'yang mencoba menebak kata sandi Anda: ganti kata sandi setelah masuk.',
        ].join('\n'),
      };
}

export function unblockCodeSms(code: string, minutes: number, locale: Locale): string {
  return locale === 'en'
    ? `JMO: your unblock code is ${code}, valid ${minutes} min. NEVER share it with anyone.`
    : `JMO: kode buka blokir Anda ${code}, berlaku ${minutes} menit. JANGAN berikan kepada siapa pun.`;
}

export function passwordResetEmail(link: string, minutes: number, locale: Locale) {
  return locale === 'en'
    ? {
        subject: 'Reset your JMO password',
        text: [
          'Open this link to choose a new password for your JMO account:',
          link,
          '',
          `The link works once, for ${minutes} minutes. If you did not ask for it, ignore this e-mail.`,
        ].join('\n'),
      }
    : {
        subject: 'Atur ulang kata sandi JMO Anda',
        text: [
          'Buka tautan berikut untuk membuat kata sandi baru akun JMO Anda:',
          link,
          '',
          `Tautan hanya bisa dipakai sekali, selama ${minutes} menit. Jika Anda tidak memintanya, abaikan e-mail ini.`,
        ].join('\n'),
      };
}

export function passwordResetSms(code: string, minutes: number, locale: Locale): string {
  return locale === 'en'
    ? `JMO: your password reset code is ${code}, valid ${minutes} min. NEVER share it with anyone.`
    : `JMO: kode atur ulang kata sandi Anda ${code}, berlaku ${minutes} menit. JANGAN berikan kepada siapa pun.`;
}

export function passwordChangedNotice(locale: Locale) {
  return locale === 'en'
    ? {
        email: {
          subject: 'Your JMO password was changed',
          text: 'The password of your JMO account was just changed and every device was signed out. If this was not you, reset it now with "Forgot password" and contact BPJS Ketenagakerjaan.',
        },
        sms: 'JMO: your password was just changed. Not you? Use "Forgot password" now.',
      }
    : {
        email: {
          subject: 'Kata sandi JMO Anda telah diubah',
          text: 'Kata sandi akun JMO Anda baru saja diubah dan semua perangkat telah dikeluarkan. Jika bukan Anda, segera atur ulang lewat "Lupa kata sandi" dan hubungi BPJS Ketenagakerjaan.',
        },
        sms: 'JMO: kata sandi Anda baru saja diubah. Bukan Anda? Segera gunakan "Lupa kata sandi".',
      };
}

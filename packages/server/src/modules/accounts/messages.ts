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

export function accountRecoveryCodeEmail(code: string, minutes: number, locale: Locale) {
  return locale === 'en'
    ? {
        subject: 'Recover your JMO account',
        text: [
          `Your code to recover your JMO account ("Forgot account") is ${code}. It is valid for ${minutes} minutes.`,
          '',
          'Never give this code to anyone, including officers of BPJS Ketenagakerjaan. If you did not ask',
          'for it, someone knows your KPJ and NIK numbers: ignore this e-mail and keep the code to yourself.',
        ].join('\n'),
      }
    : {
        subject: 'Pulihkan akun JMO Anda',
        text: [
          `Kode untuk memulihkan akun JMO Anda ("Lupa akun"): ${code}. Berlaku ${minutes} menit.`,
          '',
          'Jangan berikan kode ini kepada siapa pun, termasuk petugas BPJS Ketenagakerjaan. Jika Anda tidak',
          'memintanya, ada yang mengetahui nomor KPJ dan NIK Anda: abaikan e-mail ini dan simpan kodenya.',
        ].join('\n'),
      };
}

export function accountRecoveryCodeSms(code: string, minutes: number, locale: Locale): string {
  return locale === 'en'
    ? `JMO: your account recovery code is ${code}, valid ${minutes} min. NEVER share it with anyone.`
    : `JMO: kode pemulihan akun Anda ${code}, berlaku ${minutes} menit. JANGAN berikan kepada siapa pun.`;
}

export function accountRecoveredNotice(locale: Locale) {
  return locale === 'en'
    ? {
        email: {
          subject: 'Your JMO account was recovered',
          text: 'Your JMO account was just recovered with "Forgot account" (KPJ, NIK and a code): its password was changed and every device was signed out. If this was not you, reset the password now with "Forgot password" and contact BPJS Ketenagakerjaan on 175.',
        },
        sms: 'JMO: your account was recovered and its password changed. Not you? Use "Forgot password" now and call 175.',
      }
    : {
        email: {
          subject: 'Akun JMO Anda telah dipulihkan',
          text: 'Akun JMO Anda baru saja dipulihkan lewat "Lupa akun" (KPJ, NIK, dan kode): kata sandinya diganti dan semua perangkat telah dikeluarkan. Jika bukan Anda, segera atur ulang lewat "Lupa kata sandi" dan hubungi BPJS Ketenagakerjaan di 175.',
        },
        sms: 'JMO: akun Anda dipulihkan dan kata sandinya diganti. Bukan Anda? Segera gunakan "Lupa kata sandi" dan hubungi 175.',
      };
}

/** To the new e-mail of a member who lost both their e-mail and their number. */
export function accountRecoveryRequestReceipt(reference: string, dueOn: string, locale: Locale) {
  return locale === 'en'
    ? {
        subject: `Your JMO account recovery request ${reference}`,
        text: [
          `We received your request to recover your JMO account. Your reference number is ${reference}.`,
          '',
          `An officer of BPJS Ketenagakerjaan checks your identity and answers by ${dueOn}. They may call`,
          'the new mobile number you gave. Officers never ask for your password or a verification code.',
        ].join('\n'),
      }
    : {
        subject: `Permintaan pemulihan akun JMO ${reference}`,
        text: [
          `Permintaan pemulihan akun JMO Anda sudah kami terima. Nomor referensi Anda: ${reference}.`,
          '',
          `Petugas BPJS Ketenagakerjaan memeriksa identitas Anda dan menjawab paling lambat ${dueOn}. Petugas`,
          'dapat menghubungi nomor HP baru yang Anda berikan. Petugas tidak pernah meminta kata sandi atau kode verifikasi.',
        ].join('\n'),
      };
}

/** To the account's current e-mail and phone: someone asked to move the account to new ones. */
export function accountRecoveryRequestAlert(reference: string, locale: Locale) {
  return locale === 'en'
    ? {
        email: {
          subject: 'Request to move your JMO account to a new e-mail and number',
          text: `Someone asked BPJS Ketenagakerjaan to move your JMO account to a new e-mail and mobile number (reference ${reference}). An officer checks their identity first. If this was not you, call 175 and quote the reference.`,
        },
        sms: `JMO: a request to move your account to a new e-mail and number was made (ref ${reference}). Not you? Call 175.`,
      }
    : {
        email: {
          subject: 'Permintaan memindahkan akun JMO Anda ke e-mail dan nomor baru',
          text: `Seseorang meminta BPJS Ketenagakerjaan memindahkan akun JMO Anda ke e-mail dan nomor HP baru (referensi ${reference}). Petugas memeriksa identitasnya lebih dulu. Jika bukan Anda, hubungi 175 dan sebutkan nomor referensi tersebut.`,
        },
        sms: `JMO: ada permintaan memindahkan akun Anda ke e-mail dan nomor baru (ref ${reference}). Bukan Anda? Hubungi 175.`,
      };
}

/** To the new e-mail and number once an officer has moved the account to them. */
export function recoveryRequestResolvedNotice(reference: string, locale: Locale) {
  return locale === 'en'
    ? {
        email: {
          subject: `Your JMO account now uses this e-mail (${reference})`,
          text: `An officer checked your identity and moved your JMO account to this e-mail and your new mobile number (reference ${reference}). Set a new password with "Forgot password" on the sign-in page. Officers never ask for your password or a code.`,
        },
        sms: `JMO: your account now uses this number (ref ${reference}). Set a new password with "Forgot password".`,
      }
    : {
        email: {
          subject: `Akun JMO Anda kini memakai e-mail ini (${reference})`,
          text: `Petugas telah memeriksa identitas Anda dan memindahkan akun JMO Anda ke e-mail ini dan nomor HP baru Anda (referensi ${reference}). Atur kata sandi baru lewat "Lupa kata sandi" di halaman masuk. Petugas tidak pernah meminta kata sandi atau kode.`,
        },
        sms: `JMO: akun Anda kini memakai nomor ini (ref ${reference}). Atur kata sandi baru lewat "Lupa kata sandi".`,
      };
}

/** To the new e-mail of a request an officer could not approve, with the reason. */
export function recoveryRequestRejectedNotice(reference: string, reason: string, locale: Locale) {
  return locale === 'en'
    ? {
        subject: `Your JMO account recovery request ${reference} was not approved`,
        text: `Your request ${reference} was not approved: ${reason}\n\nYou can submit a new request, or visit a BPJS Ketenagakerjaan branch office with your ID card and membership card.`,
      }
    : {
        subject: `Permintaan pemulihan akun JMO ${reference} tidak disetujui`,
        text: `Permintaan ${reference} tidak disetujui: ${reason}\n\nAnda dapat mengajukan permintaan baru, atau datang ke kantor cabang BPJS Ketenagakerjaan dengan KTP dan kartu peserta.`,
      };
}

export function stepUpCodeEmail(code: string, minutes: number, locale: Locale) {
  return locale === 'en'
    ? {
        subject: `${code} is your JMO confirmation code`,
        text: `Your code to confirm an important change in JMO (password, contact data, bank account or a claim) is ${code}, valid ${minutes} minutes. Never share it with anyone, officers included. If you did not ask for it, change your password.`,
      }
    : {
        subject: `${code} adalah kode konfirmasi JMO Anda`,
        text: `Kode untuk mengonfirmasi perubahan penting di JMO (kata sandi, data kontak, rekening bank, atau klaim) adalah ${code}, berlaku ${minutes} menit. Jangan berikan kepada siapa pun, termasuk petugas. Jika Anda tidak memintanya, ganti kata sandi Anda.`,
      };
}

export function stepUpCodeSms(code: string, minutes: number, locale: Locale): string {
  return locale === 'en'
    ? `JMO: confirmation code ${code} for an important change, valid ${minutes} min. NEVER share it, not even with officers.`
    : `JMO: kode konfirmasi ${code} untuk perubahan penting, berlaku ${minutes} menit. JANGAN berikan kepada siapa pun, termasuk petugas.`;
}

/** A passkey signs in without the password: a new one is announced on both channels. */
export function passkeyAddedNotice(device: string | null, locale: Locale) {
  const where = device ?? (locale === 'en' ? 'an unknown device' : 'perangkat tidak dikenal');
  return locale === 'en'
    ? {
        email: {
          subject: 'A passkey was added to your JMO account',
          text: `A passkey on ${where} can now sign in to your JMO account without the password. If this was not you, remove it under Account security, change your password, and contact BPJS Ketenagakerjaan on 175.`,
        },
        sms: `JMO: a passkey (${where}) was added to your account. Not you? Remove it under Account security and call 175.`,
      }
    : {
        email: {
          subject: 'Passkey ditambahkan ke akun JMO Anda',
          text: `Passkey di ${where} kini dapat masuk ke akun JMO Anda tanpa kata sandi. Jika bukan Anda, hapus passkey itu di Keamanan Akun, ganti kata sandi, dan hubungi BPJS Ketenagakerjaan di 175.`,
        },
        sms: `JMO: passkey (${where}) ditambahkan ke akun Anda. Bukan Anda? Hapus di Keamanan Akun dan hubungi 175.`,
      };
}

/** The code that confirms a new e-mail address for the account. */
export function contactChangeCodeEmail(code: string, minutes: number, locale: Locale) {
  return locale === 'en'
    ? {
        subject: `${code} confirms this e-mail for your JMO account`,
        text: `Enter ${code} in JMO to use this e-mail address for your account. It is valid ${minutes} minutes. Never share it with anyone.`,
      }
    : {
        subject: `${code} untuk memakai e-mail ini di akun JMO Anda`,
        text: `Masukkan ${code} di JMO untuk memakai alamat e-mail ini di akun Anda. Berlaku ${minutes} menit. Jangan berikan kepada siapa pun.`,
      };
}

export function contactChangeCodeSms(code: string, minutes: number, locale: Locale): string {
  return locale === 'en'
    ? `JMO: ${code} confirms this number for your account, valid ${minutes} min. NEVER share it.`
    : `JMO: ${code} untuk memakai nomor ini di akun Anda, berlaku ${minutes} menit. JANGAN berikan kepada siapa pun.`;
}

/** To the address being replaced: it no longer signs in, and what to do if that was not the member. */
export function contactChangedAlert(channel: 'email' | 'sms', masked: string, locale: Locale) {
  if (locale === 'en') {
    const what = channel === 'email' ? 'e-mail' : 'mobile number';
    return {
      email: {
        subject: `The ${what} of your JMO account was changed`,
        text: `The ${what} of your JMO account was changed to ${masked}. This address no longer signs in. If this was not you, call BPJS Ketenagakerjaan on 175 at once.`,
      },
      sms: `JMO: your account's ${what} was changed to ${masked}. Not you? Call 175 at once.`,
    };
  }
  const what = channel === 'email' ? 'E-mail' : 'Nomor HP';
  return {
    email: {
      subject: `${what} akun JMO Anda telah diganti`,
      text: `${what} akun JMO Anda diganti menjadi ${masked}. Alamat ini tidak lagi dipakai untuk masuk. Jika bukan Anda, segera hubungi BPJS Ketenagakerjaan di 175.`,
    },
    sms: `JMO: ${what.toLowerCase()} akun Anda diganti menjadi ${masked}. Bukan Anda? Segera hubungi 175.`,
  };
}

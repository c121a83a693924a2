/** What the member is told when an officer decides their identity correction, by e-mail and SMS. */
import type { Locale } from '@jmo/core';
import type { Notice } from '../accounts/notify.ts';

export function correctionNotice(
  status: 'approved' | 'rejected',
  reason: string | null,
  locale: Locale,
): Notice {
  const en = locale === 'en';
  if (status === 'approved')
    return {
      email: {
        subject: en ? 'Your identity correction was approved' : 'Koreksi identitas Anda disetujui',
        text: en
          ? 'An officer checked your KTP/KK photos and approved the correction: your name or birth date in JMO now follows your KTP.'
          : 'Petugas telah memeriksa foto KTP/KK Anda dan menyetujui koreksi: nama atau tanggal lahir Anda di JMO kini sesuai KTP.',
      },
      sms: en ? 'JMO: your identity correction was approved.' : 'JMO: koreksi identitas Anda disetujui.',
    };
  return {
    email: {
      subject: en ? 'Your identity correction was not approved' : 'Koreksi identitas Anda belum disetujui',
      text: en
        ? `An officer could not approve your identity correction:\n${reason}\n\nOpen JMO (Identity correction) to send a new request with clearer photos.`
        : `Petugas belum dapat menyetujui koreksi identitas Anda:\n${reason}\n\nBuka JMO (Koreksi identitas) untuk mengirim permohonan baru dengan foto yang lebih jelas.`,
    },
    sms: en
      ? 'JMO: your identity correction was not approved. See the reason in JMO.'
      : 'JMO: koreksi identitas Anda belum disetujui. Lihat alasannya di JMO.',
  };
}

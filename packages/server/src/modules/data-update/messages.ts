/** What the member is told when an officer decides their data update, by e-mail and SMS. */
import type { Locale } from '@jmo/core';
import type { Notice } from '../accounts/notify.ts';

export function decisionNotice(
  decision: 'approve' | 'return',
  status: string,
  reasons: readonly string[],
  locale: Locale,
): Notice {
  if (decision === 'approve') {
    const done = status === 'updated';
    return locale === 'en'
      ? {
          email: {
            subject: done ? 'Your JMO data update is done' : 'Your JMO face check was accepted',
            text: done
              ? 'An officer checked your data update and approved it: your data is updated.'
              : 'An officer checked your selfie and accepted it. Open JMO to finish your data update.',
          },
          sms: done
            ? 'JMO: your data update was approved.'
            : 'JMO: your selfie was accepted. Finish your data update in JMO.',
        }
      : {
          email: {
            subject: done ? 'Pengkinian data JMO Anda selesai' : 'Verifikasi wajah JMO Anda diterima',
            text: done
              ? 'Petugas telah memeriksa pengkinian data Anda dan menyetujuinya: data Anda sudah diperbarui.'
              : 'Petugas telah memeriksa swafoto Anda dan menerimanya. Buka JMO untuk menyelesaikan pengkinian data.',
          },
          sms: done
            ? 'JMO: pengkinian data Anda disetujui.'
            : 'JMO: swafoto Anda diterima. Selesaikan pengkinian data di JMO.',
        };
  }
  const list = reasons.map((r) => `- ${r}`).join('\n');
  return locale === 'en'
    ? {
        email: {
          subject: 'Your JMO data update needs a fix',
          text: `An officer returned your data update:\n${list}\n\nOpen JMO, fix it and confirm again.`,
        },
        sms: 'JMO: your data update was returned with a reason. Open JMO to fix it.',
      }
    : {
        email: {
          subject: 'Pengkinian data JMO Anda perlu diperbaiki',
          text: `Petugas mengembalikan pengkinian data Anda:\n${list}\n\nBuka JMO, perbaiki, lalu konfirmasi lagi.`,
        },
        sms: 'JMO: pengkinian data Anda dikembalikan dengan alasan. Buka JMO untuk memperbaikinya.',
      };
}

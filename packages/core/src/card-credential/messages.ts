/**
 * What a clinic reads after checking a card: what the result means and what to do, in Bahasa
 * Indonesia and English. Shared by the verify page (offline) and the server's verify endpoint.
 */
import type { Locale } from '../contracts/errors.ts';
import type { CardVerification, CardVerificationOutcome } from './verify.ts';

export type CardVerdictTone = 'ok' | 'warning' | 'bad';

export interface CardVerdict {
  tone: CardVerdictTone;
  title: string;
  /** What the clinic should do next. */
  action: string;
}

type Texts = Record<Locale, { title: string; action: string }>;

const verdicts: Record<CardVerificationOutcome | 'valid_nonactive', { tone: CardVerdictTone } & Texts> = {
  valid: {
    tone: 'ok',
    id: {
      title: 'Kartu sah',
      action:
        'Tanda tangan BPJS Ketenagakerjaan benar dan kartu masih berlaku. Cocokkan nama dan 4 digit akhir NIK dengan KTP pasien.',
    },
    en: {
      title: 'Card valid',
      action:
        "The BPJS Ketenagakerjaan signature is genuine and the card is in force. Match the name and the NIK's last 4 digits against the patient's ID card.",
    },
  },
  valid_nonactive: {
    tone: 'warning',
    id: {
      title: 'Kartu sah, kepesertaan tidak aktif',
      action:
        'Kartu asli, tetapi saat diterbitkan kepesertaan ini sudah tidak aktif. Hubungi kantor cabang BPJS Ketenagakerjaan sebelum memberi layanan atas tanggungan BPJS.',
    },
    en: {
      title: 'Card valid, membership not active',
      action:
        'The card is genuine, but the membership was not active when it was issued. Contact a BPJS Ketenagakerjaan branch before treating at the agency’s expense.',
    },
  },
  expired: {
    tone: 'bad',
    id: {
      title: 'Kartu kedaluwarsa',
      action:
        'Masa berlaku kartu ini sudah habis. Minta peserta membuka Kartu Digital terbaru di aplikasi JMO, lalu periksa lagi.',
    },
    en: {
      title: 'Card expired',
      action:
        'This card is past its validity. Ask the member to open their latest Digital Card in the JMO app, then check again.',
    },
  },
  revoked: {
    tone: 'bad',
    id: {
      title: 'Kartu dicabut',
      action:
        'Kartu ini sudah tidak berlaku (diterbitkan ulang atau dicabut petugas). Jangan terima kartu ini; minta Kartu Digital terbaru dari aplikasi JMO.',
    },
    en: {
      title: 'Card revoked',
      action:
        'This card is no longer in force (reissued, or revoked by an officer). Do not accept it; ask for the latest Digital Card from the JMO app.',
    },
  },
  signature_invalid: {
    tone: 'bad',
    id: {
      title: 'Tanda tangan tidak sah: kartu palsu atau diubah',
      action:
        'Isi kartu ini tidak sesuai tanda tangan BPJS Ketenagakerjaan. Jangan terima kartu ini; minta peserta membuka kartu di aplikasi JMO atau hubungi kantor cabang.',
    },
    en: {
      title: 'Signature not valid: forged or altered card',
      action:
        'The content of this card does not match the BPJS Ketenagakerjaan signature. Do not accept it; ask the member to open the card in the JMO app, or contact a branch.',
    },
  },
  unknown_key: {
    tone: 'bad',
    id: {
      title: 'Kunci penanda tangan tidak dikenal',
      action:
        'Kartu ditandatangani dengan kunci yang belum dikenal halaman ini. Sambungkan ke internet dan muat ulang halaman untuk memperbarui kunci; bila tetap gagal, jangan terima kartu ini.',
    },
    en: {
      title: 'Unknown signing key',
      action:
        'The card was signed with a key this page does not know. Connect to the internet and reload the page to update the keys; if it still fails, do not accept the card.',
    },
  },
  malformed: {
    tone: 'bad',
    id: {
      title: 'Bukan kartu digital JMO',
      action:
        'Kode QR atau teks ini bukan kartu digital yang bisa dibaca. Pindai ulang QR pada kartu, atau tempel teks kartu dengan lengkap.',
    },
    en: {
      title: 'Not a JMO digital card',
      action:
        'This QR code or text is not a readable digital card. Scan the QR on the card again, or paste the whole card text.',
    },
  },
};

export function describeCardVerification(result: CardVerification, locale: Locale): CardVerdict {
  const key =
    result.outcome === 'valid' && result.payload.status === 'nonactive' ? 'valid_nonactive' : result.outcome;
  const verdict = verdicts[key];
  return { tone: verdict.tone, ...verdict[locale] };
}

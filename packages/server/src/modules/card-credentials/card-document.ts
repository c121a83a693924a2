/**
 * The printable card: a one-page A6 PDF (pdf-lib) with the member's name, KPJ, segment, programs,
 * status, validity and the QR code drawn as vector squares (sharp at any print size), plus how to
 * verify it. And the QR as SVG for the app. Texts are Indonesian with English beside them.
 */
import type { CardCredentialPayload } from '@jmo/core';
import { PDFDocument, type PDFFont, type PDFPage, rgb, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';

/** ISO 216 A6 in points (105 × 148 mm). */
export const A6 = { width: 297.64, height: 419.53 } as const;
const GREEN = rgb(0, 0.478, 0.239);
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.35, 0.35, 0.35);

const SEGMENTS = {
  PU: 'Penerima Upah (PU) / Wage earner',
  BPU: 'Bukan Penerima Upah (BPU) / Informal worker',
  PMI: 'Pekerja Migran Indonesia (PMI) / Migrant worker',
} as const;
const STATUSES = { active: 'Aktif / Active', nonactive: 'Nonaktif / Not active' } as const;

/** The QR of the verify URL as an SVG document (error correction M: readable when slightly worn). */
export async function cardQrSvg(verifyUrl: string): Promise<string> {
  return QRCode.toString(verifyUrl, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
}

/**
 * The standard PDF fonts speak Windows-1252 only: accents are dropped to their letter and anything
 * else becomes '?', so a name never makes the PDF fail.
 */
export function pdfSafeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e\u00a0-\u00ff]/g, '?');
}

const kpjGroups = (kpj: string) => `${kpj.slice(0, 3)} ${kpj.slice(3, 7)} ${kpj.slice(7)}`;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

function drawQr(page: PDFPage, text: string, x: number, y: number, size: number): void {
  const qr = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const count = qr.modules.size;
  const quiet = 2;
  const cell = size / (count + 2 * quiet);
  page.drawRectangle({ x, y, width: size, height: size, color: rgb(1, 1, 1) });
  for (let row = 0; row < count; row++) {
    // One rectangle per run of dark modules: far fewer drawing operations than one per module.
    let start = -1;
    for (let col = 0; col <= count; col++) {
      const dark = col < count && qr.modules.get(row, col) === 1;
      if (dark && start < 0) start = col;
      if (!dark && start >= 0) {
        page.drawRectangle({
          x: x + (quiet + start) * cell,
          y: y + size - (quiet + row + 1) * cell,
          width: (col - start) * cell,
          height: cell,
          color: rgb(0, 0, 0),
        });
        start = -1;
      }
    }
  }
}

export async function cardPdf(input: {
  payload: CardCredentialPayload;
  verifyUrl: string;
  /** Where clinics check a card without the QR: PUBLIC_URL/verify. */
  verifyPage: string;
  /** Calendar dates as the member reads them (in JMO_TIME_ZONE). */
  issuedOn: string;
  validUntil: string;
}): Promise<Uint8Array> {
  const { payload } = input;
  const doc = await PDFDocument.create();
  doc.setTitle(`Kartu Peserta Digital ${payload.kpj}`);
  doc.setSubject('JMO digital membership card (BPJS Ketenagakerjaan participant services)');
  doc.setAuthor('JMO');
  doc.setCreator('JMO');
  doc.setProducer('JMO (pdf-lib)');
  doc.setKeywords(['KPJ', payload.kpj, payload.jti]);
  doc.setCreationDate(new Date(payload.iat * 1000));
  doc.setModificationDate(new Date(payload.iat * 1000));
  const page = doc.addPage([A6.width, A6.height]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const margin = 18;
  const width = A6.width - 2 * margin;

  page.drawRectangle({ x: 0, y: A6.height - 44, width: A6.width, height: 44, color: GREEN });
  page.drawText('Kartu Peserta Digital', {
    x: margin,
    y: A6.height - 24,
    size: 13,
    font: bold,
    color: rgb(1, 1, 1),
  });
  page.drawText('Digital membership card - JMO, BPJS Ketenagakerjaan', {
    x: margin,
    y: A6.height - 37,
    size: 7,
    font: regular,
    color: rgb(1, 1, 1),
  });

  let y = A6.height - 64;
  for (const line of wrap(pdfSafeText(payload.name), bold, 13, width)) {
    page.drawText(line, { x: margin, y, size: 13, font: bold, color: INK });
    y -= 16;
  }
  page.drawText(`KPJ ${kpjGroups(payload.kpj)}`, { x: margin, y, size: 11, font: bold, color: INK });
  y -= 16;

  const rows: [string, string][] = [
    ['Segmen / Segment', SEGMENTS[payload.segment]],
    ['Program', payload.programs.join(', ')],
    ['Status', STATUSES[payload.status]],
    ...(payload.employer ? ([['Pemberi kerja / Employer', payload.employer]] as [string, string][]) : []),
    ['NIK', payload.nik],
    ['Berlaku / Valid', `${input.issuedOn} - ${input.validUntil}`],
  ];
  for (const [label, value] of rows) {
    page.drawText(label, { x: margin, y, size: 6.5, font: regular, color: MUTED });
    y -= 9;
    for (const line of wrap(pdfSafeText(value), regular, 8.5, width)) {
      page.drawText(line, { x: margin, y, size: 8.5, font: regular, color: INK });
      y -= 10.5;
    }
    y -= 2;
  }

  const footerTop = 56;
  const qrSize = Math.min(150, y - footerTop - 6);
  drawQr(page, input.verifyUrl, (A6.width - qrSize) / 2, footerTop + 2, qrSize);

  const footer = [
    `Periksa keaslian: pindai QR ini atau buka ${input.verifyPage}`,
    `Check it: scan this QR code or open ${input.verifyPage}`,
    `ID kartu / Card id: ${payload.jti}`,
  ];
  let fy = footerTop - 10;
  for (const text of footer) {
    for (const line of wrap(pdfSafeText(text), regular, 6.5, width)) {
      page.drawText(line, { x: margin, y: fy, size: 6.5, font: regular, color: MUTED });
      fy -= 8.5;
    }
  }
  return doc.save();
}

/**
 * Reading a QR code from a camera frame or a photo: the browser's BarcodeDetector where it exists
 * (Android Chrome), else jsQR on the pixels (loaded only when needed; precached for offline use).
 */
type Source = HTMLVideoElement | ImageBitmap | HTMLImageElement;

interface Detector {
  detect(source: Source): Promise<{ rawValue: string }[]>;
}
declare const BarcodeDetector:
  | { new (options: { formats: string[] }): Detector; getSupportedFormats(): Promise<string[]> }
  | undefined;

let detector: Promise<Detector | null> | undefined;

function nativeDetector(): Promise<Detector | null> {
  detector ??= (async () => {
    try {
      if (typeof BarcodeDetector === 'undefined') return null;
      const formats = await BarcodeDetector.getSupportedFormats();
      return formats.includes('qr_code') ? new BarcodeDetector({ formats: ['qr_code'] }) : null;
    } catch {
      return null;
    }
  })();
  return detector;
}

const MAX_SIDE = 1280;

function sizeOf(source: Source): { width: number; height: number } {
  if ('videoWidth' in source) return { width: source.videoWidth, height: source.videoHeight };
  if ('naturalWidth' in source) return { width: source.naturalWidth, height: source.naturalHeight };
  return { width: source.width, height: source.height };
}

async function decodeWithJsQr(source: Source): Promise<string | null> {
  const { width, height } = sizeOf(source);
  if (!width || !height) return null;
  const scale = Math.min(1, MAX_SIDE / Math.max(width, height));
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * scale);
  canvas.height = Math.round(height * scale);
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return null;
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
  const { default: jsQR } = await import('jsqr');
  return jsQR(data, canvas.width, canvas.height, { inversionAttempts: 'attemptBoth' })?.data ?? null;
}

/** The text of the first QR code in the picture, or null. */
export async function decodeQr(source: Source): Promise<string | null> {
  const native = await nativeDetector();
  if (native) {
    try {
      const [found] = await native.detect(source);
      if (found) return found.rawValue;
    } catch {
      // Fall through to jsQR.
    }
  }
  return decodeWithJsQr(source);
}

/** A photo chosen by the user as something decodeQr can read. */
export async function imageOfFile(file: Blob): Promise<ImageBitmap | HTMLImageElement> {
  if (typeof createImageBitmap === 'function') return createImageBitmap(file);
  const url = URL.createObjectURL(file);
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

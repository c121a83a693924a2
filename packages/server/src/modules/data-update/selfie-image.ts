/**
 * A selfie as uploaded becomes one we keep: its type sniffed from the bytes (never the header's
 * word), decoded with a pixel limit (no decompression bombs), turned upright by its EXIF
 * orientation, scaled to at most 1280 px on the long side and re-encoded as JPEG without any
 * metadata (sharp writes none unless asked: no GPS position, no camera serial). Everything else is
 * refused as not an image.
 */
import sharp from 'sharp';

const ACCEPTED = new Set(['jpeg', 'png', 'webp']);
/** 40 megapixels: more than any phone camera, far less than a crafted bomb. */
const MAX_INPUT_PIXELS = 40_000_000;
const LONG_SIDE_PX = 1280;

export type NormalisedImage = { bytes: Buffer; width: number; height: number };

export async function normaliseImage(input: Uint8Array): Promise<NormalisedImage | null> {
  try {
    const image = sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' });
    const meta = await image.metadata();
    if (!meta.format || !ACCEPTED.has(meta.format) || (meta.pages ?? 1) > 1) return null;
    const { data, info } = await image
      .rotate()
      .resize({ width: LONG_SIDE_PX, height: LONG_SIDE_PX, fit: 'inside', withoutEnlargement: true })
      .jpeg({ quality: 88 })
      .toBuffer({ resolveWithObject: true });
    return { bytes: data, width: info.width, height: info.height };
  } catch {
    // Not decodable (truncated, another format, over the pixel limit): not an image we take.
    return null;
  }
}

/** The content type of stored image bytes, sniffed, for serving them back (officer console). */
export async function imageContentType(bytes: Uint8Array): Promise<string> {
  try {
    const format = (await sharp(bytes).metadata()).format;
    return format === 'png' ? 'image/png' : format === 'webp' ? 'image/webp' : 'image/jpeg';
  } catch {
    return 'application/octet-stream';
  }
}

/**
 * Recognising a member's devices for new-device alerts: a long-lived random device token in its own
 * httpOnly cookie; only its hash is stored, per account, with a coarse label from the User-Agent.
 */
import { createHash, randomBytes } from 'node:crypto';

export const DEVICE_COOKIE = 'jmo_device';
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 400 * 24 * 3600; // the longest browsers keep a cookie

export const newDeviceToken = (): string => randomBytes(24).toString('base64url');
export const hashDeviceToken = (token: string): Buffer =>
  createHash('sha256').update(`device:${token}`).digest();

/** "Chrome · Android", "Firefox · Windows"…: enough for a member to recognise their phone. */
export function describeDevice(userAgent: string | undefined): string | null {
  const ua = userAgent ?? '';
  const os = /Android/.test(ua)
    ? 'Android'
    : /iPhone|iPad|iPod/.test(ua)
      ? 'iOS'
      : /Windows/.test(ua)
        ? 'Windows'
        : /Mac OS X/.test(ua)
          ? 'macOS'
          : /Linux/.test(ua)
            ? 'Linux'
            : null;
  const browser = /Edg\//.test(ua)
    ? 'Edge'
    : /SamsungBrowser/.test(ua)
      ? 'Samsung Internet'
      : /Chrome\//.test(ua)
        ? 'Chrome'
        : /Firefox\//.test(ua)
          ? 'Firefox'
          : /Safari\//.test(ua)
            ? 'Safari'
            : null;
  if (!os && !browser) return null;
  return [browser ?? 'Browser', os].filter(Boolean).join(' · ');
}

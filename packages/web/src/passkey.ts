/**
 * Passkeys in the browser: the server's options go to the phone (fingerprint, face or screen-lock
 * PIN), and what the phone signs goes back to the server. What the phone refuses becomes a reason
 * the screens can put in words; what the server refuses stays an API error.
 */
import type { Me } from '@jmo/core/contracts/auth';
import type { Passkey } from '@jmo/core/contracts/passkeys';
import { browserSupportsWebAuthn, startAuthentication, startRegistration } from '@simplewebauthn/browser';
import { type ApiError, api } from './api.ts';

/** Why the phone did not make or use a passkey. */
export type DeviceFailure = {
  kind: 'device';
  reason: 'cancelled' | 'unsupported' | 'already_added' | 'failed';
};
export type PasskeyError = ApiError | DeviceFailure;
export type PasskeyResult<T> = { ok: true; data: T } | { ok: false; error: PasskeyError };

export const passkeysSupported = (): boolean => browserSupportsWebAuthn();

function reasonOf(error: unknown): DeviceFailure['reason'] {
  if (!browserSupportsWebAuthn()) return 'unsupported';
  const name = error instanceof Error ? error.name : '';
  const code = error instanceof Error && 'code' in error ? error.code : '';
  // The member closed the prompt, or let it time out: browsers do not tell the two apart.
  if (name === 'NotAllowedError' || name === 'AbortError') return 'cancelled';
  if (code === 'ERROR_AUTHENTICATOR_PREVIOUSLY_REGISTERED') return 'already_added';
  if (name === 'NotSupportedError' || name === 'ConstraintError') return 'unsupported';
  return 'failed';
}

async function onDevice<T>(ceremony: () => Promise<T>): Promise<PasskeyResult<T>> {
  try {
    return { ok: true, data: await ceremony() };
  } catch (error) {
    return { ok: false, error: { kind: 'device', reason: reasonOf(error) } };
  }
}

/** Create a passkey on this device for the signed-in member and save it to the account. */
export async function addPasskeyOnThisDevice(): Promise<PasskeyResult<Passkey>> {
  const options = await api.passkeyRegistrationOptions();
  if (!options.ok) return options;
  const created = await onDevice(() => startRegistration({ optionsJSON: options.data }));
  if (!created.ok) return created;
  return api.addPasskey(created.data);
}

/** Sign in with a passkey this device holds; nothing to type. */
export async function signInWithPasskey(): Promise<PasskeyResult<Me>> {
  const options = await api.passkeySignInOptions();
  if (!options.ok) return options;
  const signed = await onDevice(() => startAuthentication({ optionsJSON: options.data }));
  if (!signed.ok) return signed;
  return api.signInWithPasskey(signed.data);
}

/** Confirm a sensitive action with a passkey this device holds (step-up). */
export async function confirmWithPasskey(): Promise<PasskeyResult<unknown>> {
  const options = await api.stepUpPasskeyOptions();
  if (!options.ok) return options;
  const signed = await onDevice(() => startAuthentication({ optionsJSON: options.data }));
  if (!signed.ok) return signed;
  return api.stepUp({ passkey: signed.data });
}

import { z } from 'zod';

/** WebAuthn binary fields travel as base64url (RFC 4648 §5, no padding). */
const Base64Url = (max: number) =>
  z
    .string()
    .max(max)
    .regex(/^[A-Za-z0-9_-]*$/, 'base64url');

/**
 * What `navigator.credentials.create/get` options become in JSON (WebAuthn L3 `…OptionsJSON`): the
 * browser library passes them on unchanged, so only the challenge is named here.
 */
export const PasskeyOptions = z.looseObject({ challenge: Base64Url(128) }).meta({
  id: 'PasskeyOptions',
  description: 'PublicKeyCredentialCreationOptionsJSON or …RequestOptionsJSON',
});

const credentialFields = {
  id: Base64Url(1400),
  rawId: Base64Url(1400),
  type: z.literal('public-key'),
  authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
  clientExtensionResults: z.looseObject({}),
};

/** A new passkey as the browser returns it (`RegistrationResponseJSON`). */
export const PasskeyRegistrationBody = z
  .object({
    ...credentialFields,
    response: z.object({
      clientDataJSON: Base64Url(4096),
      attestationObject: Base64Url(16_384),
      authenticatorData: Base64Url(16_384).optional(),
      transports: z.array(z.string().max(32)).max(10).optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: Base64Url(4096).optional(),
    }),
  })
  .meta({ id: 'PasskeyRegistrationBody' });
export type PasskeyRegistrationBody = z.infer<typeof PasskeyRegistrationBody>;

/** A signature by a passkey as the browser returns it (`AuthenticationResponseJSON`). */
export const PasskeyAssertionBody = z
  .object({
    ...credentialFields,
    response: z.object({
      clientDataJSON: Base64Url(4096),
      authenticatorData: Base64Url(16_384),
      signature: Base64Url(1024),
      userHandle: Base64Url(128).optional(),
    }),
  })
  .meta({ id: 'PasskeyAssertionBody' });
export type PasskeyAssertionBody = z.infer<typeof PasskeyAssertionBody>;

export const Passkey = z
  .object({
    id: z.uuid(),
    /** The browser and system it was added from, e.g. 'Chrome · Android'. */
    device: z.string().nullable(),
    createdAt: z.iso.datetime(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .meta({ id: 'Passkey' });
export type Passkey = z.infer<typeof Passkey>;

export const PasskeysResponse = z.object({ passkeys: z.array(Passkey) }).meta({ id: 'PasskeysResponse' });
export type PasskeysResponse = z.infer<typeof PasskeysResponse>;

/**
 * `npm run card-keys:generate`: prints a fresh Ed25519 key for signing digital cards, as the
 * configuration takes it, and its public part for JMO_CARD_VERIFY_KEYS_PREVIOUS at the next
 * rotation. Changes nothing; keep the private key in your secret store.
 */
import { generateCardSigningKey } from '../security/card-keys.ts';

const key = generateCardSigningKey();
console.log(`JMO_CARD_SIGNING_KEY=${key.privateKey}\nJMO_CARD_SIGNING_KEY_ID=${key.kid}`);
console.error(
  [
    `Public key (JWK x): ${key.x}`,
    'When this key is replaced, list it as JMO_CARD_VERIFY_KEYS_PREVIOUS=<kid>:<x> until the cards it signed have expired',
    '(README, "Digital cards: the signing key").',
  ].join('\n'),
);

/**
 * Reading what a test sent: the test app captures mail and SMS in the sandbox outbox
 * (test-app.ts), so a test that registers someone can read the code it was sent.
 *
 *   const mail = await lastSentTo(t.deps, 'budi@test.jmo.id', 'email');
 *   const code = mail.body.match(/\b\d{6}\b/)![0];
 */
import { type Channel, listMessages, type SandboxMessage } from '../adapters/sandbox/outbox.ts';
import type { Deps } from '../lib/deps.ts';

/** Every message captured for `to` (an e-mail address, or a phone number in any form), newest first. */
export function sentTo(deps: Pick<Deps, 'db'>, to: string, channel?: Channel): Promise<SandboxMessage[]> {
  return listMessages(deps.db, { to, channel, limit: 200 });
}

/** The newest message captured for `to`; fails the test when there is none. */
export async function lastSentTo(
  deps: Pick<Deps, 'db'>,
  to: string,
  channel?: Channel,
): Promise<SandboxMessage> {
  const [last] = await sentTo(deps, to, channel);
  if (!last) throw new Error(`nothing was sent to ${to}${channel ? ` by ${channel}` : ''}`);
  return last;
}

/** Addresses of the unblock flow, shared by its steps and the sign-in page. */

/** Step 1, with the account typed on the sign-in page filled in. */
export function unblockPath(identifier: string): string {
  return identifier ? `/buka-blokir?akun=${encodeURIComponent(identifier)}` : '/buka-blokir';
}

/** Step 2: the codes for this account. */
export function unblockCodesPath(identifier: string): string {
  return `/buka-blokir/kode?akun=${encodeURIComponent(identifier)}`;
}

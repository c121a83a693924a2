/** A province (provinsi) with its two-digit Kemendagri code, e.g. { code: '31', name: 'DKI Jakarta' }. */
export type Province = {
  readonly code: string;
  readonly name: string;
};

/**
 * A district (kecamatan): the six-digit code that fills the first six digits of a NIK, with the
 * regency or city (kabupaten/kota) and province it belongs to. Codes are digits without dots.
 */
export type District = {
  /** Six digits, e.g. '317401' (31.74.01). */
  readonly code: string;
  readonly name: string;
  /** Four digits, e.g. '3174' (31.74). */
  readonly regencyCode: string;
  readonly regencyName: string;
  /** Two digits, e.g. '31'. */
  readonly provinceCode: string;
};

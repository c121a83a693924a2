/**
 * The population registry (Dukcapil in the real world): the source of truth for a NIK's name,
 * birth date and sex. Registration and data updates check what members type against it.
 */
export interface RegistryRecord {
  nik: string;
  fullName: string;
  /** 'YYYY-MM-DD' */
  birthDate: string;
  sex: 'M' | 'F';
}

export interface PopulationRegistry {
  /** The record for a NIK (16 digits, already validated), or null when the registry has none. */
  findByNik(nik: string): Promise<RegistryRecord | null>;
  /** The reference photo for a NIK (encoded image bytes), or null when the registry holds none. */
  referencePhoto(nik: string): Promise<Buffer | null>;
}

/** Why the registry could not answer (not "no such NIK": that is `null`). */
export class RegistryUnavailableError extends Error {
  override readonly name = 'RegistryUnavailableError';
}

/**
 * Production until a real Dukcapil adapter exists: every look-up fails as unavailable, so
 * registration says "try again later" instead of trusting unchecked identities.
 */
export const unavailableRegistry: PopulationRegistry = {
  async findByNik() {
    throw new RegistryUnavailableError('no population registry is configured');
  },
  async referencePhoto() {
    throw new RegistryUnavailableError('no population registry is configured');
  },
};

/**
 * What every PopulationRegistry implementation must do. Run by each implementation's test with a
 * registry that holds `known` with the reference photo `knownPhoto`, `withoutPhoto` with none, and
 * nothing with `unknownNik`.
 */
import { describe, expect, it } from 'vitest';
import type { PopulationRegistry, RegistryRecord } from './port.ts';

export function populationRegistryContract(
  name: string,
  setup: () => Promise<{
    registry: PopulationRegistry;
    known: RegistryRecord;
    knownPhoto: Uint8Array;
    withoutPhoto: RegistryRecord;
    unknownNik: string;
  }>,
): void {
  describe(`PopulationRegistry contract: ${name}`, () => {
    it('finds a citizen by NIK with name, birth date and sex', async () => {
      const { registry, known } = await setup();
      expect(await registry.findByNik(known.nik)).toEqual(known);
    });

    it('answers null for a NIK it does not hold', async () => {
      const { registry, unknownNik } = await setup();
      expect(await registry.findByNik(unknownNik)).toBeNull();
      expect(await registry.referencePhoto(unknownNik)).toBeNull();
    });

    it("gives a citizen's reference photo as the image bytes it holds, or null when it has none", async () => {
      const { registry, known, knownPhoto, withoutPhoto } = await setup();
      const photo = await registry.referencePhoto(known.nik);
      expect(photo).toBeInstanceOf(Buffer);
      expect(Buffer.compare(photo!, Buffer.from(knownPhoto))).toBe(0);
      expect(await registry.referencePhoto(withoutPhoto.nik)).toBeNull();
    });
  });
}

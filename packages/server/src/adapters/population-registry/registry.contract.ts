/**
 * What every PopulationRegistry implementation must do. Run by each implementation's test with a
 * registry that holds `known` (and nothing with `unknownNik`).
 */
import { describe, expect, it } from 'vitest';
import type { PopulationRegistry, RegistryRecord } from './port.ts';

export function populationRegistryContract(
  name: string,
  setup: () => Promise<{ registry: PopulationRegistry; known: RegistryRecord; unknownNik: string }>,
): void {
  describe(`PopulationRegistry contract: ${name}`, () => {
    it('finds a citizen by NIK with name, birth date and sex', async () => {
      const { registry, known } = await setup();
      expect(await registry.findByNik(known.nik)).toEqual(known);
    });

    it('answers null for a NIK it does not hold', async () => {
      const { registry, unknownNik } = await setup();
      expect(await registry.findByNik(unknownNik)).toBeNull();
    });
  });
}

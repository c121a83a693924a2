import { kpjGroups } from '../format.ts';

/**
 * A KPJ number shown in readable groups ("230 1234 5678"). Assistive technology (and link names that
 * tests and voice control rely on) get the plain number as printed on the card.
 */
export function Kpj({ kpj }: { kpj: string }) {
  return (
    <span class="kpj">
      <span aria-hidden="true">{kpjGroups(kpj).join('\u00a0')}</span>
      <span class="sr-only">{kpj}</span>
    </span>
  );
}

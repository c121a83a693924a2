import { formatMoney } from '../format.ts';

export function Money({ value, class: className }: { value: string; class?: string }) {
  return <span class={className ? `money ${className}` : 'money'}>{formatMoney(value)}</span>;
}

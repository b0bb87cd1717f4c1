// The registry: every rule Redline has, in the order of RULES.md. The only list of rules.
import type { Rule } from '../rule';
import shipDateSuccess from './ship-date-success';

export const RULES: readonly Rule[] = [shipDateSuccess];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.id === id);
}

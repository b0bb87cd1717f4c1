// Inline comments that switch rules off and on: <!-- redline-disable rule-id -->,
// <!-- redline-enable rule-id -->, <!-- redline-disable-next-line rule-id --> (no id = all).
import type { DocModel } from './model';

export interface Directive {
  type: 'disable' | 'enable' | 'disable-next-line' | 'disable-line';
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** 1-based line of the comment. */
  line: number;
  endLine: number;
}

const DIRECTIVE = /^redline-(disable-next-line|disable-line|disable|enable)(?:\s+([\s\S]*))?$/;

export function readDirectives(doc: DocModel): Directive[] {
  const directives: Directive[] = [];
  for (const comment of doc.comments) {
    const m = DIRECTIVE.exec(comment.value);
    if (!m) continue;
    const rules = (m[2] ?? '').split(/[\s,]+/).map((s) => s.trim()).filter((s) => s && !s.startsWith('--'));
    directives.push({
      type: m[1] as Directive['type'],
      rules,
      line: doc.lines.position(comment.start).line,
      endLine: doc.lines.position(comment.end).line,
    });
  }
  return directives;
}

/** Decides whether a rule is disabled on a line, from the directives above it. */
export function isDisabled(directives: Directive[], ruleId: string, line: number): boolean {
  let disabled = false;
  for (const d of directives) {
    const applies = d.rules.length === 0 || d.rules.includes(ruleId);
    if (!applies) continue;
    if (d.type === 'disable-next-line' && line === d.endLine + 1) return true;
    if (d.type === 'disable-line' && line >= d.line && line <= d.endLine) return true;
    if (d.line > line) continue;
    if (d.type === 'disable') disabled = true;
    else if (d.type === 'enable') disabled = false;
  }
  return disabled;
}

/** Rule ids named in directives that the registry doesn't know (reported as a warning). */
export function unknownDirectiveRules(directives: Directive[], known: Set<string>): Directive[] {
  return directives.filter((d) => d.rules.some((r) => !known.has(r)));
}

// Hover on a Redline diagnostic: what the rule asks, why it matters, a weak vs a strong
// example and a link to the rule's page; plus how the document's kind was decided.
import type { MarkupContent } from 'vscode-languageserver';
import type { Diagnostic, LintResult } from '../core/types';
import { findRule } from '../core/rules';
import { docUrl } from '../core/docs';

const KIND_SOURCE: Record<string, string> = {
  frontmatter: 'front matter',
  filename: 'file name',
  content: 'content',
  override: 'configuration',
};

function quote(text: string): string {
  return text
    .split(/\r?\n/)
    .map((l) => `> ${l}`)
    .join('\n');
}

export function ruleHover(diagnostic: Diagnostic): string {
  const rule = findRule(diagnostic.ruleId);
  const link = `[${diagnostic.ruleId}](${docUrl(diagnostic.ruleId)})`;
  if (!rule) return `**Redline** ${link}: ${diagnostic.message}`;
  const { docs } = rule;
  return [
    `**Redline · ${rule.id}** — ${docs.summary}`,
    docs.why,
    `*Weak:*\n\n${quote(docs.weak)}`,
    `*Strong:*\n\n${quote(docs.strong)}`,
    `Learn more: ${link}`,
  ].join('\n\n');
}

export function hoverMarkdown(diagnostics: Diagnostic[], result: LintResult): MarkupContent {
  const scope = `*Redline reads this document as a **${result.kind}** (from ${KIND_SOURCE[result.kindSource]}), ${result.ai ? 'about an AI product' : 'not about an AI product'}.*`;
  return { kind: 'markdown', value: [...diagnostics.map(ruleHover), scope].join('\n\n---\n\n') };
}

// fallback-ladder-incomplete: some fallback exists, but not all three rungs (human, rule-based, null).
import { defineRule } from '../rule';
import { insertBlock, placeholder, reportMissing } from '../fixes';
import { afterSection, fallbackConcept, nextContent, RUNG_KINDS, type RungKind } from '../concepts/fallback';

const NAMES: Record<RungKind, string> = { human: 'human', rule: 'rule-based', null: 'null (refuse / no answer)' };
const LINES: Record<RungKind, string> = {
  human: `**Human**: ${placeholder('human rung — who takes over (agent, reviewer, specialist), on which trigger, how fast')}`,
  rule: `**Rule-based**: ${placeholder('rule-based rung — the template, deterministic rule or cached answer used instead of the model')}`,
  null: `**Null / refuse**: ${placeholder('null rung — what the user sees when nothing safe can be said')}`,
};

export default defineRule({
  id: 'fallback-ladder-incomplete',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'info',
  fixTitle: 'Complete the fallback ladder',
  docs: {
    summary: 'Complete the fallback ladder: a human rung, a rule-based rung and a null rung (refuse or say "I don\'t know").',
    why: 'Each rung catches what the one above cannot: people are slow and scarce, rules cover the known cases, and saying nothing beats a confident wrong answer. A correction layer that patches output is not a rung.',
    weak: 'If the model is unsure, the conversation goes to an agent.',
    strong: 'Unsure → agent handoff with the transcript; top 40 intents → the Support Ops macro; anything else → "I don\'t have a reliable answer, I\'ve opened a ticket".',
  },
  check(ctx) {
    const { rungs, section } = ctx.concept(fallbackConcept);
    const present = RUNG_KINDS.filter((k) => rungs[k].length > 0);
    // With no rung at all, human-fallback-missing alone speaks.
    if (present.length === 0) return;
    for (const k of present) for (const m of rungs[k]) ctx.evidence(m.sentence.start, m.sentence.end);
    const missing = RUNG_KINDS.filter((k) => rungs[k].length === 0);
    if (missing.length === 0) return;
    const doc = ctx.doc;
    const first = RUNG_KINDS.map((k) => rungs[k][0]).filter(Boolean).sort((a, b) => a.start - b.start)[0];
    const anchor = section?.heading
      ? { start: section.heading.start, end: doc.lines.lineEnd(doc.lines.lineOf(section.heading.start)) }
      : { start: first.sentence.start, end: first.sentence.end };
    const at = section ? afterSection(doc, section) : nextContent(doc, first.sentence.block.end);
    const ordered = nextNumber(doc.text.slice(section?.start ?? first.sentence.block.start, at));
    reportMissing(ctx, {
      message: `The fallback ladder has no ${missing.map((k) => NAMES[k]).join(' or ')} rung: add it below the existing fallbacks.`,
      anchor,
      fixTitle: 'Complete the fallback ladder',
      placeholderLabels: missing.map((k) => (k === 'rule' ? 'rule-based rung' : `${k} rung`)),
      fillMessage: 'Fill in the missing fallback rung.',
      edits: () => [insertBlock(doc, at, missing.map((k, i) => `${ordered ? `${ordered + i}.` : '-'} ${LINES[k]}`))],
    });
  },
});

/** The next item number when the text ends in an ordered list, else 0 (a bullet list follows). */
function nextNumber(text: string): number {
  const lines = text.trimEnd().split(/\r?\n/);
  const last = lines[lines.length - 1] ?? '';
  const items = lines.filter((l) => /^(?:\d+[.)]|[-*+])\s/.test(l));
  if (items.length === 0 || !(/^\s/.test(last) || /^(?:\d+[.)]|[-*+])\s/.test(last))) return 0;
  const m = /^(\d+)[.)]/.exec(items[items.length - 1]);
  return m ? Number(m[1]) + 1 : 0;
}

// human-fallback-missing: no run-time path to a person (review, approval, escalation, handoff).
import { defineRule } from '../rule';
import { afterTitle, insertBlock, placeholder, anchorFor, findSection, heading, reportMissing } from '../fixes';
import { afterSection, nextContent, fallbackConcept, LADDER_HEADING } from '../concepts/fallback';
import type { DocModel } from '../model';

/** Where the ladder goes: after the TLC / confidence section, else after the red lines, else after the title. */
export function ladderOffset(doc: DocModel): number {
  const tlc = findSection(doc, /\b(?:tlc|confidence|envelope|(?<!success )targets|task precision)\b/);
  if (tlc) return afterSection(doc, tlc);
  const redLines = findSection(doc, /\b(?:red[- ]?lines?|must[- ]never|never|non-negotiables?|hard stops?|unacceptable|failure modes|must not|won'?t accept|guardrails)\b/);
  if (redLines) return afterSection(doc, redLines);
  return nextContent(doc, afterTitle(doc));
}

export default defineRule({
  id: 'human-fallback-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'error',
  fixTitle: 'Insert a fallback ladder',
  docs: {
    summary: 'Give every AI output a run-time path to a person: review, approval, escalation or handoff to an agent or specialist.',
    why: 'When the model is wrong or unsure, someone has to be able to catch it before it reaches the user; without a human rung every failure ships. Human QA before launch is not a run-time path.',
    weak: 'No human handoff in v1; the bot answers everything on its own.',
    strong: 'Below a 0.7 confidence score, or when the customer asks for a person, the conversation goes to a support agent with the transcript and the draft attached.',
  },
  check(ctx) {
    const { rungs } = ctx.concept(fallbackConcept);
    if (rungs.human.length > 0) {
      for (const m of rungs.human) ctx.evidence(m.sentence.start, m.sentence.end);
      return;
    }
    const doc = ctx.doc;
    reportMissing(ctx, {
      message: 'No run-time path to a person: add a human rung (review, approval, escalation or handoff) to the fallback ladder.',
      anchor: anchorFor(doc, LADDER_HEADING),
      fixTitle: 'Insert a fallback ladder',
      placeholderLabels: ['human rung'],
      fillMessage: 'Fill in the human rung: who takes over, when, and how fast.',
      edits: () => [
        insertBlock(doc, ladderOffset(doc), [
          heading(doc, 'Fallback ladder'),
          '',
          `1. **Human**: ${placeholder('human rung — who takes over (agent, reviewer, specialist), on which trigger, how fast')}`,
          `2. **Rule-based**: ${placeholder('rule-based rung — the template, deterministic rule or cached answer used instead of the model')}`,
          `3. **Null / refuse**: ${placeholder('null rung — what the user sees when nothing safe can be said')}`,
        ]),
      ],
    });
  },
});

// misuse-mitigation-missing: nothing guards against abuse, prompt injection, jailbreaks or adversarial input.
import { defineRule } from '../rule';
import { insertBlock, placeholder, anchorFor, findSection, heading, reportMissing } from '../fixes';
import { afterSection } from '../concepts/fallback';
import type { DocModel } from '../model';
import { safetyConcept } from '../concepts/safety';

/** Headings of the sections that close a PRD, before which new sections go. */
export const TAIL = /\b(?:open questions?|timeline|milestones|launch|rollout|appendix|faq|references|go[- ]to[- ]market)\b/;

/** After the approach section if there is one, else before the closing sections, else at the end. */
function misuseOffset(doc: DocModel): number {
  const approach = findSection(doc, /\b(?:approach|model choice|architecture|technical approach)\b/);
  if (approach) return afterSection(doc, approach);
  const tail = findSection(doc, TAIL);
  return tail?.heading ? tail.start : doc.text.length;
}

export default defineRule({
  id: 'misuse-mitigation-missing',
  kinds: ['prd'],
  scoreKinds: ['design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Insert a misuse section',
  docs: {
    summary: 'State how the product resists misuse: prompt injection, jailbreaks, adversarial input and abuse at volume.',
    why: 'Users and the content the model reads will try to steer it. Access control decides who gets in, not what they can make the model do once inside.',
    weak: 'Access is limited to employees through SSO.',
    strong: 'Retrieved pages are treated as data, not instructions; an injection classifier routes suspicious requests to a human, and each account is rate-limited to 200 generations a day.',
  },
  check(ctx) {
    const { misuse } = ctx.concept(safetyConcept);
    if (misuse.length > 0) {
      for (const m of misuse) ctx.evidence(m.sentence.start, m.sentence.end);
      return;
    }
    const doc = ctx.doc;
    reportMissing(ctx, {
      message: 'No misuse mitigation: say how prompt injection, jailbreaks and abuse (rate limits, detection) are handled.',
      anchor: anchorFor(doc, /\b(?:misuse|abuse|security|safety|risks?)\b/),
      fixTitle: 'Insert a misuse section',
      placeholderLabels: ['misuse'],
      fillMessage: 'Fill in how this misuse is mitigated.',
      edits: () => [
        insertBlock(doc, misuseOffset(doc), [
          heading(doc, 'Misuse and abuse'),
          '',
          `- Prompt injection and jailbreaks: ${placeholder('misuse — how instructions hidden in inputs or documents are contained')}`,
          `- Abuse at volume: ${placeholder('misuse — rate limits, caps or detection for scripted or bulk use')}`,
        ]),
      ],
    });
  },
});

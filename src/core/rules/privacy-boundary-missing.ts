// privacy-boundary-missing: user data is handled but no PII, logging or retention limit is stated.
import { defineRule } from '../rule';
import { insertBlock, placeholder, anchorFor, findSection, heading, reportMissing } from '../fixes';
import { afterSection } from '../concepts/fallback';
import type { DocModel } from '../model';
import { safetyConcept } from '../concepts/safety';
import { TAIL } from './misuse-mitigation-missing';

/** After the misuse or security section, else before the closing sections, else at the end. */
function privacyOffset(doc: DocModel): number {
  const misuse = findSection(doc, /\b(?:misuse|abuse|security)\b/);
  if (misuse) return afterSection(doc, misuse);
  const tail = findSection(doc, TAIL);
  return tail?.heading ? tail.start : doc.text.length;
}

export default defineRule({
  id: 'privacy-boundary-missing',
  kinds: ['prd'],
  scoreKinds: ['design'],
  aiOnly: false,
  severity: 'info',
  fixTitle: 'Insert a data-boundary section',
  docs: {
    summary: 'When the product handles user data, state its limits: what is redacted, how long it is kept, whether it trains models, and consent.',
    why: 'Transcripts, recordings and documents end up in logs, eval sets and vendor prompts unless someone draws the line; reviewers and regulators ask for it first.',
    weak: 'Voice memos are transcribed and stored with the work order.',
    strong: 'Audio is deleted 30 days after the work order closes; transcripts are redacted of phone numbers before logging and are not used to train vendor models.',
  },
  check(ctx) {
    const { userData, privacy } = ctx.concept(safetyConcept);
    if (userData.length === 0) return;
    if (privacy.length > 0) {
      for (const m of privacy) ctx.evidence(m.sentence.start, m.sentence.end);
      return;
    }
    const doc = ctx.doc;
    reportMissing(ctx, {
      message: `User data is handled (${userData[0].text.toLowerCase()}) but no limit is stated: add redaction, retention and training-use boundaries.`,
      anchor: anchorFor(doc, /\b(?:privacy|data|retention|pii|security|compliance)\b/),
      fixTitle: 'Insert a data-boundary section',
      placeholderLabels: ['data boundary'],
      fillMessage: 'Fill in this data boundary.',
      edits: () => [
        insertBlock(doc, privacyOffset(doc), [
          heading(doc, 'Privacy and data boundaries'),
          '',
          `- PII: ${placeholder('data boundary — which personal data is redacted or never logged')}`,
          `- Retention: ${placeholder('data boundary — how long inputs, outputs and logs are kept before deletion')}`,
          `- Training use: ${placeholder('data boundary — whether user data trains any model, and the consent behind it')}`,
        ]),
      ],
    });
  },
});

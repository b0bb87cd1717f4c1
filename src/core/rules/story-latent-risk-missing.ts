// story-latent-risk-missing: the situation names no risk that had not yet shown in the metrics.
import { defineRule } from '../rule';
import { STORY, SKELETON, anchorOfPart } from '../concepts/story';
import { afterTitle, insertBlock, placeholder, reportMissing } from '../fixes';

export default defineRule({
  id: 'story-latent-risk-missing',
  kinds: ['behavioral'],
  aiOnly: false,
  severity: 'warning',
  docs: {
    summary: 'Name the latent risk in the situation: what could go wrong that no metric showed yet.',
    why: 'The story worth telling is the failure you saw before the dashboard did. An outage in progress or a drop already in the funnel shows you can react, not that you can anticipate.',
    weak: 'Mobile conversion was 2.1% against 3.4% on desktop, so I led a checkout redesign.',
    strong: 'Beta retention was excellent, but in the raw transcripts I found users at 3am saying "you\'re the only one I talk to": the product was rewarding dependency, and nothing in our dashboards would have shown it.',
  },
  fixTitle: 'Insert a story skeleton: latent risk, constraint, prevented cost',
  check(ctx) {
    const story = ctx.concept(STORY);
    if (story.latentRisks.length) {
      for (const m of story.latentRisks) ctx.evidence(m.sentence.start, m.sentence.end);
      return;
    }
    const situation = story.parts.situation;
    reportMissing(ctx, {
      message: 'Name the latent risk: what could have gone wrong that no metric showed yet, and how you found it.',
      fillMessage: 'Fill in the latent risk: what could have gone wrong before any metric showed it.',
      anchor: anchorOfPart(ctx.doc, story, 'situation'),
      fixTitle: 'Insert a story skeleton: latent risk, constraint, prevented cost',
      placeholderLabels: [SKELETON.risk],
      edits: () => [
        insertBlock(ctx.doc, nextLine(ctx.doc.text, situation ? situation.contentEnd : afterTitle(ctx.doc)), [
          `- **Latent risk:** ${placeholder(SKELETON.risk)}`,
          `- **Constraint:** ${placeholder(SKELETON.constraint)}`,
          `- **Prevented cost:** ${placeholder(SKELETON.cost)}`,
        ]),
      ],
    });
  },
});

/** The start of the line after `offset`: the skeleton goes below the situation's last line. */
function nextLine(text: string, offset: number): number {
  const eol = text.indexOf('\n', offset);
  return eol < 0 ? text.length : eol + 1;
}

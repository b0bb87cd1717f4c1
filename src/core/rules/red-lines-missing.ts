// red-lines-missing: nothing states what the product must never do or let happen.
import { defineRule } from '../rule';
import { anchorFor, reportMissing } from '../fixes';
import { escapeRegExp } from '../text';
import { insertAfter, RED_LINE_PLACEHOLDER, redLinePlace, redLinesConcept, redLineSkeleton } from '../concepts/red-lines';

export default defineRule({
  id: 'red-lines-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'error',
  fixTitle: 'Insert a Red-line failures section',
  docs: {
    summary: 'State the red lines first: the outcomes of the product’s behaviour that must never happen, whatever the model does.',
    why: 'Red lines decide the architecture, the guardrails and the launch gate; a reviewer who cannot find them assumes nobody has thought about how the product fails.',
    weak: 'Goals: deflect 30% of tickets and make support feel modern and AI-powered.',
    strong: 'Red lines: the assistant must never quote a refund term that is not in a published policy, never show one tenant’s data to another, and never keep a customer who asks for a person talking to the bot.',
  },
  check(ctx) {
    const { doc } = ctx;
    const red = ctx.concept(redLinesConcept);
    if (red.lines.length > 0) {
      for (const line of red.lines) ctx.evidence(line.start, line.end);
      return;
    }
    // An empty red-line section gets the list under its heading; otherwise a new section goes first.
    const section = red.section;
    const last = section?.blocks[section.blocks.length - 1];
    reportMissing(ctx, {
      message: 'No red lines: state the outcomes the product must never cause (at least three), before personas and features.',
      anchor: section ? anchorFor(doc, new RegExp(`^${escapeRegExp(section.title)}$`)) : anchorFor(doc),
      fixTitle: 'Insert a Red-line failures section',
      edits: () =>
        section?.heading
          ? [insertAfter(doc, (last ?? section.heading).end, redLineSkeleton(doc, 3, false))]
          : [insertAfter(doc, redLinePlace(doc), redLineSkeleton(doc, 3))],
      placeholderLabels: [RED_LINE_PLACEHOLDER],
      fillMessage: 'Fill in this red line: an outcome the product must never cause, specific enough to test.',
    });
  },
});

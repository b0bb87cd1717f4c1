// personas-before-failure-modes: personas, segments, journeys or user research come before the red lines.
import { defineRule } from '../rule';
import { insertBlock } from '../fixes';
import { personasConcept } from '../concepts/personas';
import { moveBefore, redLinesConcept, redLineSkeleton } from '../concepts/red-lines';

export default defineRule({
  id: 'personas-before-failure-modes',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Put the red lines above the personas',
  docs: {
    summary: 'Define the red-line failures before personas, segments, journey maps or user research.',
    why: 'For an AI product, what must never happen shapes the architecture more than who the users are; opening with personas signals a feature-first answer and leaves the failure modes as an afterthought.',
    weak: '## Personas\n\nMaya, 15, struggles with algebra … (red lines, if any, come three sections later)',
    strong: '## Red lines\n\n1. Never mark a wrong step as correct. …\n\n## Personas\n\nMaya, 15, struggles with algebra …',
  },
  check(ctx) {
    const { doc } = ctx;
    const personas = ctx.concept(personasConcept);
    const first = personas.regions[0];
    if (!first) return;
    const red = ctx.concept(redLinesConcept);
    const home = red.home;
    if (home && home.start < first.start) {
      ctx.evidence(home.start, Math.min(home.end, doc.lines.lineEnd(doc.lines.lineOf(home.start))));
      return;
    }
    if (!home && !personas.opensDocument) return;
    const at = doc.lines.starts[doc.lines.lineOf(first.opener.start)];
    const end = Math.min(first.opener.end, doc.lines.lineEnd(doc.lines.lineOf(first.opener.start)));
    ctx.report(
      home
        ? {
            message: 'Personas come before the red lines: move the red-line failures above them, so what must never happen is defined first.',
            start: first.opener.start,
            end,
            fix: { title: 'Move the red-line section above the personas', edits: moveBefore(doc, home, at) },
          }
        : {
            message: 'The document opens with personas and states no red lines: define what the product must never do first.',
            start: first.opener.start,
            end,
            fix: { title: 'Insert a Red-line failures section above the personas', edits: [insertBlock(doc, at, redLineSkeleton(doc, 3))] },
          },
    );
  },
});

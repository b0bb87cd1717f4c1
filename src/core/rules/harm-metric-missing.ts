// harm-metric-missing: the evaluation plan measures quality or engagement but no harm.
import { defineRule } from '../rule';
import { insertBlock, placeholder, reportMissing, sectionEnd } from '../fixes';
import { EVAL_HEADING, evaluation } from '../concepts/evaluation';
import { nextLine } from '../concepts/monitoring';

export default defineRule({
  id: 'harm-metric-missing',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'info',
  fixTitle: 'Add a harm metric to the evaluation plan',
  docs: {
    summary: 'Make the evaluation plan count harm: bad outcomes that reach users, such as wrong or unsafe outputs served, wrong actions taken, complaints, or bias gaps.',
    why: 'Engagement, satisfaction and resolution rate can all rise while the model hurts people. A plan that never counts the bad outcomes cannot stop a harmful launch.',
    weak: 'A/B on 10% of traffic for four weeks, measuring resolution rate and CSAT.',
    strong: 'A/B on 10% of traffic for four weeks: resolution rate and CSAT, with wrong-policy answers per 1k conversations and missed escalations as harm metrics; the test stops if either is worse than control.',
  },
  check(ctx) {
    const facts = ctx.concept(evaluation);
    if (facts.plan.length === 0) return; // eval-plan-missing speaks
    if (facts.harm.length > 0) {
      for (const m of facts.harm) ctx.evidence(m.start, m.end);
      return;
    }
    const { doc } = ctx;
    const section = doc.sections[facts.section];
    const evalHeading = section?.heading && EVAL_HEADING.test(section.title) ? section.heading : undefined;
    const first = facts.plan[0];
    const at = evalHeading ?? { start: first.start, end: first.end };
    reportMissing(ctx, {
      message: 'The evaluation plan measures no harm: add a metric that counts bad outcomes reaching users (wrong or unsafe outputs served, wrong actions, complaints, bias gaps).',
      anchor: { start: at.start, end: Math.min(at.end, doc.lines.lineEnd(doc.lines.lineOf(at.start))) },
      fixTitle: 'Add a harm metric to the evaluation plan',
      placeholderLabels: ['harm metric'],
      fillMessage: 'Fill in the harm metric: which bad outcome reaching users is counted, and the limit.',
      edits: () => {
        const offset = nextLine(doc, section && evalHeading ? sectionEnd(doc, section) : doc.blocks[first.sentence.block.index].end);
        return [insertBlock(doc, offset, [`- Harm metric: ${placeholder('harm metric: bad outcome that reaches users, and its limit')}`])];
      },
    });
  },
});

// red-lines-too-few: red lines are stated, but fewer distinct outcomes than the minimum (3).
import { defineRule } from '../rule';
import { reportMissing } from '../fixes';
import { appendRedLines, RED_LINE_PLACEHOLDER, redLinesConcept } from '../concepts/red-lines';

export default defineRule({
  id: 'red-lines-too-few',
  kinds: ['prd', 'design'],
  aiOnly: true,
  severity: 'warning',
  fixTitle: 'Add red-line placeholders up to the minimum',
  options: {
    min: { type: 'number', default: 3, description: 'How many distinct red-line outcomes a document must state.' },
  },
  docs: {
    summary: 'State at least three distinct red lines: different outcomes that must never happen, not one outcome said three ways.',
    why: 'One or two red lines usually cover the obvious failure and miss the ones that hurt users or the business in other ways (privacy, money, safety).',
    weak: 'Hard stops: it never sends an invoice without the user pressing Send.',
    strong: 'Hard stops: it never sends an invoice without the user pressing Send; it never changes payee bank details from a document; it never guesses a tax rate it cannot determine.',
  },
  check(ctx) {
    const red = ctx.concept(redLinesConcept);
    const count = red.outcomes.length;
    const min = Math.max(1, Number(ctx.options.min ?? 3));
    if (count === 0) return; // red-lines-missing speaks
    if (count >= min) {
      for (const line of red.outcomes) ctx.evidence(line.start, line.end);
      return;
    }
    const home = red.home;
    const inHome = home ? red.lines.filter((l) => l.start >= home.start && l.end <= home.end) : [];
    const last = (inHome.length ? inHome : red.lines)[(inHome.length ? inHome : red.lines).length - 1];
    const anchor = red.section?.heading ?? red.lines[0];
    const lineEnd = ctx.doc.lines.lineEnd(ctx.doc.lines.lineOf(anchor.start));
    reportMissing(ctx, {
      message: `Only ${count} distinct red line${count === 1 ? '' : 's'}: state at least ${min} different outcomes the product must never cause.`,
      anchor: { start: anchor.start, end: Math.min(lineEnd, anchor.end) },
      fixTitle: `Add red-line placeholders up to ${min}`,
      edits: () => [appendRedLines(ctx.doc, last, count + 1, min)],
      placeholderLabels: [RED_LINE_PLACEHOLDER],
      fillMessage: 'Fill in this red line: another outcome the product must never cause.',
    });
  },
});

// ship-date-success: success defined as shipping on time instead of product behaviour.
import { defineRule } from '../rule';
import { toMatch, topicBelowTitle } from '../find';
import { titleSegment, perChunkText } from '../local';
import { memoized } from '../memo';
import { globalOf } from '../memo';
import { compile, SCHEDULE_TERMS, SUCCESS_FRAMES } from '../lexicon/schedule';
import { isNegatedAt, isDeferredAt, isQuestion, NEGATIVE_TOPIC } from '../text';

const SUCCESS = new RegExp(compile(SUCCESS_FRAMES).source, 'gi');
const SCHEDULE_G = globalOf(compile(SCHEDULE_TERMS));
/** Between the frame and the date: a clause break or a contrast puts them in different claims. */
const CONTRAST = /[;(]|\b(?:but|however|whereas|while|although|though|rather|instead|not|than|except|yet|only a|just a)\b/i;
/** "more than hitting the date", "beyond the launch": the date is set aside, not made the goal. */
const SET_ASIDE = /\b(?:more|other|rather|less) than\s+$|\b(?:criteria|gates?|bar|requirements?|conditions?|checks?|metrics?|ready)\s+(?:for|before|to allow|to unblock)\s+$|\b(?:beyond|besides|not just|not only|instead of|apart from|regardless of)\s+(?:\w+\s+)?$/i;
/**
 * "The model we launched in March was a success": the date identifies a release, it is not the
 * bar. "A success if we launched in March" is a condition, not a release's name.
 */
const NAMES_A_RELEASE = /\b(?:the|a|an|our|this|that|their)\s+(?!(?:if|when|once|as|so|because|since|after|before|until|unless)\b)[\w-]+(?:\s+(?!(?:if|when|once|as|so|because|since|after|before|until|unless)\b)[\w-]+)?\s+(?:(?:that|which)\s+)?(?:we|i|they|the team)\s+$/i;
/** A heading, label or run-in that frames its content as the success criteria. */
const SUCCESS_TOPIC = /(?:^|>\s*)(?:success(?: metrics| criteria| measures)?|definition of done|how we(?:'ll| will)? (?:measure|know)|win condition)\s*$/;

export default defineRule({
  id: 'ship-date-success',
  kinds: ['prd', 'design', 'behavioral'],
  aiOnly: false,
  severity: 'warning',
  docs: {
    summary: 'Define success by how the product behaves for users, not by shipping on a date.',
    why: 'A date says nothing about whether the product works or harms anyone; reviewers read "we shipped on time" as a missing success metric.',
    weak: 'Success for v1 is shipping by June 30 so Sales can announce it.',
    strong: 'Success: 25% of conversations resolved without an agent, with wrong-policy answers ≤ 0.3%. The date is a planning input.',
  },
  check(ctx) {
    const { doc } = ctx;
    // What one sentence's text says is decided once per chunk text; the headings above it are read here.
    const found = perChunkText(doc, 'ship-date-success', (c) =>
      doc.chunkSentences[c].flatMap((sentence, i) => memoized(sentence.memo, datesAsSuccess, () => datesAsSuccess(sentence.text)).map((d) => [i, ...d] as const)),
    );
    let title: string | undefined;
    found.forEach((candidates, c) => {
      for (let k = 0; k < candidates.length; k++) {
        const [i, at, text, byTopic] = candidates[k];
        const sentence = doc.chunkSentences[c][i];
        const { topic } = sentence.block;
        title ??= titleSegment(doc);
        if (NEGATIVE_TOPIC.test(topicBelowTitle(topic, title)) || (byTopic && !SUCCESS_TOPIC.test(topic))) continue;
        const match = toMatch(sentence, at, text);
        ctx.report({
          message: 'Success is defined as shipping on time: state the product behaviour or user outcome that makes it a success instead.',
          start: match.start,
          end: match.end,
        });
      }
    });
  },
});

/**
 * The schedule mentions in a sentence's text that make it the measure of success, as
 * findAsserted(SCHEDULE, { negated: true }) finds them (not in a question; the non-goals and
 * open-questions topics are checked by the caller), judged on the clause around them:
 * [index, matched text, framed only by a success heading above (the caller checks it)].
 */
function datesAsSuccess(text: string): [number, string, boolean][] {
  if (isQuestion(text)) return [];
  const found: [number, string, boolean][] = [];
  SCHEDULE_G.lastIndex = 0;
  for (let m = SCHEDULE_G.exec(text); m; m = SCHEDULE_G.exec(text)) {
    if (m[0].length === 0) {
      SCHEDULE_G.lastIndex++;
      continue;
    }
    const before = text.slice(0, m.index);
    // The date itself ("by next quarter") is not a deferral: judge the rest of the clause.
    const deferred = isDeferredAt(`${before} it ${text.slice(m.index + m[0].length)}`, m.index);
    if (isNegatedAt(text, m.index) || deferred || SET_ASIDE.test(before) || NAMES_A_RELEASE.test(before)) continue;
    const framed = framesSuccess(text, m.index, m.index + m[0].length);
    if (framed) found.push([m.index, m[0], framed === 'topic']);
  }
  SCHEDULE_G.lastIndex = 0;
  return found;
}

/**
 * The sentence makes the schedule at [from, to) the measure of success ('text'), or would
 * when a success heading frames its bullet ('topic'), or does not (false).
 */
function framesSuccess(text: string, from: number, to: number): 'text' | 'topic' | false {
  let framed = false;
  SUCCESS.lastIndex = 0;
  for (let f = SUCCESS.exec(text); f; f = SUCCESS.exec(text)) {
    const [start, end] = [f.index, f.index + f[0].length];
    if (start < to && end > from) continue;
    framed = true;
    const between = start < from ? text.slice(end, from) : text.slice(to, start);
    if (!isNegatedAt(text, start) && !CONTRAST.test(between)) return 'text';
  }
  // "## Success metrics" → "- Live before the spring sale": the heading is the frame, when the
  // item itself commits to the date (not "the ship date is a planning input").
  const commits = !/^\w+ date$/i.test(text.slice(from, to));
  return !framed && commits && from < 40 ? 'topic' : false;
}

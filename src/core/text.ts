// Sentence and clause splitting, and the judgement helpers every rule shares: is a phrase
// negated, deferred or a placeholder; does a sentence carry a quantified target.

export interface Piece {
  text: string;
  start: number;
  end: number;
}

const ABBREVIATIONS = /(?:\b(?:e\.g|i\.e|vs|etc|approx|incl|esp|cf|al|fig|no|dr|mr|ms|mrs|st|inc|ltd|u\.s)|\b[A-Z])\.$/i;

/** Splits plain text into sentences at ., ! or ? followed by space and a non-lowercase start. */
export function splitSentences(text: string): Piece[] {
  const pieces: Piece[] = [];
  const boundary = /(?<![.!?])[.!?]+["'”’)\]]*\s+(?=[^\sa-z])/g;
  let start = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, m.index - 8), m.index + 1))) continue;
    pushPiece(pieces, text, start, end);
    start = m.index + m[0].length;
  }
  pushPiece(pieces, text, start, text.length);
  return pieces;
}

function pushPiece(pieces: Piece[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) pieces.push({ text: text.slice(start, end), start, end });
}

/**
 * The clause of `text` around `index`: bounded by ; : — – ( ) and contrastive joins
 * ("but", "however", "except", "while", "whereas", "unless"). A negation only negates
 * the concept in its own clause: "no agents in v1, but users confirm every booking".
 */
export function clauseAround(text: string, index: number): Piece {
  const separators = /[;:—–()|]|\s-\s|,\s*(?:but|however|though|although|whereas|while|except|unless|yet|and then|so)\b|\b(?:but|however|whereas|although|though)\b/gi;
  // Look no further than a sentence's worth either side, so a 1 MB line stays linear.
  const from = Math.max(0, index - CLAUSE_WINDOW);
  const to = Math.min(text.length, index + CLAUSE_WINDOW);
  const window = text.slice(from, to);
  let start = from;
  let end = to;
  for (let m = separators.exec(window); m; m = separators.exec(window)) {
    const at = from + m.index;
    if (at + m[0].length <= index) start = at + m[0].length;
    else if (at > index) {
      end = at;
      break;
    }
  }
  return { text: text.slice(start, end), start, end };
}

/** How far a clause may reach either side of a concept. */
const CLAUSE_WINDOW = 400;

/** Words that, before a concept in the same clause, deny it. */
const NEGATORS =
  /\b(?:no|not|never|without|none|nor|neither|lacks?|lacking|missing|absent|skip(?:s|ped)?|don'?t|doesn'?t|didn'?t|won'?t|isn'?t|aren'?t|wasn'?t|weren'?t|haven'?t|hasn'?t|hadn'?t|can'?t|cannot|shouldn'?t|wouldn'?t|couldn'?t|nothing|nobody|instead of|rather than)\b|[’']t\b/i;

/** Phrases that defer or leave a concept undefined. */
const DEFERRED =
  /\b(?:tbd|tbc|todo|to ?do|tba|to be (?:decided|defined|determined|confirmed|agreed)|not (?:yet )?(?:decided|defined|determined)|out of scope|(?:add|do|handle|revisit|consider|build|tackle|define|decide|set)\w*\s+(?:[\w-]+\s+){0,4}(?:later|eventually)\b|(?:later|eventually)\s*[.!]?$|in (?:a )?(?:v2|v3|phase 2|future)|future (?:work|phase|version)|next (?:phase|quarter|version)|someday|if time (?:allows|permits)|nice to have|(?:don'?t|do not) have (?:a|one|any|the) \w+ yet|no (?:number|target|threshold|metric|plan) yet|figure (?:it|this|that) out later|n\/a)\b|\?\?+|^\s*(?:\.\.\.|…|-|—)?\s*$|\[fill in\b|\(\s*todo\s*\)|\bxx+\b|<[a-z_][^<>\d]{0,40}>/i;

/** A placeholder inserted by a Redline fix, "[fill in: …]". */
export const PLACEHOLDER = /\[fill in(?::[^\][\n]{0,300})?\]/i;

/** A short double-quoted phrase: a button, label or message named by its text. */
const QUOTED_LABEL = /"[^"\n]{1,40}"|“[^”\n]{1,40}”/g;

/** True when the clause containing `index` denies what stands at `index`. */
export function isNegatedAt(text: string, index: number): boolean {
  const clause = clauseAround(text, index);
  // A quoted label ("Not helpful" taps, the "That's not why" button) names something; it denies nothing.
  const before = text.slice(clause.start, index).replace(QUOTED_LABEL, '""');
  if (NEGATORS.test(before)) return true;
  // "fallback is not planned", "drift: none", "hallucination rate — not measured"
  const after = text.slice(index, clause.end);
  return /\b(?:is|are|was|were|will be)\s+not\b|\b(?:not (?:planned|measured|tracked|defined|included|covered|needed|required|set|in (?:scope|v1)))\b|:\s*(?:none|no|n\/a)\b/i.test(after);
}

/**
 * True when the clause containing `index` defers the concept or is a placeholder, or when
 * the clause is a label whose value follows a colon, dash or bracket ("Human review: TBD",
 * "Drift monitoring (todo)").
 */
export function isDeferredAt(text: string, index: number): boolean {
  const clause = clauseAround(text, index);
  if (DEFERRED.test(clause.text)) return true;
  if (clause.end < text.length && /[:—–(|]/.test(text[clause.end])) {
    const value = clauseAround(text, clause.end + 1);
    return DEFERRED.test(value.text) || /^\s*$/.test(value.text);
  }
  return false;
}

/** A question is not an assertion ("Do we keep the audio?"). */
export function isQuestion(text: string): boolean {
  // Written as a scan from the end: a regex like /\?\s*$/ backtracks quadratically on long blank runs.
  let i = text.length - 1;
  while (i >= 0 && closesSentence(text.charCodeAt(i))) i--;
  return i >= 0 && text[i] === '?';
}

/** /[\s"'”’)]/ for one UTF-16 unit: white space (as \s has it), a closing quote or bracket. */
function closesSentence(code: number): boolean {
  if (code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29) return true;
  return (code >= 0x09 && code <= 0x0d) || code === 0x20 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `pattern.test(topic)`, kept per pattern and topic: every sentence of a section asks about the
 * same few topics. `pattern` must not be global or sticky (its test then depends on lastIndex).
 */
export function testTopic(pattern: RegExp, topic: string): boolean {
  let known = TOPIC_TESTS.get(pattern);
  if (!known) {
    if (pattern.global || pattern.sticky) throw new TypeError(`testTopic needs a stateless pattern: /${pattern.source}/${pattern.flags}`);
    TOPIC_TESTS.set(pattern, (known = new Map()));
  }
  let result = known.get(topic);
  if (result === undefined) {
    if (known.size >= 4096) known.clear();
    known.set(topic, (result = pattern.test(topic)));
  }
  return result;
}

const TOPIC_TESTS = new WeakMap<RegExp, Map<string, boolean>>();

/** Lower-cased topics whose content is out of scope, deferred or undecided. */
export const NEGATIVE_TOPIC =
  /\b(?:non-?goals?|out of scope|not in scope|open questions?|future(?: work| ideas)?|later|parking lot|v2|phase 2|won'?t do|not doing|anti-?goals?|questions?(?: for| to ask)?|clarifying)\b/;

/** A number with a unit or a rate: "≤ 2%", "p90 800 ms", "0.62", "1 in 300", "zero". */
export const QUANTITY =
  /(?:[<>≤≥]=?|\b(?:at (?:least|most)|under|below|above|over|less than|more than|fewer than|no more than|no less than|up to|max(?:imum)?|min(?:imum)?|within)\s*)?\s*(?<![A-Za-z]-?)\d[\d,]*(?:\.\d+)?\s*(?:%|‰|percent\b|pp\b|pts?\b|points?\b|ms\b|milliseconds?\b|s\b|secs?\b|seconds?\b|mins?\b|minutes?\b|h\b|hrs?\b|hours?\b|days?\b|x\b|×|\/\s*\d|in\s+\d[\d,]*|per\s+(?:\d|1k|million|thousand|hundred))|\b0?\.\d+\b|\b(?:zero|none)\s+(?!of\b)\w+|\b[1-9]\d*\s+(?:in|out of|per)\s+[\d,]+[k]?\b|\b1k\b/i;

export function hasQuantity(text: string): boolean {
  return QUANTITY.test(text);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every match of the global `pattern` in `text`, as `[...text.matchAll(pattern)]` gives them
 * (from `pattern.lastIndex`, an empty match stepping over one character or code point), but
 * without the copy of the RegExp that matchAll makes on every call: V8 compiles a copy of a
 * long lexicon pattern again, which cost microseconds for every sentence. `pattern.lastIndex`
 * is left as it was, as matchAll leaves it.
 */
export function matchesIn(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matchesIn needs a global pattern: /${pattern.source}/${pattern.flags}`);
  const saved = pattern.lastIndex;
  const found: RegExpExecArray[] = [];
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0] === '') pattern.lastIndex = advance(text, pattern.lastIndex, /[uv]/.test(pattern.flags));
  }
  pattern.lastIndex = saved;
  return found;
}

/** The index after the character (a code point when `unicode`) at `index`: AdvanceStringIndex. */
function advance(text: string, index: number, unicode: boolean): number {
  if (!unicode || index + 1 >= text.length) return index + 1;
  const code = text.charCodeAt(index);
  const next = text.charCodeAt(index + 1);
  return code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff ? index + 2 : index + 1;
}

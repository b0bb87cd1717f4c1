// Word lists for success framed as a schedule: what counts as "success" and as "on time".
// Each entry is a regular-expression source; test/unit/lexicon.test.ts holds a line for each.

/** Phrases that frame something as the measure of success. */
export const SUCCESS_FRAMES: readonly string[] = [
  String.raw`\bsuccess(?:ful)?\b`,
  String.raw`\bsucceed(?:ed|s)?\b`,
  String.raw`\b(?:it'?s|was|is|counts as) a win\b`,
  String.raw`\b(?:the|our|my) (?:main |primary |key |real )?(?:goal|win|criterion|milestone|measure)\b`,
  String.raw`\bkey milestone\b`,
  String.raw`\bmeasured on\b`,
  String.raw`\bwhat (?:matters|counts)\b`,
];

/** Phrases that mean shipping on a date or on schedule. */
export const SCHEDULE_TERMS: readonly string[] = [
  String.raw`\b(?:ship(?:ping|ped|s)?|launch(?:ing|ed|es)?|live|deliver(?:ed|ing|s)?|releas(?:e|ed|ing)|go(?:ing)? live|roll(?:ed|ing)? out)\b[^.]{0,40}\b(?:by|before|in|on|for|at)\s+(?:the\s+)?(?:end of\s+)?(?:q[1-4]|h[12]|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|\d{1,2}[/.]\d|black friday|the (?:conference|sale|deadline|launch|event)|spring|summer|fall|autumn|winter|next (?:week|month|quarter))`,
  String.raw`\bon (?:time|schedule|the roadmap)\b`,
  String.raw`\bas planned\b`,
  String.raw`\b(?:hit|made|make|meet|met|protect(?:ed)?) the (?:\w+ )?(?:date|deadline|launch date|ship date|milestone)\b`,
  String.raw`\bwhen we said we would\b`,
  String.raw`\b(?:live|launch(?:ed)?|ship(?:ped)?) (?:before|by) \w+`,
];

export function compile(terms: readonly string[]): RegExp {
  return new RegExp(terms.map((t) => `(?:${t})`).join('|'), 'i');
}

// Word lists for success framed as a schedule: what counts as "success" and as "on time".
// Each entry is a regular-expression source; test/unit/lexicon.test.ts holds a line for each.
import { raw } from './raw';

/** Phrases that frame something as the measure of success. */
export const SUCCESS_FRAMES: readonly string[] = [
  raw`\bsuccess(?:ful)?\b`,
  raw`\bsucceed(?:ed|s)?\b`,
  raw`\b(?:it'?s|was|is|counts as|call(?:ed)? it|consider(?:ed)? it) a win\b`,
  raw`\b(?:the|our|my|its|v1'?s) (?:main |primary |key |real |only |one |north-star |top |overall |biggest |big )?(?:goal|win|criterion|milestone|measure|objective|target|metric|kpi|okr)\b`,
  raw`\bkey milestone\b`,
  raw`\b(?:measured|judged|graded|evaluated|assessed|rated|scored|rewarded) (?:[\w-]+ ){0,3}?(?:on|by)\b`,
  raw`\bwhat (?:really )?(?:matters|counts|mattered|counted)\b|\b(?:all|the only thing) that (?:really )?(?:matters|counts|mattered|counted)\b`,
  raw`\bthe (?:one |single )?thing (?:that )?(?:really )?(?:matters|counts|mattered|counted) (?:the )?most\b|\bwhat (?:leadership|the board|management|execs?|they|my (?:boss|manager|vp)) (?:really )?cared about\b`,
  raw`\bmost important(?:ly)?\b|\b(?:top|number[- ]one|#1|first|only|overriding|biggest) priority\b|\bnorth star\b`,
  raw`\b(?:definition of done|done means|we(?:'ll| will)? (?:call|consider) (?:it|this|v1) done)\b`,
  raw`\bproud(?:est)? (?:that|of (?:the fact that|hitting|shipping|launching|delivering|making))\b`,
];

/** A time a release is pinned to: a quarter, a month, a date, an event, "next month". */
const WHEN = raw`(?:the\s+)?(?:(?:start|beginning|middle|end) of (?:the\s+)?)?(?:(?:q[1-4]|h[12]|fy\s?\d{2,4})\b|(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\d{1,2}[/.]\d{1,2}\b|(?:black friday|cyber monday|christmas|the holidays?|holiday season|spring|summer|fall|autumn|winter|launch day|day one|(?:school|academic|fiscal|financial|tax) year|(?:new )?(?:term|semester|school year))\b(?! of\b)|(?:next|this|that) (?:week|month|quarter|sprint|year|release)\b|(?:the\s+)?(?:quarter|month|year|sprint|release train)\b|(?:our |the |a )?[\w-]+(?: [\w-]+)? (?:conference|summit|sale|event|keynote|freeze|code freeze|peak|season|deadline|cutoff|cut-off|price change|board meeting|launch|renewal|moratorium|(?<!(?:long|short|near|mid|medium|longer|shorter)[ -])term|semester|demo|expo|fair|campaign|announcement|offsite)\b)`;

/** Phrases that mean shipping on a date or on schedule. */
export const SCHEDULE_TERMS: readonly string[] = [
  raw`\b(?:ship(?:ping|ped|s)?|launch(?:ing|ed|es)?|live|deliver(?:ed|ing|s)?|releas(?:e|ed|es|ing)|go(?:ing|es)? live|went live|roll(?:ed|ing)? (?:it )?out|ga|done|out the door|in production|finish(?:ed|ing)?|complet(?:e|ed|ing))\b[^.;]{0,40}?\b(?:by|before|in|on|for|at|ahead of|in time for)\s+${WHEN}`,
  raw`\bon (?:time|schedule|the roadmap|budget|the (?:planned|agreed|committed|promised) date)\b`,
  raw`\bon the (?:[\w-]+ ){0,2}(?:planned|agreed|committed|promised|roadmap|target|announced|original) (?:ship |launch |release )?date\b|\b(?:on|by|for) the (?:exact |very |same )?(?:date|day|deadline) (?:that )?(?:we|i|the team) (?:had )?(?:committed|promised|agreed|pledged)\b`,
  raw`\bas (?:planned|scheduled|promised|committed|announced)\b|\bper the (?:roadmap|plan|timeline)\b`,
  raw`\b(?:hit|hits|hitting|made|make|makes|making|meet|meets|meeting|met|protect(?:ed|ing|s)?|beat|beating|kept|keep|keeping|held|hold|holding|land(?:ed|ing)?) (?:the|that|this|our|its|a|every|each|their|my) (?:[\w-]+ ){0,2}(?:date|dates|deadline|deadlines|timeline|milestone|milestones|launch window|ship window|go-live|commitment)\b`,
  raw`\bwhen we (?:said|promised|committed|told \w+) we would\b|\bthe day we (?:promised|committed|said)\b`,
  raw`\b(?:live|launch(?:ed)?|ship(?:ped)?|out|ready) (?:before|by) \w+`,
  raw`\b(?:ahead of|behind) schedule\b|\bon-time (?:delivery|launch|ship(?:ping)?|release|go-live)\b|\b(?:delivered|shipped|launched|released|landed) (?:it )?(?:early|on the dot)\b`,
  raw`\b(?:launch|ship|release|go-live|delivery) date\b`,
  raw`\b(?:ship(?:ped)?|deliver(?:ed)?|launch(?:ed)?|releas(?:e|ed)|land(?:ed)?) (?:it |v1 )?(?:q[1-4]|h[12])(?=\s*(?:[.,;:!)]|$|(?:and|as|like|on|too)\b))`,
];

export function compile(terms: readonly string[]): RegExp {
  return new RegExp(terms.map((t) => `(?:${t})`).join('|'), 'i');
}

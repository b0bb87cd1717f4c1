// Word lists for red lines (what a product must never do) and for persona / user-research
// sections. Each entry is a regular-expression source; test/unit/lexicon-red-lines.test.ts
// holds one sample line per entry.
import { raw } from './raw';

/** Headings and bold labels that introduce a list of red lines. */
export const RED_LINE_HEADINGS: readonly string[] = [
  raw`\bred[- ]?lines?\b`,
  raw`\bmust[- ]never\b`,
  raw`\b(?:must|should|can|will)(?: not|n'?t)(?: ever)? (?:do|happen|get wrong|say|allow|ship)\b`,
  raw`\bnever[- ](?:do|happen|list|events?|again)\b`,
  raw`\bnon[- ]?negotiables?\b`,
  raw`\bhard (?:stops?|limits?|lines?|constraints?)\b`,
  raw`\blaunch[- ]blockers?\b`,
  raw`\bunacceptable\b|\bnot acceptable\b`,
  raw`\b(?:won'?t|will not|do not|don'?t) (?:accept|tolerate|allow)\b`,
  raw`\bfailure[- ]modes?\b|\bfailure[- ]first\b|\bworst(?:[- ]case)? failures?\b`,
  raw`\b(?:prohibited|forbidden|blocked|disallowed|banned) (?:outputs?|behaviou?rs?|actions?|content|uses?)\b`,
  raw`\bzero[- ]tolerance\b`,
  raw`\bstop[- ]ship\b|\bship[- ]blockers?\b`,
  raw`^(?:the\s+)?(?:must[- ]nots?|nevers?|don'?ts|do[- ]nots?|never[- ]evers?)$`,  raw`\b(?:is|are)\s+not\s+(?:allowed|permitted)\s+to\s+(?:do|happen|say|show|ship)\b|\boff[- ]limits\b`,
];

/**
 * Normative markers that make one statement a red line wherever it stands: an outcome that
 * must never happen, is unacceptable or is blocked.
 */
export const RED_LINE_MARKERS: readonly string[] = [
  raw`\b(?:must|shall|should|may|can|will|is to|are to)\s+never\b`,
  raw`\b(?:must|shall)\s+not\b|\bmustn'?t\b|\bshan'?t\b`,
  raw`\bunder no circumstances?\b|\bin no case\b|\bunder any circumstances\b`,
  raw`\b(?:is|are|would be|counts as|be)\s+(?:(?:completely|totally|simply|never)\s+)?(?:unacceptable|not acceptable)\b`,
  raw`\bhard[- ]stops?\b`,
  raw`\bzero[- ]tolerance\b`,
  raw`\b(?:is|are)\s+(?:strictly\s+|always\s+)?(?:forbidden|prohibited|not (?:allowed|permitted))\s+(?:to|from)\b|\b(?:is|are)\s+never\s+(?:allowed|permitted|acceptable|ok(?:ay)?)\b`,
  raw`\b(?:is|are|counts as|treated as)\s+an?\s+(?:automatic\s+)?(?:launch[- ]blocker|red[- ]line(?: breach)?|no[- ]go)\b`,
  raw`\b(?:won'?t|will not|must not|cannot|can'?t|does not|doesn'?t)\s+ever\b`,
  raw`^\s*no\s+[\w-]+(?:\s+[\w-]+){0,3}\s+(?:is\s+|are\s+)?ever\b`,  raw`\b(?:is|are)\s+(?:strictly\s+)?(?:forbidden|prohibited|not (?:allowed|permitted))(?=\s*(?:[.;!—–]|$|,\s*(?:ever|whatever|whoever|even)\b|(?:under|in|at) any\b))|[—–:]\s*(?:simply\s+|never\s+)?not acceptable\b`,
  raw`\bwe\s+(?:always\s+|automatically\s+)?(?:block|reject|refuse)\s+(?:it|them|that|this|those|these|the (?:output|answer|reply|response|message|recommendation|suggestion|action|order|transfer|payment|request))(?=\s*(?:[.;!]|$))`,
];

/**
 * Headings whose items are red lines only when phrased as one ("No medical advice", "Never …"):
 * guardrails and safety rules mix red lines with the mechanisms that enforce them.
 */
export const RED_LINE_SOFT_HEADINGS: readonly string[] = [
  raw`\bguard[- ]?rails?\b`,
  raw`\bsafe(?:guards?|ty (?:rules|requirements|constraints|principles|policy|policies))\b`,
  raw`\btrust (?:and|&) safety\b|\bresponsible ai\b`,
  raw`\b(?:content|usage|output) polic(?:y|ies)\b|\bboundaries\b`,
];

/** A list item phrased as a red line: "No diagnosis …", "Never …", "Don't …", "Zero …". */
export const RED_LINE_ITEM_OPENERS: readonly string[] = [
  raw`^\s*(?:no|never|zero)\s+\w`,
  raw`^\s*(?:don'?t|do not|does not|doesn'?t|must not|cannot|can'?t|won'?t|will not)\s+\w`,
  raw`^\s*not\s+(?:a|an|the|to|for|with|ever)\b`,
];

/** Scope statements, not red lines: a lead-in to non-goals, or a feature held back for now. */
export const RED_LINE_SCOPE: readonly string[] = [
  raw`\b(?:won'?t|will not|not going to|don'?t|do not|are not|aren'?t)\s+(?:be\s+)?(?:build(?:ing)?|do(?:ing)?|ship(?:ping)?|support(?:ing)?|includ(?:e|ing)|cover(?:ing)?|tackl(?:e|ing)|address(?:ing)?|work(?:ing)? on|offer(?:ing)?)\b`,
  raw`\bout of scope\b|\bnon-?goals?\b|\bnot in scope\b`,
  raw`\b(?:in|for) (?:v1|the first version|the mvp|now|launch|this release|phase 1)\b|\byet\b`,
];

/** A numeric target phrased with "must not" ("must not exceed 2 s") is a target, not a red line. */
export const RED_LINE_TARGET: readonly string[] = [
  raw`\b(?:exceed|go (?:over|above|below)|drop below|fall below|take (?:more|longer) than|be (?:more|less|longer|slower) than)\b[^.;]{0,30}\d`,
];

/** A limit of the technology, not an outcome to prevent: "the model will never be perfect". */
export const RED_LINE_LIMITS: readonly string[] = [
  raw`\b(?:never|not)\s+(?:ever\s+)?(?:be\s+)?(?:perfect|flawless|100\s*%|fully (?:accurate|correct|reliable)|error[- ]free)\b`,
  raw`\b(?:never|not)\s+(?:ever\s+)?(?:reach|achieve|get to|catch (?:all|every)|eliminate)\b`,
];

/** Statement markers that count only under a red-line heading or lead-in ("it cannot …"). */
export const RED_LINE_SOFT_MARKERS: readonly string[] = [
  raw`\b(?:cannot|can'?t|can not|won'?t|will not|does not|doesn'?t|do not|don'?t|may not|should not|shouldn'?t|is not allowed to)\b`,
  raw`\bnever\b`,
  raw`^\s*(?:no|zero)\s+\w`,
  raw`\boff[- ]limits\b`,
];

/**
 * A paragraph that ends in a colon and announces the list after it as red lines:
 * "The product must never:", "Two things it can never do:", "Red lines (what must not happen):".
 */
export const RED_LINE_LEAD_INS: readonly string[] = [
  raw`\b(?:must|shall|should|can|will|may)\s+(?:never|not)\b`,
  raw`\bnever\b`,
  raw`\bred[- ]?lines?\b|\bnon[- ]?negotiables?\b|\bhard stops?\b|\blaunch[- ]blockers?\b`,
  raw`\bunacceptable\b|\bnot acceptable\b|\b(?:won'?t|will not) (?:accept|tolerate)\b`,
];

/**
 * Escape valves are not red lines: what the product does below a confidence threshold,
 * routing to a person, holding an action until the user resolves it.
 */
export const ESCAPE_VALVES: readonly string[] = [
  raw`\b(?:below|under|beneath|less than)\s+(?:an?\s+|the\s+|its\s+)?(?:confidence(?:\s+(?:score|level|of))?\b|floor|threshold|\d*\.\d+|\d+\s*%)`,
  raw`\b(?:confidence|score|probability|certainty)\b[^.;]{0,25}(?:<|≤)\s*\d*\.?\d+`,
  raw`\bconfidence(?: score)?\s+(?:is\s+)?(?:below|under|lower than|<)`,
  raw`\b(?:blocks?|holds?|disables?|locks?|pauses?)\b[^.;]{0,60}\buntil\b`,
  raw`\buntil (?:the |a )?(?:user|customer|reviewer|merchant|person|human|agent)\b[^.;]{0,30}\b(?:resolves?|confirms?|approves?|reviews?|fix(?:es)?)\b`,
  raw`(?:→|->|=>)\s*(?:an?\s+|the\s+)?(?:human|agent|person|specialist|reviewer|support)\b`,
  raw`\b(?:route[sd]?|hand(?:ed|s)? (?:off|over)|escalate[sd]?|goes|go|sent|passed)\s+(?:straight\s+)?to\s+(?:an?\s+|the\s+)?(?:human|agent|person|specialist|reviewer|support|queue)\b`,
];

/** Outcome words that say nothing about the outcome itself (kept out of the outcome key). */
export const RED_LINE_FILLER: readonly string[] = [
  raw`\b(?:the|a|an|and|or|of|to|in|on|for|with|from|by|at|as|into|its?|their|our|any|all|that|which|who|this|these|those|is|are|be|been|was|were|has|have|had|do|does|did)\b`,
  raw`\b(?:must|shall|should|may|might|can|cannot|could|will|would|never|not|no|ever|always|without|unless|even|also|only)\b`,
  raw`\b(?:product|assistant|bot|model|system|tool|feature|app|ai|we|you|he|she|they|them|one)\b`,
];

/** Headings and labels of persona, segment, journey-map and user-research sections. */
export const PERSONA_HEADINGS: readonly string[] = [
  raw`\bpersonas?\b`,
  raw`^(?:(?:the|our|target|primary|secondary|key|core|end|intended|main|who are (?:the|our))\s+)*(?:users?|customers?|audiences?|people)(?:\s+(?:and|&|\/)\s+(?:personas?|segments?|(?:their )?needs|use cases|jobs(?: to be done)?|goals))?$`,
  raw`\b(?:user|customer|target|market|audience)\s+segments?\b|^\s*segments?\b`,
  raw`\b(?:user|customer|patient|buyer|shopper|student|learner|travell?er|merchant|advertiser|employee|member)s?['’]?\s+journeys?\b|\bjourney\s+maps?\b|^(?:the\s+)?journeys?\b|\bjourneys?\s+(?:today|for\s+\w+)\b`,
  raw`\b(?:user|customer|ux|market)\s+research\b|\bresearch (?:summary|findings|insights)\b|\bwhat we (?:heard|learned)\b|\bwho we (?:interviewed|talked to|spoke (?:to|with))\b|^(?:discovery\s+)?research$|\binterview (?:findings|insights)\b`,
  raw`\bwho (?:(?:it'?s|this is|we'?re building|we'?re designing) for|is (?:it|this) for|we(?:'re)? (?:serve|serving|design for|build for)|(?:uses|buys|reads|shops|needs)\b)`,
  raw`\b(?:the\s+)?(?:people|students|learners|patients|shoppers|buyers|merchants|advertisers|customers|users|readers|teachers|clinicians|drivers|sellers|travell?ers)\s+(?:first|in the room|we serve|involved)\b|^\s*(?:then:?\s+)?(?:the\s+)?(?:students|users|customers|people|learners|patients|shoppers|merchants|readers)\s*$`,
  raw`\bjobs[- ]to[- ]be[- ]done\b|\bempathy map\b|\bday in the life\b`,
  raw`^(?:primary|secondary|target|main|key)\s+(?:users?|personas?|customers?|segments?|audiences?)\b|\bmeet (?:the|our)\b|\b(?:customer|user)\s+insights?\b|^(?:user\s+|customer\s+)?interviews?$`,
];

/** What persona write-ups say about people: wants, needs, pains, habits. */
export const PERSONA_TRAITS: readonly string[] = [
  raw`\b(?:wants?|needs?|cares? (?:about|most)|prefers?|expects?|hates?|loves?|fears?|worries|would love)\b`,
  raw`\b(?:struggles?|frustrat\w+|anxious|overwhelmed|overloaded|stuck|bored|impatient|embarr?ass\w+|confus\w+)\b`,
  raw`\bpain(?:\s*points?)?\b|\bjobs to be done\b|\bgoals?:`,
  raw`\b(?:spends?|logs? in|works? (?:mostly|from)|uses? (?:it|the app|their phone)|manages?|handles?)\b[^.]{0,40}\b(?:daily|weekly|monthly|a day|a week|a month|per (?:day|week|month)|on (?:the bus|her phone|his phone|their phone|a laptop))\b`,
];

/** Paragraph lead-ins that open a journey map or a segment list without a heading. */
export const PERSONA_LEAD_INS: readonly string[] = [
  raw`^\s*(?:(?:user|customer|shopper|buyer|patient)\s+)?journey(?:\s+map)?(?:\s+(?:today|for \w+))?\s*:`,
  raw`^\s*(?:(?:user|customer|target)\s+)?segments?\b[^:.]{0,40}:`,
  raw`^\s*personas?\s*:`,
];

/** Metadata lines at the top of a document ("Owner: … | Status: …"), not content. */
export const METADATA_LINE: readonly string[] = [
  raw`^\s*(?:owner|pm|author|authors|eng(?:ineering)?(?: lead)?|design|status|team|reviewers?|last (?:edited|updated)|updated|version|v\d|doc state|target|date|draft)\b\s*[:·|—-]`,
  raw`\b\w+[ \t]*:[^|·:\n]{1,200}[|·][ \t]*\w+[ \t]*:`,
];

export function compile(terms: readonly string[], flags = 'i'): RegExp {
  return new RegExp(terms.map((t) => `(?:${t})`).join('|'), flags);
}

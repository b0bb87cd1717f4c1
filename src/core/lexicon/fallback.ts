// Word lists for escape valves: who a person in the loop can be, the three rungs of the
// fallback ladder (human, rule-based, null), and repairing model output after the fact.
// Each entry is a regular-expression source; test/unit/lexicon-fallback.test.ts holds a line for each.
import { raw } from './raw';

/** Staff a run-time path can reach: agents, reviewers, specialists, an on-call team. */
export const STAFF: readonly string[] = [
  raw`humans?|persons?|people|someone|somebody|a real person|human [\w-]+`,
  raw`(?:support |live |human |contact[- ]cent(?:re|er) |call[- ]cent(?:re|er) )?agents?|(?:customer )?(?:support|service) (?:reps?|representatives?|staff)|reps?|representatives?`,
  raw`reviewers?|approvers?|moderators?|operators?|editors?|producers?|maintainers?|code ?owners`,
  raw`specialists?|experts?|clinicians?|nurses?|doctors?|physicians?|pharmacists?|therapists?|counsel(?:l)?ors?`,
  raw`lawyers?|attorneys?|paralegals?|accountants?|bookkeepers?|advis[eo]rs?`,
  raw`teachers?|instructors?|coaches?|supervisors?|managers?|admins?|administrators?|recruiters?|analysts?|officers?`,
  raw`adjusters?|underwriters?|case ?workers?|case managers?|investigators?|auditors?|dietitians?|radiologists?|claims? handlers?|curators?|translators?|interpreters?|linguists?|fact-checkers?|stylists?|concierges?|contractors?|freelancers?|native speakers?|proofreaders?|copy ?editors?|staff(?:ers?)?|employees?|colleagues?|teammates?|team members?`,
  raw`(?:[\w-]+ )?(?:hotlines?|helplines?|help ?desks?|service desks?|front desks?|switchboards?|phone lines?)|[\w-]+['’]s (?:queue|desk|inbox)|(?:review|manual|triage|escalation|approval|human|exceptions?) (?:queue|desk|inbox)`,
  raw`(?:on-?call|risk|fraud|trust (?:&|and) safety|ops|policy|review|escalation|safety|legal|compliance|appsec|security|support|triage|content) (?:team|queue|desk|rotation|lead|engineer|specialist)s?|on-?call|tier[- ]?\d(?: support)?|L[123] support|second[- ]line(?: support)?`,
];

/** The product's own users, who count as the human rung when they approve or confirm output. */
export const END_USERS: readonly string[] = [
  raw`users?|customers?|merchants?|advertisers?|sellers?|hosts?|travell?ers?|technicians?|dispatchers?|organi[sz]ers?|shoppers?`,
  raw`authors?|owners?|engineers?|developers?|writers?|students?|patients?|drivers?|buyers?|members?|clients?`,
];

/** A person takes over, approves or confirms at run time (PERSON stands for the list above). */
export const HUMAN_TERMS: readonly string[] = [
  raw`\bhuman[- ]in[- ]the[- ]loop\b|\bHITL\b|\bin the loop\b`,
  raw`\b(?:human|manual|expert|clinical|nurse|lawyer|legal|editorial|policy|specialist|moderator|staff|supervisor|second[- ]person)\s+(?:\w+\s+)?(?:review|approval|sign[- ]?off|oversight|verification|takeover)s?\b`,
  raw`\b(?:escalat\w*|hand(?:s|ed|ing)?(?:[- ]?(?:off|over))?|handoffs?|handovers?|transfer(?:s|red)?|rout(?:e|es|ed|ing)|forward(?:s|ed)?|goes|go|sent|send(?:s|ing)?|pass(?:es|ed)?|put through|queued|flag(?:s|ged)?|refer(?:s|red)?|connect(?:s|ed)?|switch(?:es)?|posts?|assign(?:s|ed)?|page[sd]?|loop(?:s|ed)? in|brings? in|lands?|ends? up)\b[^.;]{0,50}?\b(?:to|for|into|in|with)\s+(?:an?\s+|the\s+|our\s+|their\s+|your\s+|a\s+live\s+|a\s+senior\s+)?(?:[\w&-]+\s+){0,2}(?:STAFF)\b`,
  raw`\b(?:STAFF)\s+(?:[\w,'’-]+\s+){0,6}?(?:reviews?|approves?|confirms?|signs? off|edits?|accepts?|rejects?|corrects?|verif(?:y|ies)|checks?|adjudicates?|promotes?|overrides?|takes? over|makes? the final (?:call|decision)|has the final say|calls? (?:[\w-]+\s+){0,2}back|rings? (?:[\w-]+\s+){0,2}back|follows? up with)\b`,
  raw`\b(?:USER)\s+(?:[\w,'’-]+\s+){0,4}?(?:reviews?|approves?|confirms?|edits?|accepts?|rejects?|corrects?|verif(?:y|ies)|checks?|promotes?|overrides?)\s+(?:(?:and|or|then)\s+(?:sends?|submits?|publishes|posts?|signs?|applies|merges?|books?|pays?)\b|(?:[\w-]+\s+){0,3}?(?:drafts?|suggestions?|answers?|summar(?:y|ies)|outputs?|results?|recommendations?|bookings?|orders?|invoices?|forms?|changes?|translations?|listings?|repl(?:y|ies)|messages?|emails?|text|code|patch(?:es)?|diffs?|fields?|baskets?|carts?|itinerar(?:y|ies)|plans?|notes?|it|them|each one|every (?:item|one|field))\b)`,
  raw`\b(?:reviewed|approved|confirmed|signed off|verified|accepted|applied|adjudicated|overridden|(?:human |manual )?(?:review|approval|sign-off|confirmation)|(?:a )?(?:second look|second pair of eyes|once-over))\s+(?:by|from)\s+(?:an?\s+|the\s+|their\s+|your\s+)?(?:[\w-]+\s+)?(?:PERSON)\b`,
  raw`\buntil\s+(?:the\s+|a\s+|an\s+)?(?:PERSON|they|you)\s+(?:\w+\s+)?(?:resolves?|confirms?|approves?|reviews?|accepts?|clicks?|taps?|press(?:es)?|signs?|fixes|corrects?|edits?)\b|\b(?:needs?|requires?|requiring|after|until|pending|with)\s+(?:an?\s+|the\s+|their\s+|explicit\s+)*(?:[\w'’-]+\s+){0,2}(?:approval|confirmation|sign[- ]?off|click|go-ahead)\b`,
  raw`\b(?:PERSON|they|you)\s+(?:\w+\s+){0,2}(?:clicks?|taps?|press(?:es)?|hits?)\s+(?:on\s+)?["“']?(?:send|submit|publish|approve|accept|use|commit|confirm|apply|save|post|book|pay)`,
  raw`\b(?:can|may|must|will|gets? to|has to|have to)\s+(?:\w+\s+)?(?:review|edit|approve|confirm|change|accept|reject|check)\s+(?:[\w-]+\s+){0,3}?before\s+(?:it|they|sending|posting|publishing|saving|submitting|signing|anything|the \w+)\b`,
  raw`(?<!\b(?:model|system|bot|assistant|validator|classifier|checker|filter|pipeline|scanner|engine|AI|LLM|it|script|job|service)\s+)\b(?:reviews?|approves?|checks?|signs? off on|edits?|confirms?|vets?|proofreads?)\s+(?:every|each|all|the|any)\s+(?:[\w-]+\s+){1,4}?before\s+(?:it|they|anything)\s+(?:goes|go|is|are|gets?)\s+(?:live|out|published|sent|shown|posted|merged|released|applied)\b`,
  raw`\b(?:flag(?:s|ged)?|sen[dt]|sends|queue[sd]?|held|holds?|route[sd]?|marked)\s+(?:[\w-]+\s+){0,2}?for\s+(?:a\s+)?(?:human\s+|manual\s+|expert\s+|further\s+|editorial\s+)?(?:review|approval|sign-?off|follow-?up)\b|\b(?:PERSON)\s+(?:\w+\s+){0,2}?decides?\s+(?:whether|if|what|which)\b`,
  raw`\bto (?:a |an )(?:real |live )?(?:human|person)\b(?![\s-]*(?:reader|eye|ear|like|level|speed|language|tone))`,
  raw`\b(?:talk|speak|chat)\s+(?:to|with)\s+(?:an?\s+|the\s+|your\s+|my\s+|our\s+|a\s+real\s+)?(?:STAFF)\b|\bask\s+(?:an?|my|the|your)\s+(?:STAFF)\b|\blive (?:chat|agent|support|person)\b|\brequest (?:an?|the) (?:human|person|agent|call-?back)\b`,
];

/** "Nothing reaches the customer until the agent clicks Send": output is held for a person. */
export const HELD_FOR_PERSON = raw`\b(?:nothing|no\s+[\w-]+)\s+(?:[\w-]+\s+){0,3}?(?:reaches|is (?:sent|shown|published|released|posted|filed)|goes (?:out|live|to)|gets? (?:sent|published|posted|shown))\b[^.;]{0,80}?\b(?:until|before|unless)\s+(?:the\s+|a\s+|an\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:PERSON|he|she|they|you)\b`;

/** "Never … without the user confirming": a person has to act first (a double negation). */
export const HUMAN_GATE = raw`\b(?:never|not|no|nothing|cannot|can'?t|won'?t)\b[^.;]{0,80}?\bwithout\s+(?:an?\s+|the\s+|their\s+|its\s+|your\s+|explicit(?:ly)?\s+|a\s+)*(?:[\w-]+\s+){0,2}?(?:PERSON|human|explicit)\b[^.;]{0,40}?(?:confirm|approv|click|action|review|sign|read|press|tap)`;

/** A deterministic path used instead of the model: rules, templates, cached or classic results. */
export const RULE_TERMS: readonly string[] = [
  raw`\brules?[- ]based\b|\brules?[- ]engines?\b|\bdeterministic\b|\bhard-?coded\b`,
  raw`(?<!refusal\s|as an?\s)\btemplat(?:e|es|ed)\b`,
  raw`\b(?:canned|pre-?written|scripted|pre-?approved|[\w-]*vetted|curated|static|boilerplate|standard)\s+(?:[\w-]+\s+)?(?:answers?|responses?|replies|messages?|examples?|checklists?|content|copy|pages?|articles?|links?)\b`,
  raw`\bmacros?\b|\bglossar(?:y|ies)\b|\bdictionar(?:y|ies)\b|\blook-?ups?\b`,
  raw`\bcached\b|\bfrom (?:the |a )?cache\b`,
  raw`\b(?:classic|keyword|plain|regular|filtered|traditional|lexical|help[- ]cent(?:er|re)|top[- ]rated|ranked)\s+(?:[\w-]+\s+){0,2}(?:search|results|completions?|listings?|matches)\b|\bsearch results\b|\b(?:closest|top|matching|nearest|best-matching)\s+(?:\w+\s+)?(?:[\w-]+\s+)?(?:passages?|articles?|results|matches|documents|snippets|entries)\b`,
  raw`\bheuristics?\b|\b(?:popular|best-?selling|trending|most[- ]popular|top[- ]selling|editorial|default)\s+(?:items|products|results|picks|recommendations?|answers?|responses?|lists?|content|copy|ranking)\b|\b(?:legacy|previous|old|existing|baseline|pre-AI|non-ML|popularity-based)\s+(?:[\w-]+\s+)?(?:ranking|ranker|algorithm|system|logic|results|search|recommendations?|model|mapping|lookup|rules?|scorecard)\b`,
  raw`\blook-?up tables?\b|\bdecision (?:trees?|tables?)\b|\b(?:symbolic|rules?|policy|tax|calculation|matching)\s+engines?\b|\bmatcher\b`,
  raw`\b(?:if|when|whenever|otherwise|instead|unless|until|while)\b[^.;]{0,120}?(?<!\b(?:model|predictor|classifier|network|LLM|it)\s)\b(?:shows?|showing|displays?|uses?|returns?|quotes?|serves?|falls? back to)\s+(?:the\s+|its\s+|their\s+|a\s+)?(?:[\w'’-]+\s+){0,2}?(?:scheduled|published|posted|printed|timetabled|standard|default|fixed|official|last[- ]known|list|tariff|(?:historical|seasonal|rolling) average)\s+(?:[\w-]+\s+)?(?:times?|prices?|values?|estimates?|rates?|dates?|schedules?|figures?|fees?|timetables?|lead times?)\b(?!\s+as\s+(?:an?\s+)?(?:feature|input|signal|baseline|reference|prior))|\b(?:shows?|displays?|uses?|returns?)\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,2}?(?:published|printed|official|scheduled)\s+(?:timetable|schedule|tariff|fee schedule|price list)\s+instead\b`,
  raw`\b(?:without|no)\s+(?:any\s+|a\s+)?(?:model|AI|LLM)\s+(?:involved|call)\b|\binstead of (?:asking|calling|using|querying|invoking) (?:the |an? )?(?:model|LLM|AI)\b`,
];

/** The model says nothing: refuses, abstains, says it doesn't know, hands back the manual path. */
export const NULL_TERMS: readonly string[] = [
  raw`\brefus(?:e|es|ed|al|als|ing)\b|\bdeclin(?:e|es|ed)\s+(?:to\s+(?:answer|respond|help|generate|summari[sz]e|suggest)|the request|politely)\b|\b(?:polite|graceful|soft)\s+(?:decline|refusal|no)\b|\b(?:are|is|gets?|will be) declined\b|\babstain\w*`,
  raw`\bI (?:don'?t|do not) know\b|\b(?:says?|replies|responds|answers|admits?|tells? (?:the \w+|them|you))\s+(?:that\s+)?(?:it|I|we|the \w+)\s+(?:don'?t|do not|doesn'?t|does not) know\b|\bI'?m not sure\b|\b(?:says?|admits?|tells? (?:the \w+|them|you))\s+(?:that\s+)?(?:it|I)(?:'s|'m| is| am)?\s*(?:isn'?t|not)\s+sure\b|\b(?:can'?t|cannot|unable to)\s+(?:help|confirm|answer|be sure)\b|\b(?:says?|tells? (?:the \w+|them|you)|replies|responds|explains)\s+(?:that\s+)?(?:it|I|we|the \w+)\s+(?:can'?t|cannot|is unable to|won'?t)\b|\b(?:don'?t|do not) have (?:a |an |any )?(?:[\w-]+ )?(?:answer|source|information)\b`,
  raw`\bno\s+[\w-]+(?:\s+[\w-]+)?\s+at all\b|\b(?:gets?|receives?|returns?|produces?)\s+no\s+(?:AI[- ]|generated\s+|model\s+)?[\w-]+\b|\bno\s+(?:AI[- ]|generated\s+|model\s+)?(?:answers?|responses?|repl(?:y|ies)|suggestions?|drafts?|summar(?:y|ies)|outputs?|comments?|completions?|recommendations?|guess(?:es)?|generated (?:text|reply|answer|content))\b`,
  raw`\bnothing (?:is |gets |will be )?(?:shown|displayed|generated|returned)\b|\bno\s+[\w-]+\s+(?:is|are|gets?|will be)\s+(?:proposed|shown|suggested|generated|returned|produced|given|offered|displayed|posted)\b|\b(?:aren'?t|isn'?t|won'?t be|are not|is not|never)\s+(?:shown|displayed|presented|returned)\s+at all\b`,
  raw`\b(?:answers?|responses?|suggestions?|drafts?|outputs?|comments?|completions?|summar(?:y|ies))\s+(?:is\s+|are\s+|gets?\s+|will be\s+)?(?:suppressed|dropped|withheld|discarded|held back)\b|\b(?:skip(?:s|ped)?|suppress(?:es|ed)?|drops?)\s+the\s+(?:draft|answer|response|suggestion|output|comment|summary|generation|reply)\b`,
  raw`\bmanual (?:form|process|flow|entry|path|workflow)\b|\b(?:writes?|fills?|does|enters?|types?|completes?|handles?|handled)\s+(?:[\w-]+\s+){0,3}?by hand\b|\b(?:classic|old|existing|standard) (?:phone |IVR |touch-tone )?menu\b|\bIVR\b|\b(?:classic|original|existing|old|regular|normal|standard|blank|empty) (?:[\w-]+ )?(?:form|flow)\b|\b(?:with|and)\s+(?:the\s+|its\s+|all\s+)?(?:[\w-]+\s+){0,3}?pre-?(?:filled|populated)\b|\bpre-?(?:filled|populated)\s+(?:[\w-]+\s+)?(?:form|fields?|search|screen)\b`,
  raw`\b(?:handled|processed|done|written|priced|estimated|entered|keyed|filed|completed|answered|dealt with)\s+(?:[\w-]+\s+){0,2}?manually\b|\b(?:manually|by hand)\W+(?:just\s+)?as (?:(?:it is|they are|we do|they do|it'?s|is done)\s+)?(?:today|now|before|usual)\b`,
  raw`\b(?:stays?|remains?|is left|are left|left|kept|shown)\s+(?:empty|blank|unfilled|untouched|unchanged)\b|\bfills? nothing\b`,
  raw`\bsilence\b|\bstays? (?:quiet|silent)\b|\b(?:shows?|says?|returns?|outputs?|posts?|suggests?|displays?) nothing\b|\bempty (?:result|response|answer|state)\b|\bfails? closed\b`,
  raw`\b(?:it|we|the [\w-]+|and|but|then|so)\s+(?:simply\s+)?(?:doesn'?t|does not|won'?t|will not|don'?t|do not)\s+(?:[\w]+-)?(?:answer|respond|reply|generate|translate|summari[sz]e|suggest|guess|assert|present|draft|predict|classify|run|(?:show|give|offer|return) (?:an? |any )?(?:answer|response|reply|suggestion|draft|summary))s?\b`,
];

/** Explicit ladder labels: "**Human** —", "(rule-based)", "→ null (no answer)", "| Null / refuse |". */
export const RUNG_LABELS = {
  human: raw`human(?:\s+(?:agent|handoff|review|reviewer|escalation|rung|fallback|in the loop))?|person|escalation|manual review`,
  rule: raw`rule[- ]based(?:\s+(?:answer|fallback|rung|response))?|rules|deterministic(?:\s+fallback)?|templates?`,
  null: raw`null(?:\s*\/\s*(?:refuse|refusal|abstain))?|refus(?:e|al)|abstain|no answer`,
} as const;

/** Repairing wrong model output after the fact, the anti-pattern post-processing-fix names. */
export const REPAIR_TERMS: readonly string[] = [
  raw`\bpost[- ]?process(?:ing|ed|or|ors)?\b`,
  raw`\b(?:clean(?:s|ed|ing)?\s+(?:\w+\s+)?up|fix(?:es|ed|ing)?|correct(?:s|ed|ing)?|repair(?:s|ed|ing)?|patch(?:es|ed|ing)?|rewrit(?:e|es|ing)|rewritten|scrub(?:s|bed|bing)?|sanitiz(?:e|es|ed|ing)|swap(?:s|ped)?|replac(?:e|es|ed|ing))\b[^.;]{0,40}?\b(?:after (?:the fact|generation|the model|it'?s generated|output)|afterwards|downstream|post[- ]hoc|before (?:it|they|the \w+) (?:is |are |gets? )?(?:shown|sent|published|displayed|sees?|goes out|voiced|spoken|posted|played|aired|rendered|returned|delivered|emailed|printed|executed|run|merged|committed)|in a (?:second|cleanup|correction) (?:pass|step|layer))`,
  raw`\b(?:fix|clean|patch|tidi|tidy|touch)(?:es|ed|ing|s)?\s+up\s+before\s+(?:posting|sending|publishing|airing|voicing|showing|displaying|display|delivery|use)\b`,
  raw`\bclean-?up (?:script|pass|step|layer|job|rules?)\b|\bcorrection (?:layer|pass|step|script)\b|\bauto-?correct(?:s|ed|ion)?\b`,
  raw`\b(?:recalculat\w*|re-?comput\w*|overwrit\w*|replac(?:e|es|ed|ing)|substitut\w*|swap(?:s|ped)? out)\b[^.;]{0,40}?\b(?:wrong|bad|known-bad|incorrect|hallucinated|invented|off-brand|broken|mistaken)\b`,
  raw`\b(?:clean(?:s|ed|ing)?|fix(?:es|ed|ing)?|correct(?:s|ed|ing)?|repair(?:s|ed|ing)?|patch(?:es|ed|ing)?|scrub(?:s|bed|bing)?|rewrit(?:e|es|ing))\s+(?:up\s+)?(?:the\s+|any\s+|all\s+)?(?:model'?s?\s+)?(?:wrong|bad|incorrect|hallucinated|invented|off-brand|broken|made-up)\s+[\w-]+`,
  raw`\b(?:clean(?:s|ed|ing)?\s+up|fix(?:es|ed|ing)?|correct(?:s|ed|ing)?|patch(?:es|ed|ing)?)\s+(?:the\s+|its\s+|any\s+)?(?:model'?s?\s+|LLM'?s?\s+)?(?:hallucinations?|mistakes|errors|mistranslations?|inaccuracies)\b`,
  raw`\b(?:wrong|bad|incorrect|hallucinated|invented|made-up|off-brand|broken|hallucinations?|mistakes|errors|mistranslations?|inaccuracies)\s+(?:[\w'’-]+\s+){0,3}?(?:are|is|get|gets|will be|can be)\s+(?:\w+\s+)?(?:swapped|replaced|fixed|corrected|rewritten|cleaned up|patched|repaired|scrubbed|overwritten|recalculated)\b`,
  raw`\b(?:recalculat\w*|re-?comput\w*|re-?deriv\w*|re-?check\w* and re-?writ\w*)\b[^.;]{0,80}?\b(?:overwrit(?:e|es|ing|ten)|overwrote|replac(?:e|es|ed|ing)|substitut\w*)\b`,
  raw`\b(?:rewrote|rewrites?|rewritten|replaced|patched|overwrote|overwritten|corrected|fixed|swapped)\b[^.;]{0,60}?\b(?:in|during|as|via|with)\s+(?:a|the|our|an|its)\s+(?:[\w-]+\s+)?post[- ]?processing(?:\s+(?:step|pass|stage|layer|script|job))?\b`,
];

/** A gate that blocks, discards or routes output: a guardrail, not a repair. */
export const GUARD_TERMS: readonly string[] = [
  raw`\b(?:block(?:s|ed|ing)?|discard(?:s|ed|ing)?|drop(?:s|ped|ping)?|suppress(?:es|ed|ing)?|reject(?:s|ed|ing)?|quarantin\w*)\b`,
  raw`\b(?:filter(?:s|ed|ing)?|strip(?:s|ped)?|screen(?:s|ed)?)\s+(?:\w+\s+)?out\b|\bheld back\b|\bhold(?:s|ing)? (?:it |them )?back\b|\bwithh(?:o|e)ld\w*`,
  raw`\b(?:rout(?:e|es|ed|ing)|escalat\w*|fall(?:s|ing)? back|hand(?:s|ed)? (?:it |them )?(?:off|over))\b|\bnot shown\b|\bnever shown\b`,
];

/** The author turns the repair down ("I pushed back", "not an acceptable mitigation"). */
export const REJECTION = raw`\b(?:pushed back|push back|rejected|refused|declined|vetoed|said no|argued against|overruled|turned (?:it|that|this) down|(?:didn'?t|did not|wouldn'?t|would not|refused to) (?:accept|agree to|sign off on|approve|go with|ship)|(?:wasn'?t|isn'?t|was not|is not|not) (?:enough|acceptable|an? (?:real |acceptable )?(?:fix|mitigation|answer)))\b`;

export function compile(terms: readonly string[], flags = 'i'): RegExp {
  return new RegExp(terms.map((t) => `(?:${t})`).join('|'), flags);
}

/** Fills the STAFF slot (people a request is routed to), the USER slot (the product's users) and PERSON (either). */
export function withPeople(term: string): string {
  return term.replace(/STAFF/g, STAFF.join('|')).replace(/USER/g, END_USERS.join('|')).replace(/PERSON/g, [...STAFF, ...END_USERS].join('|'));
}

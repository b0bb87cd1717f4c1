// Word lists for operating a model after launch: cadences and baselines (drift), live
// failure signals (production signal), feedback flowing into improvement, and promises
// that the model will improve over time. Each entry is a regular-expression source;
// test/unit/lexicon-monitoring.test.ts holds one sample line per entry.
import { raw } from './raw';

/** How often something recurs: a schedule, not a one-off or a change trigger. */
export const CADENCE: readonly string[] = [
  raw`\b(?:hourly|daily|nightly|weekly|bi-?weekly|fortnightly|monthly|bi-?monthly|quarterly|annually|yearly)\b(?![- ](?:active|users?|uniques?|plans?|fees?|subscriptions?|subscribers?|stand-?ups?|budgets?|revenue|price|pricing|emails?|newsletters?|digests?|billing|invoices?|caps?|limits?|quotas?|spend|payments?|rent|salary|allowance|volume|traffic|visitors?))`,
  raw`\bevery (?:other |single )?(?:hour|day|night|morning|evening|week|weekday|weekend|month|quarter|year|sprint|release|release cycle|deploy(?:ment)?|cycle|term|semester|season|unit|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b`,
  raw`\bevery (?:\d+|two|three|four|five|six|eight|ten|twelve|few) (?:hours|days|weeks|months|quarters|sprints|releases)\b`,
  raw`\beach (?:hour|day|night|morning|week|month|quarter|year|sprint|release|cycle|term|semester|season|unit)\b`,
  raw`\bper (?:quarter|sprint|release)\b`,
  raw`\bonce (?:a|per|every) (?:day|week|fortnight|month|quarter|year|sprint|release)\b`,
  raw`\b(?:twice|three times) (?:a|per) (?:day|week|month|quarter|year)\b`,
  raw`\bon (?:mon|tues|wednes|thurs|fri|satur|sun)days\b`,
  raw`\bon a (?:regular |fixed |set |recurring )?(?:cadence|schedule)\b`,
  raw`\b(?:scheduled|recurring|periodic(?:ally)?) (?:re-?runs?|runs?|evals?|evaluations?|audits?|reviews?|checks?|jobs?|comparisons?)\b`,
];

/** Something is compared with an earlier state: a baseline over time, not a static target. */
export const TEMPORAL_BASELINE: readonly string[] = [
  raw`\b(?:previous|prior|last|trailing|rolling|preceding) (?:\d+|two|three|four|six|eight|twelve|few)[- ](?:hours?|days?|weeks?|months?|quarters?)\b`,
  raw`\b(?:the )?(?:previous|prior|last|preceding) (?:day|week|month|quarter|year|period)\b`,
  raw`\b(?:launch|pilot|pre-?launch|go-live|initial|original|training|reference|historical|day-one|first-week|beta) (?:distribution|numbers|levels?|baseline|period|mix|performance|rates?)\b`,
  raw`\b(?:hour|day|week|month|quarter|year)[- ]over[- ](?:hour|day|week|month|quarter|year)\b`,
  raw`\b(?:re-?baselin\w+|baseline (?:is |are |gets )?(?:re-?)?(?:computed|recomputed|reset|refreshed|updated))\b`,
  raw`\b(?:\d+|two|three|four|six|eight|twelve)[- ](?:day|week|month|quarter)[- ](?:rolling |trailing |moving )?(?:baselines?|averages?|means?|medians?)\b`,
  raw`\b(?:trend(?:s|ed|ing|line)?|since launch|over the (?:past|last) (?:\d+|few|several) (?:days|weeks|months))\b`,
];

/** A plain baseline or reference point (not necessarily over time). */
export const BASELINE: readonly string[] = [
  raw`\bbaselines?\b`,
  raw`\b(?:frozen|golden|gold|held-?out|fixed|pinned|reference|canonical) (?:eval(?:uation)? |test |regression |benchmark )?(?:set|suite|dataset|benchmark)\b`,
  raw`\bholdout\b`,
];

/** An explicit comparison. */
export const COMPARISON: readonly string[] = [
  raw`\bcompar(?:e|es|ed|ing|ison|isons)\b`,
  raw`\b(?:vs\.?|versus)(?=\s)`,
  raw`\brelative to\b`,
];

/** A change in a measured value, relative to where it was ("drops 2 pts", "moves > 2×"). */
export const CHANGE: readonly string[] = [
  raw`\b(?:drops?|dropping|falls?|falling|rises?|rising|increases?|increasing|decreases?|decreasing|declines?|declining|moves?|moving|shifts?|shifting|swings?|jumps?|degrades?|regress(?:es)?|changes?)\b[^.;]{0,25}?(?:\bof |\bby |\bmore than |\bover |[≥>]=? ?|\bat least )?\d+(?:\.\d+)?\s*(?:pts?\b|points?\b|%|pp\b|percentage points?\b|×|x\b)`,
  raw`\b(?:doubl(?:es|ed|ing)|halv(?:es|ed|ing)|tripl(?:es|ed|ing))\b`,
  raw`\b(?:a|any) (?:\d+(?:\.\d+)?[- ]?(?:pts?|points?|%|pp)\s+)?(?:drop|fall|rise|increase|decrease|decline|regression|degradation|shift)\b`,
];

/** Re-running or re-measuring an evaluation: the measurement is repeated. */
export const RERUN: readonly string[] = [
  raw`\bre-?(?:runs?|running|ran|evaluat\w+|evals?|scor\w+|test\w*|measur\w+|comput\w+|calculat\w+|grad\w+|audit\w*|play\w*)\b|\bre-?check(?:s|ed|ing)? (?:the |our )?(?:quality|accuracy|precision|recall|eval\w*|model|performance|outputs?)\b`,
  raw`\breplay(?:s|ed|ing)?\s+(?:\w+\s+)?(?:on|against|over|through)\b`,
  raw`\b(?:run|runs|ran|score|scores|scored|evaluate|evaluates|evaluated)\s+(?:the |our |a |an )?(?:\d[\d,]*[- ]\w+ )?(?:frozen |golden |gold |fixed |held-?out |offline |regression |benchmark )*(?:eval(?:uation)?|test|regression|benchmark|golden|gold|frozen) (?:set|suite)\b`,
  raw`\b(?:frozen|golden|gold|eval(?:uation)?|test|regression|benchmark) (?:set|suite)\b[^.;]{0,40}?\b(?:is|are|gets?)\s+(?:re-?)?(?:run|scored|evaluated)\b`,
];

/** Words that name drift or a shift in what the model sees or does. */
export const DRIFT_TERMS: readonly string[] = [
  raw`\bdrift(?:s|ing|ed)?\b`,
  raw`\b(?:distribution|covariate|concept|data|domain|population|input|output|label|prediction|score|embedding)[- ]shifts?\b`,
  raw`\b(?:intent|topic|query|category|input|traffic|language|merchant|user|customer|request|document|job[- ]type|skill[- ]tag|protocol|class|label|score|prediction|output|input|feature|embedding)[- ](?:mix|distributions?)\b`,
  raw`\b(?:mix|distribution|population) (?:shifts?|changes?|moves?)\b`,
  raw`\b(?:population stability(?: index)?|psi|kl[- ]divergence|jensen[- ]shannon|js[- ]divergence|wasserstein|kolmogorov[- ]smirnov|chi[- ]squared? test)\b`,
  raw`\bdegrad(?:e|es|ed|ing|ation) over time\b`,
];

/** A live alert that reaches the team (not a notification shown to the user). */
export const ALERT: readonly string[] = [
  raw`\balert(?:s|ed|ing)?\b(?!\s+(?:the\s+)?(?:users?|customers?|patients?|students?|travell?ers?|merchants?|advertisers?|shoppers?|buyers?|drivers?|readers?|members?|them|you)\b)`,
  raw`\bpag(?:ed|ing)\b|\b(?:gets?|receives?|sends?|triggers?|fires?|raises?|opens?) (?:a |an )?(?:page|pager alert|alert|incident)\b`,
  raw`\bpages?\s+(?:the\s+|our\s+|an?\s+)?(?:[\w-]+\s+){0,2}(?:on-?call|oncall|sre|engineers?|team|lead|owner|rotation|ops)\b`,
  raw`\b(?:pager(?:duty)?|opsgenie|victorops|incident\.io)\b`,
  raw`\b(?:notif(?:y|ies|ied)|ping(?:s|ed)?|messag(?:es|ed)|posts? (?:an? )?(?:alert|message|notification) to|escalat\w+ to) (?:the |our )?(?:[\w-]+\s+){0,2}(?:on-?call|sre|owner|pm|product manager|ops(?: team)?|team|lead|incident channel)\b|\bon-?call\b[^.;]{0,30}\b(?:gets|receives|is (?:notified|pinged|paged))\b`,
  raw`\bposts? (?:\w+\s+){0,4}to #[\w-]+`,
];

/** Automated anomaly detection on logs, inputs or outputs. */
export const ANOMALY: readonly string[] = [
  raw`\banomal(?:y|ies|ous)\b`,
  raw`\boutlier detection\b`,
  raw`\bspikes? (?:detection|alerts?)\b`,
];

/** A dashboard or monitoring tool. */
export const DASHBOARD: readonly string[] = [
  raw`\bdashboards?\b`,
  raw`\b(?:grafana|looker|datadog|kibana|tableau|superset|metabase|new relic|honeycomb|sentry|splunk|arize|fiddler|whylabs|langsmith|langfuse)\b`,
  raw`\bmonitor(?:ed|ing|s)? (?:in production|live|in real[- ]time|continuously)\b|\b(?:real[- ]time|live|production|continuous|automated) (?:monitor(?:ing|s)?|checks?)\b`,
];

/** What a useful production dashboard or monitor watches: failures, not just usage. */
export const FAILURE_METRIC: readonly string[] = [
  raw`\b(?:errors?|failures?|failed|wrong|incorrect|hallucinat\w*|unsupported|fabricat\w*|invented)\b`,
  raw`\b(?:complaints?|flags?|flagged|reports?|thumbs[- ]?down|downvotes?|👎|dislikes?)\b`,
  raw`\b(?:rejections?|rejected|dismiss(?:ed|als?)|overrides?|corrections?|edit rate|edits|refusals?|unsure|fallbacks?|escalations?|handoffs?|upgrades?|discards?|violations?|leaks?|breach\w*)\b`,
  raw`\b(?:precision|accuracy|recall|quality|pass rate|acceptance|agreement|citation check\w*)\b`,
];

/** A way for users or reviewers to report a bad output while the product is live. */
export const USER_REPORT: readonly string[] = [
  raw`\b(?:users?|customers?|people|anyone|staff|members?|[a-z]+(?:ers|ors|ists|ians|ants|ents|ees))\s+(?:can|may|could|are able to)\s+(?:also\s+|always\s+|easily\s+)?(?:flag|report)\b`,
  raw`["“]?\b(?:report (?:a |an |this )?(?:problem|issue|error|bug|mistake|bad \w+)|flag (?:as |this )?\w+|this (?:looks|is) wrong|wrong from \w+)\b["”]?\s*(?:button|link|option|action|click)s?\b`,
  raw`\b(?:each|every|any)\s+(?:user\s+)?(?:flag|report|complaint)\s+(?:\w+\s+){0,2}(?:posts?|goes|is sent|is routed|lands?|creates?|opens?|triggers?)\b`,
  raw`\b(?:flags?|(?:user|customer|bug|problem|abuse|error|incident) reports?|reports? of (?:wrong|bad|incorrect|harmful|unsafe|abusive|broken) \w+|complaints?)\s+(?:\w+\s+){0,3}(?:pages?|alerts?|posts? to|routed to|sent to|go(?:es)? to) (?:the )?(?:on-?call|#|channel|team|queue|lead)`,
];

/** A live threshold that triggers an action (rollback, kill switch, auto-disable). */
export const LIVE_TRIGGER: readonly string[] = [
  raw`\b(?:auto-?(?:matic(?:ally)? )?(?:roll(?:s|ed)? ?back|rollback|disable[sd]?|pause[sd]?)|kill[- ]switch|circuit[- ]breaker)\b`,
  raw`\b(?:roll(?:s|ed)? back|rollback|pause (?:the )?(?:feature|rollout|model))\b[^.;]{0,60}\b(?:if|when|whenever)\b`,
  raw`\b(?:if|when|whenever)\b[^.;]{0,80}\b(?:exceeds?|goes (?:above|over|below)|drops? below|rises? above|crosses|tops|spikes?)\b[^.;]{0,60}\b(?:roll(?:s|ed)? back|rollback|pause|disable|ticket|investigat\w+|review)\b`,
];

/** A feedback signal from users or reviewers of live output. */
export const FEEDBACK_SIGNAL: readonly string[] = [
  raw`\b(?:corrections?|corrected|overrides?|overridden|overrode|edits|edited|editing|rewrites?|rewritten)\b`,
  raw`\b(?:thumbs(?:[- ](?:up|down))?|👍|👎|upvotes?|downvotes?|downvoted|star ratings?|user ratings?|ratings? from (?:users|customers|agents|reviewers)|(?:low|poorly|negatively|badly)[- ]rated)\b`,
  raw`\b(?:flags?|flagged|(?:user |customer |bug )?reports|reported|complaints?|escalations?|escalated (?:conversations?|cases?|chats?|tickets?))\b`,
  raw`\b(?:rejections?|rejected|dismiss(?:ed|als?)|rephrases?|rephrasings?|removals?|removes?|swaps?|undo(?:es|ne)?|reverts?|reverted|returns|appeals?|appealed|disputes?|disputed|overturn(?:s|ed)?|reversals?)\b`,
  raw`\b(?:user|customer|agent|reviewer|clinician|teacher|merchant|advertiser|explicit|implicit) feedback\b|\b(?:says|types|clicks|taps|presses|selects|chooses|answers)\s+["“'‘]|\b(?:repeats?|rephrases?) (?:the|their|a) (?:question|request|query)\b`,
  raw`\b(?:confirmed (?:errors?|failures?|mistakes?)|mistakes (?:\w+ )?(?:caught|found|reported)|failure cases?|bad (?:answers?|outputs?|explanations?|suggestions?|drafts?))\b`,  raw`\bmark(?:s|ed|ing)? (?:\w+ ){0,2}?(?:as )?(?:wrong|incorrect|inaccurate|bad|unhelpful|missed|miscategori[sz]ed|mislabell?ed|false|off)\b|\bmarked (?:[\w-]+ )?(?:photos?|images?|cases?|items?|answers?|outputs?|examples?|records?|studies|tickets?|listings?|ones|transcripts?|clips?|predictions?|suggestions?)\b`,
  raw`["”'’]\s+(?:button\s+)?(?:taps|clicks|presses|selections|votes)\b|\b(?:taps|clicks|presses) on (?:the |a )?["“'‘]`,
];

/** Where feedback goes so the product improves (a flow verb, then the destination). */
export const FEEDBACK_DESTINATION: readonly string[] = [
  raw`\b(?:add(?:s|ed|ing)?|go(?:es)?|went|feeds?|fed|feeding|sampl(?:e|es|ed|ing)|lands?|landed|becomes?|became|turn(?:s|ed)?|fold(?:s|ed)?|promot(?:e|es|ed)|incorporat(?:e|es|ed)|mov(?:e|es|ed)|pip(?:e|es|ed)|flows?|put|written|appended|merged|collect(?:s|ed)?|join(?:s|ed)?|enter(?:s|ed)?|end(?:s)? up|copied|routed|pushed|recycled)\b[^.;]{0,70}?\b(?:into|to|in|as|join(?:s|ed)?|enter(?:s|ed)?)\b[^.;]{0,40}?\b(?:eval(?:uation)?|test|golden|gold|regression|replay|labell?ed|training|fine-?tuning|benchmark|frozen|offline|adversarial|red-team|validation) (?:set|suite|data(?:set)?|examples?|items?|cases?|corpus|pool|runs?|rounds?|batch(?:es)?|jobs?)\b`,
  raw`\b(?:become|becomes|turned into|turn into|turns into|written up as)\s+(?:new\s+)?(?:eval(?:uation)?|test|gold(?:en)?|regression) (?:items?|cases?|examples?)\b`,
  raw`\bre-?train(?:s|ed|ing)?\b|\bfine-?tun(?:e|es|ed|ing) (?:the (?:model|classifier|ranker|reranker) )?(?:again |(?:on|with|using) (?:them|these|those|the (?:corrections?|edits|labels|feedback|flags|overrides|reports)|(?:user |reviewer |agent )?(?:corrections?|edits|labels|feedback|overrides)))|\b(?:preference (?:data|pairs)|reward model|rlhf|dpo)\b|\bused (?:for|in|as) (?:regression )?(?:testing|evaluation|evals|retraining|training|fine-?tuning)\b|\bfeeds?\s+(?:into\s+)?(?:the |a |our )?(?:[\w-]+ ){0,2}(?:eval|test|training|fine-?tuning|retraining|regression|golden)\b`,
  raw`\b(?:prompt (?:changes?|updates?|instructions?|fixes|edits|examples|rules|tweaks)|few-?shot examples?|(?:update|change|fix|tune|adjust|revise|patch)(?:s|d|ed)? (?:the |our )?(?:system )?prompts?)\b`,
  raw`\b(?:(?:update|change|extend|revise|add to|fix)(?:s|d|ed)? (?:the |our |a )?(?:[\w-]+ ){0,2}?(?:rules?|rule set|blocklists?|denylists?|allowlists?|glossar(?:y|ies)|filters?|templates?|knowledge base|help (?:center |centre )?articles?|macros?|policies|retrieval index)|(?:rules?|blocklists?|glossar(?:y|ies)|templates?|knowledge base|help (?:center |centre )?articles?|macros?) (?:are |is |get |gets )?(?:updated|changed|extended|revised|fixed|rewritten))\b`,
  raw`\bre-?baselin\w+\b|\b(?:rewrite|update|revise|extend|retune|expand)(?:s|d|ed)? (?:the |our )?(?:[\w-]+ ){0,2}?(?:examples?|training (?:phrases|utterances|data)|utterances|intents?|few-?shot \w+|synonyms)\b`,
  raw`\b(?:turn(?:s|ed)?|becom(?:e|es)|became|translat(?:e|es|ed)|convert(?:s|ed)?|written up|distill(?:s|ed)?|fed|feed(?:s)?)\b[^.;]{0,40}?\b(?:into|as)\b[^.;]{0,20}?\b(?:new |updated |more |extra )?(?:rules?|filter rules?|prompt instructions?|instructions for the prompt|guidelines?|style[- ]guide (?:rules?|entries)|glossary entries|blocklist entries|few-?shot examples?|(?:prompt|training) examples?|test cases?|eval cases?|checks?)\b`,
  raw`\b(?:add(?:s|ed|ing)?|go(?:es)?|went|feeds?|fed|copied|appended|join(?:s|ed)?|mov(?:e|es|ed)|sampl(?:e|es|ed))\b[^.;]{0,40}?\b(?:into|to|in)\b (?:the |our |a )?\d[\d,]*[- ](?:case|item|example|question|sample|prompt|photo|image|ticket|call|document)s? (?:eval(?:uation)? |test |regression |benchmark )?(?:set|suite|benchmark)\b`,
  raw`\b(?:drive|drives|drove|shape|shapes|shaped|inform|informs|informed|feed|feeds|fed|join|joins|joined)\b(?: into)? the next (?:[\w-]+ (?:and )?){0,3}?(?:prompt|model|fine-?tuning|training|retraining|data|rules?|templates?|eval(?:uation)?|classifier)\b(?: [\w-]+){0,2}? (?:revision|update|release|version|round|batch|iteration|run|cycle)\b`,
];

/** A promise of improvement; it counts when the sentence also says "over time" or "with use". */
export const IMPROVEMENT_MODAL: readonly string[] = [
  raw`\b(?:will|'ll|’ll|should|shall|is going to|are going to|expect(?:s|ed)? (?:it|them|the \w+|scores|quality|accuracy|results) to|bound to)\s+(?:(?:just|only|naturally|automatically|steadily|continuously|gradually|also|definitely|certainly|quickly|keep|keeps|continue to|continue)\s+)*(?:improv(?:e|ing)|get(?:ting)? (?:better|smarter|more (?:accurate|precise|relevant|reliable|personali[sz]ed|useful))|become (?:better|smarter|(?:more|increasingly) (?:accurate|precise|relevant|reliable|personali[sz]ed|useful|helpful))|learn(?:ing)?|grow (?:smarter|more accurate))\b`,
  raw`\b(?:accuracy|quality|precision|recall|relevance|performance|results|recommendations|answers|suggestions|predictions|scores|matches|outputs)\s+(?:will|should|'ll|are expected to|is expected to)\s+(?:\w+\s+)?(?:increase|rise|go up|grow|climb)\b`,
];

/** A promise of improvement that is about time or use by itself ("keeps getting better"). */
export const IMPROVEMENT_PROMISE: readonly string[] = [
  raw`\b(?:keeps?|continues? to|continu(?:es|ally)|constantly|steadily)\s+(?:getting better|getting smarter|improving|learning|improve|get better|get smarter|learn)\b`,
  raw`\b(?:gets?|getting|grows?) (?:better|smarter|more accurate) (?:(?:for|with|at) (?:them|you|us|him|her|each [\w-]+|every [\w-]+|users|learners|customers|students|patients) )?(?:and (?:better|smarter)|over time|with (?:every|each|more|use|usage)|as (?:more|it|users|people|usage)|the more)\b`,
  raw`\bthe more [^.;]{1,60}\bthe (?:better|smarter|more accurate)\b`,
  raw`\bself-?improving\b`,
  raw`\b(?:learns?|improves?|adapts?) (?:continuously|constantly|automatically|on its own|by itself|over time|with (?:every|each) \w+|from (?:every|each) \w+)\b`,
];

/** The "over time / with use" part of an improvement promise. */
export const OVER_TIME: readonly string[] = [
  raw`\bover time\b`,
  raw`\bas (?:more|it|they|we|the (?:model|system|assistant|bot)|users?|people|customers?|usage|data|[a-z]+s (?:use|send|flow|come|accumulate|pile))\b`,
  raw`\bwith (?:(?:more|every|each|additional|continued|ongoing) (?:data|usage|use|users?|feedback|conversations?|interactions?|examples?|traffic|invoices|documents|sessions)|(?:use|usage|time|experience|feedback|data|scale)\b)`,
  raw`\b(?:after |post-)launch\b`,
  raw`\b(?:keep|keeps|continue|continues|continually|constantly|steadily) (?:getting|improving|learning|to improve|to learn|to get)\b`,
  raw`\bbetter and better\b|\bsmarter\b|\bself-?improving\b|\bthe more\b`,
  raw`\b(?:learn(?:s|ing)? from|retrain(?:s|ing)? on) (?:more|every|each|usage|use|real|live|the (?:data|usage|conversations|clicks|feedback))\b`,
];

/** A quality measurement that can track a promised improvement over time (with a cadence). */
export const TRACKING: readonly string[] = [
  raw`\b(?:re-?run\w*|re-?eval\w*|re-?scor\w+|re-?test\w*|audit\w*|evaluat(?:e|es|ed|ion|ions)|evals?|benchmark\w*|(?:eval(?:uation)?|test|golden|gold|frozen|regression) (?:set|suite))\b`,
  raw`\b(?:accuracy|precision|recall|f1|pass rate|error rate|hallucination rate|(?:in)?correct[- ]\w+ rate|edit (?:distance|rate)|correction rate|agreement|quality (?:score|rate)|acceptance rate|rubric|win rate)\b`,
];

// Word lists for the TLC rules (task precision, latency tolerance, confidence floor) and the
// error-rate concept. Each entry is a regular-expression source (matched case-insensitively);
// test/unit/lexicon-tlc.test.ts holds one sample line per entry.
import { raw } from './raw';

/** Names of a quality measure of the output: with a number, a task-precision target. */
export const QUALITY_TERMS: readonly string[] = [
  raw`\baccura(?:te|tely|cy)\b`,
  raw`\bprecision\b`,
  raw`\brecall\b`,
  raw`\bf1\b|\bf-?(?:score|measure)\b`,
  raw`\bcorrect(?:ly|ness)?\b|\bright\b`,
  raw`\bpass(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:rubric|evals?|evaluation|tests?|checks?|review|qa|bar)\b|\bpass[- ]rate\b|\brubric\b`,
  raw`\baccept(?:s|ed|ance)?\b`,
  raw`\b(?:used|kept|applied|committed|merged|published|sent|approved)\s+(?:as[- ]is|without\s+(?:any\s+)?(?:edits?|changes)|unedited|unchanged|verbatim)\b`,
  raw`\b(?:suggestions?|completions?|fixes|patches|drafts?|comments?)\b[^.;|]{0,30}\b(?:committed|merged|applied)\b`,
  raw`\bagree(?:s|ment)?\s+with\b|\binter-?(?:rater|annotator)\b|\bkappa\b|κ`,
  raw`\bfaithful(?:ness)?\b|\bgrounded(?:ness)?\b|\bfactual(?:ly)?\s+(?:correct|accurate|consistent|right)\b`,
  raw`\bexact[- ]match\b|\bmatch(?:es)?\s+(?:the\s+)?(?:gold|source|reference|label|expected|ground[- ]truth|human)\w*`,
  raw`\b(?:rated|judged|graded|marked|scored|labell?ed)\s+(?:as\s+)?["“'‘]?(?:correct|useful|helpful|good|acceptable|accurate|faithful|relevant|complete|usable|publishable|on[- ]brand)`,
  raw`\b(?:satisf(?:y|ies)|meets?|respects?|obeys?)\s+(?:every|all|each)\s+(?:[\w-]+\s+){0,2}(?:constraints?|requirements?|rules?)\b`,
  raw`\b(?:top-?\d+|hit[- ]rate|ndcg|mrr|auc|bleu|rouge|wer|cer|word[- ]error[- ]rate|error[- ]rate)\b`,
  raw`\b(?:quality|rubric|grader|judge|human[- ]eval(?:uation)?|helpful\w*|useful\w*|relevan\w*)\s+(?:scores?|ratings?)\b`,
  raw`\b(?:valid|executable|compilable|well-formed|parseable)\b|\bwin[- ]rate\b`,
  raw`\b(?:answer|output|response|summary|draft|translation|extraction|transcription|caption)\s+quality\b`,
  raw`\btask[- ]success\b|\bsuccess(?:ful)?\s+(?:completion|extraction|resolution)s?\b`,
  raw`\b(?:[a-z]+ed|sent|kept|taken|written)\s+with\s+(?:only\s+)?(?:light|minor|small|minimal|few|little|trivial|no)\s+(?:or\s+no\s+)?(?:edits?|changes|modifications|revisions|corrections)\b`,
];

/** An accuracy tolerance band ("within ±10 g of the reference"): with a share of items, a task-precision target. */
export const TOLERANCE_BAND: readonly string[] = [
  raw`\bwithin\s+(?:±|\+\/-|\+-|plus or minus)\s*\d[\d.,]*`,
  raw`\b(?:within|off by (?:no more|less) than|no more than)\s+\d[\d.,]*\s*(?:%|[a-zµ$€£]+\.?)?\s+(?:of|from)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,3}(?:values?|readings?|measurements?|figures?|amounts?|totals?|counts?|references?|ground[- ]truth|truth|labels?|answers?)\b`,
];

/** A share of items a tolerance band must hold for ("for 95% of meals", "in 9 out of 10 cases"). */
export const SHARE_OF_ITEMS: readonly string[] = [
  raw`\b\d{1,3}(?:\.\d+)?\s*(?:%|percent)\s+of\b`,
  raw`\b\d+\s+(?:in|out of)\s+\d+\b`,
];

/** Names of a class of wrong outputs: with a ceiling, an acceptable error rate. */
export const ERROR_TERMS: readonly string[] = [
  raw`\bhallucinat\w*`,
  raw`\bfabricat\w*`,
  raw`\b(?:invent(?:ed|s|ing)?|made[- ]up|confabulat\w*)\b`,
  raw`\bunsupported\b|\bungrounded\b|\bunverified\b|\bnot\s+(?:supported|backed|traceable|grounded|found|present)\s+(?:by|in|on|to)\b|\bnon-?existent\b|\bnot\s+(?:in|from)\s+(?:the\s+|its\s+)?(?:[\w-]+\s+)?(?:sources?|records?|documents?|inputs?|transcripts?|context|data|files?|charts?|contracts?|polic(?:y|ies)|notes|catalog(?:ue)?s?|databases?|filings?|articles?|reports?)\b|\babsent from\b|\b(?:don'?t|doesn'?t|do not|does not)\s+appear\s+in\b|\b(?:don'?t|doesn'?t|do not|does not)\s+(?:exist|resolve|support)\b|\bcontradict\w*`,
  raw`\bfactual(?:ly)?[- ](?:errors?|incorrect|wrong|mistakes?|inaccura\w+)\b`,
  raw`\b(?:wrong(?:ly)?|incorrect(?:ly)?|inaccurate|erroneous|bogus|falsely)\b`,
  raw`\bmis(?:attribut|classif|label|identif|transcri|quot|stat|read|rout|categori[sz])\w*`,
  raw`\bfalse[- ]?(?:positives?|negatives?|alarms?|accepts?|rejects?|flags?)\b|\bfp ?rate\b|\bfpr\b|\bfnr\b`,
  raw`\bmiss(?:ed)?[- ]rate\b|\bmissed\s+(?:[\w-]+\s+){0,2}(?:cases?|clauses?|fields?|items?|detections?|flags?|escalations?|fraud|violations?)\b`,
  raw`\b(?:model|output|answer|extraction|classification|prediction|transcription|factual|content|summary|step|field|label(?:l?ing)?)[- ]errors?\b|\berrors?\s+in\s+(?:the\s+)?(?:output|answers?|summar(?:y|ies)|drafts?|predictions?)\b`,
  raw`\b(?:under|over)-?(?:triage|classif\w+|estimat\w+|report\w+|pa(?:y|ys|id|ying)|charg\w+|pric\w+|quot\w+|predict\w*|bill\w*)\b|\b(?:off|out|wrong|away|missed)\s+by\s+(?:more than|over|at least|[>≥])`,
  raw`\berror[- ]rates?\b|\b(?:contain(?:s|ing)?|ha(?:s|ve|ving)|with)\s+(?:an?\s+|any\s+)?(?:factual\s+)?(?:errors?|mistakes?)\b`,
];

/** A regression error measure: with a bound ("MAE ≤ 45 min"), a task-precision target. */
export const REGRESSION_ERROR = raw`\b(?:mean|median|average)\s+(?:absolute\s+)?(?:percentage\s+)?error\b|\broot[- ]mean[- ]squared?\s+error\b|\b(?:MAE|MAPE|sMAPE|RMSE|MdAE)\b`;

/** Words that make an "error" a service fault (timeouts, 5xx), not a wrong output. */
export const SERVICE_FAULT_TERMS: readonly string[] = [
  raw`\b(?:api|http|server|service|endpoint|network|infrastructure|gateway|upload|request)s?\s+(?:\w+\s+)?errors?\b`,
  raw`\breturns?\s+errors?\b|\b5\d\d\s*(?:errors?|responses?|status(?:es)?|codes?)\b|\b5xx\b|\btimeouts?\b|\buptime\b|\bavailability\b|\bcrash(?:es)?\b`,
];

/** Context that makes a duration the system's response time rather than something else. */
export const LATENCY_CONTEXT: readonly string[] = [
  raw`\blatenc(?:y|ies)\b`,
  raw`\bresponse[- ]times?\b|\brespon(?:d|ds|se|ses)\b|\brepl(?:y|ies)\b`,
  raw`\bcome\s+back\b|\bshows?\s+up\b|\bappears?\b|\bloads?\b|\brender(?:s|ed)?\b|\bready\b|\barriv(?:e|es|al)\b|\breturn(?:s|ed)?\b|\bon[- ]screen\b|\bbe there\b|\bdisplay(?:s|ed)?\b|\bstream(?:s|ed)?\b|\b(?:shown|visible|served)\b`,
  raw`\bfirst[\s-]+(?:token|byte|line|word|result|chunk|paint|draft|suggestion|audio|frame|response)\b|\btime[- ]to[- ]first[- ]\w+|\bttf[tb]\b`,
  raw`\bend[- ]to[- ]end\b|\bround[- ]?trip\b`,
  raw`\bper\s+(?:page|request|query|turn|file|image|document|message|completion|suggestion|inference|call|step|batch)\b`,
  raw`\b(?:fast|faster|quick(?:ly)?|speedy|snappy|instant(?:ly)?|real[- ]time|sub-?second|speed|delay|lag|wait(?:s|ing)?)\b`,
  raw`\b(?:latency|time|speed)?\s*budget\b|\btime-?outs?\b`,
  raw`\b(?:answers?|suggestions?|completions?|drafts?|summar(?:y|ies)|results?|recommendations?|comments?|explanations?|transcripts?|outputs?|predictions?|decisions?|verdicts?|labels?|alerts?|notifications?|scores?|itinerar(?:y|ies)|captions?|translations?|extractions?|classifications?|generations?|requests?|queries)\b`,
  raw`\b(?:complet(?:e|es|ed)|finish(?:es|ed)?|process(?:es|ed)?|execut(?:e|es|ed)|runs?)\s+(?:with)?in\b`,
  raw`\b(?:model|bot|chatbot|assistant|copilot|system|service|api|endpoint|classifier|ranker|reranker|retriever|pipeline|engine|llm|tool)s?\b`,
  raw`\b(?:classif(?:y|ies|ied)|scor(?:e|es|ed)|predicts?|generat(?:e|es|ed)|extracts?|transcribes?|ranks?|translates?|summari[sz]es?|detects?|answers?|decides?)\b`,
  raw`\bwithin\s+\d[\d.,]*\s*(?:ms|msec|milliseconds?|s|secs?|seconds?)\s+(?:of|after|from)\s+(?:the|a|an|each|every)\b`,
  raw`\bwithin\s+\d[\d.,]*\s*(?:ms|msec|milliseconds?|s|secs?|seconds?)\s+(?:for|on|in)\s+\d{1,3}(?:\.\d+)?\s*(?:%|percent)\s+of\b`,
  raw`\b(?:after|from|of)\s+(?:the\s+)?(?:upload|request|keystroke|click|tap|submission|query|the (?:user|customer)\s+(?:asks|types|submits)|(?:\w+\s+){0,2}(?:failing|fails|failure|finish(?:es)?|completes?))\b`,
];

/** Context that marks a long duration (minutes) as a system job, not a person's task. */
export const SYSTEM_JOB_CONTEXT: readonly string[] = [
  raw`\blatenc(?:y|ies)\b`,
  raw`\bfirst[\s-]+(?:token|byte)\b|\bend[- ]to[- ]end\b`,
  raw`\b(?:bulk|batch|async(?:hronous(?:ly)?)?|background|offline|overnight|nightly)\b|\bpipeline\b|\bjobs?\b`,
  raw`\b(?:arriv(?:e|es)|ready|generated|posted|delivered|available|appears?|sent|processed)\b`,
  raw`\b(?:after|from|of)\s+(?:the\s+)?(?:upload|request|submission|(?:\w+\s+){0,2}(?:failing|fails|failure|finish(?:es)?|completes?))\b`,
];

/** People whose own work a long duration may time ("agents reply within 5 minutes"). */
export const PERSON_NOUNS: readonly string[] = [
  raw`\b(?:agents?|humans?|staff|people|persons?|employees?|teams?|reps?|representatives?|operators?|moderators?|reviewers?|specialists?|analysts?|editors?|supervisors?|managers?)\b`,
  raw`\b(?:nurses?|doctors?|clinicians?|lawyers?|paralegals?|technicians?|recruiters?|teachers?|producers?|adjusters?|underwriters?|merchants?|advertisers?|drivers?|customers?|patients?|students?|users?)\b`,
  raw`\b(?:dispatchers?|couriers?|clerks?|pharmacists?|officers?|caseworkers?|planners?|brokers?|cashiers?|tellers?|accountants?|coaches?|tutors?|inspectors?|investigators?|engineers?|developers?|dispatch|the desk)\b`,
];

/** Durations that are people's task times, waits or service-level agreements, not latency. */
export const PEOPLE_TIME: readonly string[] = [
  raw`\bhandl(?:e|ing)[- ]times?\b|\baht\b`,
  raw`\bon\s+hold\b|\bhold[- ]times?\b`,
  raw`\btime[- ]to[- ](?!first\b)[a-z]+`,
  raw`\bslas?\b|\bservice[- ]level\b`,
  raw`\btime[- ](?:in|on|spent|saved)\b|\bspend(?:s|ing)?\b|\bsav(?:e|es|ed|ing)\b`,
  raw`\bsessions?(?:[- ](?:length|duration|time))?\b|\bdwell\b`,
  raw`\b(?:first[- ]pass|review|turnaround|cycle|lead|queue|waiting|resolution|onboarding|setup|training|reading|typing|call)[- ]times?\b|\bfirst[- ]response\b`,
  raw`\b(?:paralegals?|lawyers?|nurses?|agents?|technicians?|recruiters?|reviewers?|humans?|staff|specialists?|operators?|supervisors?|moderators?|people|employees|users?)\s+(?:\w+\s+){0,2}(?:spend|spends|take|takes|took)\b`,
  raw`\bretain\w*|\bretention\b|\bretained\b|\bkept for\b|\bstored for\b`,
];

/** Words just before a duration that make it a window, cadence or condition ("for 15 minutes"). */
export const CONDITION_BEFORE_DURATION: readonly string[] = [
  raw`(?:\b(?<!\b(?:aim|aims|aiming|shoot|target|targeting|optimi[sz]e|optimi[sz]ing|go)\s)for|\b(?:every|each|during|in\s+any|over(?:\s+the)?(?:\s+last)?|rolling|per))\s+(?:a\s+)?$`,
  raw`\b(?:after|at least)\s+$`,
];

/** A percentile qualifier on a latency target. */
export const PERCENTILE: readonly string[] = [
  raw`\bp\s?(?:50|75|8\d|9\d|99\.\d+|999)\b|\btp\d{2}\b`,
  raw`\bmedian\b`,
  raw`\b\d{2}(?:\.\d+)?(?:th|st|nd|rd)?[- ]percentile\b|\bpercentile\b`,
];

/** A share of requests qualifier ("90% of requests within 800 ms"). */
export const SHARE_OF_REQUESTS: readonly string[] = [
  raw`\b(?:[5-9]\d|100)(?:\.\d+)?\s*(?:%|percent)\s+of\b`,
  raw`\b(?:[5-9]\d|100)(?:\.\d+)?\s*(?:%|percent)\s+(?:the\s+)?(?:time|requests?|calls?|queries|responses?|answers?|turns?|sessions?|pages?|drafts?)\b`,
  raw`\b\d+\s+(?:in|out of)\s+(?:10|20|100|1,?000)\s+(?:\w+\s+)?(?:requests?|calls?|queries|responses?|answers?|turns?|pages?|drafts?|completions?)\b`,
];

/** A bound over all requests ("max", "every request"). */
export const ALL_REQUESTS_BOUND: readonly string[] = [
  raw`\bmax(?:imum)?\b|\bworst[- ]case\b|\bupper bound\b`,
  raw`\b(?:every|each|all|any)\s+(?:single\s+)?(?:requests?|responses?|calls?|quer(?:y|ies)|turns?|pages?|answers?|completions?|suggestions?|drafts?|messages?|inferences?)\b`,
  raw`\bhard\s+(?:limit|cap|ceiling|timeout|deadline)\b|\btime-?out\b|\bnever\s+(?:takes?|exceeds?|slower|waits?)\b|\b100\s*%\s+of\b`,
];

/** An average: not a percentile. */
export const AVERAGE: readonly string[] = [raw`\b(?:average|avg\.?|mean|on average|typical(?:ly)?)\b`];

/** Names of the model's confidence, or of a score used as one. */
export const CONFIDENCE_TERMS: readonly string[] = [
  raw`\bconfiden(?:ce|t)\b`,
  raw`\b(?:un)?certain(?:ty)?\b|\b(?:un)?sure\b`,
  raw`\bprobabilit(?:y|ies)\b|\blog-?probs?\b|\blikelihood\b`,
  raw`\bscor(?:e|es|ing)\b`,
  raw`\bagreement\b(?!\s+with)|\b(?:samples?|solutions?|runs?|answers?|models?|generations?)\s+agree\b|\bself-consisten\w+|\bvot(?:e|es|ing)\b`,
  raw`\bentropy\b|\bmargin\b|\bcalibrated\b|\bsimilarity\b|\bcosine\b|\brelevance\b`,
  raw`\bthreshold\b|\bfloor\b|\bcut-?off\b`,
];

/** A threshold on the width of an uncertainty interval or band ("80% interval wider than 4 h"). */
export const INTERVAL_WIDTH = raw`\b(?:intervals?|bands?|ranges?|spread|error bars?|uncertainty)\s+(?:[\w-]+\s+){0,3}?(?:(?:is|are|gets?|grows?)\s+)?(?:wider|broader|larger|greater|more|bigger)\s+than\s+(?:±\s*|\+\/-\s*)?\d|\b(?:intervals?|bands?|ranges?|spread|uncertainty)\s+(?:[\w-]+\s+){0,3}?(?:exceeds?|is over|is above|tops)\s+(?:±\s*|\+\/-\s*)?\d`;

/** What the product does below the floor: abstain, exit early, escalate, ask, fall back. */
export const BELOW_FLOOR_BEHAVIOUR: readonly string[] = [
  raw`\babstain\w*|\brefus\w*|\bdeclin(?:e|es|ed|ing)\b`,
  raw`\b(?:doesn'?t|does not|don'?t|do not|won'?t|will not|never|not|isn'?t|aren'?t|is not|are not)\s+(?:\w+\s+)?(?:answer|respond|show|shown|display|displayed|present|assert|post|posted|suggest|generate|generated|fill|reply|send|sent|surface|surfaced|return|returned|act|give|given|make|propose|proposed|offer|decide|issue|take|commit|apply|applied|approve|label|classify|verify|mark|hint|explain|grade|score|estimate|predict|forecast|recommend|quote|price|translate|summari[sz]e|draft|write|publish)\b`,
  raw`\b(?:gives?|makes?|issues?|returns?|offers?|takes?|reaches?)\s+no\s+(?:[\w-]+\s+){0,2}(?:verdict|decision|action|call|ruling|recommendation|proposal|label|score|match)\b|\b(?:proposes?|suggests?|does|says|outputs?|returns?|produces?|generates?|shows?|changes?|decides?)\s+nothing\b`,
  raw`\b(?:opens?|creates?|files?|raises?|logs?|cuts?)\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:ticket|case|incident|task|request)\b`,
  raw`\bask(?:s|ed|ing)?\s+(?:\w+\s+){0,3}to\s+(?:confirm|scan|check|verify|choose|pick|review|re-?\w+|try|enter|type|select|upload|call|contact|decide|answer|approve)\b`,
  raw`\bno\s+(?:[\w-]+\s+){0,2}(?:answer|suggestion|draft|summary|response|reply|output|comment|text|prediction|generation|guess|forecast|estimate|figure|quote|recommendation|hint|number|value|price|ETA|translation|transcript|verdict|grade|mark|result)s?\b|\bnothing\s+(?:is\s+)?(?:shown|posted|generated|displayed)\b|\bsilen(?:t|ce)\b|\bstays?\s+(?:empty|blank)\b|\b(?:left|leave|leaves|kept|keep)\s+(?:\w+\s+)?(?:empty|blank|unfilled)\b`,
  raw`\bsuppress\w*|\bhid(?:e|es|den|ing)\b|\bwithh(?:o|e)ld\w*|\bskip(?:s|ped)?\b|\bdrop(?:s|ped)?\b|\bdiscard\w*|\bheld back\b|\bholds? back\b`,
  raw`\bescalat\w*|\bhand(?:s|ed)?[- ]?(?:off|over)\b|\bhand(?:s|ed)?\s+(?:\w+\s+){0,2}to\b|\brout(?:e|ed|es|ing)\s+(?:\w+\s+){0,3}to\b|\btransferr?\w*\b|\btakes?\s+over\b`,
  raw`\b(?:human|manual|lawyer|nurse|expert|agent|teacher|specialist|moderator|reviewer|editor|person|clinician)\s+(?:\w+\s+)?(?:review|queue|check|approval|sign-?off)\b|\bneeds?\s+(?:\w+\s+){0,2}(?:review|confirmation|approval|click)\b|\b(?:review|approval|moderation|triage)\s+queue\b|\bqueu(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,3}?for\s+(?:a|an|the|their|his|her)\s+[\w-]+|\bquarantin\w*|\b(?:go|goes|sent|send|moved?)\s+to\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}(?:folder|queue|inbox|list|reviewer|person|human|agent|team)\b`,
  raw`\bflag(?:s|ged|ging)?\b|\bhighlight\w*`,
  raw`\bfall(?:s|ing)?\s*back\b|\bfallback\b|\binstead\b|\botherwise\b|\breplac(?:e|ed|es)\s+(?:\w+\s+){0,2}(?:by|with)\b`,
  raw`\bask(?:s|ed|ing)?\s+(?:the\s+)?(?:user|student|customer|patient|them|him|her|a clarifying|for clarification|to (?:confirm|clarify|rephrase|try))|\bclarifying question|\bconfirm(?:s|ation)?\b`,
  raw`\bearly[- ]exit\b|\bstops?\b|\babort\w*|\bdefer(?:s|red)?\b`,
  raw`\bsays?\s+(?:that\s+)?(?:it\s+)?(?:is\s+|isn'?t\s+|can'?t\s+|cannot\s+|doesn'?t\s+|does not\s+)?(?:not\s+)?(?:sure|know|confirm|certain)\b|\bnot sure\b|\bdon'?t know\b|\bcan'?t confirm\b`,
  raw`\bonly\s+(?:\w+\s+){0,2}(?:if|when|above)\b|\b(?:answers?|shown|shows|posts?|posted|displayed|suggests?|responds?)\s+only\b`,
  raw`\b(?:show|shows|showing|shown|display|serve|serves|return|returns|offer|offers)\s+(?:\w+\s+){0,3}(?:search results|manual form|checklist|template|link|candidates|canned|help[- ]center|form|options)\b|\bby hand\b|\bmanual(?:ly)?\b`,
  raw`\b(?:separate|secondary)\s+(?:["“'\w-]+\s+){0,3}(?:list|queue|section|tab)\b`,
];

/** Phrases that say the model is unsure, with no number ("when it's not confident"). */
export const LOW_CONFIDENCE: readonly string[] = [
  raw`\blow[- ]confidence\b|\bnot (?:confident|sure|certain)\b|\bunsure\b|\buncertain\b`,
  raw`\bbelow\s+(?:the|a|its|our)\s+(?:confidence\s+)?(?:floor|threshold|bar|cut-?off)\b`,
  raw`\b(?:confidence|score)\s+is\s+(?:too\s+)?low\b`,
];

/** Headings of a TLC / operating-envelope section. */
export const TLC_TITLES: readonly string[] = [
  raw`\btlc\b|\btask precision\b|\blatency tolerance\b|\bconfidence floor\b`,
  raw`\benvelope\b`,
  raw`\b(?:model|quality|performance|accuracy|operating)\s+targets?\b|^targets?$`,
];

/** Headings of a red-line section (TLC goes right after it). */
export const RED_LINE_TITLES: readonly string[] = [
  raw`\bred[- ]lines?\b|\bnon-?negotiables?\b|\bhard stops?\b|\bmust[- ]never\b|\bnever do\b|\bmust not\b|\bwon'?t accept\b`,
  raw`\bunacceptable\b|\bfailure modes?\b|\bwhat (?:it|we|this \w+) (?:must|can'?t|cannot|won'?t) (?:not )?(?:do|get wrong|accept)\b|\bguardrails?\b`,
];

/** Headings of a metrics / KPI section (the KPI table goes there). */
export const METRIC_TITLES: readonly string[] = [
  raw`\bkpis?\b|\boperational\b`,
  raw`\bmetrics?\b|\bmeasur\w+\b|\bquality\b`,
];

export function compile(terms: readonly string[], flags = 'i'): RegExp {
  return new RegExp(terms.map((t) => `(?:${t})`).join('|'), flags);
}

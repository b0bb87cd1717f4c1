// Word lists for evaluation plans: the structures that make a plan (offline set, A/B test,
// launch gate, pilot), what a plan measures, and which measures count harm. Each entry is
// a regular-expression source; test/unit/lexicon-monitoring.test.ts holds one sample per entry.
import { raw } from './raw';

/** A structure that evaluates the product before or while it launches. */
export const EVAL_STRUCTURE: readonly string[] = [
  raw`\boffline (?:eval(?:uation)?s?|test(?:s|ing)?|set|gate|benchmark|suite|run)\b|\b(?:evals|eval (?:suite|harness|pipeline)|evaluation harness|uat|user acceptance test(?:s|ing)?|bake-?off)\b`,
  raw`\b(?:eval(?:uation)?|test|golden|gold|held-?out|benchmark|frozen|replay|validation|regression|red-team) (?:set|suite|dataset|corpus)\b`,
  raw`\b(?:a\/b|ab|split|multivariate|bucket) (?:tests?|testing|experiments?)\b|\ba\/b\b`,
  raw`\b(?:an?|the|our|this|that|one|online|controlled|randomi[sz]ed|live|holdout|two-arm) experiments?\b|\bexperiments? (?:on|with) \d|\bholdout (?:group|cell|arm)\b|\bcontrol (?:group|arm|cell)\b`,
  raw`\b(?:launch|ship|release|quality|promotion|rollout|ramp) (?:gate|criteria|criterion|bar)\b|\bgo\/no-go\b|\bgo-no-go\b|\bexit criteri(?:a|on)\b|\b(?:criteria|bar|thresholds?) (?:for|to|before) (?:launch|ship|release|go-live|ga|rollout|ramp)\b|\b(?:go-live|launch|ga|release|rollout|ramp(?:-up)?|shipping) (?:requires|needs|is gated|is blocked until)\b|\b(?:go-live|launch|ga|release|rollout|ramp(?:-up)?|ship(?:ping)?)\b[^.;]{0,20}\bonly (?:if|when|after|once)\b|\b(?:launch|ship|release|rollout|roll out|go-live|go live|ramp(?:-up)?)\s+(?:it\s+|this\s+|anything\s+)?(?:until|unless|before)\b`,
  raw`\bgated? (?:on|behind)\b|\bgates? (?:the )?(?:launch|rollout|release|ramp)\b`,
  raw`\bpilots?\b|\bshadow (?:mode|test(?:ing)?|launch|deployment|run)\b|\bdogfood(?:ing)?\b|\bbeta (?:test|with|for|on)\b|\b(?:closed|private|limited) beta\b|\bcanary\b|\bholdouts?\b`,
  raw`\bred[- ]team(?:ing|ed)?\b|\badversarial (?:prompts?|tests?|set|examples?|inputs?)\b`,
  raw`\b(?:replay(?:ed|ing)?|backtest(?:ed|ing)?|re-?play)\b|\bbenchmark(?:ed|ing)? (?:it |the model |them )?(?:against|on)\b|\b(?:llm|model)[- ]as[- ](?:an? )?judge\b`,
  raw`\bblind (?:audit|review|eval(?:uation)?|comparison|test)\b|\bside[- ]by[- ]side\b|\bhuman eval(?:uation)?\b`,
  raw`\b(?:on|against|across) (?:the |our |a )?(?:(?:[\d,]+[- ](?:\w+[- ])?)?(?:eval(?:uation)?|test|golden|gold|held-?out|benchmark)|[\d,.]+k?[- ][\w-]+) (?:set|suite)\b`,
  raw`\b\d[\d,.]*k?\s+(?:[\w-]+\s+){0,2}?(?:labell?ed|hand-labell?ed|annotated|graded|gold|held-out|historical|anonymi[sz]ed|de-identified|sampled|synthetic|seeded|scripted|adversarial|clinician-written|expert-written|real|past|internal|production|customer|representative|recorded)\s+(?:[\w-]+\s+){0,2}?(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|teams?|people|persons|users?|engineers?|countries|languages|offices|employees|staff|countries|regions|markets|percent|points?|dollars?)\b)[a-z][a-z-]*s\b`,
  raw`\b(?:label(?:s|led)?|annotat(?:e|es|ed)|grad(?:e|es|ed)|hand-check(?:s|ed)?|review(?:s|ed)?)\s+(?:a (?:sample|set) of )?\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:examples?|cases|tickets|queries|conversations|documents|contracts|transcripts|prompts|images|calls|records|pages|questions|emails|receipts|listings|problems|outputs|answers|drafts|summaries|samples)\b`,
  raw`\bwith (?:gold|reference|expert|human-written|clinician-written) (?:answers?|labels?|summaries|outputs|solutions?)\b`,
  raw`\b(?:on|across|over|against) (?:a (?:sample|set|corpus|batch) of )?\d[\d,.]*k? (?:[\w-]+ ){0,2}?(?!(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|teams?|people|persons|users?|engineers?|countries|languages|offices|employees|staff|countries|regions|markets|percent|points?|dollars?)\b)[a-z][a-z-]*s\b`,
];

/** Headings or labels under which the text is an evaluation plan. */
export const EVAL_TOPIC: readonly string[] = [
  raw`\beval(?:uation)?s?\b`,
  raw`\b(?:testing|test plan|experiments?|experimentation|a\/b)\b`,
  raw`\b(?:launch|ship|release|quality) gate\b|\bgo\/no-go\b|\bexit criteria\b`,
  raw`\bpilot\b|\bshadow mode\b|\bvalidation\b|\bbenchmark\b`,
];

/** Verbs that say a measurement is taken. */
export const MEASURE_VERB: readonly string[] = [
  raw`\b(?:measur\w+|compar\w+|track(?:s|ed|ing)?|count(?:s|ed|ing)?|scor(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|rated|label(?:l)?ed|look(?:s|ed)? at|watch(?:es|ed)?|report(?:s|ed)? on|evaluat(?:e|es|ed|ing))\b`,
];

/** What an evaluation measures: a metric, a measuring verb or a target. */
export const MEASURED: readonly string[] = [
  raw`\b(?:measur\w+|compar\w+|track(?:s|ed|ing)?|count(?:s|ed|ing)?|scor(?:e|es|ed|ing)|grad(?:e|es|ed|ing)|judg(?:e|es|ed|ing)|rated|label(?:l)?ed|look at|watch(?:es|ed)?|report(?:s|ed)? on)\b`,
  raw`\b(?:accuracy|precision|recall|f1|auc|bleu|rouge|rate|rates|ratio|share|percentage|agreement|kappa|correct(?:ness)?|pass(?:es)?|fail(?:s|ures?)?|errors?|quality|rubric|win rate|metrics?|kpis?)\b|\bper (?:\d[\d,.]*k?|thousand|million|hundred)\b`,
  raw`\b(?:csat|nps|satisfaction|conversion|deflection|retention|resolution|engagement|adoption|usage|clicks?|ctr|open rate|time[- ](?:to|on|spent)[- ]?\w*|handle time|turnaround|latency|saves?|savings|revenue|learning gain|gain)\b`,
  raw`[≥≤<>]=?\s*\d|\b(?:at least|at most|no more than|no less than|fewer than|more than|below|above|under|within) \d[\d,.]*\s*(?:%|pts?\b|points?\b|ms\b|s\b|seconds?\b|minutes?\b)|\b(?:zero|0) (?:\w+ ){0,2}(?:answers?|errors?|violations?|leaks?|breaches?|incidents?|bypass(?:es)?)\b`,
];

/** Bad outcomes an evaluation can count: harm, not quality scores or engagement. */
export const HARM: readonly string[] = [
  raw`\bharm(?:s|ful)?\b|\bguardrail metrics?\b|\bsafety metrics?\b`,
  raw`\b(?:wrong|incorrect|unsafe|toxic|offensive|fabricated|invented|hallucinat\w*|unsupported|misleading|biased|discriminatory|erroneous|inaccurate|harmful|dangerous|non-?compliant)\b|\bfalse (?:claims?|statements?|information|promises?|answers?)\b`,
  raw`\b(?:violations?|breach(?:es)?|leaks?|leakage|bypass(?:es)?|complaints?|incidents?|adverse (?:events?|impact|outcomes?)|injur\w+|pii|phi|personal (?:data|information)|secrets?|credentials?|hate speech|harassment|self-harm|nsfw|sexual content|explicit content|jailbreak(?:s|ed)?|successful (?:attacks?|injections?)|attack success)\b`,
  raw`\b(?:bias(?:es)?|fairness|disparit(?:y|ies)|disparate impact|demographic parity|equal(?:ized)? odds|(?:gaps?|differences?) (?:between|across) (?:[\w-]+ ){0,2}?(?:groups|segments|demographics|genders|races|ethnicities|ages|age bands|languages|dialects|regions|cohorts|skin tones))\b`,
  raw`\b(?:false (?:positives?|negatives?|accepts?|rejects?|alarms?)|misattribution\w*|misclassif\w+|mis-?rout\w+|under-?triage|over-?triage|missed (?:escalations?|\w+ (?:clauses?|cases?|flags?|red flags?)))\b`,
  raw`\b(?:defects?|escapes?|bugs? (?:that )?(?:reached|reaching|shipped)|errors? (?:reaching|served|shown|seen|sent|that reach\w*)|hallucination rate|(?:tax|dosing|dosage|billing|medication|safety|factual|legal|compliance|pricing|clinical|critical|serious|severe|high-severity|p0|p1|sev-?[12])\s+(?:errors?|mistakes?|failures?))\b`,
  raw`\bmissed [a-z-]+|\bdouble[- ](?:book|charg|bill|count|pay)\w*|\b(?:reported|flagged) by (?:users?|customers?|patients?|families|parents|clients|members|the public)\b|\b(?:user|customer|patient|client)-reported\b|\bexposures?\b`,
  raw`\b(?:must|should|has to|have to) (?:be|stay|remain) (?:at )?(?:zero|0)\b|\bzero[- ]tolerance\b|\b(?:both|each|all|every one) (?:must|should) be (?:zero|0)\b|\b(?:zero|0)\s+(?:[\w-]+\s+){0,2}?(?:answers?|outputs?|responses?|replies|cases|suggestions?|drafts?|items?|recommendations?|messages?|summaries|decisions?|claims?|statements?|actions?|bookings?|transactions?|orders?|listings?|posts?|comments?)\b`,
  raw`\bmis(?:quot|stat|attribut|label|rout|classif|diagnos|read|identif|represent|inform|lead|calculat|match|fil|pric|spell|translat|transcrib|hear|characteri[sz])\w*|(?:\b(?:fewer than|no more than|at most|under|below|less than)\s*|[≤<]\s*)\d[\d,.]*\s*(?:in|per|out of)\s*\d[\d,.]*k?\b`,
  raw`\b(?:wrongly|incorrectly|falsely|mistakenly|erroneously|improperly|unfairly|unsafely)\b|\b(?:declin|block|reject|den(?:y|i)|flag|refus)\w* (?:a |the |any )?(?:legitimate|valid|genuine|eligible)\b`,
  raw`\b(?:corrections?|retractions?|errata|recalls?|apolog(?:y|ies)|refunds?|overturn(?:s|ed)?|reversals?)\s+(?:issued|published|printed|made|posted|filed|granted|required)\b|\b(?:caused|triggered|induced)\s+by\s+(?:the\s+|our\s+|its\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:advice|model|recommendations?|suggestions?|predictions?|system|assistant|bot|AI|outputs?|answers?|forecasts?|estimates?|decisions?|drafts?|summar(?:y|ies))\b|\b(?:over|under)-?(?:pa(?:y|id|ying|yments?)|charg\w*|bill\w*|pric\w*)\b`,
  raw`\b(?:disputes?|chargebacks?|credit notes?|reopen(?:ed|s)?|re-?opened|cancell?ations?|cancell?ed|reverts?|reverted|rollbacks?|returns? (?:rate|for)|over-?reliance)\b`,
];

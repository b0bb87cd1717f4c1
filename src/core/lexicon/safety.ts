// Word lists for trade-offs and safety: the model approach a document picks and the rationale
// for it, misuse mitigations, the user data a product handles and the limits put on it.
// Each entry is a regular-expression source; test/unit/lexicon-fallback.test.ts holds a line for each.
import { raw } from './raw';

/** Approach families: the way the model is made to do the task. */
export const APPROACHES = {
  rag: raw`\bRAG\b(?![- ](?:status|ratings?|rated|reports?))|\bretrieval[- ]augmented\b|\bretriev(?:al|e|es|ing)\s+(?:over|from)\b|\bvector (?:db|database|store|search|index)\b|\bembeddings? (?:search|index)\b`,
  finetune: raw`\bfine[- ]?tun(?:e|ed|es|ing)\b(?!\s+(?:the\s+|our\s+|its\s+)?(?:[\w-]+\s+)?(?:thresholds?|parameters?|settings?|copy|wording|ux|ui|rules?|prompts?|cut-?offs?|limits?|messaging|details?|timing))|\b(?:re)?train(?:ing)? (?:a|our own|our|a custom|an? \w+) (?:\w+ )?model\b|\bLoRA\b|\bdistill(?:ed|ing|ation)?\b`,
  prompting: raw`\bprompt(?:ing|ed|s)?\s+(?:a |an |the |our )?(?:[\w-]+\s+){0,3}?(?:model|LLM|GPT|Claude|Gemini|Llama|Mistral|VLM)\b|\bprompted (?:[\w-]+ )?(?:model|LLM)\b|\b(?:prompting|prompted)(?=\s*(?:[+,.;:)]|and\b|with\b|only\b|alone\b|$))|\bprompt engineering\b|\bfew-shot\b|\bzero-shot\b|\bin-context (?:learning|examples)\b`,
  model: raw`\bGPT-?\d(?:\.\d)?o?\b|\bClaude\b|\bLlama ?\d?\b|\bGemini\b|\bMistral\b|\bopen-(?:source|weights?) (?:LLM|model)s?\b|\b(?:hosted|frontier|foundation|off-the-shelf) (?:\w+ )?(?:LLM|model)s?\b`,
} as const;

/** Readable names of the approach families, for messages and the fix. */
export const APPROACH_NAMES: Record<keyof typeof APPROACHES, string> = {
  rag: 'RAG',
  finetune: 'fine-tuning',
  prompting: 'prompting',
  model: 'this model',
};

/** Rationale words: a trade-off, an experiment, a comparison. */
export const RATIONALE_TERMS: readonly string[] = [
  raw`\btrade-?offs?\b|\bpros and cons\b`,
  raw`\b(?:we|I) (?:tried|tested|compared|benchmarked|evaluated|looked at|considered|prototyped|ruled out|rejected)\b|\bruled out\b|\b(?:spike|bake-?off|head-to-head|side-by-side comparison)\b|\b(?:chose|choose|picked|prefer(?:red)?|went with|selected|opted for)\b[^.;]{0,40}\b(?:over|instead of|rather than|versus|vs\.?)\s|\d(?:\.\d+)?(?:\s*%)?\s+vs\.?\s+\d`,
  raw`\b(?:cheaper|faster|fresher|safer|simpler|more accurate|less accurate|worse|better) (?:than|on|at|for)\b|\b(?:beat|outperform)s?\b|\bstale\b|\bcan'?t cite\b`,  raw`,\s+not\s+[^,.;]{2,60},?\s+(?:because|since|as|so that)\b|\b(?:considered|evaluated|looked at|explored|tried|weighed)\b[^.;]{0,50}?\bbut\s+(?:\w+\s+){0,2}?(?:rejected|dropped|ruled out|discarded|passed on|decided against|abandoned)\b|\b(?:instead of|rather than)\s+(?:letting|having|asking|relying on|trusting)\b[^.;]{0,80}?\b(?:because|since|so that)\b`,
];

/** What a comparison showed: a trial in the passive ("was tried and …") and a multiplier ("3× more false alarms"). */
export const COMPARISON_RESULT: readonly string[] = [
  raw`\b(?:was|were|has been|have been)\s+(?:also\s+|first\s+)?(?:tried|tested|compared|benchmarked|evaluated|prototyped|piloted|considered|trialled|trialed)\b`,
  raw`\b\d+(?:\.\d+)?\s*(?:×|x|times)\s+(?:more|fewer|less|higher|lower|cheaper|faster|slower|better|worse|as (?:many|much|often|expensive|slow))\b|\b(?:twice|three times|four times|five times|ten times|half)\s+(?:as\s+(?:many|much|often|expensive|costly|slow|fast|accurate)|more|fewer|less|the cost)\b`,
];

/** A reason clause; it justifies the approach only when it names an approach or a property that decides one. */
export const CAUSAL = raw`\bbecause\b|\bsince (?!\d)|\bgiven (?:that|how)\b|\bdue to\b|\bthe reason\b|\bso that\b`;
export const DECIDING_PROPERTIES = raw`\bstale\b|\bfresh\w*|\bchang(?:e|es|ed|ing)\b|\bcit(?:e|es|ation|ations)\b|\bsources?\b|\baudit\w*|\bcheap\w*|\bcost (?:per|to (?:run|serve|host))\b|\blatency\b|\bfaster\b|\bslower\b|\baccura\w*|\blabel(?:l)?ed\b|\bexamples\b|\bcontrol\b|\bprivacy\b|\bself-host\w*|\bcontext window\b|\bfits?\b|\bweights\b|\bupdat\w*|\bdrift\w*|\bdata residency\b`;

/** Words that name an alternative approach besides the families above (ALT stands for all of them). */
export const ALTERNATIVES = raw`retrieval|prompting|prompt-only|(?:the |model )?weights|re-?training|training|(?:a |an )?(?:fine-tuned|custom|smaller|bigger|larger|specialised|specialized|single) (?:\w+ )?model|classic ML|classifiers?|rules?|heuristics|long[- ]context|chunk(?:s|ing)?`;

/** Contrast that names an alternative: "rather than X", "not X", "over X". */
export const CONTRAST = raw`\b(?:rather than|instead of|vs\.?|versus|compared (?:to|with)|as opposed to)\s+(?:[\w-]+\s+){0,3}?(?:ALT)|\bover\s+(?:a |an |the |plain |pure |just )?(?:ALT)|\b(?:not|no|without|wouldn'?t|won'?t|didn'?t|don'?t)\s+(?:[\w-]+\s+){0,2}?(?:ALT)`;
/** A claim about what another approach would do: "fine-tuning would bake in last month's policy". */
export const ALTERNATIVE_CLAIM = raw`(?:\bRAG\b|\bretrieval[- ]augmented\b|\bfine[- ]?tun(?:e|ed|es|ing)\b|\bprompt(?:ing|ed)\b|\bprompt engineering\b|\b(?:model )?weights\b|\bre-?training\b|\b(?:a |an )?(?:fine-tuned|custom|smaller|bigger|larger|specialised|specialized) (?:\w+ )?model\b)[\w\s-]{0,30}?\b(?:would(?:n'?t)?|could(?:n'?t)?|can'?t|cannot|doesn'?t|does not|won'?t|loses?|misse[sd]|bakes?)\b`;

/** Misuse mitigations: prompt injection, jailbreaks, adversarial input, abuse limits, red-teaming. */
export const MISUSE_TERMS: readonly string[] = [
  raw`\bprompt[- ]injection\w*|\binjected (?:instructions?|text|prompts?)\b|\b(?:hidden|embedded|malicious)\s+(?:\w+\s+){0,2}instructions?\b|\binstructions?\s+(?:[\w-]+\s+){0,3}hidden\b|\binjection (?:attacks?|attempts?)\b|\binstruction-like (?:text|inputs?)\b`,
  raw`\bjail-?break\w*`,
  raw`\badversarial (?:inputs?|prompts?|examples?|tests?|testing|attacks?|users?|quer(?:y|ies)|suites?|sets?|cases?)\b`,
  raw`\bred[- ]team\w*`,
  raw`\b(?:mis|ab)us(?:e|es|ed|ive|ing)\b`,
  raw`\brate[- ]limit\w*|\bthrottl\w*|\b(?:daily|hourly|weekly|per-\w+) (?:\w+ )?(?:caps?|quotas?|limits?)\b|\blimited to \d+ \w+ (?:a|per) (?:day|hour|minute)\b|\bcapped at\b|\b(?:caps?|quotas?|limits?) (?:of|at) \d+|\bat most \d+ (?:\w+ )?(?:a|an|per) (?:day|hour|minute)\b|\b\d[\d,]* (?:requests|questions|messages|generations|calls|queries|uploads|memos|jobs|prompts)(?: per \w+)? (?:an|a|per|each) (?:hour|day|minute)\b`,
  raw`\b(?:treated|treats?) (?:strictly )?as (?:data|untrusted)\b|\bdata, not instructions\b|\bignore (?:previous|prior|all|your) (?:instructions|rules)\b|\bnot obeyed\b`,
  raw`\b(?:input|content|prompt|output) (?:moderation|safety classifier|safety filter)\b|\bmoderation (?:api|classifier|model|layer|filter)\b|\btoxic\w* (?:inputs?|prompts?|content) (?:filter|classifier|detection)\b`,
  raw`\bbad actors?\b|\bmalicious\b|\bspam\w*\b|\bscraping\b|\bscripted (?:bulk|abuse|traffic)\b|\bbulk extraction\b|\bimpersonat\w*|\bsocial engineering\b|\bexfiltrat\w*|\bdata poisoning\b|\bcaptcha\b|\bbot detection\b|\bfraud (?:rules|checks|signals?|detection)\b`,  raw`\b(?:forged|doctored|tampered(?:-with)?|falsified|fabricated|photoshopped|spoofed|counterfeit)\s+(?:[\w-]+\s+){0,2}?(?:documents?|docs|pay ?stubs?|payslips?|statements?|uploads?|images?|photos?|scans?|files?|inputs?|receipts?|IDs?|records?|forms?|PDFs?|invoices?|certificates?|letters?)\b|\b(?:tamper(?:ing)?|forgery|doctoring|document (?:fraud|authenticity)|fraud)\s+(?:detection|detector|checks?|screening|signals?|flags?|scor(?:e|es|ing)|classifier|model)\b`,
  raw`\b(?:gam(?:e|es|ed|ing)|manipulat(?:e|es|ed|ing)|trick(?:s|ed|ing)?|fool(?:s|ed|ing)?|poison(?:s|ed|ing)?)\s+(?:the\s+|our\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:system|model|AI|LLM|bot|assistant|classifier|detector|filter|score|scores|scoring|ranking|ranker|algorithm|ETA|estimate|forecast|predictions?|recommendations?|metrics?|leaderboard|queue|rating|ratings|reviewer|grader)\b`,
  raw`\b(?:text|instructions?|content|comments?|lines?|messages?|notes?)\s+(?:that\s+(?:are\s+|is\s+)?)?(?:aimed at|addressed to|directed at|written for|address(?:es|ing)?|talk(?:s|ing)? to|speak(?:s|ing)? to)\s+(?:the\s+)?(?:model|AI|LLM|assistant|bot|agent)\b`,
];

/** User data a product handles: personal, health, financial, messages, recordings, candidates. */
export const USER_DATA_TERMS: readonly string[] = [
  raw`\b(?:PII|PHI)\b|\bpersonal(?:ly identifiable)? (?:data|information|details)\b|\b(?:user|customer|patient|employee|student|candidate|member|client) (?:data|records?|information|details|profiles?|history)\b`,
  raw`\b(?:chats?|conversations?|messages?|transcripts?|recordings?|audio|voice (?:memos?|notes?|messages?)|call logs?|emails?|e-mail)\b`,
  raw`\b(?:(?:first|full|last|real|customer|user|patient|employee) names?|addresses|e-?mail address(?:es)?|phone numbers?|date of birth|locations?|IP address(?:es)?|photos? of (?:people|faces)|faces?|biometric\w*)\b`,
  raw`\b(?:health|medical|clinical|symptoms?|diagnos\w*|prescriptions?|patients?)\b`,
  raw`\b(?:financial|bank(?:ing)? (?:details|accounts?|data)|card (?:numbers?|data|details)|payments? data|salar(?:y|ies)|payroll|transactions?|tax (?:returns?|data)|receipts?|invoices?)\b`,
  raw`\b(?:resumes?|CVs?|candidates?|applicants?|job applications?|hiring decisions?)\b`,
  raw`\b(?:source code|diffs?|repositor(?:y|ies)|contracts?|uploaded (?:files?|documents?)|uploads?|query logs?|search (?:logs|history|queries)|browsing (?:data|history)|purchase history)\b`,
  raw`\bsent to (?:a |the )?(?:model |LLM |AI )?(?:vendor|provider|third[- ]party|external (?:API|service))\b|\bthird[- ]party (?:model|LLM|API)\b`,
];

/** Limits on user data: redaction, retention, deletion, training use, consent, minimization. */
export const PRIVACY_TERMS: readonly string[] = [
  raw`\bredact\w*|\bmask(?:ed|ing)\b|\bscrub(?:s|bed|bing)?\b|\banonymi[sz]\w*|\bde-?identif\w*|\bpseudonymi[sz]\w*|\btruncat\w*|\bhash(?:ed|es|ing)\b|\bencrypt\w*|\btokeni[sz]ed\b`,
  raw`(?<!\b(?:customer|user|member|seller|subscriber|cohort|day|week|month|D\d+|W\d+|M\d+)[- ])\bretention\b(?!\s+(?:rate|curve|cohort|metric|target|goal|uplift|lift))|\bretain(?:ed|s)?\b(?!\s+(?:more\s+)?(?:users|customers|members|subscribers|sellers|buyers|talent))|\b(?:kept|stored|held|logged|saved) (?:for )?(?:up to )?\d+\s*(?:h|hours?|days?|weeks?|months?|years?)\b|\bTTL\b`,
  raw`\b(?:deleted|purged|erased|discarded|expire[sd]?|removed) (?:[\w-]+\s+){0,4}?(?:after|within|at the end of|once)\b|\bused (?:only )?(?:for|to) [^.;]{0,40}\band nothing else\b|\bonly (?:be )?used (?:for|to)\b|\bunsubscrib\w*|\bauto-?delet\w*|\b(?:deletion|retention|privacy|data) polic(?:y|ies)\b|\bright to (?:be forgotten|erasure|deletion)\b`,
  raw`\bzero[- ](?:data[- ])?retention\b|\bdata minimi[sz]\w*|\bminimum necessary\b|\bdata residency\b|\b(?:EU|US|in-)region\b|\bstays? (?:within|inside|in) (?:the |our )?(?:\w+[- ])?(?:boundary|region|VPC|tenant|network|account)\b`,
  raw`\b(?:users?|customers?|people|patients?|members?|participants?|employees?|candidates?|who)\s+(?:\w+\s+)?opt(?:s|ed)?[- ](?:in|out)\b|\bopt(?:s|ed)?[- ](?:in|out)\s+(?:of|to|from|for)\s+(?:\w+\s+){0,2}(?:data|training|recording|sharing|logging|collection|storage|retention|tracking)\b|\bopt-in (?:[\w-]+ )?(?:data|messages|conversations|recordings|photos|content|users)\b|\bconsent\w*|\bagree(?:s|d)? to (?:the |being )?record\w*`,
  raw`\b(?:GDPR|HIPAA|CCPA|BAA|FERPA|COPPA|DPA|SOC ?2)\b|\baccess[- ]controlled\b|\bleast privilege\b`,
  raw`\b(?:not|never|no)\b[^.;]{0,50}?\b(?:used|use)\s+(?:for|to|in)\s+(?:\w+\s+)?(?:train|training|fine-tun|improv)`,
  raw`\bnothing (?:else )?(?:leaves|is sent|is stored|is logged|is retained|is kept)\b|\bonly (?:the )?(?:minimum|necessary|required|needed)\b|\bonly (?:store|keep|log|retain|collect|send|share)s?\b|\b(?:log|store|keep|retain|collect)s?\s+only\b|\b(?:users?|customers?|members?|patients?)\s+can\s+(?:delete|erase|export|remove)\b|\bstrip(?:s|ped|ping)?\b[^.;]{0,30}\b(?:names?|PII|PHI|e-?mails?|phone|addresses|identifiers|personal)|\bremov(?:e|es|ed|ing)\s+(?:all\s+)?(?:PII|PHI|personal|identif)`,
  raw`\b(?:no|never|not)\s+(?:\w+\s+){0,3}?(?:data|PII|PHI|text|audio|transcripts?|recordings?|messages|conversations|code|source|content|prompts?|logs?|queries|snippets|card numbers?|details|images?|files?)\b[^.;]{0,40}?\b(?:leaves?|goes|go|is sent|are sent|is stored|are stored|is logged|are logged|is retained|are retained|is kept|are kept|touch(?:es)?|is shared|are shared)\b`,
  raw`\b(?:data|PII|PHI|text|audio|transcripts?|recordings?|messages|conversations|code|content|prompts?|logs?|queries|snippets|card numbers?|details|images?|files?)\s+(?:is|are|will be)?\s*(?:never|not)\s+(?:stored|logged|retained|kept|shared|sent|persisted|used to train)\b|\b(?:doesn'?t|does not|never|won'?t) (?:touch|reach|leave) (?:our|the)\b`,
  raw`\b(?:keep|keeps|store|stores|hold|holds|save|saves|kept|stored|held|saved|retained)\s+(?!(?:users?|customers?|members?|subscribers?|clients?|people|them|track|up|pace|going)\b)(?:[\w-]+\s+){0,3}?(?:for|until)\s+[^.;]{1,40}?,?\s+(?:and\s+)?then\s+(?:deleted|delete[sd]?|purged?|purges|erased?|erases|destroyed|destroy|destroys|removed|anonymi[sz]ed|discarded)\b|\b(?:keep|keeps|store|stores|hold|holds|save|saves)\s+(?!(?:users?|customers?|members?|subscribers?|clients?|people)\b)(?:[\w-]+\s+){0,3}?for\s+(?:up to\s+)?(?:\d+|one|two|three|six|twelve|thirty|ninety)\s*(?:h|hours?|days?|weeks?|months?|years?)\b`,
  raw`\blogs?\s+(?:only\s+)?(?:record|contain|store|capture|keep|hold|show)s?\s+(?:[\w-]+\s+){0,4}?only\b|\blogs?\s+(?:record|contain|store|capture|keep|hold)s?\s+only\b|\b(?:never|not|no)\s+(?:write|writes|written|log|logs|logged|record|records|recorded|copy|copied)\s+(?:[\w-]+\s+){0,4}?(?:to|in|into)\s+(?:the\s+|our\s+|any\s+)?(?:[\w-]+\s+)?logs?\b`,
];

export function compile(terms: readonly string[], flags = 'i'): RegExp {
  return new RegExp(terms.map((t) => `(?:${t})`).join('|'), flags);
}

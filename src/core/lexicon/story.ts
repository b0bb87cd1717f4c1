// Word lists for behavioral stories: the parts of a STAR story, latent risks, constraints,
// prevented costs, ownership framing, launch payoffs and stability over time.
// Each entry is a regular-expression source; test/unit/lexicon-story.test.ts holds a line for each.
import { raw } from './raw';

/** Labels (headings, bold labels, run-ins, "Outcome:" prefixes) that open a part of the story. */
export const SITUATION_LABELS: readonly string[] = [
  raw`^(?:the )?(?:situation|context|background|setting|setup|set-up)\b`,
  raw`^(?:the )?(?:task|goal|my role|the ask|problem)\b`,
  raw`^[st]$`,
];

export const ACTION_LABELS: readonly string[] = [
  raw`^(?:the )?(?:actions?|approach|decision|response)\b`,
  raw`^what (?:i|we) (?:did|decided|changed|chose)\b`,
  raw`^how (?:i|we) (?:handled|approached|responded|tackled|dealt|solved|fixed)\b`,
  raw`^(?:my|our) (?:actions?|approach|call|decision|response)\b`,
  raw`^a$`,
];

export const RESULT_LABELS: readonly string[] = [
  raw`^(?:the )?(?:results?|outcomes?|impact|aftermath|payoff|consequences?)\b`,
  raw`^what happened\b`,
  raw`^r$`,
];

export const REFLECTION_LABELS: readonly string[] = [
  raw`^(?:reflections?|learnings?|lessons?(?: learned)?|takeaways?|retrospective|looking back|in hindsight)\b`,
  raw`^what (?:i|we)(?:'d| would)? (?:learned|learnt|took|take|do|changed?|carry)\b`,
];

/** The interviewer's question, when it stands in the author's text. */
export const PROMPT_CUES: readonly string[] = [
  raw`\b(?:tell (?:me|us) about|describe|give (?:me|us) an example of|walk (?:me|us) through|share) (?:a|an|one) (?:time|situation|moment|occasion|example|project)\b`,
  raw`^\s*(?:q|question|prompt|interviewer(?:'s)?(?: prompt| question)?)\s*(?:\d+\s*)?[:.]`,
];

// ── Latent risk ──────────────────────────────────────────────────────────────────────

/** Explicit framing of a risk the author saw coming. */
export const RISK_FRAMES: readonly string[] = [
  raw`\b(?:latent|hidden|silent|invisible|lurking|underlying|unseen|unnoticed|unspotted|undetected|looming) (?:risks?|problems?|issues?|failures?|bugs?|harms?|dangers?|liabilit(?:y|ies)|exposure)\b`,
  raw`\b(?:my|our|the|a|one) (?:(?:real|bigger|biggest|actual|main|specific|deeper|first) )?(?:worry|concern|fear|risk|danger) (?:was|is|became|here was) (?:that|whether)\b`,
  raw`\bwhat (?:really )?(?:worried|scared|bothered|concerned|alarmed|troubled) (?:me|us)\b`,
  raw`\b(?:i|we) (?:was|were|got|grew|became|started to get) (?:\w+ )?(?:worried|concerned|nervous|uneasy|alarmed|suspicious)\b`,
  raw`\b(?:i|we) (?:worried|feared|suspected) (?:that|it|the|we)\b`,
  raw`\b(?:time bomb|waiting to happen|blind spot|ticking|near-?miss|red flag|warning sign|only a matter of time|sooner or later|failure mode (?:nobody|no one)|nobody was (?:looking|watching)|no one was (?:looking|watching))\b`,
  raw`\b(?:something|it|the \w+) (?:felt|seemed|looked|smelled) (?:off|wrong|too good)\b|\b(?:i|we) (?:had a hunch|suspected)\b|\b(?:had|have|got|with) a (?:nagging|bad|uneasy|sinking|gut) feeling\b|\bmy gut (?:said|told)\b`,
  raw`\bcould (?:easily )?be (?:gamed|exploited|abused|jailbroken|misused|tricked|manipulated|weaponi[sz]ed)\b`,
  raw`\b(?:at risk of|risk(?:ed|ing)? (?:that|exposing|harming|leaking|sending|charging|showing|telling|putting|losing|violating|a |an )|exposed (?:us|the company|customers|users|patients|people) to)`,
];

/** A problem that had not yet shown: nothing flagged it, metrics looked fine, it would surface later. */
export const UNSEEN_CUES: readonly string[] = [
  raw`\b(?:on paper|on the surface|at first glance|by (?:our|the|every|all) (?:[\w-]+ )?(?:metrics?|numbers|dashboards?|kpis?)),? (?:everything|nothing|it|they|those|the [\w-]+(?: [\w-]+)?) (?:looked|was|were|seemed) (?:\w+ )?(?:fine|good|great|healthy|normal|green|wrong|a success|(?:our|the) best)\b`,
  raw`\b(?:nothing|none|no one|nobody|no (?:alert|alarm|metric|dashboard|test|monitor|kpi|eval)s?)(?: (?:of|in|on|from) (?:our|the|its|their) (?:[\w-]+ ){0,2}?[\w-]+)? (?:had |ever |really |yet |would have )*(?:flagged|caught|showed|shown|noticed|detected|saw|spotted|picked (?:it|this|that) up|was alarmed|raised|surfaced)\b`,
  raw`\b(?:wasn'?t|weren'?t|was not|were not|isn'?t|hadn'?t been|had not been) (?:yet |really )?(?:visible|showing|measurable|detectable|reported|noticed|on (?:anyone's|any) (?:radar|dashboard))\b`,
  raw`\b(?:while|although|even though|though|on paper|on the surface|as far as)\b[^.;]{0,50}\b(?:looked|were|was|seemed|stayed|read) (?:\w+ )?(?:fine|normal|great|healthy|green|good|excellent|flat|clean|stable|on track)\b`,
  raw`\b(?:looked|were|was|seemed) (?:\w+ )?(?:fine|normal|great|healthy|green|good|excellent|on track)\b[^.;]{0,40}\b(?:but|yet|which (?:is|was) exactly|so (?:nobody|no one))\b`,
  raw`\b(?:looked|were|was|seemed|stayed) (?:\w+ )?(?:fine|normal|great|healthy|green|good|excellent|on track)(?: only)?,? (?:because|since|as) (?:it|they|we|the \w+) (?:only|just|never|didn'?t|did not|wasn'?t|weren'?t)\b`,
  raw`\b(?:had|has|have)(?: not|n't) (?:yet )?(?:shown up|surfaced|appeared|materiali[sz]ed|hit (?:any|a single|the)|caused (?:any|a single)|reached (?:any|a single|users|customers))`,
  raw`\b(?:would|will|was going to|were going to) only (?:show up|surface|appear|become visible|be visible|hit|land|be noticed|be caught)\b`,
  raw`\bbefore (?:it|they|this|that|anyone|any customers?|any users?|customers|users|patients|the (?:campaign|launch|release|change|model|feature|cutover|rollout)) (?:ever |had a chance to |could |would )?(?:became|become|turned into|turn into|showed up|show(?:ed)? up|surfaced|noticed|saw|hit|reached|affected|harmed)\b`,
  raw`\b(?:not yet|never) (?:visible|reported|measured|noticed|seen) (?:in|by|on)\b`,
  raw`\b(?:yet to|didn't yet|did not yet) (?:show|surface|appear|materiali[sz]e)\b`,
  raw`\b(?:best-looking|great|excellent|strong) (?:\w+ ){0,2}(?:numbers|metrics|results|curve|conversion|retention)\b[^.]{0,60}\b(?:warning|worried|exactly what|the problem|the risk)\b`,
  raw`\b(?:exactly|precisely) what (?:worried|scared|bothered|concerned)\b`,  raw`\b(?:looked|seemed|were|was|stayed) (?:\w+ )?(?:fine|normal|great|healthy|green|good|ok|okay|excellent)\b[^.;]{0,12}\b(?:because|since|as)\b[^.;]{0,80}\b(?:rare|underrepresented|under-represented|a (?:tiny|small) (?:share|fraction|slice|minority)|averaged out|diluted|drowned out|masked)\b`,
];

/**
 * Nothing had happened yet: no one affected, nothing broken, no test or dashboard covering it.
 * Latent only next to a problem the story names (the sentence or the text just before it).
 */
export const QUIET_CUES: readonly string[] = [
  raw`\b(?:nothing|none of (?:it|this|that|them|(?:our|the|their|its) (?:[\w-]+ ){0,2}?[\w-]+)|no (?:[\w-]+ ){0,2}?[\w-]+) (?:had|has|have) (?:yet |ever |actually |really )*(?:broken|broke|failed|gone (?:wrong|bad|missing|out)|misfired|leaked|reached (?:a single |any |real )?(?:users?|customers?|production|anyone|the public|[\w-]+ers)\b|been (?:affected|harmed|hurt|charged|billed|double-booked|shown|sent))`,
  raw`\b(?:no (?:[\w-]+ ){0,2}?[\w-]+|nobody|no one|none of (?:our|the|their) (?:[\w-]+ ){0,2}?[\w-]+) (?:had|has|have) (?:yet (?:seen|noticed|hit|encountered|received|used)\b|(?:ever )?(?:seen|noticed|hit|encountered|received|used) (?:it|this|that|them|the [\w-]+|a [\w-]+|any [\w-]+)(?: [\w-]+)? yet\b)`,
  raw`\b(?:no|none of (?:our|the|its|their)) (?:[\w-]+ ){0,2}?(?:tests?|dashboards?|alerts?|alarms?|monitors?|evals?|checks?|metrics?|benchmarks?|test cases?|test sets?) (?:covered|tested|checked|exercised|measured|monitored|watched|tracked|included|looked at)\b`,
  raw`\b(?:hadn'?t|had not|had never|hasn'?t|has not) (?:yet |even )?[\w-]+ (?:a single|any|one) (?:real|live|actual|production|paying|customer|field) [\w-]+`,
  raw`\b(?:overall|aggregate|average|top-line|headline|blended) (?:[\w-]+ ){0,2}?(?:metrics?|numbers|accuracy|scores?|error rates?|kpis?|wer|results)\b (?:\w+ ){0,2}?(?:looked|seemed|were|was|stayed) (?:\w+ )?(?:fine|normal|great|healthy|green|good|ok|okay|excellent|on target)\b`,
];

/** Harm on its own: "could mislead patients", "the kind of error that sends someone to the ER". */
export const IMMINENT_HARM: readonly string[] = [
  raw`\b(?:would|could|might|was going to|were going to) (?:(?:likely|probably|eventually|easily|quietly|silently|have) )*(?:have )?(?:leak\w*|expos\w+|harm\w*|hurt|mislead\w*|overcharg\w+|charg\w+|double-charg\w+|discriminat\w+|deny|denied|injur\w+|kill\w*|endanger\w*|violat\w+|breach\w*|corrupt\w*|delet\w+|misdiagnos\w+|send (?:someone|people|patients|users|customers)|put (?:us|users|customers|patients|people)|cost (?:us|the company|customers)|lose|lost|defraud\w*|bankrupt\w*|fine[ds]?)\b`,
  raw`\b(?:kind|sort|type|class) of (?:\w+ )?(?:errors?|mistakes?|bugs?|failures?|issues?|problems?|thing|incidents?) (?:that|which) (?:\w+ ){0,2}(?:send|sends|put|puts|cause|causes|hurt|hurts|harm|harms|kill|kills|land|lands|get|gets|lead|leads|end up|ends up|would|could|can)\b`,
  raw`\bif (?:we|it|they|this|that) (?:had |'d )?(?:launched|shipped|gone live|gone out|rolled (?:it )?out|cut over|gone ahead|shipped it|released)\b`,
  raw`\bif (?:a|an|any|some|one|the) (?:[\w-]+ ){0,2}?(?:users?|customers?|patients?|child(?:ren)?|kids?|teens?|minors?|attackers?|bad actors?|students?|drivers?|sellers?|buyers?|employees?|clients?|callers?) (?:[\w'-]+,? ){0,8}?(?:the (?:model|bot|assistant|system|agent|feature|classifier|tool|copilot|generator)|it) (?:would|could|might|will)\b`,
  raw`\b(?:by accident|accidentally|unknowingly|without (?:anyone|us) (?:noticing|knowing|realizing))\b`,
];

/** Harm that was about to happen or would have happened; counts only with a problem or a cost named. */
export const CONDITIONAL_HARM: readonly string[] = [
  raw`\b(?:we|it|they|the (?:\w+ )?(?:team|model|system|product|feature|campaign|launch|plan)) (?:was|were) (?:about|going|on track|set) to (?:build|ship|launch|expose|send|create|store|leak|charge|show|tell|give|push|advertise|put|hurt|harm|break|lose|double|release|roll)\b`,
  raw`(?:\b(?:would|could|might)|\w'd)(?: (?:likely|probably|eventually|easily|quietly|silently|otherwise|all|then))* have (?!liked|loved|preferred|wanted|done|chosen|been (?:nice|better|great|easier|faster|good|fun|helpful|useful))\w+(?:ed|en|wn|ne|ost|ent|ut|ot|id|ad)\b`,
];

/** Finding something before launch: QA, a dry run, a review, a beta, reading samples. */
export const DISCOVERY: readonly string[] = [
  raw`\b(?:noticed|found|spotted|discovered|realized|realised|caught|uncovered|flagged|pointed out|surfaced|dug up|saw that|learned that|turned up|showed that|revealed)\b|\b(?:saw|watched|caught|heard) (?:the |our |a |an |it |them )?(?:[\w-]+ ){0,2}?[\w-]+ing\b|\b(?:showed|shown|revealed|exposed) (?:(?:that|how) )?(?:the |our |its |a |an )?(?:[\w-]+ ){0,4}?(?:was|were|had|is|are|got|did|\w+ed)\b`,
];

/** Before-launch contexts where a finding is still latent. */
export const PRELAUNCH_CONTEXTS: readonly string[] = [
  raw`\b(?:while|when|during|in) (?:testing|piloting|dogfooding|trialling|trialing|red-teaming|evaluating|validating|soak-testing|user-testing|beta-testing)\b`,
  raw`\b(?:during|in|from|while (?:doing|running|reading|reviewing))\s+(?:the |a |our |my )?(?:[\w-]+ )?(?:qa|testing|tests?|dry[- ]run|reviews?|beta|pilot|audit|red[- ]team\w*|staging|shadow (?:mode|run)|dogfood\w*|soak|canary|rehearsal|sample|spot[- ]check|evaluation|eval|transcripts?|logs|first batch)\b`,
  raw`\b(?:before|ahead of) (?:the |our )?(?:[\w-]+ ){0,2}?(?:launch|release|rollout|cutover|go-live|ship date|campaign|migration)\b`,
  raw`\b(?:reading|reviewing|sampling|auditing|spot-checking|read|reviewed|sampled|audited|spot-checked|hand-checked|pulled) (?:\w+ ){0,3}(?:transcripts|outputs|samples|logs|examples|responses|conversations|tickets|drafts|decisions|denials|approvals|predictions|plans|summaries|answers|records|cases)\b`,
  raw`\b(?:when|as|before) we (?:planned|were planning|prepared|were preparing|got ready|were about|decided) to (?:extend|expand|launch|ship|turn|roll|open|scale|switch|automate)\b`,
];

/** Words that make a finding a problem rather than good news. */
export const PROBLEM_WORDS: readonly string[] = [
  raw`\b(?:errors?|bugs?|flaws?|defects?|mistakes?|wrong(?:ly)?|incorrect(?:ly)?|inconsistent(?:ly)?|swapped|mismatch\w*|missed|missing|leak\w*|exposed|unsafe|harm\w*|hurt|bias(?:ed)?|discriminat\w*|fraud\w*|distress\w*|vulnerab\w+|secrets?|pii|personal data|dangerous|risky|problem(?:s|atic)?|issues?|edge cases?|regress\w*|broken|breaks?|fail\w*|drift\w*|recomputed|charged twice|mix(?:ed|es|ing) up|mix-ups?|double[- ]charg\w+|overcharg\w+|dropp(?:ed|ing|s)|omit\w*|garbl\w+|hallucinat\w+|invent\w*|fabricat\w+|made[- ]up|misclassif\w+|mislabel\w+|stale|outdated|out[- ]of[- ]date|last year's|unsupported|toxic|offensive|inappropriate|exploit\w*|abus\w+|loophole|gam(?:ed|ing) (?:the|it)|exceed\w*|too (?:high|much|many|low)|(?:far |well )?(?:above|over|beyond) (?:the |their |its |a )?(?:[\w'’-]+ ){0,2}(?:limit|threshold|dose|maximum|cap)|never (?:been )?(?:trained|tested|seen|evaluated)|(?:hadn't|had not|never) seen|out[- ]of[- ]distribution|no training data|unassigned|ignored|unfair(?:ly)?|wrongly)\b`,
  raw`\b(?:prox(?:y|ies) (?:for|variables?)|stand-?ins? for (?:race|ethnicity|gender|age|religion|disability|a protected)|disparate (?:impact|treatment)|protected (?:class|group|attribute|characteristic)s?|(?:approv|deni|reject|flagg|scor)\w* (?:\w+ ){0,3}(?:women|men|older|younger|minorit\w+|black|hispanic|latino|asian|applicants from)\b[^.;]{0,40}\b(?:more|less|at (?:twice|half|a higher|a lower))|(?:wasn'?t|weren'?t|isn'?t|aren'?t|was not|were not|is not|are not|not) (?:allowed|authori[sz]ed|permitted|licensed|supposed|cleared) to (?:promise|offer|give|make|say|tell|quote|guarantee|approve|grant|commit|diagnose|prescribe|advise|share|disclose)|promis\w+ (?:\w+ ){0,3}(?:it|we|they|the (?:company|bank|insurer|agent|bot|assistant)) (?:couldn'?t|could not|can'?t|cannot|had no (?:authority|right)|wasn'?t able)|(?:had|has|have|with) no (?:authority|right|mandate|permission|approval) to (?:promise|offer|give|make|grant|approve|commit|quote|guarantee|waive|refund|credit)|(?:false|misleading|unauthori[sz]ed) (?:promises?|commitments?|guarantees?|assurances?|claims? about|offers?)|(?:deleted|erased|opted[- ]out|revoked|withdrawn|expired) (?:[\w']+ ){0,2}(?:data|records|information|accounts|profiles))\b`,
  raw`\b(?:(?:far |much |significantly |markedly )?(?:less|more) (?:often|likely|frequently)\b[^.;]{0,30}\bthan (?:younger|older|other|white|male|female|men|women|the rest|everyone|native|non-\w+|comparable)|(?:downgrad|penali[sz]|down-?rank|screen\w* out|filter\w* out|reject|den(?:y|ie)|exclud)\w* (?:[\w'-]+ ){0,4}?(?:women|men|female|male|older|younger|black|disab\w+|immigrant\w*|non-native|minorit\w+|religio\w+|pregnan\w+)|that only (?:a |an )?(?:[\w-]+ )?(?:managers?|humans?|staff|agents?|doctors?|clinicians?|pharmacists?|lawyers?|underwriters?|supervisors?|adjusters?|officers?) (?:can|could|may|are allowed to|were allowed to) (?:approve|grant|offer|give|make|authori[sz]e|decide|promise|prescribe|sign off)|(?:tell|telling|told|advis\w+|encourag\w+|suggest\w*) (?:[\w-]+ ){0,2}?(?:patients|users|customers|people|kids|children|minors|teens|students|callers|members) (?:that )?(?:they (?:could|can|should) |to )(?:stop|skip|double|ignore|cancel|stop taking|take more|come off|discontinue))`,
];

/** A problem already visible: an outage in progress, a drop already in the metrics or funnel. */
export const MATERIALIZED: readonly string[] = [
  raw`\b(?:drop-?offs?|funnel|abandonment|outage|downtime|sev-?[0-2]|p[0-2] incident|churn(?:ed)?|conversion (?:was|had|dropped|fell)|was (?:down|on fire)|were (?:down|failing))\b`,
  raw`\balready (?:\w+ ){0,3}(?:dropp\w+|fall\w*|fell|declin\w+|spik\w+|seeing|losing|down|up|complain\w*|visible|showing|on the dashboard|broken|failing)\b`,
  raw`\b(?:dropped|fell|declined|plummeted|spiked|tanked|cratered) (?:by |to |from )?\d`,
  raw`\b(?:saw|seeing|showed up|showing|visible|lit up) (?:\w+ ){0,4}(?:on|in) (?:the|our) (?:dashboards?|metrics|funnel|alerts?|pager|graphs?|status page)\b|\b(?:we were|i was|got) paged\b|\bon-call\b|\bincident (?:channel|bridge|call)\b`,
];

/** Risks to the plan rather than to users or the business: a slipping date is not a latent risk. */
export const PLAN_RISKS: readonly string[] = [
  raw`\b(?:miss(?:ing|ed)? (?:the|our) (?:[\w-]+ ){0,2}(?:deadline|date|window|launch|milestone|freeze|cutoff|sale|season|holidays?|event)|slip(?:s|ping|ped)?|delays?|running late|on time|timeline|schedule|budget|over-?run|headcount|bandwidth|staffing|dependenc(?:y|ies) on|present\w*|the (?:vp|ceo|cto|board|exec\w*|leadership)|the demo|adoption|buy-in|stakeholders?|competitors?)\b`,
];

// ── Constraint ───────────────────────────────────────────────────────────────────────

/** Containment verbs: the author limited what shipped or how it behaves. */
export const CONTAINMENT_VERBS: readonly string[] = [
  raw`\b(?:paus(?:e|ed|ing)|halt(?:ed|ing)?|froze|freez(?:e|ing)|frozen)\b`,
  raw`\bblock(?:ed|ing)?\b(?! (?:on|by)\b)`,
  raw`\bgat(?:e|ed|ing)\b(?= (?:[\w'’-]+ ){0,6}(?:on|behind|until|by|with)\b)`,
  raw`\bcapp(?:ed|ing)\b|\bcap\b(?= (?:it|them|the|at|usage|sessions?|spend|each|every|all|exposure|traffic|volume|\d))`,
  raw`\blimit(?:ed|ing)?\b(?! (?:time|resources?|budget|bandwidth|capacity|data|experience|headcount|visibility|runway|success|impact|information|options)\b)`,
  raw`\brestrict(?:ed|ing)?\b`,
  raw`\bthrottl(?:e|ed|ing)\b`,
  raw`\b(?:roll(?:ed|ing)?|dial(?:ed|led|ing)?|scal(?:ed|ing)?) (?:it |them |(?:the |our |that )?[\w-]+ )?back\b`,
  raw`\b(?:revert(?:ed|ing)?|disabl(?:e|ed|ing)|turn(?:ed|ing)? (?:it |them |(?:the |our |that )?[\w-]+ )?off|switch(?:ed|ing)? (?:it |them |(?:the |our |that )?[\w-]+ )?off|kill(?:ed|ing)? (?:the|it|that|this)|pull(?:ed|ing)? (?:it|the \w+|them) (?:back|from|out of))\b`,
  raw`\b(?:held|hold|holding|kept|keep|keeping) (?:it |them |the [\w-]+(?: [\w-]+)? )?(?:back|off|for (?:\w+ )?(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|several|another|a couple of) \w+|on the old|in shadow|behind|out of|to (?:a|an|the|internal|\d))`,
  raw`\b(?:delay(?:ed|ing)?|postpon(?:e|ed|ing)|push(?:ed|ing)? back) (?:the |our |its )?(?:launch|release|rollout|roll-out|cutover|go-live|campaign|migration|ship date|expansion|it)\b`,
  raw`\b(?:stop(?:ped|ping)?|contain(?:ed|ing)?|quarantin(?:e|ed|ing)|sandbox(?:ed|ing)?) (?:the|it|them|that|this|all|any|further|new|auto-?\w+|\w+ (?:from|at))\b`,
  raw`\b(?:scop(?:ed|ing)|narrow(?:ed|ing)?) (?:it |the \w+ |v1 |the launch )?(?:down )?to (?:a|an|the|\d|internal|employees|beta|one|two|three)\b`,
  raw`\bexclud(?:e|ed|ing) (?:\w+ ){0,4}from (?:the )?(?:model|generator|launch|rollout|feature|campaign|training|prompt|automation)\b`,
  raw`\b(?:rout(?:e|ed|ing)|sen(?:t|d|ding)|divert(?:ed|ing)?) (?:\w+ ){0,4}to (?:a |the )?(?:manual|human|expert|clinical|compliance|ops) (?:review|check|queue|approval|sign-off)`,
  raw`\b(?:held|hold|holding) (?:the |our |v1'?s? )?(?:launch|release|rollout|roll-out|feature|model|campaign|cutover|migration|expansion|go-live)\b|\bpull(?:ed|ing)? the plug\b|\bvetoed\b|\bsaid no to (?:the )?(?:launch\w*|ship\w*|roll\w*|expand\w*|turn\w*|enabl\w*|auto-?\w+|releas\w*)`,
  raw`\b(?:removed|dropped|descoped|stripped|cut|excluded) (?:[\w-]+ ){0,4}from (?:the )?(?:launch|release|v1|model|prompt|product|generator|rollout)\b`,
  raw`\b(?:insisted on|required|mandated|added|introduced|put in|instituted|enforced) (?:a |an )?(?:[\w-]+ ){0,2}(?:human|manual|expert|clinical|compliance|legal|pharmacist|doctor) (?:review|approval|sign-?off|check|gate)\b|\b(?:threshold|floor) (?:below|under) which\b`,
  raw`\b(?:made|kept|turned|downgraded|limited|switched|left|restricted) (?:it|them|the [\w-]+(?: [\w-]+)?) (?:into |to |back to |in )?(?:a |an )?(?:suggestions?|drafts?|read-only|opt-in|advisory|[\w-]+-only|internal|beta|shadow)\b`,
  raw`\bput (?:it|them|the [\w-]+(?: [\w-]+)?) behind (?:a |an )?(?:[\w-]+ ){0,2}(?:flag|gate|limit|cap|approval|review|kill[- ]switch|allow-?list|check|waitlist)\b`,
  raw`\b(?:required|requiring|require) (?:a |an )?(?:human |manual |compliance |legal |clinical |explicit )?(?:approval|sign-?off|review|confirmation) (?:before|for every|on every|for each|on each)\b`,
  raw`\bredesign(?:ed|ing)? (?:it|them|the [\w-]+(?: [\w-]+)?) (?:so (?:that )?(?:it|they|users|customers|nothing|no one|the [\w-]+) (?:can(?:no|')?t|couldn'?t|never|only|can only|could only|would not|wouldn'?t)|to (?:contain|limit|prevent|avoid|stop|keep|cap|restrict|reduce (?:the )?exposure))`,
];

/** Nominal constraints: "a session cap", "a kill switch", "hold for four weeks". */
export const CONTAINMENT_NOUNS: readonly string[] = [
  raw`\b(?:a|an|the|per-\w+|hard|soft|daily|session|rate|spend(?:ing)?|usage|exposure|volume) (?:\w+ )?(?:caps?|limits?|ceilings?)\b(?! of (?:time|resources))`,
  raw`\b(?:kill[- ]switch|circuit[- ]breaker|feature flag(?:ged)? off|allow-?list|deny-?list|block-?list|cool-?down|hard stop|launch gate|release gate|quality gate)\b`,
  raw`\b(?:put|placed|called|imposed|declared|a|an) (?:a |an )?(?:[\w-]+ )?(?:pause|hold|freeze|moratorium|stop|halt|ban|embargo) on\b`,
  raw`\b(?:shadow mode|holdout of|(?:internal|employee|staff)-only|invite-only|opt-in only)\b`,
  raw`\bcan(?:not|'t)? only (?:use|be used|go|run|show|send|serve)\b|\bonly (?:to|for) (?:internal|employees|staff|beta|a (?:small|single)|\d+ ?%)`,
  raw`\bonly (?:enabled|exposed|released|rolled (?:it )?out|launched|showed|turned (?:it )?on|served|made (?:it )?available|opened (?:it )?up)\b[^.;]{0,30}\b(?:to|for)\b|\b(?:to|for) only (?:\d+ ?%|a (?:small|single|handful)|internal|employees|staff|beta)`,
];

/** A scope cut (together with DATE_WORDS in the same clause) protects a date; it is not containment. */
export const SCOPE_WORDS: readonly string[] = [
  raw`\b(?:scope|features?|nice-to-haves?|backlog|requirements?|stories)\b`,
];

export const DATE_WORDS: readonly string[] = [
  raw`\b(?:date|deadline|schedule|timeline|on time|sprint)\b`,
];

/** Not a constraint: rollout phased for measurement, being blocked, a wish in hindsight. */
export const NOT_CONSTRAINT: readonly string[] = [
  raw`\bbehind (?:an? )?(?:a\/b|ab|split|experiment|test)\b`,
  raw`\b(?:was|were|got|been|felt|being) (?:\w+ )?(?:blocked|limited|stopped|delayed|held up|paused|slowed)\b[^.;]{0,30}\b(?:by (?!me\b|us\b|design\b)|because|due to|waiting)|\bblocked on\b`,
  raw`\b(?:should|could|would|might) have (?:\w+ )?(?:paused|limited|blocked|gated|capped|held|stopped|delayed|restricted|rolled)\b|\bnext time\b|\bin hindsight\b|\bif i (?:did|were|had)\b`,
];

// ── Prevented cost ───────────────────────────────────────────────────────────────────

/** What would have happened otherwise. */
export const COUNTERFACTUALS: readonly string[] = [
  raw`(?:\b(?:would|could|might)|\w'd)(?: (?:likely|probably|eventually|easily|almost certainly|certainly|otherwise|quickly|soon))* have (?!liked|loved|preferred|wanted|done|chosen|been nice|been better|been great|been easier|been faster)\w+`,
  raw`\b(?:would|could|might)(?: (?:likely|probably|eventually|easily|certainly|otherwise))* (?:have )?(?:cost|meant|led to|resulted in|triggered|produced|caused|put us)\b`,
  raw`\b(?:without|but for|absent) (?:the|this|that|our|my|those|these) (?:\w+ ){0,3}(?:pause|block|gate|change|cap|limit|hold|fix|check|review|decision|delay|call|restriction|holdout|rollback|stop)\b`,
  raw`\b(?:otherwise|left unchecked|had we (?:not )?\w+|if we had(?:n't| not)? \w+|if we'd \w+|the original (?:plan|version|design|launch|approach|rollout))\b`,
];

/** Explicitly avoided; counts together with a named cost. */
export const AVOIDANCE: readonly string[] = [
  raw`\b(?:avoid(?:ed|ing)?|prevent(?:ed|ing)?|avert(?:ed|ing)?|head(?:ed)? off|forestall(?:ed)?|preempt(?:ed)?|sidestepp?(?:ed)?|dodg(?:ed|ing)|spared)\b`,
  raw`\b(?:saved|protected|kept) (?:us|the company|customers|users|patients|people|the business|them|our \w+) (?:from|out of)\b`,
];

/** Averted on its own: "none of that happened", "caught $1.9M", "before it reached users". */
export const AVERTED: readonly string[] = [
  raw`\b(?:customers?|users?|patients?|clients?|merchants?|people|readers|students) (?:ever |never |didn't |did not )+(?:saw|see|noticed|notice|felt|feel|experienced|experience|hit|received|receive|got) (?:the|a|any|that|this) (?:\w+ )?(?:regression|bug|error|harm|issue|problem|incident|outage|failure|mistake)s?\b`,
  raw`\bnone of (?:that|this|it|those) (?:\w+ )?(?:happened|materiali[sz]ed|came to pass|reached|showed up)\b`,
  raw`\b(?:caught|stopped|held back|intercepted|blocked) (?:about |roughly |nearly |over |an estimated )?(?:[$€£]|r\$)\s?\d`,
  raw`\bsaved (?:us |the company |the business )?(?:about |roughly |nearly |over |an estimated )?(?:[$€£]|r\$)\s?[\d.,]+\s?(?:[km]|million|bn)? (?:in|of|worth of) (?:\w+ )?(?:fines|penalties|chargebacks|refunds|losses|write-offs|fraud|remediation|legal|incorrect|wrong|bad|erroneous)\b`,
  raw`\bbefore (?:it|they|any of (?:it|them)) (?:ever )?(?:reached|hit|affected|harmed|touched) (?:a single |any )?(?:users?|customers?|patients?|production|the market|the public|people)\b`,
];

/** Costs a counterfactual names: money, incidents, losses, harm, regulatory exposure. */
export const COST_WORDS: readonly string[] = [
  raw`[$€£]\s?\d|\br\$\s?\d|(?<![\d.,])\d[\d.,]*\s?(?:k|m|million|bn|billion)\b|(?<!\d)\d+\s?[x×]\b`,
  raw`\b(?:cost|costs|losses|loss|lost|fines?|penalt(?:y|ies)|chargebacks?|refunds?|write-?offs?|defaults?|lawsuits?|litigation|settlements?|damages?|liabilit(?:y|ies))\b`,
  raw`\b(?:ban(?:ned)?|shut down|suspended|delisted|kicked off|disaster|scandal|headlines|backlash|fallout|lost (?:the|our|a) (?:contract|customer|license|account|deal))\b`,
  raw`\b(?:incidents?|outages?|breach(?:es)?|leaks?|complaints?|tickets|escalations?|recalls?|churn|harm|hurt|injur\w+|deaths?|er visits?|hospital\w*|distress|crisis)\b`,
  raw`\b(?:regulat\w+|compliance|legal|audit|enforcement|consent order|remediation|card network|monitoring threshold|gdpr|hipaa|ftc|cfpb)\b`,
  raw`\b(?:incorrect|wrong|erroneous|bad|double|unsafe|harmful|fraudulent|biased) (?:\w+ )?(?:charges?|invoices?|answers?|outputs?|doses?|dosing|decisions?|denials?|approvals?|transactions?|payments?|advice|recommendations?)\b`,
  raw`\breputation\w*|\bscreenshots?\b|\bbad press\b|\btrust\b`,
];

// ── Ownership framing, launch payoff ─────────────────────────────────────────────────

/** Ownership framing: the author led, drove, owned, shipped, launched or built it. */
export const OWNERSHIP_VERBS: readonly string[] = [
  raw`\b(?:led|lead|drove|drive|owned|own|spearheaded|championed|headed|orchestrated|steered|quarterbacked)\b(?! to\b)`,
  raw`\b(?:shipped|ship|launched|launch|built|build|delivered|deliver|rolled out|released|deployed|executed|pushed (?:it )?through)\b`,
  raw`\b(?:was|am|were) (?:\w+ )?(?:responsible for|accountable for|in charge of|the driver|the owner|the lead on|the one who)\b`,
  raw`\btook (?:full )?(?:ownership|charge|the lead|point)\b`,
  raw`\bran (?:the|a|this|that) (?:\w+ ){0,2}(?:project|program|launch|build|rollout|initiative|effort|squad|team)\b`,
];

/** The payoff of a launch story: it went live, hit a date, or moved a metric. */
export const PAYOFF_CUES: readonly string[] = [
  raw`\b(?:launched|shipped|went live|rolled (?:it )?out|released|deployed|went to (?:100|ga|general availability))\b`,
  raw`\b(?:hit|made|met|beat) the (?:\w+ )?(?:date|deadline|target|goal|number|launch)\b|\b(?:on|ahead of) (?:schedule|time)\b`,
  raw`\b(?:rose|grew|increased|improved|jumped|lifted|climbed|doubled|tripled|went up|up|boosted|raised|hit|reached)\b[^.;\d$]{0,40}(?:\d[\d.,]*\s?(?:%|points?|pp|x)|\$\s?\d)`,
  raw`(?:^|\s)\+\s?\d[\d.,]*\s?(?:%|points?|pp)|\bfrom \d[\d.,]*\s?%? to \d[\d.,]*\s?%?`,
  raw`\b(?:complaints?|tickets?|errors?|churn|returns?|refunds?|escalations?|incidents?|costs?|wait times?|handle times?|drop-?offs?)\b[^.;\d]{0,30}\b(?:fell|dropped|decreased|declined|shrank|halved|went down|came down)\b[^.;\d]{0,20}\d[\d.,]*\s?(?:%|points?|pp)`,
  raw`\b(?:adoption|conversion|retention|revenue|ctr|click-?through|engagement|usage|nps|csat|signups?|gmv|arr|mau|wau|dau)\b[^.;]{0,30}\b(?:hit|reached|grew|rose|went|was up|increased|improved|of \d|\d)`,
  raw`\b(?:got promoted|was promoted|promotion|impact award|award|called (?:it|out) (?:the )?(?:launch|project)|renewed|expansion)\b`,
];

// ── Stability over time ──────────────────────────────────────────────────────────────

/** Behaviour held: stayed, remained, held steady, didn't drift, no degradation. */
export const STABLE_PREDICATES: readonly string[] = [
  raw`\b(?:stayed|remained|stays|remains|sat|hovered) (?:\w+ ){0,3}(?:stable|steady|flat|constant|consistent|within|between|under|below|above|at|level|\+|-|−|±|\d)`,
  raw`\b(?:held|holding|kept|holds) (?:\w+ ){0,3}(?:stable|steady|flat|constant|level|within|between|under|below|above)\b`,
  raw`\b(?:it|they|the (?:lift|gain|improvement|effect|rate|model|metric|behaviou?r|accuracy|quality|precision|recall)) held\b`,
  raw`\b(?:stable|unchanged|no (?:drift|degradation|decay|regression|drop-?off|erosion)|without (?:any )?(?:drift|degradation|decay|regression))\b`,
  raw`\b(?:didn't|did not|never) (?:\w+ )?(?:move|drift|degrade|decay|regress|drop|slip|change|erode)\b`,
  raw`\bwithout (?:the )?(?:\w+ ){0,3}(?:changing|moving|dropping|degrading|drifting|slipping)\b`,
  raw`\bwithin\s?(?:±|\+\/-|plus or minus)\s?\d`,
  raw`\b(?:was|were|is|are) (?:still |basically |essentially )?(?:flat|stable|steady|unchanged)\b`,
  raw`\b(?:was|were|is|are) still (?:at|under|below|within|above|around|zero|stable|flat|holding|\d)`,
];

/** A span of time after the decision, or a cadence. */
export const TIME_SPANS: readonly string[] = [
  raw`\b(?:over|for|across|during|throughout) (?:the )?(?:next|following|first|last|subsequent|entire|whole)? ?(?:\d+|a|one|two|three|four|five|six|eight|ten|twelve|several|few|many)? ?(?:days?|weeks?|months?|quarters?|years?|seasons?|period|peak|cycles?)\b`,
  raw`\b(?:\d+|a|one|two|three|four|five|six|several) (?:days?|weeks?|months?|quarters?|years?) (?:later|after|on|in|out|post-launch)\b`,
  raw`\b(?:since (?:launch|then|go-live|the switch)|after launch|post-launch|long[- ]term|ever since|to this day|through (?:the )?(?:next )?(?:holiday|peak|season|\w+ (?:peak|season|spike|quarter|cycle)))`,
  raw`\b(?:weekly|monthly|quarterly|daily|nightly|every (?:week|month|quarter|day|release|sprint)|each (?:week|month|quarter|release)|on a cadence)\b`,  raw`\b(?:over|for|across|during|throughout) (?:the )?(?:(?:next|following|first|last|subsequent) (?:(?:\d+|two|three|four|five|six|several|few) )?|(?:\d+|two|three|four|five|six|several|few|many) )(?:terms?|semesters?|school years?|academic years?|fiscal years?|release cycles?|sprints?|harvests?|grading periods?)\b`,
];

/** Monitoring behaviour over time: drift checks, re-run evals, reviews kept running. */
export const MONITORING_CUES: readonly string[] = [
  raw`\b(?:drift|stability|regression|decay|degradation) (?:check|checks|monitor\w*|alerts?|reviews?|dashboards?|tests?|evals?|tracking)\b`,
  raw`\bre-?r[au]n(?:ning|s)? (?:the |our )?(?:\w+ )?(?:eval\w*|review|benchmark|test set|golden set|audit|check)\b`,
  raw`\b(?:kept|keep|keeping) (?:the |our )?(?:\w+ ){0,3}(?:review|check|monitoring|eval\w*|audit|tracking|holdout)s? (?:running|going|in place|on)\b`,
  raw`\b(?:monitored|tracked|checked|watched|measured|audited|re-?baselined) (?:\w+ ){0,4}(?:weekly|monthly|daily|quarterly|every|for (?:\d+|a|one|two|three|four|five|six|several) (?:weeks|months|quarters))\b`,
];

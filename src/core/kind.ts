// Decides what a document is (prd, design answer, behavioral story) and whether it is about
// an AI product: front matter first, then the file name, then the content.
import type { Block, DocModel } from './model';
import { memoized } from './memo';
import { matchesIn } from './text';
import { blocksOf, chunkText, perChunkText } from './local';
import { KINDS, type Kind, type KindSource, type AiSource } from './types';

export interface KindDecision {
  kind: Kind;
  source: KindSource;
}

/** `kind:` or `redline: {kind: …}` in front matter. */
export function frontMatterKind(doc: DocModel): Kind | undefined {
  const data = doc.frontMatter?.data;
  if (!data) return undefined;
  const nested = data.redline && typeof data.redline === 'object' ? (data.redline as Record<string, unknown>).kind : undefined;
  const value = String(nested ?? data.kind ?? '').trim().toLowerCase();
  return KINDS.find((k) => k === value);
}

export function fileNameKind(filename: string | undefined): Kind | undefined {
  const m = filename ? /\.(prd|design|behavioral)\.(?:md|markdown)$/i.exec(filename) : null;
  return m ? (m[1].toLowerCase() as Kind) : undefined;
}

export function resolveKind(doc: DocModel, filename?: string, override?: Kind): KindDecision {
  if (override) return { kind: override, source: 'override' };
  const fm = frontMatterKind(doc);
  if (fm) return { kind: fm, source: 'frontmatter' };
  const byName = fileNameKind(filename);
  if (byName) return { kind: byName, source: 'filename' };
  return { kind: contentKind(doc), source: 'content' };
}

/** A prompt line near the top: "Q: Design …", "Prompt: …", "# Design an AI tutor", "Design question: …". */
const DESIGN_PROMPT =
  /^\W*(?:(?:q(?:uestion)?|prompt|task|design (?:prompt|question|exercise|challenge|interview)|(?:mock |practice )?interview(?: question| answer| notes)?|case)\b[^\n]{0,80}?\b(?:design|build|improve|create|how would you|should)\b|(?:design|build|improve)\s*:?\s+(?:an?|the|your|our)\b|design\s*:|(?:mock|practice|onsite|whiteboard) (?:interview|round|answer|exercise)|interview (?:answer|notes|question)|product design round)|\b(?:mock|practice|onsite|whiteboard) (?:interview|round|answer|exercise)\b|^\W*the (?:interview )?(?:question|prompt)\s*:/i;
/** A behavioral prompt near the top: "Tell me about a time …", "Describe a situation when …". */
const STORY_PROMPT =
  /\b(?:tell (?:me|us) about (?:a time|your|the|an?)\b|(?:describe|share|walk me through) (?:a|an) (?:time|situation|moment|project)|give (?:me|us) an example of a time|a time (?:you|when)\b|the (?:time|day|week) (?:i|we)\b|^\W*(?:my\s+)?story\s*[:—–-]|behaviou?ral(?: interview| story| question)?\b)/im;
/** PRD-shaped headings: the sections of a spec. */
const SPEC_HEADINGS =
  /^(?:\d+[.)]?\s*)?(?:problem(?: statement)?|background|context|goals?(?: (?:and|&|\/) non-?goals?)?|non-?goals?|requirements?|functional requirements|(?:success|launch) (?:metrics|criteria)|open questions|timeline|milestones?|launch(?: plan)?|rollout(?: plan)?|dependencies|scope|tl;?dr|stakeholders|appendix|risks(?: and mitigations)?|release plan|user stories|acceptance criteria)\b/i;
/** Headings of a product's sections (what a spec covers), weaker evidence than SPEC_HEADINGS: design answers use some too. */
const PRODUCT_SECTIONS =
  /^(?:\d+[.)]?\s*)?(?:why|targets?|metrics|kpis?|evaluation(?: plan)?|eval plan|privacy|misuse|abuse|security|fallbacks?|escape valves?|red[- ]lines?|how it works|architecture|approach|solution|proposal|monitoring|pricing|guardrails|latency|quality|personas?|users?|alternatives(?: considered)?|trade-?offs|faq|data(?: handling| sources)?)\b/i;
const SPEC_TITLE = /\b(?:prd|product requirements?|requirements|spec(?:ification)?|one-?pager|rfc|product brief|design doc)\b/i;
const METADATA = /^\s*(?:owner|pm|author|status|eng(?:ineering)? lead|reviewers?|last (?:edited|updated)|doc state|team)\b\s*[:|·]|\|\s*status\s*:|\bstatus\s*:\s*(?:draft|in review|approved|review)/im;
const STAR_LABELS = /^(?:the\s+)?(?:situation|task|action|actions?|result|results|outcome|what i did|what happened|reflection|what i learned|what i'd do (?:again|differently)|lessons?(?: learned)?|s|t|a|r)\s*[:.]?$/i;
/** First person conditional: the author proposes ("I'd start", "we would use", "my answer"). */
const CONDITIONAL = /\b(?:i['’]d|i would|i['’]ll|we['’]d|we would|let me|my (?:answer|approach|proposal|recommendation|take)|i want to|i['’]m going to|if i were)\b/gi;
/** First person past: the author narrates ("I noticed", "we shipped", "I was the PM"). */
const PAST_ADVERBS = String.raw`also|then|quickly|personally|finally|eventually|immediately|just|still|never|had|had to|didn['’]t|couldn['’]t|wasn['’]t`;
const PAST = new RegExp(
  String.raw`\b(?:i|we)\s+(?:(?:${PAST_ADVERBS})\s+)?(?:was|were|had|did|got|went|made|took|ran|saw|found|built|led|drove|wrote|told|thought|knew|became|kept|left|brought|sent|spent|won|lost|set|put|cut|felt|heard|met|paid|chose|caught|sat|began|shipped|launched|[a-z]{2,}ed)\b`,
  'gi',
);
/** Prose ending where PAST could go on into the next paragraph ("… and then we" / "shipped it"). */
const PAST_OPEN_END = new RegExp(String.raw`\b(?:i|we)(?:\s+(?:${PAST_ADVERBS}))?\s*$`, 'i');

export interface KindScores {
  prd: number;
  design: number;
  behavioral: number;
}

/** Weighted evidence for each kind, from the prompt, the section structure and the voice of the prose. */
export function kindScores(doc: DocModel): KindScores {
  const facts = kindFacts(doc);
  return facts ? scoresOf(doc, facts) : kindScoresWhole(doc);
}

/** kindScores in one pass over the whole document: the definition the per-chunk version keeps to. */
export function kindScoresWhole(doc: DocModel): KindScores {
  const blocks = doc.blocks.filter((b) => b.type === 'heading' || b.type === 'paragraph');
  const top = blocks.slice(0, 4).map((b) => b.text).join('\n');
  const labels = blocks.filter((b) => b.type === 'heading' || b.isLabel || b.runIn).map((b) => (b.runIn || b.text).trim());
  const prose = blocks.filter((b) => b.author && b.type === 'paragraph' && !b.isLabel).map((b) => b.text).join('\n');
  const sentences = Math.max(1, doc.sentences.length);
  const title = blocks.find((b) => b.type === 'heading')?.text ?? '';
  const headings = blocks.filter((b) => b.type === 'heading' && b.depth > 1).map((b) => b.text.replace(/[*_#]/g, '').trim());

  const design =
    (blocks.slice(0, 4).some((b) => DESIGN_PROMPT.test(b.text)) ? 8 : 0) +
    Math.min(3, 3 * labels.filter((l) => CLARIFYING.test(l)).length) +
    Math.min(8, (count(CONDITIONAL, prose) / sentences) * 40);
  const sections = headings.filter((h) => (PRODUCT_SECTIONS.test(h) || SPEC_HEADINGS.test(h)) && !STAR_LABELS.test(h)).length;
  const prompted = STORY_PROMPT.test(top);
  const star = starLabels(labels);
  // Past tense under a spec's sections ("last year we tested …") is background, not a story.
  const narration = Math.min(10, (count(PAST, prose) / sentences) * 25) * (sections >= 3 && !prompted && star === 0 ? 0.5 : 1);
  const behavioral = (prompted ? 8 : 0) + Math.min(9, 3 * star) + narration;
  const prd =
    (SPEC_TITLE.test(title) ? 6 : 0) +
    Math.min(12, 2 * labels.filter((l) => SPEC_HEADINGS.test(l.replace(/[*_#]/g, '').trim())).length) +
    Math.min(4, headings.filter((h) => PRODUCT_SECTIONS.test(h) && !SPEC_HEADINGS.test(h) && !STAR_LABELS.test(h)).length) +
    (METADATA.test(doc.text.slice(doc.bodyStart, doc.bodyStart + 600)) || /\b(?:owner|status|author)\b/i.test(Object.keys(doc.frontMatter?.data ?? {}).join(' ')) ? 4 : 0);
  return { prd, design, behavioral };
}

/** What one chunk's blocks contribute to kindScores (counts, so chunks add up). */
interface ChunkKind {
  clarifying: number;
  specLabels: number;
  /** STAR labels other than single letters, and the single letters ("s", "a" …). */
  starWords: number;
  starLetters: string;
  conditional: number;
  /** PAST matches in the chunk's prose paragraphs joined by line breaks, as the whole document joins them. */
  past: number;
  hasProse: boolean;
  /** The chunk's last prose paragraph ends where a PAST match could continue into the next one. */
  pastOpenEnd: boolean;
  sections: number;
  productOnly: number;
  /** Index in the chunk of its first heading, or -1. */
  firstHeading: number;
}

const count = (re: RegExp, text: string) => (text.match(re) ?? []).length;
const CLARIFYING = /\b(?:clarifying|questions i(?:'d)? ask(?:ed)?|assumptions)\b/i;

function chunkKind(doc: DocModel, c: number): ChunkKind {
  const blocks = blocksOf(doc, c).filter((b) => b.type === 'heading' || b.type === 'paragraph');
  const labels = blocks.filter((b) => b.type === 'heading' || b.isLabel || b.runIn).map((b) => (b.runIn || b.text).trim());
  const prose = blocks.filter((b) => b.author && b.type === 'paragraph' && !b.isLabel).map((b) => b.text);
  const headings = blocks.filter((b) => b.type === 'heading' && b.depth > 1).map((b) => b.text.replace(/[*_#]/g, '').trim());
  const star = labels.map((l) => l.replace(/[*_#]/g, '').trim()).filter((l) => STAR_LABELS.test(l));
  const letters = star.filter((l) => /^[star]\W*$/i.test(l));
  return {
    clarifying: labels.filter((l) => CLARIFYING.test(l)).length,
    specLabels: labels.filter((l) => SPEC_HEADINGS.test(l.replace(/[*_#]/g, '').trim())).length,
    starWords: star.length - letters.length,
    starLetters: letters.map((l) => l[0].toLowerCase()).join(''),
    // CONDITIONAL has no \s: no match spans two paragraphs, so each paragraph counts alone.
    conditional: prose.reduce((n, text) => n + count(CONDITIONAL, text), 0),
    past: count(PAST, prose.join('\n')),
    hasProse: prose.length > 0,
    pastOpenEnd: prose.length > 0 && PAST_OPEN_END.test(prose[prose.length - 1]),
    sections: headings.filter((h) => (PRODUCT_SECTIONS.test(h) || SPEC_HEADINGS.test(h)) && !STAR_LABELS.test(h)).length,
    productOnly: headings.filter((h) => PRODUCT_SECTIONS.test(h) && !SPEC_HEADINGS.test(h) && !STAR_LABELS.test(h)).length,
    firstHeading: blocksOf(doc, c).findIndex((b) => b.type === 'heading'),
  };
}

type KindFacts = Omit<ChunkKind, 'hasProse' | 'pastOpenEnd' | 'firstHeading'> & { title: string };

/**
 * The chunks' facts added up, or undefined when a paragraph's past-tense phrase may run on
 * into the next chunk's prose ("… we" / "shipped it"): then kindScoresWhole decides.
 */
function kindFacts(doc: DocModel): KindFacts | undefined {
  const total: KindFacts = { clarifying: 0, specLabels: 0, starWords: 0, starLetters: '', conditional: 0, past: 0, sections: 0, productOnly: 0, title: '' };
  let open = false;
  let titled = false;
  const chunks = perChunkText(doc, 'kind:scores', (c) => chunkKind(doc, c));
  for (let c = 0; c < chunks.length; c++) {
    const k = chunks[c];
    if (k.hasProse) {
      if (open) return undefined;
      open = k.pastOpenEnd;
    }
    if (!titled && k.firstHeading >= 0) {
      titled = true;
      total.title = doc.blocks[doc.chunkFirstBlock[c] + k.firstHeading].text;
    }
    total.clarifying += k.clarifying;
    total.specLabels += k.specLabels;
    total.starWords += k.starWords;
    total.starLetters += k.starLetters;
    total.conditional += k.conditional;
    total.past += k.past;
    total.sections += k.sections;
    total.productOnly += k.productOnly;
  }
  return total;
}

/** kindScoresWhole's formula over the added-up facts. */
function scoresOf(doc: DocModel, facts: KindFacts): KindScores {
  const top: Block[] = [];
  for (let i = 0; i < doc.blocks.length && top.length < 4; i++) if (doc.blocks[i].type === 'heading' || doc.blocks[i].type === 'paragraph') top.push(doc.blocks[i]);
  const sentences = Math.max(1, doc.sentences.length);
  const design = (top.some((b) => DESIGN_PROMPT.test(b.text)) ? 8 : 0) + Math.min(3, 3 * facts.clarifying) + Math.min(8, (facts.conditional / sentences) * 40);
  const prompted = STORY_PROMPT.test(top.map((b) => b.text).join('\n'));
  const letters = new Set(facts.starLetters);
  const star = facts.starWords + (letters.size >= 3 ? letters.size : 0);
  // Past tense under a spec's sections ("last year we tested …") is background, not a story.
  const narration = Math.min(10, (facts.past / sentences) * 25) * (facts.sections >= 3 && !prompted && star === 0 ? 0.5 : 1);
  const behavioral = (prompted ? 8 : 0) + Math.min(9, 3 * star) + narration;
  const prd =
    (SPEC_TITLE.test(facts.title) ? 6 : 0) +
    Math.min(12, 2 * facts.specLabels) +
    Math.min(4, facts.productOnly) +
    (METADATA.test(doc.text.slice(doc.bodyStart, doc.bodyStart + 600)) || /\b(?:owner|status|author)\b/i.test(Object.keys(doc.frontMatter?.data ?? {}).join(' ')) ? 4 : 0);
  return { prd, design, behavioral };
}

/** Situation / Action / Result labels; single letters ("**A:**") only when they spell out S-T-A-R. */
function starLabels(labels: string[]): number {
  const star = labels.map((l) => l.replace(/[*_#]/g, '').trim()).filter((l) => STAR_LABELS.test(l));
  const letters = new Set(star.filter((l) => /^[star]\W*$/i.test(l)).map((l) => l[0].toLowerCase()));
  return star.filter((l) => !/^[star]\W*$/i.test(l)).length + (letters.size >= 3 ? letters.size : 0);
}

/** The kind with the most evidence; prd when nothing speaks for a kind. */
export function contentKind(doc: DocModel): Kind {
  const scores = kindScores(doc);
  const ranked = (Object.entries(scores) as [Kind, number][]).sort((a, b) => b[1] - a[1]);
  return ranked[0][1] > 0 ? ranked[0][0] : 'prd';
}

export interface AiDecision {
  ai: boolean;
  source: AiSource;
}

/** `ai: true|false` (or `redline: {ai: …}`) in front matter overrides the detection. */
export function resolveAi(doc: DocModel): AiDecision {
  const data = doc.frontMatter?.data;
  const nested = data?.redline && typeof data.redline === 'object' ? (data.redline as Record<string, unknown>).ai : undefined;
  const value = nested ?? data?.ai;
  if (typeof value === 'boolean') return { ai: value, source: 'frontmatter' };
  if (value === 'true' || value === 'false') return { ai: value === 'true', source: 'frontmatter' };
  return { ai: contentIsAi(doc), source: 'content' };
}

/** Unambiguous signs of a model-driven product (one point per mention, at most three per term). */
const AI_STRONG =
  /\b(?:ai|a\.i\.|genai|gen ai|llms?|gpt-?[\w.]*|claude|gemini|chatgpt|generative|machine[- ]learning|deep[- ]learning|neural(?: net(?:work)?s?)?|transformers?|nlp|natural[- ]language (?:processing|understanding)|rag|retrieval[- ]augmented|embeddings?|vector (?:db|database|store|search|index)|fine-?tun(?:e|ed|es|ing)|chat-?bots?|co-?pilots?|hallucinat\w*|speech[- ]to[- ]text|text[- ]to[- ]speech|computer vision|collaborative filtering|learning[- ]to[- ]rank|classifiers?|recommender(?: systems?)?|recommendation (?:model|engine|system|algorithm)s?|(?:system |few-shot )?prompts? (?:engineering|templates?|injection)|system prompts?|prompt(?:ing|ed)\b|(?:ai|llm|autonomous|coding|software) agents?|agentic|inference|model[- ]driven|gradient[- ]boost(?:ed|ing)|xgboost|lightgbm|random forests?|logistic regression|feature[- ]importances?|speech[- ]recognition|word error rates?|image recognition|object detection)\b/gi;
/** "ML" only in capitals: "mL" is a unit. */
const ML = /\bML\b/g;
/** A model named by what it does or where it runs: "fraud model", "hosted model", "the model was retrained". */
const AI_MODEL =
  /\b(?:(?:ai|ml|language|foundation|frontier|hosted|open[- ]weights?|open[- ]source|base|fine[- ]tuned|trained|ranking|fraud|risk|scoring|sequence|prediction|predictive|recommendation|classification|vision(?:[- ]language)?|captioning|extraction|speech|embedding|generative|propensity|churn|forecasting|detection|translation|neural|statistical|\d+b)\s+models?|models?\s+(?:(?:was|is|gets|got|were|are|will be|\w+ly)\s+)?(?:version|endpoint|vendor|output|quality|confidence|drift|retrain\w*|train\w*|weights|predict\w*|score[sd]?|calls?|provider|updates?|swap|behaviou?r|accuracy|precision|recall|eval\w*|review|hallucinat\w*|generat\w*|learn\w*|translat\w*|classif\w*|drift\w*)|(?:new|the|our|a)\s+models?\s+(?:that|which|to)\s+(?:predict|generat|classif|rank|score|learn|recommend|suggest|draft|writ|summari[sz]|extract|detect|flag|route|answer|tag|label|transcrib|translat|caption)\w*)\b/gi;
/** Weaker signs, common in AI products but also in others (a generated invoice, an assistant). */
const AI_WEAK =
  /\b(?:(?<!(?:executive|personal|administrative|legal|medical|dental|teaching|research|store|sales|office|physician|nursing|care|lab)\s)assistants?|confidence (?:of|below|under|above|at least)\s+\d|predict(?:s|ed|ing|ions?|ive)?|generated (?:text|copy|answers?|replies|summar(?:y|ies)|content|code|drafts?)|generators?|confidence (?:score|threshold)s?|eval(?:uation)? sets?|training data|personali[sz]ation|re-?train\w*|data scien(?:ce|tists?)|gpus?|feature stores?|bots?|(?:the|our|system|new)\s+prompts?|prompts and (?:completions|responses)|models?)\b/gi;
/** "Model" and "agent" in a non-AI sense: a data model, a pricing model, a support agent, a user agent. */
const NOT_AI =
  /\b(?:data|pricing|business|operating|revenue|financial|mental|threat|subscription|cost|delivery|service|role|object|domain|permission|billing|support|engagement|staffing|security|3d|tiered|freemium)\s+models?\b|\b(?:support|human|live|customer|service|call[- ]cent(?:er|re)|travel|insurance|real[- ]estate|user|sales|field)\s+agents?\b/gi;

export interface AiScore {
  /** Mentions that only a model-driven product has (LLM, fine-tuning, a fraud model …). */
  strong: number;
  /** Mentions common in AI products but also elsewhere (an assistant, a bot, predictions). */
  weak: number;
}

/** How strongly the author's own prose and headings speak of a model-driven product. */
export function aiScore(doc: DocModel): AiScore {
  return walkAiTerms(doc, () => false);
}

/** The AI terms of one chunk's counted blocks: [block index in the chunk, weight outside the title, terms]. */
type ChunkAiTerms = {
  blocks: [block: number, weight: number, terms: [key: string, kind: keyof AiScore][]][];
  /** Index in the chunk of its first block that is not HTML, and of its first H1; -1 if none. */
  opening: number;
  title: number;
};

const AI_TERMS_KEY = 'kind:ai-terms';

/**
 * The chunk's AI terms, kept with the chunk's model (local.ts perChunkText: they read its text, block types and quote mode only). Only the first three mentions of a term in
 * the chunk can ever count (a term counts at most three times in the document, in order), so
 * later ones are dropped here and the document-level walk stays short.
 */
function chunkAiTerms(doc: DocModel, c: number): ChunkAiTerms {
  return chunkText(doc, c, AI_TERMS_KEY, () => aiTermsOfChunk(doc, c));
}

function aiTermsOfChunk(doc: DocModel, c: number): ChunkAiTerms {
  const found: ChunkAiTerms = { blocks: [], opening: -1, title: -1 };
  const perTerm = new Map<string, number>();
  blocksOf(doc, c).forEach((block, i) => {
    if (found.opening < 0 && block.type !== 'html') found.opening = i;
    if (found.title < 0 && block.type === 'heading' && block.depth === 1) found.title = i;
    if ((block.type !== 'paragraph' && block.type !== 'heading' && block.type !== 'table-row') || (!block.author && !block.quoted)) return;
    const terms: [string, keyof AiScore][] = [];
    for (const [term, kind] of aiTerms(block)) {
      const key = term.toLowerCase().replace(/s$/, '');
      const seen = perTerm.get(key) ?? 0;
      if (seen >= 3) continue;
      perTerm.set(key, seen + 1);
      terms.push([key, kind]);
    }
    if (terms.length > 0) found.blocks.push([i, block.author ? 1 : 0.5, terms]);
  });
  return found;
}

/**
 * Adds up the AI terms in document order, chunk by chunk, and stops as soon as `enough` holds
 * for the running total (weights are positive, so a total only grows).
 */
function walkAiTerms(doc: DocModel, enough: (total: AiScore) => boolean): AiScore {
  const perTerm = new Map<string, number>();
  const total = { strong: 0, weak: 0 };
  // The first block that is not HTML, and the first H1: the title or opening prompt names the product.
  let opening: Block | undefined;
  let title: Block | undefined;
  for (let c = 0; c < doc.chunkModels.length; c++) {
    const local = chunkAiTerms(doc, c);
    const first = doc.chunkFirstBlock[c];
    if (!opening && local.opening >= 0) opening = doc.blocks[first + local.opening];
    if (!title && local.title >= 0) title = doc.blocks[first + local.title];
    // Indexes, not destructuring: this runs once per keystroke, rarely long enough to be optimised.
    for (let b = 0; b < local.blocks.length; b++) {
      const [i, weight, terms] = local.blocks[b];
      const block = doc.blocks[first + i];
      // The title or opening prompt counts double. Other quoted words count half.
      const w = block === opening || block === title ? 2 : weight;
      for (let t = 0; t < terms.length; t++) {
        const key = terms[t][0];
        const kind = terms[t][1];
        const seen = perTerm.get(key) ?? 0;
        if (seen >= 3) continue;
        perTerm.set(key, seen + 1);
        total[kind] += kind === 'weak' ? 0.4 * w : w;
        if (enough(total)) return total;
      }
    }
  }
  return total;
}

/** The AI terms a block's text mentions, in order, found once per block text (see memo.ts). */
function aiTerms(block: Block): [string, keyof AiScore][] {
  return memoized(block.memo, aiTerms, () => {
    const text = block.text.replace(NOT_AI, ' ');
    const terms: [string, keyof AiScore][] = [];
    for (const m of matchesIn(AI_STRONG, text)) terms.push([m[0], 'strong']);
    for (const m of matchesIn(ML, text)) terms.push([m[0], 'strong']);
    for (const m of matchesIn(AI_MODEL, text)) terms.push(['model:' + m[0], 'strong']);
    for (const m of matchesIn(AI_WEAK, text)) terms.push([m[0], 'weak']);
    return terms;
  });
}

/**
 * A document is about AI when model-driven terms recur in the author's own words: two strong
 * mentions, or one backed by weaker ones. Weak terms alone ("bot", "model") rarely suffice.
 */
export function contentIsAi(doc: DocModel): boolean {
  return isAiScore(walkAiTerms(doc, isAiScore));
}

function isAiScore({ strong, weak }: AiScore): boolean {
  return strong >= 2 || (strong >= 1 && weak >= 0.4) || weak >= 3;
}

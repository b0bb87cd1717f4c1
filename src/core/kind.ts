// Decides what a document is (prd, design answer, behavioral story) and whether it is about
// an AI product: front matter first, then the file name, then the content.
import type { DocModel } from './model';
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

/** Weighted signals from headings and prose; the highest total wins, prd on a tie. */
export function contentKind(doc: DocModel): Kind {
  const headings = doc.blocks.filter((b) => b.type === 'heading' || b.isLabel).map((b) => b.text.toLowerCase()).join('\n');
  const prose = doc.blocks.filter((b) => b.type === 'paragraph' || b.type === 'heading').map((b) => b.text).join('\n');
  const lower = prose.toLowerCase();
  const count = (re: RegExp, text = lower) => (text.match(re) ?? []).length;
  const words = Math.max(1, count(/\b\w+\b/g));

  let prd = 0;
  prd += 2 * count(/\b(?:problem(?: statement)?|goals?|non-?goals?|requirements?|success (?:metrics|criteria)|launch(?: plan)?|rollout|milestones?|open questions|dependencies|scope|background|tl;?dr|owner|status|stakeholders|timeline)\b/g, headings);
  prd += 4 * count(/^(?:prd|product requirements|spec(?:ification)?|one-?pager)\b/gm, headings);
  prd += count(/\b(?:we will|the system (?:shall|must)|v1|mvp|ga|beta|rollout|launch review)\b/g);

  let design = 0;
  design += 6 * count(/^\s*(?:\*\*)?(?:q(?:uestion)?|prompt)\s*[:.]/gim, prose);
  design += 5 * count(/\b(?:design (?:an?|the)\s|how would you (?:design|build|improve))/g);
  design += 2 * count(/\b(?:clarifying questions?|i(?:'d| would) (?:start|ask|clarify|propose|prioriti[sz]e|pick|choose|measure|design|build)|my (?:answer|approach|proposal|recommendation)|for this (?:answer|interview))\b/g);
  design += count(/\b(?:i'd|i would|let me|i'll)\b/g);

  let story = 0;
  const past = count(/\b(?:i|we) (?:was|were|had|found|noticed|realized|realised|decided|pushed|paused|blocked|shipped|launched|led|drove|owned|built|asked|told|convinced|ran|saw|wrote|proposed|pulled|stopped|delayed|worked|joined|took)\b/g);
  story += (past / words) * 400;
  story += 3 * count(/\b(?:situation|task|action|result|outcome|tell me about a time|star)\b/g, headings + '\n' + lower.slice(0, 400));
  story += 2 * count(/\b(?:tell me about a time|looking back|in hindsight|what i learned|the lesson)\b/g);

  const scores: [Kind, number][] = [
    ['prd', prd],
    ['design', design],
    ['behavioral', story],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0][1] > 0 ? scores[0][0] : 'prd';
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

const AI_TERMS =
  /\b(?:ai|a\.i\.|llms?|gpt-?\d*|genai|generative|machine learning|ml model|models?|classifiers?|recommenders?|recommendation (?:model|engine|system)|rag|retrieval-augmented|embeddings?|fine-?tun(?:e|ed|ing)|prompts?|prompting|chatbots?|copilots?|assistants?|agents?|hallucinat\w*|inference|neural|transformer|nlp|speech-to-text|asr|ocr|predict(?:ive|ion|s)?|ranking model|scor(?:ing|e) model|confidence score)\b/gi;

/** A document is about AI when model-driven terms recur in the author's own prose. */
export function contentIsAi(doc: DocModel): boolean {
  let hits = 0;
  const distinct = new Set<string>();
  for (const s of doc.sentences) {
    for (const m of s.text.matchAll(AI_TERMS)) {
      const term = m[0].toLowerCase();
      // "agent" alone is usually a support agent; "assistant" a human assistant.
      if (/^(?:agents?|assistants?|models?|prompts?|predict\w*)$/.test(term)) {
        hits += 0.25;
      } else hits += 1;
      distinct.add(term.replace(/s$/, ''));
    }
  }
  return hits >= 3 && distinct.size >= 2;
}

// Persona, segment, journey-map and user-research sections: where they start, and whether
// the first one opens the document (only a short overview, a title or metadata before it).
import { defineConcept } from '../rule';
import type { Block, DocModel, Section } from '../model';
import { sectionEnd } from '../fixes';
import { blocksOf, concatChunks, perChunk } from '../local';
import { splitSentences } from '../text';
import { memoized } from '../memo';
import { compile, METADATA_LINE, PERSONA_HEADINGS, PERSONA_LEAD_INS, PERSONA_TRAITS } from '../lexicon/red-lines';

const HEADING = compile(PERSONA_HEADINGS);
const LEAD_IN = compile(PERSONA_LEAD_INS);
const TRAIT = compile(PERSONA_TRAITS);
const METADATA = compile(METADATA_LINE);
/** Clarifying questions and assumptions may name a segment; they are not persona work. */
const NOT_PERSONAS = /\b(?:clarif\w*|questions?|assumptions?|non-?goals?|out of scope|later|future|v2)\b/;
/** A prompt line at the top of an interview answer ("Design prompt: …", "Q. …"). */
export const PROMPT = /^\s*(?:(?:design|interview)\s+)?(?:prompt|question|q|task)(?:\s*\([^)]{0,40}\))?(?:\s+as given)?\s*[:.]|^\s*["“]?design an?\b/i;
/** A short overview above the personas does not stop them opening the document. */
const OVERVIEW_SENTENCES = 2;

export interface PersonaRegion {
  /** Source offsets of the heading, label or lead-in that opens the region, to its end. */
  start: number;
  end: number;
  /** The block that opens it (heading, label, run-in paragraph or journey lead-in). */
  opener: Block;
}

export interface Personas {
  regions: PersonaRegion[];
  /** The first persona region opens the document. */
  opensDocument: boolean;
}

export const personasConcept = defineConcept<Personas>('personas', ({ doc }) => {
  const facts = personaFacts(doc);
  const regions = findPersonaRegions(doc, facts);
  return { regions, opensDocument: regions.length > 0 && opensDocument(facts, doc, regions[0]) };
});

/** Cleans a heading or label for matching: numbering, emoji and punctuation removed. */
export function cleanTitle(text: string): string {
  if (text.length > 300) return clean(text); // a paragraph, not a title: not kept
  let title = CLEAN_TITLES.get(text);
  if (title === undefined) {
    if (CLEAN_TITLES.size >= 2000) CLEAN_TITLES.clear();
    CLEAN_TITLES.set(text, (title = clean(text)));
  }
  return title;
}

/** cleanTitle's results for short texts: the same headings and labels are read by several concepts. */
const CLEAN_TITLES = new Map<string, string>();

function clean(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\d.)#§-]+/, '')
    .replace(/[^\p{L}\p{N}\s'/&:-]/gu, ' ')
    .replace(/(?<![:.\s])[:.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What one chunk says about personas; indexes are positions in the chunk's blocks. */
interface PersonaFacts {
  /** Headings (outside block quotes) with a persona title. */
  titled: number[];
  /** Per run of blocks under one heading with list items introducing someone: [first item, items, such items]. */
  people: [number, number, number][];
  /** Runs of list items introducing nobody whose section may go on in the previous or next chunk: [first item, items]. */
  edges: [number, number][];
  /** Paragraphs that open a region: a label, run-in or lead-in (true), or an answered persona question (false). */
  openers: [number, boolean][];
  /** The first paragraphs that count as overview above personas, with their sentence counts (enough to exceed the allowance). */
  overview: [number, number][];
}

const FACTS = 'personas';

/**
 * Memo keys (memo.ts) of what personaFacts reads from a block's text and kind alone: after a
 * keystroke only the edited block is read again, not every block of its chunk.
 */
const TEXT_KEYS = { title: {}, trait: {}, opens: {}, answers: {}, sentences: {} };

/** Per-chunk persona facts (see local.ts): after a keystroke only the edited chunk is examined. */
function personaFacts(doc: DocModel): readonly PersonaFacts[] {
  return perChunk(doc, FACTS, (c): PersonaFacts => {
    const facts: PersonaFacts = { titled: [], people: [], edges: [], openers: [], overview: [] };
    let run: [number, number, number] | undefined;
    let headed = false;
    const close = () => {
      // A run between two headings of this chunk is a whole section: it counts only with people in it.
      if (run && run[2] > 0) facts.people.push(run);
      else if (run && !headed) facts.edges.push([run[0], run[1]]);
      run = undefined;
    };
    let overview = 0;
    blocksOf(doc, c).forEach((b, i) => {
      if (b.type === 'heading' && !b.quoted) {
        close();
        headed = true;
        if (memoized(b.memo, TEXT_KEYS.title, () => isPersonaTitle(b.text))) facts.titled.push(i);
        return;
      }
      if (!b.author || b.type !== 'paragraph') return;
      if (b.listDepth === 1) {
        if (!run) run = [i, 0, 0];
        run[1]++;
        if (b.runIn !== '' && memoized(b.memo, TEXT_KEYS.trait, () => TRAIT.test(b.text))) run[2]++;
      }
      const negative = NOT_PERSONAS.test(topicBelowTitle(doc, b.topic).replace(/ > [^>]*$/, ''));
      if (!negative) {
        // A bold label or run-in outside lists ("**Students first.** …"); inside a list it is an item.
        const opens = memoized(b.memo, TEXT_KEYS.opens, () => {
          const label = b.listDepth > 0 ? '' : b.isLabel ? b.text : b.runIn;
          return (label !== '' && isPersonaTitle(label)) || (b.listDepth === 0 && LEAD_IN.test(b.text));
        });
        if (opens) facts.openers.push([i, true]);
        else if (b.listDepth === 0 && memoized(b.memo, TEXT_KEYS.answers, () => answersPersonaQuestion(b))) facts.openers.push([i, false]);
      }
      if (overview <= OVERVIEW_SENTENCES && countsAsOverview(doc, b)) {
        const sentences = memoized(b.memo, TEXT_KEYS.sentences, () => splitSentences(b.text).length);
        if (sentences > 0) facts.overview.push([i, sentences]);
        overview += sentences;
      }
    });
    // The chunk's last run: its section may go on in the next chunk.
    if (run && run[2] > 0) facts.people.push(run);
    else if (run) facts.edges.push([run[0], run[1]]);
    return facts;
  });
}

function findPersonaRegions(doc: DocModel, facts: readonly PersonaFacts[]): PersonaRegion[] {
  const regions: PersonaRegion[] = [];
  const covered = (offset: number) => regions.some((r) => offset >= r.start && offset < r.end);
  // Sections: titled as personas, or whose list items mostly introduce someone.
  const candidates = new Set<number>();
  const items = new Map<number, { items: number; people: number }>();
  // The chunks' hits with their blocks, kept per chunk across versions (local.ts's concatChunks); sections are read now.
  const blockOf = (c: number, i: number) => doc.blocks[doc.chunkFirstBlock[c] + i];
  for (const b of concatChunks('personas:titled', facts, (f, c) => f.titled.map((i) => blockOf(c, i)))) candidates.add(b.section);
  const openers = concatChunks('personas:openers', facts, (f, c) => f.openers.map(([i, opens]): [Block, boolean] => [blockOf(c, i), opens]));
  for (const [block, n, people] of concatChunks('personas:people', facts, (f, c) => f.people.map(([i, n, people]) => [blockOf(c, i), n, people] as const))) {
    const count = items.get(block.section) ?? { items: 0, people: 0 };
    count.items += n;
    count.people += people;
    items.set(block.section, count);
  }
  // Items introducing nobody count against a section with people in it (one spanning chunks).
  if (items.size > 0) {
    facts.forEach((f, c) => {
      for (const [i, n] of f.edges) {
        const count = items.get(doc.blocks[doc.chunkFirstBlock[c] + i].section);
        if (count) count.items += n;
      }
    });
  }
  for (const [section, count] of items) if (describesPeople(count.items, count.people)) candidates.add(section);
  for (const index of [...candidates].sort((a, b) => a - b)) {
    const section = doc.sections[index];
    if (!section.heading || section.heading.quoted || NOT_PERSONAS.test(parentTopic(doc, section))) continue;
    if (covered(section.start)) continue;
    regions.push({ start: section.heading.start, end: sectionEnd(doc, section), opener: section.heading });
  }
  for (const [block, opens] of openers) {
    if (covered(block.start)) continue;
    regions.push({ start: block.start, end: opens ? regionEnd(doc, block) : block.end, opener: block });
  }
  return regions.sort((a, b) => a.start - b.start);
}

function parentTopic(doc: DocModel, section: Section): string {
  const titles: string[] = [];
  for (let p = section.parent; p > 0; p = doc.sections[p].parent) if (doc.sections[p].depth > 1) titles.push(doc.sections[p].title);
  return titles.join(' > ');
}

/**
 * A block's topic without the document's H1 title: "Design question: an AI tutor" names the
 * prompt, it does not put the whole document under a questions heading.
 */
export function topicBelowTitle(doc: DocModel, topic: string): string {
  const title = loneTitle(doc);
  // (A title holding " > " never matched the first part of a split topic.)
  if (title === null || title.includes(' > ') || !(topic === title || topic.startsWith(`${title} > `))) return topic;
  return topic.slice(title.length + 3);
}

/** The lone H1 title of a document version, or null. */
const TITLE = new WeakMap<DocModel, string | null>();

/** The lone H1 title (lower-cased), or null: what topicBelowTitle depends on besides the topic. */
export function loneTitle(doc: DocModel): string | null {
  let title = TITLE.get(doc);
  if (title === undefined) {
    const h1 = doc.sections.filter((s) => s.heading && s.depth === 1);
    title = h1.length === 1 ? h1[0].title : null;
    // The previous version's string when equal: checks against a kept title then compare one pointer.
    if (title === lastTitle) title = lastTitle;
    TITLE.set(doc, (lastTitle = title));
  }
  return title;
}

let lastTitle: string | null = null;

export function isPersonaTitle(text: string): boolean {
  const title = cleanTitle(text);
  return title.length > 0 && title.split(' ').length <= 12 && HEADING.test(title) && !NOT_PERSONAS.test(title);
}

/** A section whose list items mostly introduce someone ("**The organizer**: wants …") by wants and pains. */
function describesPeople(items: number, people: number): boolean {
  return people >= 2 && people * 2 >= items && items <= 8;
}

/**
 * "Who are the users? I think about three groups. First, …": a paragraph opened by a persona
 * question it goes on to answer, with what the people want or struggle with, is a persona
 * section without a heading. A question left open (a clarifying question) is not.
 */
function answersPersonaQuestion(block: Block): boolean {
  if (!block.text.includes('?')) return false;
  const [first, ...rest] = splitSentences(block.text);
  if (!first || !/\?\s*$/.test(first.text) || !isPersonaTitle(first.text)) return false;
  const answers = rest.filter((s) => !/\?\s*$/.test(s.text));
  return answers.length >= 3 && TRAIT.test(answers.map((s) => s.text).join(' '));
}

/** A label or lead-in region runs to the next heading or label. */
function regionEnd(doc: DocModel, opener: Block): number {
  let end = opener.end;
  for (let i = opener.index + 1; i < doc.blocks.length; i++) {
    const b = doc.blocks[i];
    if (b.type === 'heading' || b.isLabel || (b.runIn && b.listDepth === 0)) break;
    end = b.end;
  }
  return end;
}

/** Only a title, prompt, metadata and at most a short overview stand before the region. */
function opensDocument(facts: readonly PersonaFacts[], doc: DocModel, region: PersonaRegion): boolean {
  let sentences = 0;
  for (let c = 0; c < facts.length && sentences <= OVERVIEW_SENTENCES; c++) {
    const first = doc.chunkFirstBlock[c];
    for (const [i, n] of facts[c].overview) {
      if (doc.blocks[first + i].start >= region.start) return sentences <= OVERVIEW_SENTENCES;
      sentences += n;
    }
  }
  return sentences <= OVERVIEW_SENTENCES;
}

/**
 * A paragraph of the author's that would be an overview above the personas. Tables above them
 * are metadata (owner, status) or the prompt's facts. (The title, a heading or a label or prompt
 * line, never counts: a prompt line matches PROMPT.)
 */
function countsAsOverview(doc: DocModel, b: Block): boolean {
  if (!b.author || b.type !== 'paragraph' || b.isLabel) return false;
  return !(PROMPT.test(b.text) || METADATA.test(b.text) || NOT_PERSONAS.test(topicBelowTitle(doc, b.topic)));
}

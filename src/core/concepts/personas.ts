// Persona, segment, journey-map and user-research sections: where they start, and whether
// the first one opens the document (only a short overview, a title or metadata before it).
import { defineConcept } from '../rule';
import type { Block, DocModel, Section } from '../model';
import { sectionEnd, titleBlock } from '../fixes';
import { splitSentences } from '../text';
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
  const regions = findPersonaRegions(doc);
  return { regions, opensDocument: regions.length > 0 && opensDocument(doc, regions[0]) };
});

/** Cleans a heading or label for matching: numbering, emoji and punctuation removed. */
export function cleanTitle(text: string): string {
  return text
    .toLowerCase()
    .replace(/^[\s\d.)#§-]+/, '')
    .replace(/[^\p{L}\p{N}\s'/&:-]/gu, ' ')
    .replace(/(?<![:.\s])[:.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function findPersonaRegions(doc: DocModel): PersonaRegion[] {
  const regions: PersonaRegion[] = [];
  const covered = (offset: number) => regions.some((r) => offset >= r.start && offset < r.end);
  for (const section of doc.sections) {
    if (!section.heading || section.heading.quoted || NOT_PERSONAS.test(parentTopic(doc, section))) continue;
    if (covered(section.start)) continue;
    if (isPersonaTitle(section.heading.text) || describesPeople(section.blocks)) {
      regions.push({ start: section.heading.start, end: sectionEnd(doc, section), opener: section.heading });
    }
  }
  const blocks = doc.blocks.filter((b) => b.author && b.type === 'paragraph');
  for (const block of blocks) {
    if (covered(block.start) || NOT_PERSONAS.test(topicBelowTitle(doc, block.topic).replace(/ > [^>]*$/, ''))) continue;
    // A bold label or run-in outside lists ("**Students first.** …"); inside a list it is an item.
    const label = block.listDepth > 0 ? '' : block.isLabel ? block.text : block.runIn;
    const opens = (label && isPersonaTitle(label)) || (block.listDepth === 0 && LEAD_IN.test(block.text));
    if (opens) regions.push({ start: block.start, end: regionEnd(doc, block), opener: block });
    else if (block.listDepth === 0 && answersPersonaQuestion(block)) regions.push({ start: block.start, end: block.end, opener: block });
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
  let title = TITLE.get(doc);
  if (title === undefined) {
    const h1 = doc.sections.filter((s) => s.heading && s.depth === 1);
    TITLE.set(doc, (title = h1.length === 1 ? h1[0].title : null));
  }
  // (A title holding " > " never matched the first part of a split topic.)
  if (title === null || title.includes(' > ') || !(topic === title || topic.startsWith(`${title} > `))) return topic;
  return topic.slice(title.length + 3);
}

/** The lone H1 title of a document version, or null. */
const TITLE = new WeakMap<DocModel, string | null>();

export function isPersonaTitle(text: string): boolean {
  const title = cleanTitle(text);
  return title.length > 0 && title.split(' ').length <= 12 && HEADING.test(title) && !NOT_PERSONAS.test(title);
}

/** A section whose list items mostly introduce someone ("**The organizer**: wants …") by wants and pains. */
function describesPeople(blocks: Block[]): boolean {
  const items = blocks.filter((b) => b.author && b.type === 'paragraph' && b.listDepth === 1);
  const people = items.filter((b) => b.runIn !== '' && TRAIT.test(b.text));
  return people.length >= 2 && people.length * 2 >= items.length && items.length <= 8;
}

/**
 * "Who are the users? I think about three groups. First, …": a paragraph opened by a persona
 * question it goes on to answer, with what the people want or struggle with, is a persona
 * section without a heading. A question left open (a clarifying question) is not.
 */
function answersPersonaQuestion(block: Block): boolean {
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
function opensDocument(doc: DocModel, region: PersonaRegion): boolean {
  const title = titleBlock(doc);
  let sentences = 0;
  for (const b of doc.blocks) {
    if (b.start >= region.start) break;
    // Tables above the personas are metadata (owner, status) or the prompt's facts, not an overview.
    if (!b.author || b === title || b.type !== 'paragraph' || b.isLabel) continue;
    if (PROMPT.test(b.text) || METADATA.test(b.text) || NOT_PERSONAS.test(topicBelowTitle(doc, b.topic))) continue;
    sentences += splitSentences(b.text).length;
  }
  return sentences <= OVERVIEW_SENTENCES;
}

// The document model every rule and the score share: front matter, sections (one per
// heading), blocks of the author's own text mapped back to source offsets, and sentences.
import type { Root, RootContent, PhrasingContent, Table, ListItem } from 'mdast';
import { LineIndex } from './lines';
import { readFrontMatter, parseChunks, parseChunk, editBetween, type Chunk, type FrontMatter, type Layout, type ParseGroup } from './parse';
import { splitSentences } from './text';
import type { Memo } from './memo';

export type BlockType = 'heading' | 'paragraph' | 'table-header' | 'table-row' | 'code' | 'html';

/** One run of inline text and where it came from in the source. */
interface Segment {
  plain: number;
  value: string;
  source: number;
  sourceEnd: number;
  /** The source text of the segment (a slice of the document). */
  raw: string;
}

export interface Block {
  /** Position in DocModel.blocks. */
  readonly index: number;
  type: BlockType;
  /** Plain text: inline markup removed, line breaks turned into spaces. */
  text: string;
  readonly start: number;
  readonly end: number;
  /** Heading depth (1–6); 0 for other blocks. */
  depth: number;
  /** Inside a block quote. */
  quoted: boolean;
  /** Counts as the author's own words (not code, HTML, or quoted text). */
  author: boolean;
  /** Nesting of the list the block sits in; 0 outside lists. */
  listDepth: number;
  ordered: boolean;
  /** A paragraph that is only a bold/italic label ("**Metrics**"), used as a pseudo-heading. */
  isLabel: boolean;
  /** A bold run-in label opening the paragraph ("**Drift:** weekly …"), lower-cased. */
  runIn: string;
  /** Table cells (rows) and the table's header cells. */
  cells: string[];
  header: string[];
  section: number;
  /** Lower-cased heading path and label this block sits under: "prd > metrics > drift". */
  topic: string;
  /** Offset of the chunk the block was parsed in; segment offsets are relative to it. */
  readonly base: number;
  /** Index of that chunk in DocModel.chunks. */
  readonly chunk: number;
  segments: Segment[];
  /** Facts about the block's text alone, shared by every version while its chunk is unchanged (see memo.ts). */
  memo: Memo;
}

export interface Section {
  index: number;
  /** The heading block; undefined for the preamble before the first heading. */
  heading?: Block;
  depth: number;
  /** Lower-cased heading text ('' for the preamble). */
  title: string;
  parent: number;
  start: number;
  end: number;
  /** Blocks directly under this heading (not in sub-sections), heading excluded. */
  blocks: Block[];
}

export interface Sentence {
  text: string;
  lower: string;
  readonly start: number;
  readonly end: number;
  block: Block;
  /** Offset of the sentence's first character inside block.text. */
  offsetInBlock: number;
  /** Facts about the sentence's text alone, shared by every version while its chunk is unchanged. */
  memo: Memo;
}

/**
 * What one chunk contributes to the model, kept with the chunk and reused while its text is
 * unchanged. Its blocks and sentences are the model's own objects, reused by every version
 * while the chunk is: they hold offsets relative to the chunk and read the chunk's place in
 * the current version from here (`at`, `index`, `firstBlock`), so a new version moves a
 * chunk's blocks and sentences by updating three numbers (not every block after an edit),
 * and facts cached per chunk can name them. A model is valid until the next version is built
 * from it.
 */
export interface ChunkModel {
  blocks: Block[];
  comments: Comment[];
  /** Sentences of each block (by block position). */
  sentences: Sentence[][];
  /** Length of the plain text of paragraphs outside and inside block quotes. */
  prose: { plain: number; quoted: number };
  /** The last model build that placed this chunk (a second copy of its text in that build gets its own). */
  version?: number;
  /** The build that parsed this chunk. */
  born: number;
  /** In the current version: the chunk's start, its index in DocModel.chunks and the index of its first block. */
  at: number;
  index: number;
  firstBlock: number;
  /** The quote mode its blocks' `author` was set for. */
  authorQuoted?: boolean;
  /** The author sentences of the chunk (DocModel.chunkSentences) for the quote mode `ownQuoted`. */
  own?: Sentence[];
  ownQuoted?: boolean;
}

/** A section with its heading path and depths ("\u0001" + depth + ":" + title, per level): the context chunks under it inherit. */
interface ModelSection extends Section {
  key: string;
}

/** A block as the model builds it: offsets relative to its chunk, placed through its chunk's model. */
class ModelBlock implements Block {
  text = '';
  depth = 0;
  author = false;
  isLabel = false;
  runIn = '';
  cells: string[] = [];
  header: string[] = [];
  section = 0;
  topic = '';
  segments: Segment[] = [];
  memo: Memo = new Map();
  /** Set when the chunk's model is made (finishModel). */
  owner!: ChunkModel;
  /** Position among the chunk's blocks. */
  local = 0;
  /** The topic of a plain block after this one, and the bold label in force (for moveSections). */
  after = '';
  label = '';

  constructor(
    public type: BlockType,
    /** Offsets relative to the chunk (while building: to the parsed text). */
    public relStart: number,
    public relEnd: number,
    public quoted: boolean,
    public listDepth: number,
    public ordered: boolean,
  ) {}

  get start(): number {
    return this.owner.at + this.relStart;
  }
  get end(): number {
    return this.owner.at + this.relEnd;
  }
  get index(): number {
    return this.owner.firstBlock + this.local;
  }
  get base(): number {
    return this.owner.at;
  }
  get chunk(): number {
    return this.owner.index;
  }
}

/** A sentence with offsets relative to its block's chunk. */
class ModelSentence implements Sentence {
  lower: string;
  memo: Memo = new Map();

  constructor(
    public text: string,
    public block: ModelBlock,
    public offsetInBlock: number,
    public relStart: number,
    public relEnd: number,
  ) {
    this.lower = text.toLowerCase();
  }

  get start(): number {
    return this.block.owner.at + this.relStart;
  }
  get end(): number {
    return this.block.owner.at + this.relEnd;
  }
}

/** Counts model builds, so a build can tell which chunk models it has placed already. */
let versions = 0;

export interface Comment {
  start: number;
  end: number;
  value: string;
}

export interface DocModel {
  text: string;
  lines: LineIndex;
  frontMatter?: FrontMatter;
  bodyStart: number;
  chunks: Chunk[];
  blocks: Block[];
  sections: Section[];
  /** Sentences of the author's own prose (headings and labels excluded). */
  sentences: Sentence[];
  comments: Comment[];
  /** Block quotes hold most of the prose, so they are the author's words. */
  quotesAreAuthor: boolean;
  /** Per chunk: its cached model, and its author sentences (in order). */
  chunkModels: ChunkModel[];
  chunkSentences: Sentence[][];
  /** Index in `blocks` of each chunk's first block. */
  chunkFirstBlock: number[];
  /** Where the text was cut into chunks (what the next version's cutting resumes from). */
  layout: Layout;
  /**
   * Per chunk, what its blocks' topics inherit from before it: the enclosing headings (depths
   * and titles) and a bold label set by a paragraph in an earlier chunk.
   */
  chunkContexts: string[];
}

export interface BuildOptions {
  /** Chunks of an earlier version of the same document, reused where their text is unchanged. */
  reuse?: Map<string, Chunk>;
  /** Parse the whole document at once (tests compare it with the unit-by-unit parse). */
  whole?: boolean;
  /** Parse every unit on its own, never with its neighbours (tests compare the two). */
  ungrouped?: boolean;
  /**
   * The model of the previous version of the same document: only the edited lines and units
   * are scanned and parsed again. Its blocks, sentences and sections are moved to the new
   * version (and its arrays may be reused), so it must not be used afterwards.
   */
  previous?: DocModel;
}

export function buildModel(text: string, options: BuildOptions = {}): DocModel {
  const before = options.previous;
  const edit = before && !options.whole ? editBetween(before.text, text) : undefined;
  const lines = new LineIndex(text, edit && { lines: before!.lines, edit });
  const frontMatter = readFrontMatter(text);
  const bodyStart = frontMatter ? frontMatter.end : 0;
  const { chunks, layout } = parseChunks(text, bodyStart, options.reuse, options.whole, edit && { layout: before!.layout, chunks: before!.chunks, edit }, !options.ungrouped);
  const version = ++versions;
  const chunkModels: ChunkModel[] = new Array<ChunkModel>(chunks.length);
  const chunkFirstBlock: number[] = new Array<number>(chunks.length);
  const fresh: ChunkModel[] = [];
  let count = 0;
  let quoted = 0;
  let plain = 0;
  for (let c = 0; c < chunks.length; c++) {
    const chunk = chunks[c];
    // The same text twice in one document: the second copy gets objects of its own.
    if (chunk.model && (chunk.model as ChunkModel).version === version) chunk.model = undefined;
    const cm = chunkModelOf(chunk, version);
    if (cm.born === version) fresh.push(cm);
    cm.version = version;
    cm.at = chunk.start;
    cm.index = c;
    cm.firstBlock = count;
    chunkModels[c] = cm;
    chunkFirstBlock[c] = count;
    count += cm.blocks.length;
    quoted += cm.prose.quoted;
    plain += cm.prose.plain;
  }
  if (before && fresh.length > 0) keepMemos(before.chunkModels.filter((m) => m.version !== version), fresh);
  const quotesAreAuthor = quoted > plain;

  const blocks: Block[] = new Array<Block>(count);
  const comments: Comment[] = [];
  for (const cm of chunkModels) {
    const first = cm.firstBlock;
    const own = cm.blocks;
    for (let i = 0; i < own.length; i++) blocks[first + i] = own[i];
    for (const comment of cm.comments) comments.push({ start: comment.start + cm.at, end: comment.end + cm.at, value: comment.value });
  }
  // Whether a block is the author's depends on its own kind and the quote mode alone.
  for (const cm of chunkModels) {
    if (cm.authorQuoted === quotesAreAuthor) continue;
    cm.authorQuoted = quotesAreAuthor;
    for (const block of cm.blocks) block.author = block.type !== 'code' && block.type !== 'html' && (!block.quoted || quotesAreAuthor);
  }

  let placed = before ? moveSections(before, chunkModels, blocks, version, text.length) : undefined;
  if (!placed) {
    const chunkContexts = new Array<string>(chunks.length).fill('');
    placed = { sections: buildSections(blocks, text.length, chunkContexts), chunkContexts };
  }
  const chunkSentences: Sentence[][] = new Array<Sentence[]>(chunks.length);
  let total = 0;
  for (let c = 0; c < chunks.length; c++) total += (chunkSentences[c] = ownSentences(chunkModels[c], quotesAreAuthor)).length;
  const sentences: Sentence[] = new Array<Sentence>(total);
  let k = 0;
  for (const own of chunkSentences) for (let i = 0; i < own.length; i++) sentences[k++] = own[i];
  return { text, lines, frontMatter, bodyStart, chunks, blocks, sections: placed.sections, sentences, comments, quotesAreAuthor, chunkModels, chunkSentences, chunkFirstBlock, layout, chunkContexts: placed.chunkContexts };
}

/** The author sentences of a chunk, in order, kept with the chunk's model per quote mode. */
function ownSentences(cm: ChunkModel, quotesAreAuthor: boolean): Sentence[] {
  if (cm.own && cm.ownQuoted === quotesAreAuthor) return cm.own;
  const own: Sentence[] = [];
  for (let i = 0; i < cm.blocks.length; i++) if (cm.blocks[i].author) for (const s of cm.sentences[i]) own.push(s);
  cm.ownQuoted = quotesAreAuthor;
  return (cm.own = own);
}

/**
 * The sections of the previous version moved to this one, when the edit left the outline alone:
 * the chunks that changed were parsed afresh and hold the same headings and labels in the same
 * order (paragraphs and list items between them may come and go). A block between them takes
 * the section and topic in force after the block before it; the sections the changed chunks
 * touch get their new blocks; the others only move. Undefined when the outline may have
 * changed (the caller builds the sections afresh).
 */
function moveSections(before: DocModel, chunkModels: ChunkModel[], blocks: Block[], version: number, length: number): { sections: Section[]; chunkContexts: string[] } | undefined {
  const old = before.chunkModels;
  const n = chunkModels.length;
  const [a, tail] = sharedEnds(chunkModels, old);
  for (let c = a; c < n - tail; c++) if (chunkModels[c].born !== version) return undefined;
  const firstOf = (models: ChunkModel[], firsts: number[], all: Block[], c: number) => (c < models.length ? firsts[c] : all.length);
  const from = firstOf(old, before.chunkFirstBlock, before.blocks, a);
  const oldTo = firstOf(old, before.chunkFirstBlock, before.blocks, old.length - tail);
  const newTo = tail > 0 ? chunkModels[n - tail].firstBlock : blocks.length;
  // The outline entries of the changed stretch, old and new, must agree one to one.
  const was = before.blocks as ModelBlock[];
  const now = blocks as ModelBlock[];
  let i = from;
  let j = from;
  for (;;) {
    while (i < oldTo && !inOutline(was[i])) i++;
    while (j < newTo && !inOutline(now[j])) j++;
    if (i === oldTo || j === newTo) break;
    if (!sameOutline(was[i], now[j])) return undefined;
    i++;
    j++;
  }
  if (i !== oldTo || j !== newTo) return undefined;

  const sections = before.sections as ModelSection[];
  const touched = new Set<number>();
  for (let k = from; k < oldTo; k++) touched.add(was[k].section);
  const previous = from > 0 ? now[from - 1] : undefined;
  let section = previous ? previous.section : 0;
  let after = previous ? previous.after : '';
  let label = previous ? previous.label : '';
  i = from;
  for (let k = from; k < newTo; k++) {
    const block = now[k];
    if (inOutline(block)) {
      while (!inOutline(was[i])) i++;
      const match = was[i++];
      block.section = match.section;
      block.topic = match.topic;
      block.after = match.after;
      block.label = match.label;
      if (sections[match.section].heading === match) sections[match.section].heading = block;
    } else {
      block.section = section;
      // As buildSections: a run-in label is added to the topic (alone before any heading or label).
      block.topic = !block.runIn ? after : section === 0 && !label ? block.runIn : `${after} > ${block.runIn}`;
      block.after = after;
      block.label = label;
    }
    section = block.section;
    after = block.after;
    label = block.label;
    touched.add(section);
  }
  // Each touched section's blocks: the old stretch's taken out, the new one's put in order.
  const gone = new Set<Block>(was.slice(from, oldTo));
  for (const s of touched) {
    const members = sections[s].blocks.filter((b) => !gone.has(b));
    let at = 0;
    while (at < members.length && members[at].index < from) at++;
    const added: Block[] = [];
    for (let k = from; k < newTo; k++) if (now[k].section === s && sections[s].heading !== now[k]) added.push(now[k]);
    members.splice(at, 0, ...added);
    sections[s].blocks = members;
  }
  for (let k = 0; k < sections.length; k++) {
    const heading = sections[k].heading;
    sections[k].start = heading ? heading.start : 0;
    if (k > 0) sections[k - 1].end = sections[k].start;
  }
  sections[sections.length - 1].end = length;
  // Chunks keep the context they had; a changed one's is what is in force before its first block.
  const chunkContexts = new Array<string>(n);
  for (let c = 0; c < a; c++) chunkContexts[c] = before.chunkContexts[c];
  for (let c = n - tail; c < n; c++) chunkContexts[c] = before.chunkContexts[c - n + old.length];
  for (let c = a; c < n - tail; c++) {
    const first = chunkModels[c].firstBlock;
    const end = c + 1 < n ? chunkModels[c + 1].firstBlock : blocks.length;
    const prior = first > 0 ? now[first - 1] : undefined;
    chunkContexts[c] = first === end ? '' : `${prior ? sections[prior.section].key : ''}\u0000${prior ? prior.label : ''}`;
  }
  return { sections, chunkContexts };
}

/**
 * How many items `now` and `before` (two versions' chunk models, say) share at the start, then
 * at the end of the rest: the same objects at the same distance from either end (and for which
 * `keep` holds, if given).
 */
export function sharedEnds<T>(now: readonly T[], before: readonly T[], keep?: (item: T) => boolean): [number, number] {
  const n = now.length;
  const m = before.length;
  let p = 0;
  while (p < n && p < m && now[p] === before[p] && (!keep || keep(now[p]))) p++;
  let s = 0;
  while (s < n - p && s < m - p && now[n - 1 - s] === before[m - 1 - s] && (!keep || keep(now[n - 1 - s]))) s++;
  return [p, s];
}

/** Does the block shape the outline (sections and the topics after it): a heading or a label? */
function inOutline(block: Block): boolean {
  return (block.type === 'heading' && !block.quoted) || block.isLabel;
}

/** Do the two outline blocks give the same heading or label? */
function sameOutline(was: Block, block: Block): boolean {
  return was.type === block.type && was.quoted === block.quoted && was.isLabel === block.isLabel && was.depth === block.depth && was.text.trim().toLowerCase() === block.text.trim().toLowerCase();
}

/**
 * Gives the blocks and sentences of newly parsed chunks the memos of the previous version's
 * blocks and sentences with the same text: a keystroke re-parses its unit, but only the
 * edited sentence has to be read again (a memo holds facts about its owner's text alone).
 */
function keepMemos(replaced: ChunkModel[], fresh: ChunkModel[]): void {
  const blocks = new Map<string, Block['memo']>();
  const sentences = new Map<string, Sentence['memo']>();
  for (const old of replaced) {
    for (const b of old.blocks) blocks.set(memoKey(b, b.text), b.memo);
    for (const pieces of old.sentences) for (const s of pieces) sentences.set(memoKey(s.block, s.text), s.memo);
  }
  for (const model of fresh) {
    for (const b of model.blocks) b.memo = blocks.get(memoKey(b, b.text)) ?? b.memo;
    for (const pieces of model.sentences) for (const s of pieces) s.memo = sentences.get(memoKey(s.block, s.text)) ?? s.memo;
  }
}

/** What a memo's facts may read besides the text: the kind of block it sits in (a table row's header and cells, a quote). */
function memoKey(block: Block, text: string): string {
  return `${block.type}\u0000${block.quoted}\u0000${block.listDepth}\u0000${block.isLabel}\u0000${block.runIn}\u0000${block.type === 'table-row' ? [...block.header, ...block.cells].join('\u0001') : ''}\u0000${text}`;
}

/** The chunk's blocks, comments and sentences, built once per chunk text. */
function chunkModelOf(chunk: Chunk, version: number): ChunkModel {
  const cached = chunk.model as ChunkModel | undefined;
  if (cached) return cached;
  if (chunk.group && chunk.group.members.includes(chunk)) {
    splitGroup(chunk.group, version);
    if (chunk.model) return chunk.model as ChunkModel;
  }
  // Parsed with neighbours that are no longer around it: parse it on its own.
  const tree = chunk.tree ?? parseChunk(chunk.text, chunk.start).tree!;
  const builder = new ModelBuilder(chunk.text);
  builder.addTree(tree.children, 0, false, 0, false);
  // The repeated header of a table continuation is not part of this chunk's text.
  const blocks = chunk.prefix ? builder.blocks.filter((b) => b.relEnd > chunk.prefix!) : builder.blocks;
  return finishModel(chunk, blocks, builder.comments, version);
}

/** Builds the models of a group's members from its one parse: each block goes to the unit it starts in. */
function splitGroup(group: ParseGroup, version: number): void {
  const builder = new ModelBuilder(group.text);
  builder.addTree(group.tree.children, 0, false, 0, false);
  let b = 0;
  let k = 0;
  let offset = 0;
  group.members.forEach((member, i) => {
    const end = offset + member.text.length;
    const last = i === group.members.length - 1;
    const blocks: ModelBlock[] = [];
    const comments: Comment[] = [];
    for (; b < builder.blocks.length && (last || builder.blocks[b].relStart < end); b++) blocks.push(shiftBlock(builder.blocks[b], offset));
    for (; k < builder.comments.length && (last || builder.comments[k].start < end); k++) {
      const c = builder.comments[k];
      comments.push({ start: c.start - offset, end: c.end - offset, value: c.value });
    }
    finishModel(member, blocks, comments, version);
    member.group = undefined;
    offset = end;
  });
}

/** A block's offsets (and its segments') made relative to a unit starting `offset` into the group. */
function shiftBlock(block: ModelBlock, offset: number): ModelBlock {
  if (offset === 0) return block;
  block.relStart -= offset;
  block.relEnd -= offset;
  for (const s of block.segments) {
    s.source -= offset;
    s.sourceEnd -= offset;
  }
  return block;
}

function finishModel(chunk: Chunk, blocks: ModelBlock[], comments: Comment[], version: number): ChunkModel {
  const prose = { plain: 0, quoted: 0 };
  for (const b of blocks) if (b.type === 'paragraph') prose[b.quoted ? 'quoted' : 'plain'] += b.text.length;
  const model: ChunkModel = { blocks, comments, sentences: [], prose, born: version, at: chunk.start, index: 0, firstBlock: 0 };
  blocks.forEach((block, i) => {
    block.owner = model;
    block.local = i;
  });
  model.sentences = blocks.map((block) =>
    block.type === 'code' || block.type === 'html' || block.type === 'heading' || block.isLabel
      ? []
      : splitSentences(block.text).map((piece) => {
          // Offsets relative to the chunk: segment offsets are (the block's base is the chunk's start).
          const start = block.segments.length === 0 ? block.relStart : relativeOffset(block.segments, piece.start, false);
          const end = block.segments.length === 0 ? block.relEnd : relativeOffset(block.segments, piece.end, true);
          return new ModelSentence(piece.text, block, piece.start, start, end);
        }),
  );
  chunk.model = model;
  return model;
}

/**
 * Sections from headings, and every block's section and topic. Also records, per chunk, what
 * its topics inherit from before it: the enclosing headings (depth and title) and a bold label
 * carried in (the context its per-chunk facts depend on, see local.ts).
 */
function buildSections(all: Block[], length: number, chunkContexts: string[]): Section[] {
  const blocks = all as ModelBlock[];
  const sections: ModelSection[] = [{ index: 0, depth: 0, title: '', parent: -1, start: 0, end: length, blocks: [], key: '' }];
  const stack: Section[] = [sections[0]];
  // Per open section: its topic ("prd > metrics") and its heading path with depths.
  const paths: string[] = [''];
  const keys: string[] = [''];
  let label = '';
  // The topic of blocks under the current label (or section), built once per label.
  let labelled = '';
  let chunk = -1;
  for (const block of blocks) {
    if (block.chunk !== chunk) chunkContexts[(chunk = block.chunk)] = `${keys[keys.length - 1]}\u0000${label}`;
    if (block.type === 'heading' && !block.quoted) {
      while (stack.length > 1 && stack[stack.length - 1].depth >= block.depth) {
        stack.pop();
        paths.pop();
        keys.pop();
      }
      const title = block.text.trim().toLowerCase();
      const section: ModelSection = {
        index: sections.length,
        heading: block,
        depth: block.depth,
        title,
        parent: stack[stack.length - 1].index,
        start: block.start,
        end: length,
        blocks: [],
        key: `${keys[keys.length - 1]}\u0001${block.depth}:${title}`,
      };
      sections[sections.length - 1].end = block.start;
      sections.push(section);
      paths.push(stack.length === 1 ? section.title : `${paths[paths.length - 1]} > ${section.title}`);
      keys.push(section.key);
      stack.push(section);
      label = '';
      labelled = paths[paths.length - 1];
      block.section = section.index;
      block.topic = labelled;
      block.after = labelled;
      block.label = label;
      continue;
    }
    const current = sections[sections.length - 1];
    block.section = current.index;
    if (block.isLabel) {
      label = block.text.trim().toLowerCase();
      labelled = !label ? paths[paths.length - 1] : stack.length === 1 ? label : `${paths[paths.length - 1]} > ${label}`;
    }
    // A topic has the section titles, then the label, then a run-in label, each when present.
    if (!block.runIn) block.topic = labelled;
    else block.topic = stack.length === 1 && !label ? block.runIn : `${labelled} > ${block.runIn}`;
    block.after = labelled;
    block.label = label;
    current.blocks.push(block);
  }
  return sections;
}

/**
 * Source offsets kept relative to a block's chunk (`block.base`, the chunk's start in the current
 * version): an object built on it stays right in later versions while its block lives, so walks
 * over the chunks' kept facts can hand the same object out after an edit elsewhere.
 */
export class InBlock {
  constructor(
    readonly block: Block,
    private readonly from: number,
    private readonly to: number,
  ) {}

  get start(): number {
    return this.block.base + this.from;
  }

  get end(): number {
    return this.block.base + this.to;
  }
}

/** Maps an index in block.text back to a source offset; `end` maps to just after a character. */
export function sourceOffset(block: Block, index: number, end = false): number {
  const segments = block.segments;
  if (segments.length === 0) return end ? block.end : block.start;
  return block.base + relativeOffset(segments, index, end);
}

function relativeOffset(segments: Segment[], index: number, end: boolean): number {
  let seg = segments[0];
  for (const s of segments) {
    if (s.plain > index || (end && s.plain === index && index > 0)) break;
    seg = s;
  }
  const within = Math.max(0, Math.min(index - seg.plain, seg.value.length));
  if (within === seg.value.length) return seg.sourceEnd;
  return alignInSource(seg, within);
}

/** Source offset of the character `within` chars into a segment, skipping escapes and indentation. */
function alignInSource(seg: Segment, within: number): number {
  if (seg.raw.length === seg.value.length) return seg.source + within;
  // The source differs from the value (escapes, entities, continuation indentation): walk both,
  // skipping source characters that have no counterpart in the value.
  let j = 0;
  for (let i = 0; i < within && j < seg.raw.length; j++) {
    if (seg.raw[j] === seg.value[i] || (seg.value[i] === ' ' && /\s/.test(seg.raw[j]))) i++;
  }
  while (j < seg.raw.length && seg.raw[j] !== seg.value[within] && /[\s\\>]/.test(seg.raw[j])) j++;
  return seg.source + j;
}

interface Frame {
  node: RootContent;
  quoted: boolean;
  listDepth: number;
  ordered: boolean;
}

class ModelBuilder {
  readonly blocks: ModelBlock[] = [];
  readonly comments: Comment[] = [];

  constructor(private readonly source: string) {}

  /** Walks block content with an explicit stack, so deeply nested quotes and lists can't overflow. */
  addTree(nodes: RootContent[] | Root['children'], base: number, quoted: boolean, listDepth: number, ordered: boolean): void {
    const stack: Frame[] = [];
    const pushAll = (children: RootContent[], q: boolean, depth: number, o: boolean) => {
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], quoted: q, listDepth: depth, ordered: o });
    };
    pushAll(nodes as RootContent[], quoted, listDepth, ordered);
    while (stack.length > 0) {
      const frame = stack.pop()!;
      const node = frame.node;
      if (node.type === 'blockquote') pushAll(node.children, true, frame.listDepth, frame.ordered);
      else if (node.type === 'list') {
        for (let i = node.children.length - 1; i >= 0; i--) {
          const item = node.children[i] as ListItem;
          for (let j = item.children.length - 1; j >= 0; j--) stack.push({ node: item.children[j], quoted: frame.quoted, listDepth: frame.listDepth + 1, ordered: node.ordered === true });
        }
      } else this.addNode(node, base, frame.quoted, frame.listDepth, frame.ordered);
    }
  }

  private addNode(node: RootContent, base: number, quoted: boolean, listDepth: number, ordered: boolean): void {
    const start = base + (node.position?.start.offset ?? 0);
    const end = base + (node.position?.end.offset ?? 0);
    switch (node.type) {
      case 'heading':
      case 'paragraph': {
        const block = this.newBlock(node.type, start, end, quoted, listDepth, ordered);
        if (node.type === 'heading') block.depth = node.depth;
        this.addInline(block, node.children, base);
        block.text = block.text.replace(/[\r\n]/g, ' ');
        if (node.type === 'paragraph') this.markLabel(block, node.children);
        this.blocks.push(block);
        return;
      }
      case 'table':
        return this.addTable(node, base, quoted);
      case 'code':
        this.blocks.push(Object.assign(this.newBlock('code', start, end, quoted, listDepth, ordered), { text: node.value }));
        return;
      case 'html':
        this.collectComments(node.value, start);
        this.blocks.push(Object.assign(this.newBlock('html', start, end, quoted, listDepth, ordered), { text: node.value }));
        return;
      default:
        return;
    }
  }

  private addTable(table: Table, base: number, quoted: boolean): void {
    let header: string[] = [];
    table.children.forEach((row, i) => {
      const start = base + (row.position?.start.offset ?? 0);
      const end = base + (row.position?.end.offset ?? 0);
      const block = this.newBlock(i === 0 ? 'table-header' : 'table-row', start, end, quoted, 0, false);
      row.children.forEach((cell, c) => {
        if (c > 0) this.push(block, ' | ', -1, -1);
        const before = block.text.length;
        this.addInline(block, cell.children, base);
        block.cells.push(block.text.slice(before).trim());
      });
      block.text = block.text.replace(/[\r\n]/g, ' ');
      if (i === 0) header = block.cells;
      block.header = header;
      this.blocks.push(block);
    });
  }

  private newBlock(type: BlockType, start: number, end: number, quoted: boolean, listDepth: number, ordered: boolean): ModelBlock {
    return new ModelBlock(type, start, end, quoted, listDepth, ordered);
  }

  private push(block: Block, value: string, source: number, sourceEnd: number): void {
    if (source >= 0) block.segments.push({ plain: block.text.length, value, source, sourceEnd, raw: this.source.slice(source, sourceEnd) });
    block.text += value;
  }

  /** Walks inline content with an explicit stack: 10,000 nested emphasis markers must not overflow. */
  private addInline(block: Block, nodes: PhrasingContent[], base: number): void {
    const stack: PhrasingContent[] = [...nodes].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      const start = base + (node.position?.start.offset ?? 0);
      const end = base + (node.position?.end.offset ?? 0);
      switch (node.type) {
        case 'text':
          this.push(block, node.value, start, end);
          break;
        case 'inlineCode': {
          const pad = Math.max(0, Math.floor((end - start - node.value.length) / 2));
          this.push(block, node.value, start + pad, end - pad);
          break;
        }
        case 'emphasis':
        case 'strong':
        case 'link':
        case 'linkReference':
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
          break;
        case 'break':
          this.push(block, ' ', start, end);
          break;
        case 'html':
          this.collectComments(node.value, start);
          break;
        default:
          // Struck-out text, images and footnote references are not the author's claims.
          break;
      }
    }
  }

  /** A paragraph that is only emphasis is a label; a leading strong run is a run-in label. */
  private markLabel(block: Block, children: PhrasingContent[]): void {
    const first = children[0];
    if (!first || (first.type !== 'strong' && first.type !== 'emphasis')) return;
    const firstText = inlineText(first.children).trim();
    const rest = children.slice(1).map((c) => ('value' in c ? c.value : inlineText('children' in c ? (c.children as PhrasingContent[]) : []))).join('').trim();
    if (rest === '' || /^[:.—–-]$/.test(rest)) {
      if (firstText.length <= 80) block.isLabel = true;
      return;
    }
    if (first.type === 'strong' && firstText.length <= 60) block.runIn = firstText.replace(/[:.]\s*$/, '').toLowerCase();
  }

  private collectComments(value: string, start: number): void {
    // indexOf, not /<!--([\s\S]*?)-->/: the regex is quadratic on many unclosed "<!--".
    for (let open = value.indexOf('<!--'); open !== -1; ) {
      const close = value.indexOf('-->', open + 4);
      if (close === -1) return;
      this.comments.push({ start: start + open, end: start + close + 3, value: value.slice(open + 4, close).trim() });
      open = value.indexOf('<!--', close + 3);
    }
  }

}

/** The plain text of inline nodes (iterative, for the same reason as addInline). */
function inlineText(nodes: PhrasingContent[]): string {
  let out = '';
  const stack = [...nodes].reverse();
  while (stack.length > 0) {
    const n = stack.pop()!;
    if ('value' in n) out += n.value;
    else if ('children' in n) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as PhrasingContent);
  }
  return out;
}

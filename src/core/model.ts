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
  index: number;
  type: BlockType;
  /** Plain text: inline markup removed, line breaks turned into spaces. */
  text: string;
  start: number;
  end: number;
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
  base: number;
  /** Index of that chunk in DocModel.chunks. */
  chunk: number;
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
  start: number;
  end: number;
  block: Block;
  /** Offset of the sentence's first character inside block.text. */
  offsetInBlock: number;
  /** Facts about the sentence's text alone, shared by every version while its chunk is unchanged. */
  memo: Memo;
}

/**
 * What one chunk contributes to the model, kept with the chunk and reused while its text is
 * unchanged. Its blocks and sentences are the model's own objects: a new version of the
 * document updates their positions (offsets, indexes, section, topic) in place, so facts
 * cached per chunk can name them. A model is valid until the next version is built from it.
 */
export interface ChunkModel {
  blocks: Block[];
  /** Offsets of each block relative to the chunk. */
  relative: { start: number; end: number }[];
  comments: Comment[];
  /** Sentences of each block (by block position), with offsets relative to the chunk. */
  sentences: { sentence: Sentence; start: number; end: number }[][];
  /** Length of the plain text of paragraphs outside and inside block quotes. */
  prose: { plain: number; quoted: number };
  /** The last model build that placed this chunk (a second copy of its text in that build gets its own). */
  version?: number;
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
   * are scanned and parsed again. Its blocks and sentences are repositioned for the new
   * version, so it must not be used afterwards.
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
  const blocks: Block[] = [];
  const comments: Comment[] = [];
  const chunkModels: ChunkModel[] = [];
  const chunkFirstBlock: number[] = [];
  const version = ++versions;
  const fresh: ChunkModel[] = [];
  let quoted = 0;
  let plain = 0;
  chunks.forEach((chunk, c) => {
    // The same text twice in one document: the second copy gets objects of its own.
    if (chunk.model && (chunk.model as ChunkModel).version === version) chunk.model = undefined;
    const parsed = !chunk.model;
    const cm = chunkModelOf(chunk);
    if (parsed) fresh.push(cm);
    cm.version = version;
    chunkModels.push(cm);
    chunkFirstBlock.push(blocks.length);
    for (let i = 0; i < cm.blocks.length; i++) {
      const block = cm.blocks[i];
      block.index = blocks.length;
      block.start = cm.relative[i].start + chunk.start;
      block.end = cm.relative[i].end + chunk.start;
      block.base = chunk.start;
      block.chunk = c;
      blocks.push(block);
    }
    for (const comment of cm.comments) comments.push({ start: comment.start + chunk.start, end: comment.end + chunk.start, value: comment.value });
    quoted += cm.prose.quoted;
    plain += cm.prose.plain;
  });

  if (before && fresh.length > 0) keepMemos(before.chunkModels.filter((m) => m.version !== version), fresh);
  const quotesAreAuthor = quoted > plain;
  for (const block of blocks) {
    block.author = block.type !== 'code' && block.type !== 'html' && (!block.quoted || quotesAreAuthor);
  }

  const chunkContexts: string[] = new Array<string>(chunks.length).fill('');
  const sections = buildSections(blocks, text.length, chunkContexts);
  const sentences: Sentence[] = [];
  const chunkSentences: Sentence[][] = [];
  for (let c = 0; c < chunks.length; c++) {
    const cm = chunkModels[c];
    const at = chunks[c].start;
    const own: Sentence[] = [];
    for (let i = 0; i < cm.blocks.length; i++) {
      if (!cm.blocks[i].author) continue;
      for (const piece of cm.sentences[i]) {
        piece.sentence.start = piece.start + at;
        piece.sentence.end = piece.end + at;
        sentences.push(piece.sentence);
        own.push(piece.sentence);
      }
    }
    chunkSentences.push(own);
  }
  return { text, lines, frontMatter, bodyStart, chunks, blocks, sections, sentences, comments, quotesAreAuthor, chunkModels, chunkSentences, chunkFirstBlock, layout, chunkContexts };
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
    for (const pieces of old.sentences) for (const p of pieces) sentences.set(memoKey(p.sentence.block, p.sentence.text), p.sentence.memo);
  }
  for (const model of fresh) {
    for (const b of model.blocks) b.memo = blocks.get(memoKey(b, b.text)) ?? b.memo;
    for (const pieces of model.sentences) for (const p of pieces) p.sentence.memo = sentences.get(memoKey(p.sentence.block, p.sentence.text)) ?? p.sentence.memo;
  }
}

/** What a memo's facts may read besides the text: the kind of block it sits in (a table row's header and cells, a quote). */
function memoKey(block: Block, text: string): string {
  return `${block.type}\u0000${block.quoted}\u0000${block.listDepth}\u0000${block.isLabel}\u0000${block.runIn}\u0000${block.type === 'table-row' ? [...block.header, ...block.cells].join('\u0001') : ''}\u0000${text}`;
}

/** The chunk's blocks, comments and sentences, built once per chunk text. */
function chunkModelOf(chunk: Chunk): ChunkModel {
  const cached = chunk.model as ChunkModel | undefined;
  if (cached) return cached;
  if (chunk.group && chunk.group.members.includes(chunk)) {
    splitGroup(chunk.group);
    if (chunk.model) return chunk.model as ChunkModel;
  }
  // Parsed with neighbours that are no longer around it: parse it on its own.
  const tree = chunk.tree ?? parseChunk(chunk.text, chunk.start).tree!;
  const builder = new ModelBuilder(chunk.text);
  builder.addTree(tree.children, 0, false, 0, false);
  // The repeated header of a table continuation is not part of this chunk's text.
  const blocks = chunk.prefix ? builder.blocks.filter((b) => b.end > chunk.prefix!) : builder.blocks;
  return finishModel(chunk, blocks, builder.comments);
}

/** Builds the models of a group's members from its one parse: each block goes to the unit it starts in. */
function splitGroup(group: ParseGroup): void {
  const builder = new ModelBuilder(group.text);
  builder.addTree(group.tree.children, 0, false, 0, false);
  let b = 0;
  let k = 0;
  let offset = 0;
  group.members.forEach((member, i) => {
    const end = offset + member.text.length;
    const last = i === group.members.length - 1;
    const blocks: Block[] = [];
    const comments: Comment[] = [];
    for (; b < builder.blocks.length && (last || builder.blocks[b].start < end); b++) blocks.push(shiftBlock(builder.blocks[b], offset));
    for (; k < builder.comments.length && (last || builder.comments[k].start < end); k++) {
      const c = builder.comments[k];
      comments.push({ start: c.start - offset, end: c.end - offset, value: c.value });
    }
    finishModel(member, blocks, comments);
    member.group = undefined;
    offset = end;
  });
}

/** A block's offsets (and its segments') made relative to a unit starting `offset` into the group. */
function shiftBlock(block: Block, offset: number): Block {
  if (offset === 0) return block;
  block.start -= offset;
  block.end -= offset;
  for (const s of block.segments) {
    s.source -= offset;
    s.sourceEnd -= offset;
  }
  return block;
}

function finishModel(chunk: Chunk, blocks: Block[], comments: Comment[]): ChunkModel {
  const prose = { plain: 0, quoted: 0 };
  for (const b of blocks) if (b.type === 'paragraph') prose[b.quoted ? 'quoted' : 'plain'] += b.text.length;
  const sentences = blocks.map((block) =>
    block.type === 'code' || block.type === 'html' || block.type === 'heading' || block.isLabel
      ? []
      : splitSentences(block.text).map((piece) => {
          const start = sourceOffset(block, piece.start);
          const end = sourceOffset(block, piece.end, true);
          const sentence: Sentence = { text: piece.text, lower: piece.text.toLowerCase(), start, end, block, offsetInBlock: piece.start, memo: new Map() };
          return { sentence, start, end };
        }),
  );
  const relative = blocks.map((b) => ({ start: b.start, end: b.end }));
  const model: ChunkModel = { blocks, relative, comments, sentences, prose };
  chunk.model = model;
  return model;
}

/**
 * Sections from headings, and every block's section and topic. Also records, per chunk, what
 * its topics inherit from before it: the enclosing headings (depth and title) and a bold label
 * carried in (the context its per-chunk facts depend on, see local.ts).
 */
function buildSections(blocks: Block[], length: number, chunkContexts: string[]): Section[] {
  const sections: Section[] = [{ index: 0, depth: 0, title: '', parent: -1, start: 0, end: length, blocks: [] }];
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
      const section: Section = {
        index: sections.length,
        heading: block,
        depth: block.depth,
        title: block.text.trim().toLowerCase(),
        parent: stack[stack.length - 1].index,
        start: block.start,
        end: length,
        blocks: [],
      };
      sections[sections.length - 1].end = block.start;
      sections.push(section);
      paths.push(stack.length === 1 ? section.title : `${paths[paths.length - 1]} > ${section.title}`);
      keys.push(`${keys[keys.length - 1]}\u0001${section.depth}:${section.title}`);
      stack.push(section);
      label = '';
      labelled = paths[paths.length - 1];
      block.section = section.index;
      block.topic = labelled;
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
    current.blocks.push(block);
  }
  return sections;
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
  readonly blocks: Block[] = [];
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

  private newBlock(type: BlockType, start: number, end: number, quoted: boolean, listDepth: number, ordered: boolean): Block {
    return {
      index: this.blocks.length,
      type,
      text: '',
      start,
      end,
      depth: 0,
      quoted,
      author: false,
      listDepth,
      ordered,
      isLabel: false,
      runIn: '',
      cells: [],
      header: [],
      section: 0,
      topic: '',
      base: 0,
      chunk: 0,
      segments: [],
      memo: new Map(),
    };
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

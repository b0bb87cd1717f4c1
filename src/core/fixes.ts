// Where a fix inserts a section, and how: well-formed Markdown with blank lines around it,
// the document's own line endings and heading depth, and "[fill in: …]" placeholders.
import type { DocModel, Section, Block } from './model';
import type { OffsetEdit, RuleContext } from './rule';
import { PLACEHOLDER } from './text';
import { blocksOf, perChunkText } from './local';
import { memoized } from './memo';

/** The placeholder text a fix inserts where the author's content goes. */
export function placeholder(label: string): string {
  return `[fill in: ${label}]`;
}

const DEPTHS = new WeakMap<DocModel, number>();

/** Depths of a chunk's section headings: how many, the first, how many H1s, the least, and the least after the first. */
type ChunkDepths = [count: number, first: number, ones: number, min: number, minAfterFirst: number];

/**
 * The heading depth the document uses for its sections : the
 * least depth of its section headings, not counting a lone H1 title; 2 when it has none.
 */
export function sectionDepth(doc: DocModel): number {
  let depth = DEPTHS.get(doc);
  if (depth !== undefined) return depth;
  let count = 0;
  let first = 0;
  let ones = 0;
  let minAfterFirst = Infinity;
  // Indexes, not destructuring: this runs once per keystroke, rarely long enough to be optimised.
  const perChunkDepths = perChunkText(doc, 'section-depths', chunkDepths);
  for (let c = 0; c < perChunkDepths.length; c++) {
    const d = perChunkDepths[c];
    if (d[0] === 0) continue;
    if (count === 0) {
      first = d[1];
      minAfterFirst = d[4];
    } else minAfterFirst = Math.min(minAfterFirst, d[3]);
    count += d[0];
    ones += d[2];
  }
  const title = titleBlock(doc);
  const titleOnly = title?.type === 'heading' && first === 1 && ones === 1;
  if (count === 0) depth = 2;
  else if (titleOnly) depth = count > 1 ? minAfterFirst : 2;
  else depth = Math.min(first, minAfterFirst);
  DEPTHS.set(doc, depth);
  return depth;

  function chunkDepths(c: number): ChunkDepths {
    const depths = blocksOf(doc, c).filter((b) => b.type === 'heading' && !b.quoted).map((b) => b.depth);
    const ones = depths.filter((d) => d === 1).length;
    return [depths.length, depths[0] ?? 0, ones, Math.min(...depths), Math.min(...depths.slice(1))];
  }
}

/** The document's title: a leading H1, or a leading prompt/label line ("**Q: Design …**"). */
export function titleBlock(doc: DocModel): Block | undefined {
  const first = doc.blocks.find((b) => b.type !== 'html');
  if (!first) return undefined;
  if (first.type === 'heading' && first.depth === 1) return first;
  if (first.type === 'paragraph' && (first.isLabel || /^(?:q(?:uestion)?|prompt)\s*[:.]/i.test(first.text.trim()))) return first;
  return undefined;
}

/**
 * Offset right after the title (and a subtitle line or prompt quote that directly follows
 * it), or after the front matter when there is no title. Red-line failures go here.
 */
export function afterTitle(doc: DocModel): number {
  const title = titleBlock(doc);
  if (!title) return doc.bodyStart;
  let end = title.end;
  const next = doc.blocks[title.index + 1];
  if (next && next.type !== 'heading' && next.section === title.section && (next.quoted || /^[_*]/.test(doc.text.slice(next.start, next.start + 1)))) {
    end = next.end;
  }
  return end;
}

/** Per chunk: where its first section heading matching a pattern is (block index in the chunk), or -1. */
function firstHeadingIn(doc: DocModel, c: number, pattern: RegExp, key: string): number {
  return blocksOf(doc, c).findIndex((b) => b.type === 'heading' && !b.quoted && memoized(b.memo, key, () => pattern.test(b.text.trim().toLowerCase())));
}

/**
 * The first section whose title matches: a section is a heading
 * outside block quotes, its title the heading's text lower-cased. Each chunk's headings are
 * tested once per chunk text and pattern.
 */
export function findSection(doc: DocModel, pattern: RegExp): Section | undefined {
  const key = `section:${pattern.source}/${pattern.flags}`;
  const firsts = perChunkText(doc, key, (c) => firstHeadingIn(doc, c, pattern, key));
  for (let c = 0; c < firsts.length; c++) {
    if (firsts[c] >= 0) return doc.sections[doc.blocks[doc.chunkFirstBlock[c] + firsts[c]].section];
  }
  return undefined;
}

/**
 * End of a section including its sub-sections: its last
 * sub-section ends where the next section at its depth or above begins.
 */
export function sectionEnd(doc: DocModel, section: Section): number {
  let end = section.end;
  for (let i = section.index + 1; i < doc.sections.length && doc.sections[i].depth > section.depth; i++) end = doc.sections[i].end;
  while (end > 0 && /\s/.test(doc.text[end - 1])) end--;
  return end;
}

/**
 * An edit inserting a Markdown block at `offset`, separated from the text around it by
 * blank lines, in the document's line endings. Offsets inside a line move to its end.
 */
export function insertBlock(doc: DocModel, offset: number, lines: string[]): OffsetEdit {
  const eol = doc.lines.eol;
  const text = doc.text;
  let at = Math.max(0, Math.min(offset, text.length));
  // Never split a line: insert at the end of the line the offset falls in.
  if (at > 0 && at < text.length && text[at - 1] !== '\n') at = doc.lines.lineEnd(doc.lines.lineOf(at));
  // Exactly one blank line on each side: count the line breaks already there.
  const breaksBefore = (/(?:\r?\n){0,2}$/.exec(text.slice(Math.max(0, at - 4), at)) ?? [''])[0].split('\n').length - 1;
  const breaksAfter = (/^(?:\r?\n){0,2}/.exec(text.slice(at, at + 4)) ?? [''])[0].split('\n').length - 1;
  const lead = at > 0 ? eol.repeat(Math.max(0, 2 - breaksBefore)) : '';
  const trail = at < text.length ? eol.repeat(Math.max(0, 2 - breaksAfter)) : eol;
  return { start: at, end: at, text: lead + lines.join(eol) + trail };
}

/** A heading line at the document's section depth. */
export function heading(doc: DocModel, title: string): string {
  return `${'#'.repeat(sectionDepth(doc))} ${title}`;
}

export interface Placeholder {
  label: string;
  start: number;
  end: number;
}

const PLACEHOLDERS = new WeakMap<DocModel, Placeholder[]>();
const PLACEHOLDER_G = new RegExp(PLACEHOLDER.source, 'gi');

/** A placeholder inside chunk: its block (index in the chunk), offset in the block's source, label and length. */
type LocalPlaceholder = [block: number, at: number, label: string, length: number];

/**
 * Placeholders a fix inserted and the author has not filled in yet found once per chunk text and shared by every rule of one analysis.
 */
export function placeholders(doc: DocModel): Placeholder[] {
  let found = PLACEHOLDERS.get(doc);
  if (found) return found;
  found = [];
  const perChunkFound = perChunkText(doc, 'placeholders', (c) => {
    const local: LocalPlaceholder[] = [];
    blocksOf(doc, c).forEach((block, i) => {
      if (!block.author) return;
      const raw = doc.text.slice(block.start, block.end);
      if (!raw.includes('[')) return;
      PLACEHOLDER_G.lastIndex = 0;
      for (let m = PLACEHOLDER_G.exec(raw); m; m = PLACEHOLDER_G.exec(raw)) {
        local.push([i, m.index, m[0].replace(/^\[fill in:?\s*/i, '').replace(/\]$/, ''), m[0].length]);
      }
    });
    return local;
  });
  for (let c = 0; c < perChunkFound.length; c++) {
    const local = perChunkFound[c];
    for (let k = 0; k < local.length; k++) {
      const p = local[k];
      const start = doc.blocks[doc.chunkFirstBlock[c] + p[0]].start + p[1];
      found.push({ label: p[2], start, end: start + p[3] });
    }
  }
  PLACEHOLDERS.set(doc, found);
  return found;
}

export interface MissingReport {
  message: string;
  /** Where the content belongs: offsets of a heading, or of the first heading / line. */
  anchor: { start: number; end: number };
  fixTitle: string;
  /** Builds the fix's edits; called only when no placeholder of this rule is left to fill in. */
  edits: () => OffsetEdit[];
  /** Placeholder labels this rule's fix inserts (matched by prefix, case-insensitive). */
  placeholderLabels: string[];
  /** Message shown on each unfilled placeholder. */
  fillMessage: string;
}

/**
 * Reports a missing concept: at the placeholders the fix left when there are any
 * ("fill in the …"), else at the anchor with the fix that inserts the skeleton.
 */
export function reportMissing(ctx: RuleContext, report: MissingReport): void {
  const labels = report.placeholderLabels.map((l) => l.toLowerCase());
  const open = placeholders(ctx.doc).filter((p) => labels.some((l) => p.label.toLowerCase().startsWith(l)));
  if (open.length > 0) {
    for (const p of open) ctx.report({ message: report.fillMessage, start: p.start, end: p.end });
    return;
  }
  ctx.report({
    message: report.message,
    start: report.anchor.start,
    end: report.anchor.end,
    fix: { title: report.fixTitle, edits: report.edits() },
  });
}

/**
 * Where a "missing" diagnostic points: the heading of the first section matching `pattern`,
 * else the document's first heading, else its first line of content.
 */
export function anchorFor(doc: DocModel, pattern?: RegExp): { start: number; end: number } {
  const section = pattern ? findSection(doc, pattern) : undefined;
  const target = section?.heading ?? doc.blocks.find((b) => b.type === 'heading') ?? titleBlock(doc);
  if (target) return { start: target.start, end: lineEndOf(doc, target.start, target.end) };
  const line = doc.lines.lineOf(doc.bodyStart);
  for (let l = line; l < doc.lines.lineCount; l++) {
    if (doc.lines.lineText(l).trim()) return { start: doc.lines.starts[l], end: doc.lines.lineEnd(l) };
  }
  return { start: doc.bodyStart, end: doc.bodyStart };
}

function lineEndOf(doc: DocModel, start: number, end: number): number {
  return Math.min(end, doc.lines.lineEnd(doc.lines.lineOf(start)));
}

// Where a fix inserts a section, and how: well-formed Markdown with blank lines around it,
// the document's own line endings and heading depth, and "[fill in: …]" placeholders.
import type { DocModel, Section, Block } from './model';
import type { OffsetEdit, RuleContext } from './rule';
import { PLACEHOLDER } from './text';

/** The placeholder text a fix inserts where the author's content goes. */
export function placeholder(label: string): string {
  return `[fill in: ${label}]`;
}

/** The heading depth the document uses for its sections (2 when it has none). */
export function sectionDepth(doc: DocModel): number {
  const depths = doc.sections.filter((s) => s.heading && !s.heading.quoted).map((s) => s.depth);
  if (depths.length === 0) return 2;
  const title = titleBlock(doc);
  const rest = depths.filter((d, i) => !(i === 0 && title && title.type === 'heading' && d === 1 && depths.filter((x) => x === 1).length === 1));
  return rest.length ? Math.min(...rest) : 2;
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

/** End of a section including its sub-sections. */
export function sectionEnd(doc: DocModel, section: Section): number {
  let end = section.end;
  for (const s of doc.sections) if (s.index > section.index && isInside(doc, s, section)) end = s.end;
  return trimBack(doc.text, end);
}

function isInside(doc: DocModel, s: Section, ancestor: Section): boolean {
  for (let p = s.parent; p >= 0; p = doc.sections[p].parent) if (p === ancestor.index) return true;
  return false;
}

function trimBack(text: string, end: number): number {
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  return end;
}

/** The first section whose title matches, searched in order. */
export function findSection(doc: DocModel, pattern: RegExp): Section | undefined {
  return doc.sections.find((s) => s.heading && pattern.test(s.title));
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

/** Placeholders a fix inserted and the author has not filled in yet. */
export function placeholders(doc: DocModel): Placeholder[] {
  const found: Placeholder[] = [];
  const pattern = new RegExp(PLACEHOLDER.source, 'gi');
  for (const block of doc.blocks) {
    if (!block.author) continue;
    const raw = doc.text.slice(block.start, block.end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(raw); m; m = pattern.exec(raw)) {
      const label = m[0].replace(/^\[fill in:?\s*/i, '').replace(/\]$/, '');
      found.push({ label, start: block.start + m.index, end: block.start + m.index + m[0].length });
    }
  }
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

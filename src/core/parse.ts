// Parses Markdown one heading-delimited chunk at a time (linear in document size) with
// unified + remark-parse, GFM tables / strikethrough / task lists, and YAML front matter.
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';

/**
 * The GFM constructs Redline reads (tables, strikethrough, task lists), registered the
 * way remark-gfm registers them. Autolink literals and footnotes cost a lot of parse time
 * (see the performance recipe) and no rule needs them.
 */
function remarkRedlineGfm(this: Processor): void {
  const data = this.data() as Record<string, unknown[]>;
  (data.micromarkExtensions ??= []).push(gfmTable(), gfmStrikethrough(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push(
    gfmTableFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  );
}

const processor = unified().use(remarkParse).use(remarkRedlineGfm).use(remarkFrontmatter, ['yaml']).freeze();

export interface FrontMatter {
  /** Offsets of the whole block, fences included. */
  start: number;
  end: number;
  data: Record<string, unknown>;
  /** Set when the YAML could not be read; the data is then empty. */
  error?: string;
}

/** A part of the document parsed on its own: the text from one ATX heading to the next. */
export interface Chunk {
  start: number;
  text: string;
  tree: Root;
  /** What the document model derived from this chunk (filled in and reused by model.ts). */
  model?: unknown;
}

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)(?:\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

export function readFrontMatter(text: string): FrontMatter | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  const block: FrontMatter = { start: 0, end: match[0].length, data: {} };
  try {
    const data: unknown = parseYaml(match[1]);
    if (data && typeof data === 'object' && !Array.isArray(data)) block.data = data as Record<string, unknown>;
  } catch (error) {
    block.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  return block;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;

/**
 * Offsets where a new chunk starts: every ATX heading outside fenced code and HTML
 * comments. Headings can't sit inside lists or quotes without their markers, so a line that
 * starts with `#` always begins a block at document level.
 */
export function chunkStarts(text: string, bodyStart: number): number[] {
  const starts = [0];
  let fence: string | undefined;
  let inComment = false;
  let pos = bodyStart;
  while (pos < text.length) {
    let next = text.indexOf('\n', pos);
    if (next === -1) next = text.length;
    else next += 1;
    const line = text.slice(pos, next);
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1].trim()) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else {
      const open = FENCE_OPEN.exec(line);
      if (open) fence = open[1];
      else if (ATX_HEADING.test(line) && pos > 0) starts.push(pos);
      else if (line.includes('<!--') && !line.slice(line.lastIndexOf('<!--')).includes('-->')) inComment = true;
    }
    pos = next;
  }
  return starts;
}

export function parseChunk(text: string, start: number): Chunk {
  return { start, text, tree: processor.parse(text) as Root };
}

/**
 * Parses the document chunk by chunk, reusing chunks whose text is unchanged. The first
 * chunk holds the front matter (remark-frontmatter turns it into a `yaml` node); headings
 * are only looked for after `bodyStart`, so a `# comment` in the YAML never splits it.
 */
export function parseChunks(text: string, bodyStart: number, reuse?: Map<string, Chunk>): Chunk[] {
  const starts = chunkStarts(text, bodyStart);
  const chunks: Chunk[] = [];
  for (let i = 0; i < starts.length; i++) {
    const start = starts[i];
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const slice = text.slice(start, end);
    const cached = reuse?.get(slice);
    chunks.push(cached ? { start, text: slice, tree: cached.tree, model: cached.model } : parseChunk(slice, start));
  }
  return chunks;
}

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
import { load as parseYaml, CORE_SCHEMA } from 'js-yaml';
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

/** The first unit may open with YAML front matter; a later one opening with `---` starts with a thematic break. */
const firstUnit = unified().use(remarkParse).use(remarkRedlineGfm).use(remarkFrontmatter, ['yaml']).freeze();
const laterUnit = unified().use(remarkParse).use(remarkRedlineGfm).freeze();
/** The same without GFM: for texts that cannot hold a GFM construct (see mayHoldGfm). */
const firstUnitPlain = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).freeze();
const laterUnitPlain = unified().use(remarkParse).freeze();

/**
 * Characters without which none of the three GFM constructs can start, read off their
 * micromark tokenizers:
 * - a table needs a `|` in its head or delimiter row, or else a `:` in the delimiter row
 *   (`a` over `:-` is a one-column table), which is then next to a dash: `:-` or `-:`;
 * - strikethrough needs a run of `~` that can close: not one after whitespace (or at the
 *   start), nor one after punctuation and before a letter or digit. A `~` for "about"
 *   (`~300 ms`, `(~80)`) is neither. `~` also loosens the flanking of a `*` or `_` it touches;
 * - a task list item's check is `[`, one space, tab, line ending, `x` or `X`, then `]`; after a
 *   line ending the containers' prefixes (indent, `>`) are not part of the text it reads.
 * Everything GFM registers besides (the table's `codeText` exit, the strikethrough resolver,
 * the task item's paragraph exit) changes nothing when none of these matched, so a text
 * without any of them parses to the same tree with plain remark-parse, which skips the
 * table construct's attempt at every line start (test/unit/parse-gfm.test.ts compares both).
 */
const GFM_TRIGGER = /\||[^ \t\r\n!-/:-@[-`{-~]~|[!-/:-@[-`{-}]~+(?![~A-Za-z0-9])|[*_]~|~[*_]|:-|-:|\[(?:[ \txX]|(?:\r\n?|\n)[ \t>]*)\]/;

/** Can `text` hold a GFM table, strikethrough or task list check? When not, the plain parse gives the same tree. */
export function mayHoldGfm(text: string): boolean {
  return GFM_TRIGGER.test(text);
}

/**
 * The mdast of one unit (`first`: the document's first, which may open with front matter) or
 * of a group of later units; `gfm` forces the choice of parser (tests compare the two).
 */
export function parseMarkdown(text: string, first: boolean, gfm = mayHoldGfm(text)): Root {
  return (first ? (gfm ? firstUnit : firstUnitPlain) : gfm ? laterUnit : laterUnitPlain).parse(text) as Root;
}

export interface FrontMatter {
  /** Offsets of the whole block, fences included. */
  start: number;
  end: number;
  data: Record<string, unknown>;
  /** Set when the YAML could not be read; the data is then empty. */
  error?: string;
}

/** A part of the document parsed on its own (see chunkStarts for where parts are cut). */
export interface Chunk {
  start: number;
  text: string;
  /** The chunk's own parse; absent when it was parsed with its neighbours (`group`). */
  tree?: Root;
  /** Neighbouring chunks parsed in one go (a fresh parse of many small units). */
  group?: ParseGroup;
  /** What the document model derived from this chunk (filled in and reused by model.ts). */
  model?: unknown;
  /**
   * Length of the synthetic text parsed before the chunk's own text: a long table's header
   * and delimiter rows, repeated so a continuation of the table parses as a table. `start`
   * is then that much before the chunk's own text, and blocks inside the prefix are dropped.
   */
  prefix?: number;
}

/**
 * Consecutive units parsed in one call: each parse has a fixed cost (micromark and
 * mdast-util-from-markdown set up their extensions per call) that dominates small units, while
 * one parse of a long text grows faster than linearly. The model splits the group's blocks
 * back into its units, which are cut where a new top-level block always begins.
 */
export interface ParseGroup {
  start: number;
  text: string;
  tree: Root;
  members: Chunk[];
}

/** A fresh parse groups consecutive units up to this many characters. */
const GROUP_SIZE = 16384;

/** Front matter as remark-frontmatter reads it: `---` lines around it, the closing one a line of its own. */
export const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n(?:([\s\S]*?)\r?\n)?---[ \t]*(?:\r?\n|$)/;

let lastFrontMatter: { source: string; block: FrontMatter } | undefined;

export function readFrontMatter(text: string): FrontMatter | undefined {
  const match = FRONT_MATTER.exec(text);
  if (!match) return undefined;
  // Every keystroke reads the front matter again; its YAML is parsed once per text.
  if (lastFrontMatter?.source === match[0]) return lastFrontMatter.block;
  const block: FrontMatter = { start: 0, end: match[0].length, data: {} };
  lastFrontMatter = { source: match[0], block };
  try {
    // The core schema: plain YAML 1.2 scalars, no custom tags, nothing executed.
    const data: unknown = parseYaml(match[1] ?? '', { schema: CORE_SCHEMA });
    if (data && typeof data === 'object' && !Array.isArray(data)) block.data = data as Record<string, unknown>;
  } catch (error) {
    block.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
  }
  return block;
}

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const ATX_HEADING = /^ {0,3}#{1,6}(?:[ \t]|$)/;
/** `<!--` opening a line: an HTML comment block. */
const COMMENT_OPEN = /^ {0,3}<!--/;
const RAW_HTML_OPEN = /^ {0,3}<(pre|script|style|textarea)(?:[\s>]|$)/i;
const BULLET = /^[-*+][ \t]+\S/;
/** A table's delimiter row once its blanks are removed: |:--|--:| */
const TABLE_DELIMITER = /^\|?:?-+:?(?:\|:?-+:?)*\|?$/;

/** micromark's GFM table resolver is quadratic in rows: a long table is cut every this many rows. */
const TABLE_ROWS = 200;

/** A unit is cut at a heading or bullet once it holds this much text, so tiny sections share a parse. */
const MIN_UNIT = 1024;
/** Inside a long section, a unit is cut at the next safe block start past this size. */
const MAX_UNIT = 4096;

/** What the cutter knows before reading a line: enough to resume cutting there. */
interface CutState {
  previousBlank: boolean;
  previousLine: string;
  table?: { head: string; rows: number };
}

/** Where a document is cut into parse units, with the cutter's state at every cut. */
export interface Layout {
  starts: number[];
  /** State before the line at each start (index 0: the body's first line). */
  states: CutState[];
  /** Table header and delimiter rows repeated before a table continuation, by unit start. */
  prefixes: Map<number, string>;
}

/** An edit between two versions: text[start, oldEnd) of the old one became [start, newEnd). */
export interface EditRange {
  start: number;
  oldEnd: number;
  newEnd: number;
}

/**
 * Offsets where a parse unit starts. Candidates are lines that always begin a new top-level
 * block whatever precedes them: ATX headings, a non-indented line after a blank line, and a
 * bullet at column 0 — never inside fenced code, HTML comments or raw HTML blocks. A unit is
 * cut at a heading once it holds MIN_UNIT characters and at another candidate past MAX_UNIT.
 * The cuts depend only on the text near them, so after an edit the units further on are
 * the same as before and their parses are reused.
 */
export function chunkStarts(text: string, bodyStart: number, prefixes?: Map<number, string>): number[] {
  const layout = cutUnits(text, bodyStart);
  layout.prefixes.forEach((head, at) => prefixes?.set(at, head));
  return layout.starts;
}

/**
 * The layout of `text`. Given the layout of the previous version and the edit between them,
 * cutting resumes at the last unit start before the edited line and stops as soon as it cuts
 * where the old layout cut (shifted) in the same state: from there on the layouts agree.
 */
export function cutUnits(text: string, bodyStart: number, previous?: { layout: Layout; edit: EditRange }): Layout {
  const layout: Layout = { starts: [0], states: [{ previousBlank: false, previousLine: '' }], prefixes: new Map() };
  let pos = bodyStart;
  let state: CutState = layout.states[0];
  let old: Layout | undefined;
  let delta = 0;
  if (previous && previous.edit.start > bodyStart) {
    old = previous.layout;
    const { edit } = previous;
    delta = edit.newEnd - edit.oldEnd;
    const editLine = text.lastIndexOf('\n', edit.start - 1) + 1;
    // The last unit start strictly before the edited line, and not the document start.
    let k = old.starts.length - 1;
    while (k > 0 && old.starts[k] >= editLine) k--;
    if (k > 0) {
      layout.starts = old.starts.slice(0, k + 1);
      layout.states = old.states.slice(0, k + 1);
      old.prefixes.forEach((head, at) => {
        if (at <= old!.starts[k]) layout.prefixes.set(at, head);
      });
      pos = old.starts[k];
      state = copyState(old.states[k]);
    }
  }
  let table = state.table;
  let previousLine = state.previousLine;
  let previousBlank = state.previousBlank;
  let fence: string | undefined;
  let rawHtml: string | undefined;
  let inComment = false;
  const cut = (at: number, before: CutState): boolean => {
    layout.starts.push(at);
    layout.states.push(before);
    if (!old || at < previous!.edit.newEnd) return false;
    const j = sortedIndex(old.starts, at - delta);
    if (j < 0 || !sameState(old.states[j], before)) return false;
    // From here on the old layout holds, shifted by the edit.
    for (let i = j + 1; i < old.starts.length; i++) {
      layout.starts.push(old.starts[i] + delta);
      layout.states.push(old.states[i]);
    }
    old.prefixes.forEach((head, from) => {
      if (from >= at - delta) layout.prefixes.set(from + delta, head);
    });
    return true;
  };
  while (pos < text.length) {
    const next = lineEnd(text, pos);
    const line = text.slice(pos, next);
    const blank = line.trim() === '';
    if (fence) {
      const close = FENCE_OPEN.exec(line);
      if (close && close[1][0] === fence[0] && close[1].length >= fence.length && line.trim() === close[1].trim()) fence = undefined;
    } else if (inComment) {
      if (line.includes('-->')) inComment = false;
    } else if (rawHtml) {
      if (line.toLowerCase().includes(`</${rawHtml}`)) rawHtml = undefined;
    } else {
      const before: CutState = { previousBlank, previousLine, table: table && { ...table } };
      const size = pos - layout.starts[layout.starts.length - 1];
      // Headings and top-level bullets cut early: mdast's list compilation grows faster than
      // linearly with the items of one list, so a long list is parsed a kilobyte at a time.
      const early = ATX_HEADING.test(line) || BULLET.test(line);
      const blockStart = early || (previousBlank && !blank && !/^[ \t]/.test(line));
      if (pos > 0 && blockStart && size >= (early ? MIN_UNIT : MAX_UNIT) && cut(pos, before)) return layout;
      // A long table continues in a new unit that repeats its header and delimiter rows.
      if (table) {
        if (blank || !line.includes('|')) table = undefined;
        else if (++table.rows % TABLE_ROWS === 0 && layout.starts[layout.starts.length - 1] !== pos) {
          layout.prefixes.set(pos, table.head);
          if (cut(pos, before)) return layout;
        }
      }
      if (!table && previousLine.includes('|') && line.includes('-') && TABLE_DELIMITER.test(line.replace(/[ \t\r\n]/g, ''))) {
        table = { head: previousLine.endsWith('\n') ? previousLine + line : `${previousLine}\n${line}`, rows: 0 };
        if (!table.head.endsWith('\n')) table.head += '\n';
      }
      const open = FENCE_OPEN.exec(line);
      const html = RAW_HTML_OPEN.exec(line);
      if (open) fence = open[1];
      else if (html && !line.toLowerCase().includes(`</${html[1].toLowerCase()}`)) rawHtml = html[1].toLowerCase();
      else if (opensComment(line)) inComment = true;
    }
    previousBlank = blank;
    previousLine = line;
    pos = next;
  }
  return layout;
}

/** Line endings as CommonMark reads them: LF, CRLF, or a CR alone. */
const LINE_ENDING = /\r\n?|\n/g;

/** Where the line starting at `pos` ends, after its line ending. */
function lineEnd(text: string, pos: number): number {
  LINE_ENDING.lastIndex = pos;
  const m = LINE_ENDING.exec(text);
  return m ? m.index + m[0].length : text.length;
}

/**
 * Does the line leave an HTML comment block open? Only `<!--` opening a line starts one: one
 * further in is inline HTML, which a heading or a fence interrupts, so fences must still be
 * followed after it.
 */
function opensComment(line: string): boolean {
  const open = COMMENT_OPEN.exec(line);
  return open !== null && !line.includes('-->', open[0].length - 2);
}

function copyState(state: CutState): CutState {
  return { previousBlank: state.previousBlank, previousLine: state.previousLine, table: state.table && { ...state.table } };
}

function sameState(a: CutState, b: CutState): boolean {
  return a.previousBlank === b.previousBlank && a.previousLine === b.previousLine && a.table?.head === b.table?.head && a.table?.rows === b.table?.rows;
}

/** More emphasis or bracket delimiters than this in one paragraph is a flood, not prose. */
const DELIMITER_FLOOD = 512;

/**
 * micromark resolves emphasis and link brackets in time quadratic in the number of open
 * delimiters, so 10,000 `*` in one paragraph take nearly a minute. Such floods carry no
 * meaning for Redline: in a paragraph holding more than DELIMITER_FLOOD of them they are
 * replaced by spaces (a leading bullet is kept). Lengths are unchanged, so every offset holds.
 */
export function defuse(text: string): string {
  if (text.length < DELIMITER_FLOOD) return text;
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 42 || c === 95 || c === 91 || c === 93) count++;
  }
  if (count <= DELIMITER_FLOOD) return text;
  return text
    .split(/(\r?\n[ \t]*\r?\n)/)
    .map((paragraph) => {
      const n = (paragraph.match(/[*_[\]]/g) ?? []).length;
      if (n <= DELIMITER_FLOOD) return paragraph;
      return paragraph.replace(/(^|\n)([ \t]*[-*+][ \t])?([^\n]*)/g, (_m, nl: string, bullet: string | undefined, rest: string) => nl + (bullet ?? '') + rest.replace(/[*_[\]]/g, ' '));
    })
    .join('');
}

export function parseChunk(text: string, start: number): Chunk {
  return { start, text, tree: parseMarkdown(defuse(text), start === 0) };
}

/** The previous version of the document: its text, layout and chunks, and the edit since. */
export interface PreviousVersion {
  layout: Layout;
  chunks: Chunk[];
  edit: EditRange;
}

/**
 * Parses the document chunk by chunk, reusing chunks whose text is unchanged: by position
 * before and after the edit when the previous version is known, else by text from `reuse`.
 * The first chunk holds the front matter (remark-frontmatter turns it into a `yaml` node);
 * headings are only looked for after `bodyStart`, so a `# comment` in the YAML never splits it.
 */
export function parseChunks(text: string, bodyStart: number, reuse?: Map<string, Chunk>, whole = false, previous?: PreviousVersion, groups = true): { chunks: Chunk[]; layout: Layout } {
  const layout: Layout = whole ? { starts: [0], states: [], prefixes: new Map() } : cutUnits(text, bodyStart, previous && { layout: previous.layout, edit: previous.edit });
  const { starts, prefixes } = layout;
  const chunks: Chunk[] = [];
  const old = previous && positions(previous);
  let middle: Map<string, Chunk> | undefined;
  let fresh: Chunk[] = [];
  /** The fresh units' texts as parsed, and whether they may hold GFM (a group is all one or the other). */
  let freshTexts: string[] = [];
  let freshGfm = false;
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    const prefix = prefixes.get(starts[i]) ?? '';
    const start = starts[i] - prefix.length;
    let cached = old && samePlace(old, starts[i], end, prefix);
    let unit: string | undefined;
    if (!cached) {
      unit = prefix + text.slice(starts[i], end);
      if (old) cached = (middle ??= byText(previous!.chunks.filter((c) => !old.kept.has(c)))).get(unit);
      else cached = reuse?.get(unit);
    }
    let chunk: Chunk;
    if (cached) chunk = { start, text: cached.text, tree: cached.tree, model: cached.model };
    else if (prefix || !groups || start === 0) chunk = parseChunk(unit!, start);
    else {
      // Parsed below, with its fresh neighbours that need GFM as much as it does.
      chunk = { start, text: unit! };
      const defused = defuse(unit!);
      const gfm = mayHoldGfm(defused);
      if (fresh.length > 0 && (fresh[fresh.length - 1] !== chunks[chunks.length - 1] || start + unit!.length - fresh[0].start > GROUP_SIZE || gfm !== freshGfm)) {
        parseGroup(fresh, freshTexts, freshGfm);
        fresh = [];
        freshTexts = [];
      }
      fresh.push(chunk);
      freshTexts.push(defused);
      freshGfm = gfm;
    }
    if (prefix) chunk.prefix = prefix.length;
    chunks.push(chunk);
  }
  if (fresh.length > 0) parseGroup(fresh, freshTexts, freshGfm);
  return { chunks, layout };
}

/**
 * Parses consecutive fresh units in one call (one unit alone gets its own tree); `texts` are
 * the members' defused texts and `gfm` whether they may hold GFM (plain units are grouped apart
 * from the others). A lone member is parsed as already decided; a joined text is checked again,
 * since two units' ends can make a trigger together (`:` then `-`).
 */
function parseGroup(members: Chunk[], texts: string[], gfm: boolean): void {
  if (members.length === 1) {
    members[0].tree = parseMarkdown(texts[0], members[0].start === 0, gfm);
    return;
  }
  const text = members.map((m) => m.text).join('');
  // Defused unit by unit, as each would be on its own.
  const group: ParseGroup = { start: members[0].start, text, tree: parseMarkdown(texts.join(''), false), members };
  for (const m of members) m.group = group;
}

interface OldPositions {
  edit: EditRange;
  /** Where the old chunks' own text starts (after any repeated table prefix), in order. */
  starts: number[];
  chunks: Chunk[];
  kept: Set<Chunk>;
}

function positions(previous: PreviousVersion): OldPositions {
  return { edit: previous.edit, starts: previous.layout.starts, chunks: previous.chunks, kept: new Set() };
}

/** The index of `value` in an ascending array, or -1 (a look-up per unit, without building a map per version). */
function sortedIndex(sorted: number[], value: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else if (sorted[mid] > value) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** The old chunk with exactly this text: the same span before the edit, or shifted after it. */
function samePlace(old: OldPositions, start: number, end: number, prefix: string): Chunk | undefined {
  const { edit } = old;
  const delta = edit.newEnd - edit.oldEnd;
  let chunk: Chunk | undefined;
  const at = end <= edit.start ? start : start >= edit.newEnd ? start - delta : -1;
  if (at >= 0) chunk = old.chunks[sortedIndex(old.starts, at)];
  if (!chunk) return undefined;
  const own = chunk.text.length - (chunk.prefix ?? 0);
  if (own !== end - start || (chunk.prefix ?? 0) !== prefix.length || !chunk.text.startsWith(prefix)) return undefined;
  old.kept.add(chunk);
  return chunk;
}

function byText(chunks: Chunk[]): Map<string, Chunk> {
  return new Map(chunks.map((c) => [c.text, c]));
}

/** The edit between two versions: their common prefix and suffix left out. */
export function editBetween(before: string, after: string): EditRange {
  const n = Math.min(before.length, after.length);
  let start = 0;
  // Compare a kilobyte at a time natively, then character by character.
  for (const step of [65536, 1024]) while (start + step <= n && before.slice(start, start + step) === after.slice(start, start + step)) start += step;
  while (start < n && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  const room = n - start;
  for (const step of [65536, 1024]) {
    while (tail + step <= room && before.slice(before.length - tail - step, before.length - tail) === after.slice(after.length - tail - step, after.length - tail)) tail += step;
  }
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

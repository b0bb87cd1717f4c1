// Sets one key of a document's YAML front matter as a minimal text edit ("Set document kind",
// the score view's `ai: true` override). Plain string work: the extension must stay light.

export interface OffsetEdit {
  start: number;
  end: number;
  text: string;
}

/** Lines with their start offsets and line-break lengths. */
function linesOf(text: string): { start: number; content: string }[] {
  const out: { start: number; content: string }[] = [];
  const re = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) && m.index < text.length) {
    out.push({ start: m.index, content: m[1] });
    if (!m[2]) break;
  }
  return out;
}

/** The edit that makes `key: value` true in the front matter, creating the block if needed. */
export function setFrontMatterKey(text: string, key: string, value: string): OffsetEdit {
  const eol = /\r\n/.test(text.slice(0, 4000)) ? '\r\n' : '\n';
  const lines = linesOf(text);
  const bom = text.startsWith('\uFEFF') ? 1 : 0;
  const open = lines[0] && /^---[ \t]*$/.test(lines[0].content.slice(bom));
  const close = open ? lines.findIndex((l, i) => i > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(l.content)) : -1;
  if (close < 0) {
    const separator = text === '' || /^\r?\n/.test(text.slice(bom)) ? '' : eol;
    return { start: bom, end: bom, text: `---${eol}${key}: ${value}${eol}---${eol}${separator}` };
  }
  const pattern = new RegExp(`^${key}[ \\t]*:`);
  for (let i = 1; i < close; i++) {
    if (pattern.test(lines[i].content)) {
      return { start: lines[i].start, end: lines[i].start + lines[i].content.length, text: `${key}: ${value}` };
    }
  }
  const at = lines[close].start;
  return { start: at, end: at, text: `${key}: ${value}${eol}` };
}

export function applyOffsetEdit(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.text + text.slice(edit.end);
}

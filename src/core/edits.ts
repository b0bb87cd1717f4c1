// Applies a fix's text edits (1-based line/column ranges) to a text, last edit first.
import { LineIndex } from './lines';
import type { TextEdit } from './types';

export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lines = new LineIndex(text);
  const resolved = edits
    .map((e) => ({ start: lines.offset(e.line, e.column), end: lines.offset(e.endLine, e.endColumn), text: e.text }))
    .sort((a, b) => b.start - a.start || b.end - a.end);
  let out = text;
  let limit = Infinity;
  for (const e of resolved) {
    if (e.end > limit) throw new Error('overlapping edits');
    out = out.slice(0, e.start) + e.text + out.slice(e.end);
    limit = e.start;
  }
  return out;
}

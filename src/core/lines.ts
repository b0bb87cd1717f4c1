// Converts UTF-16 offsets to 1-based line/column positions (CRLF-safe) and back.
import type { Range } from './types';
import type { EditRange } from './parse';

export class LineIndex {
  /** Offset where each line starts. */
  readonly starts: number[] = [0];

  /**
   * With the previous version's index and the edit since, only the edited lines are scanned:
   * line starts before the edit are kept, those after it are shifted.
   */
  constructor(
    readonly text: string,
    previous?: { lines: LineIndex; edit: EditRange },
  ) {
    if (!previous) {
      this.scan(0, text.length);
      return;
    }
    const { lines, edit } = previous;
    const old = lines.starts;
    let i = 1;
    while (i < old.length && old[i] < edit.start) this.starts.push(old[i++]);
    this.scan(Math.max(0, edit.start - 1), edit.newEnd);
    const delta = edit.newEnd - edit.oldEnd;
    while (i < old.length && old[i] < edit.oldEnd + 1) i++;
    for (; i < old.length; i++) this.starts.push(old[i] + delta);
  }

  /** Adds the starts of lines whose break is at an offset in [from, to). */
  private scan(from: number, to: number): void {
    const text = this.text;
    for (let i = from; i < to; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 10) this.starts.push(i + 1);
      else if (ch === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** 0-based line containing the offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOf(clamped);
    return { line: line + 1, column: clamped - this.starts[line] + 1 };
  }

  range(start: number, end: number): Range {
    const a = this.position(start);
    const b = this.position(Math.max(start, end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }

  /** Offset of a 1-based line/column. */
  offset(line: number, column: number): number {
    const l = Math.max(1, Math.min(line, this.starts.length)) - 1;
    return Math.min(this.starts[l] + column - 1, this.lineEnd(l));
  }

  /** Offset of the end of a 0-based line's content (before its line break). */
  lineEnd(line: number): number {
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > this.starts[line] && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }

  /** The document's line break: CRLF when the first break is CRLF, else LF. */
  get eol(): string {
    const i = this.text.indexOf('\n');
    return i > 0 && this.text.charCodeAt(i - 1) === 13 ? '\r\n' : '\n';
  }
}

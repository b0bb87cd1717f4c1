// Facts about one block or sentence that depend on its text alone, kept across versions of
// the document: a block's or sentence's `memo` lives in its chunk's model, which is reused
// while the chunk's text is unchanged, so after a keystroke only the edited chunk's text is
// searched again. Never store offsets, topics or anything about other blocks in a memo.

export type Memo = Map<unknown, unknown>;

/** The memo's value for `key`, computed once. */
export function memoized<T>(memo: Memo, key: unknown, compute: () => T): T {
  const known = memo.get(key);
  if (known !== undefined || memo.has(key)) return known as T;
  const value = compute();
  memo.set(key, value);
  return value;
}

/**
 * The memo's value for `key` in a given context (a topic, a frame): facts that depend on the
 * text and on the headings above it. One map per key, so no key string is built per lookup.
 */
export function memoizedIn<T>(memo: Memo, key: unknown, context: string, compute: () => T): T {
  let byContext = memo.get(key) as Map<string, T> | undefined;
  if (!byContext) memo.set(key, (byContext = new Map()));
  const known = byContext.get(context);
  if (known !== undefined || byContext.has(context)) return known as T;
  const value = compute();
  byContext.set(context, value);
  return value;
}

/** A RegExp, or anything that searches like a global one (`exec` from `lastIndex`). */
export interface Searcher {
  lastIndex: number;
  exec(text: string): RegExpExecArray | null;
}

const GLOBALS = new WeakMap<RegExp, RegExp>();
const VARIANTS = new Map<string, WeakMap<Searcher, object>>();

/** The same pattern with the `g` flag, made once (a non-RegExp searcher is global already). */
export function globalOf<P extends Searcher>(pattern: P): P {
  if (!(pattern instanceof RegExp) || pattern.global) return pattern;
  let global = GLOBALS.get(pattern);
  if (!global) GLOBALS.set(pattern, (global = new RegExp(pattern.source, pattern.flags + 'g')));
  return global as unknown as P;
}

/**
 * Every non-empty match of `pattern` in `text`, with its index and groups. `text` is the
 * memo owner's text, or a fixed function of it named by `variant` (a masked copy, say).
 */
export function scan(memo: Memo, pattern: Searcher, text: string, variant = ''): readonly RegExpMatchArray[] {
  const key = variant ? variantKey(pattern, variant) : pattern;
  let found = memo.get(key) as readonly RegExpMatchArray[] | undefined;
  if (found) return found;
  let matches: RegExpMatchArray[] | undefined;
  const global = globalOf(pattern);
  global.lastIndex = 0;
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0].length === 0) global.lastIndex++;
    else (matches ??= []).push(m);
  }
  global.lastIndex = 0;
  // Most patterns find nothing in most sentences: those share one empty list.
  memo.set(key, (found = matches ?? NO_MATCHES));
  return found;
}

const NO_MATCHES: readonly RegExpMatchArray[] = Object.freeze([]);

function variantKey(pattern: Searcher, variant: string): object {
  let keys = VARIANTS.get(variant);
  if (!keys) VARIANTS.set(variant, (keys = new WeakMap()));
  let key = keys.get(pattern);
  if (!key) keys.set(pattern, (key = {}));
  return key;
}

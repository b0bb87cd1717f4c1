// Minimal glob matching for the include/exclude settings: `**`, `*`, `?`, `{a,b}`, `[abc]`.
// Paths are matched with forward slashes; a pattern without a slash matches the base name.

const cache = new Map<string, RegExp>();
/** Windows paths match case-insensitively; the browser worker has no `process`. */
const isWindows = typeof process !== 'undefined' && process.platform === 'win32';

/** Translates one glob into an anchored regular expression. */
export function globToRegExp(glob: string): RegExp {
  const cached = cache.get(glob);
  if (cached) return cached;
  let re = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches any number of directories, including none; a trailing `**` anything.
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*/)*' : '.*';
        i += slash ? 2 : 1;
      } else re += '[^/]*';
    } else if (ch === '?') re += '[^/]';
    else if (ch === '{') {
      braces++;
      re += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (ch === ',' && braces > 0) re += '|';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        re += '[' + glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\') + ']';
        i = close;
      }
    } else re += ch.replace(/[.+^$()|\\\]]/g, '\\$&');
  }
  const compiled = new RegExp(`^${re}$`, isWindows ? 'i' : '');
  cache.set(glob, compiled);
  return compiled;
}

/** Does a workspace-relative path (or an absolute one) match the glob? */
export function matchesGlob(path: string, glob: string): boolean {
  const normalized = path.replace(/\\/g, '/');
  const pattern = glob.replace(/\\/g, '/').replace(/^\.\//, '');
  if (!pattern.includes('/')) return globToRegExp(pattern).test(normalized.slice(normalized.lastIndexOf('/') + 1));
  if (globToRegExp(pattern).test(normalized)) return true;
  // Relative patterns also match below an absolute prefix ("prd/**" inside /home/x/ws).
  return !pattern.startsWith('/') && !pattern.startsWith('**') && globToRegExp(`**/${pattern}`).test(normalized);
}

export function matchesAny(path: string, globs: readonly string[]): boolean {
  return globs.some((g) => g.trim() !== '' && matchesGlob(path, g));
}

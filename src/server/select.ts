// Decides which Markdown documents Redline judges: explicit signals (front matter, file
// name, opt-in) and the include globs; never a README or a random note otherwise.
import { matchesAny } from './glob';
import { FRONT_MATTER } from '../core/parse';
import type { RedlineSettings } from '../shared/protocol';

export interface Selection {
  lint: boolean;
  reason: string;
  /** A document Redline would lint, skipped because it is larger than redline.maxFileSize. */
  tooLarge?: boolean;
}

export interface Candidate {
  /** Path relative to its workspace folder when inside one, else absolute or the URI path. */
  path: string;
  text: string;
  optedIn: boolean;
}

const REDLINE_KEY = /^(kind|ai|redline)[ \t]*:/m;
const NAMED = /\.(?:prd|design|behavioral)\.(?:md|markdown)$/i;
const README = /(?:^|\/)readme(?:\.[^/]*)?$/i;

/** The front matter key that makes a document a Redline document, if any. */
export function frontMatterSignal(text: string): string | undefined {
  const block = FRONT_MATTER.exec(text.slice(0, 20_000));
  return block ? REDLINE_KEY.exec(block[1] ?? '')?.[1] : undefined;
}

export function selectDocument(candidate: Candidate, settings: RedlineSettings): Selection {
  if (!settings.enable) return { lint: false, reason: 'Redline is disabled (redline.enable)' };
  const selected = selectByName(candidate, settings);
  // Only a document Redline would judge is "too large"; any other big Markdown file stays silent.
  if (!selected.lint || candidate.text.length <= settings.maxFileSize) return selected;
  return {
    lint: false,
    tooLarge: true,
    reason: `the file has ${candidate.text.length} characters, more than redline.maxFileSize (${settings.maxFileSize})`,
  };
}

function selectByName(candidate: Candidate, settings: RedlineSettings): Selection {
  const { path, text } = candidate;
  if (candidate.optedIn) return { lint: true, reason: 'opted in with "Redline: Lint this file"' };
  const key = frontMatterSignal(text);
  if (key) return { lint: true, reason: `front matter has \`${key}:\`` };
  if (matchesAny(path, settings.exclude)) return { lint: false, reason: 'matches redline.exclude' };
  if (NAMED.test(path)) return { lint: true, reason: 'the file name is *.prd.md, *.design.md or *.behavioral.md' };
  if (README.test(path)) return { lint: false, reason: 'READMEs are not linted unless opted in' };
  if (matchesAny(path, settings.include)) return { lint: true, reason: 'matches redline.include' };
  return { lint: false, reason: 'no Redline front matter, file name or include pattern matches (run "Redline: Lint this file" to opt in)' };
}

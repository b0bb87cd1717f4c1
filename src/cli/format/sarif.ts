// SARIF 2.1.0 for code-scanning tools: rule metadata with help URIs, one result per diagnostic,
// fixes as artifact changes. Columns are UTF-16 code units and end-exclusive, as in RULES.md.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RULES, docUrl, type Diagnostic, type Range, type Rule, type Severity } from '../../core';
import type { CheckReport } from '../report';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };
const ROOT = '%SRCROOT%';
/** Versioned: a change to what the hash covers must not silently match old alerts. */
const FINGERPRINT = 'redlineFindingHash/v1';

export interface SarifOptions {
  cwd: string;
  version: string;
  /** %SRCROOT%: the repository root, so code scanning finds the files from any working directory. */
  root?: string;
}

/** The enclosing git repository's root (a `.git` folder or file), or undefined outside one. */
export function findSourceRoot(dir: string): string | undefined {
  for (let current = path.resolve(dir); ; current = path.dirname(current)) {
    if (fs.existsSync(path.join(current, '.git'))) return current;
    if (path.dirname(current) === current) return undefined;
  }
}

export function checkSarif(reports: readonly CheckReport[], options: SarifOptions): string {
  const index = new Map(RULES.map((rule, i) => [rule.id, i]));
  const root = options.root ?? options.cwd;
  const results = reports.flatMap(({ file, result, text }) => {
    const fingerprint = fingerprinter(text);
    return result.diagnostics.map((d) => ({
      ...resultOf(d, artifactOf(file, options.cwd, root), index.get(d.ruleId)),
      partialFingerprints: { [FINGERPRINT]: fingerprint(d) },
    }));
  });
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'redline',
            informationUri: docUrl('').replace(/\/blob\/.*$/, ''),
            version: options.version,
            semanticVersion: options.version,
            rules: RULES.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: pathToFileURL(root + path.sep).href } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(rule: Rule) {
  const kinds = rule.kinds.join(', ');
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, c: string) => c.toUpperCase()),
    shortDescription: { text: rule.docs.summary },
    fullDescription: { text: rule.docs.why },
    helpUri: docUrl(rule.id),
    help: {
      text: `${rule.docs.summary}\n\nWeak: ${rule.docs.weak}\nStrong: ${rule.docs.strong}`,
      markdown: `${rule.docs.summary}\n\n**Weak:** ${rule.docs.weak}\n\n**Strong:** ${rule.docs.strong}\n\n[Rule reference](${docUrl(rule.id)})`,
    },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: ['redline', ...rule.kinds, ...(rule.aiOnly ? ['ai-only'] : [])], kinds },
  };
}

interface Artifact {
  uri: string;
  uriBaseId?: string;
}

/** Relative URIs against %SRCROOT% for files under the root, else absolute. */
function artifactOf(file: string, cwd: string, root: string): Artifact {
  const absolute = path.resolve(cwd, file);
  const relative = path.relative(root, absolute).split(path.sep).join('/');
  if (relative === '' || relative.startsWith('../') || path.isAbsolute(relative)) return { uri: pathToFileURL(absolute).href };
  return { uri: relative.split('/').map(encodeURIComponent).join('/'), uriBaseId: ROOT };
}

function resultOf(d: Diagnostic, artifact: Artifact, ruleIndex: number | undefined) {
  const result: Record<string, unknown> = {
    ruleId: d.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVEL[d.severity],
    message: { text: d.message },
    locations: [{ physicalLocation: { artifactLocation: artifact, region: regionOf(d) } }],
  };
  if (d.fix) {
    result.fixes = [
      {
        description: { text: d.fix.title },
        artifactChanges: [
          {
            artifactLocation: artifact,
            replacements: d.fix.edits.map((e) => ({ deletedRegion: regionOf(e), insertedContent: { text: e.text } })),
          },
        ],
      },
    ];
  }
  return result;
}

/**
 * A finding's identity across runs for code scanning: its rule, the text of the line it starts on
 * (whitespace-normalised) and how many identical findings came before it in the file. Adding
 * lines above a finding keeps its fingerprint, so the alert is not closed and reopened.
 */
function fingerprinter(text: string | undefined): (d: Diagnostic) => string {
  // Required here, not at the top: loading node:crypto would cost every other format 7 ms or more.
  const { createHash } = require('node:crypto') as typeof import('node:crypto');
  const lines = (text ?? '').split(/\r\n|\r|\n/);
  const seen = new Map<string, number>();
  return (d) => {
    const content = (lines[d.line - 1] ?? '').trim().replace(/\s+/g, ' ');
    const key = `${d.ruleId}\u0000${content}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return `${createHash('sha256').update(key).digest('hex').slice(0, 32)}:${occurrence + 1}`;
  };
}

function regionOf(r: Range) {
  return { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
}

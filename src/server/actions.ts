// Builds the code actions for a document: a quick fix per fixable diagnostic, "Fix all",
// "Disable for this line / file", "Learn more", and the `source.fixAll.redline` action.
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic as LspDiagnostic,
  type Range as LspRange,
  type TextEdit as LspTextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { Diagnostic, Fix } from '../core/types';
import { docUrl } from '../core/docs';
import { LineIndex } from '../core/lines';
import { combineEdits, toLspDiagnostic, toLspEdit, toLspRange, toSnippet, hasPlaceholder } from './convert';
import { OPEN_RULE_DOC_COMMAND, type DiagnosticData } from '../shared/protocol';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.redline`;

export interface ActionInput {
  uri: string;
  version: number;
  text: string;
  /** Diagnostics of the current text (fresh lint). */
  diagnostics: Diagnostic[];
  /** Diagnostics the client sent in the request context. */
  context: LspDiagnostic[];
  /** The requested range (the cursor or selection). */
  range: LspRange;
  only?: string[];
  /** The client applies LSP 3.18 snippet edits (tab stops at the placeholders). */
  snippets: boolean;
}

function edit(input: ActionInput, edits: LspTextEdit[]): WorkspaceEdit {
  return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits }] };
}

/**
 * Can the fix go in as a snippet and still produce exactly the fix's text? VS Code re-indents
 * a snippet's lines to the indentation of the line it starts on (and normalises leading
 * whitespace to the editor's tab settings), so only fixes inserted on an unindented line whose
 * own lines carry no leading whitespace are safe; the others go in as plain text edits.
 */
export function snippetSafe(text: string, fix: Fix): boolean {
  const lines = new LineIndex(text);
  return fix.edits.every((e) => {
    const line = lines.lineText(Math.min(e.line, lines.lineCount) - 1);
    return !/^[ \t]/.test(line) && !/\n[ \t]/.test(e.text);
  });
}

function snippetEdit(input: ActionInput, fix: Fix): WorkspaceEdit {
  const edits = fix.edits.map((e) =>
    hasPlaceholder(e.text)
      ? { range: toLspRange(e), snippet: { kind: 'snippet' as const, value: toSnippet(e.text) } }
      : toLspEdit(e),
  );
  return { documentChanges: [{ textDocument: { uri: input.uri, version: input.version }, edits }] } as WorkspaceEdit;
}

function sameRange(a: LspRange, b: LspRange): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** The fresh diagnostic a client-side one stands for (same rule and range). */
function current(input: ActionInput, d: LspDiagnostic): Diagnostic | undefined {
  const data = d.data as DiagnosticData | undefined;
  const ruleId = data?.ruleId ?? String(d.code ?? '');
  const fresh = input.diagnostics.find((c) => c.ruleId === ruleId && sameRange(toLspRange(c), d.range));
  if (fresh) return fresh;
  // Lint on save: the text moved on since; a fix computed for this very version still applies.
  if (data?.version !== input.version || !data.fix) return undefined;
  const { start, end } = d.range;
  return { ruleId, severity: 'warning', message: '', fix: data.fix, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

function wants(only: string[] | undefined, kind: string): boolean {
  return !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

/** Start offset of the body: after the front matter block, if any. */
export function bodyStart(text: string): number {
  const m = /^(?:\uFEFF)?---[ \t]*\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  return m ? m[0].length : 0;
}

/** `<!-- redline-disable-next-line id -->` above the diagnostic's line, same indentation. */
export function disableLineEdit(text: string, ruleId: string, line: number): LspTextEdit {
  const lines = new LineIndex(text);
  const content = lines.lineText(line - 1);
  const indent = /^[ \t]*/.exec(content)![0];
  return {
    range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: 0 } },
    newText: `${indent}<!-- redline-disable-next-line ${ruleId} -->${lines.eol}`,
  };
}

/** `<!-- redline-disable id -->` at the top of the body (after front matter). */
export function disableFileEdit(text: string, ruleId: string): LspTextEdit {
  const lines = new LineIndex(text);
  const offset = bodyStart(text);
  const p = lines.position(offset);
  const needsBreak = offset > 0 && offset === text.length && !/\n$/.test(text);
  const comment = `<!-- redline-disable ${ruleId} -->`;
  return {
    range: { start: { line: p.line - 1, character: p.column - 1 }, end: { line: p.line - 1, character: p.column - 1 } },
    // Keep one blank line between the directive and the body, whether or not the body starts with one.
    newText: `${needsBreak ? lines.eol : ''}${comment}${lines.eol}${/^\r?\n/.test(text.slice(offset)) ? '' : lines.eol}`,
  };
}

export function codeActions(input: ActionInput): CodeAction[] {
  const actions: CodeAction[] = [];
  if (wants(input.only, CodeActionKind.QuickFix)) {
    const seenRules = new Set<string>();
    for (const sent of input.context) {
      if (sent.source !== 'redline') continue;
      const d = current(input, sent);
      if (!d) continue;
      if (d.fix) {
        actions.push({
          title: d.fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [sent],
          isPreferred: true,
          edit: input.snippets && snippetSafe(input.text, d.fix) ? snippetEdit(input, d.fix) : edit(input, d.fix.edits.map(toLspEdit)),
        });
      }
      if (seenRules.has(d.ruleId)) continue;
      seenRules.add(d.ruleId);
      const fixable = input.diagnostics.filter((o) => o.ruleId === d.ruleId && o.fix);
      if (fixable.length > 1) {
        actions.push({
          title: `Fix all ${d.ruleId} problems`,
          kind: CodeActionKind.QuickFix,
          diagnostics: fixable.map((f) => toLspDiagnostic(f, input.version)),
          edit: edit(input, combineEdits(fixable.map((f) => f.fix!)).map(toLspEdit)),
        });
      }
      actions.push(
        {
          title: `Disable ${d.ruleId} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [sent],
          edit: edit(input, [disableLineEdit(input.text, d.ruleId, d.line)]),
        },
        {
          title: `Disable ${d.ruleId} for this file`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [sent],
          edit: edit(input, [disableFileEdit(input.text, d.ruleId)]),
        },
        {
          title: `Learn more about ${d.ruleId}`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [sent],
          command: { title: `Learn more about ${d.ruleId}`, command: OPEN_RULE_DOC_COMMAND, arguments: [docUrl(d.ruleId)] },
        },
      );
    }
  }
  if (input.only && wants(input.only, FIX_ALL_KIND)) {
    const fixes = input.diagnostics.filter((d) => d.fix).map((d) => d.fix!);
    if (fixes.length) {
      actions.push({ title: 'Fix all Redline problems', kind: FIX_ALL_KIND, edit: edit(input, combineEdits(fixes).map(toLspEdit)) });
    }
  }
  return actions;
}

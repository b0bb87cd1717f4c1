// The extension's commands. Their ids are a contract (the e2e suites and keybindings use them).
import * as vscode from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import type { ScoreResult } from '../core/types';
import {
  LINT_WORKSPACE_REQUEST,
  RESOLVED_CONFIG_REQUEST,
  type LintWorkspaceResult,
  type ResolvedConfig,
} from '../shared/protocol';
import { setFrontMatterKey } from '../shared/front-matter';
import type { OptInStore } from './opt-in';
import type { ScoreView } from './score-view';
import type { StatusBar } from './status-bar';
import type { PracticeController } from './practice';
import { CONFIG_SCHEME, renderConfig, type ConfigDocuments } from './config-view';
import { sendOptIn } from './client';
import { markdownEditor, openSample, showQuickFix } from './walkthrough';

export const COMMANDS = {
  scoreAnswer: 'redline.scoreAnswer',
  lintFile: 'redline.lintFile',
  setKind: 'redline.setKind',
  insertSection: 'redline.insertSection',
  showConfig: 'redline.showConfig',
  lintWorkspace: 'redline.lintWorkspace',
  showOutput: 'redline.showOutput',
  showConfigError: 'redline.showConfigError',
  newPractice: 'redline.newPractice',
  finishPractice: 'redline.finishPractice',
  practiceHistory: 'redline.practiceHistory',
  openSample: 'redline.openSample',
  showQuickFix: 'redline.showQuickFix',
} as const;

export interface CommandDeps {
  context: vscode.ExtensionContext;
  client: () => Promise<LanguageClient>;
  output: vscode.LogOutputChannel;
  optIn: OptInStore;
  scoreView: ScoreView;
  statusBar: StatusBar;
  configDocs: ConfigDocuments;
  practice: PracticeController;
}

interface SnippetEntry {
  prefix: string;
  body: string[];
  description?: string;
}

/**
 * The Markdown document a command acts on: the URI it was given, else the active editor's, else
 * a visible Markdown editor's (a walkthrough button runs commands while the walkthrough has focus).
 */
async function targetDocument(arg: unknown): Promise<vscode.TextDocument | undefined> {
  if (arg instanceof vscode.Uri) return vscode.workspace.openTextDocument(arg);
  const doc = markdownEditor()?.document;
  if (doc) return doc;
  void vscode.window.showInformationMessage('Redline: open a Markdown document first.');
  return undefined;
}

async function setKey(document: vscode.TextDocument, key: string, value: string): Promise<boolean> {
  const e = setFrontMatterKey(document.getText(), key, value);
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
  return vscode.workspace.applyEdit(edit);
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { context, client, output, optIn, scoreView, statusBar, configDocs, practice } = deps;
  const log = (message: string) => output.info(message);

  const scoreAnswer = async (arg?: unknown): Promise<ScoreResult | null> => {
    const document = await targetDocument(arg);
    if (!document) return null;
    if (document.languageId !== 'markdown') {
      void vscode.window.showInformationMessage('Redline scores Markdown documents.');
      return null;
    }
    await client();
    const result = await scoreView.show(document);
    log(`score ${vscode.workspace.asRelativePath(document.uri)}: ${result?.score ?? 'none'} (${result?.band ?? '-'})`);
    return result;
  };

  const lintFile = async (arg?: unknown): Promise<boolean> => {
    const document = await targetDocument(arg);
    if (!document) return false;
    const uri = document.uri.toString();
    const added = await optIn.add(uri);
    await sendOptIn(await client(), optIn.all());
    log(`opted in ${vscode.workspace.asRelativePath(document.uri)}${added ? '' : ' (already)'}`);
    return true;
  };

  const setKind = async (kindArg?: unknown, uriArg?: unknown): Promise<string | undefined> => {
    const document = await targetDocument(uriArg);
    if (!document) return undefined;
    let kind = typeof kindArg === 'string' ? kindArg : undefined;
    if (!kind) {
      const pick = await vscode.window.showQuickPick(
        [
          { label: 'design', description: 'an answer to a product-design interview prompt' },
          { label: 'prd', description: 'a product requirements / spec document' },
          { label: 'behavioral', description: 'a behavioral interview story' },
        ],
        { title: 'Redline: set document kind', placeHolder: 'What is this document? (written to its front matter)' },
      );
      kind = pick?.label;
    }
    if (!kind || !['prd', 'design', 'behavioral'].includes(kind)) return undefined;
    await setKey(document, 'kind', kind);
    log(`set kind: ${kind} in ${vscode.workspace.asRelativePath(document.uri)}`);
    return kind;
  };

  const insertSection = async (prefixArg?: unknown): Promise<boolean> => {
    const editor = vscode.window.activeTextEditor;
    if (!editor) return false;
    const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'markdown.json');
    const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as Record<string, SnippetEntry>;
    const entries = Object.entries(snippets).map(([name, s]) => ({ name, ...s }));
    let chosen = typeof prefixArg === 'string' ? entries.find((e) => e.prefix === prefixArg || e.name === prefixArg) : undefined;
    if (!chosen) {
      const pick = await vscode.window.showQuickPick(
        entries.map((e) => ({ label: e.name, description: e.prefix, detail: e.description, entry: e })),
        { title: 'Redline: insert section', matchOnDescription: true, matchOnDetail: true },
      );
      chosen = pick?.entry;
    }
    if (!chosen) return false;
    return editor.insertSnippet(new vscode.SnippetString(chosen.body.join('\n')));
  };

  const showConfig = async (arg?: unknown): Promise<ResolvedConfig> => {
    const document = arg instanceof vscode.Uri ? await vscode.workspace.openTextDocument(arg) : vscode.window.activeTextEditor?.document;
    // Any document of the workspace (file:, untitled:, vscode-vfs: on github.dev), not this view's own.
    const scheme = document?.uri.scheme;
    const uri = document && scheme !== CONFIG_SCHEME && scheme !== 'output' ? document.uri.toString() : undefined;
    const config = await (await client()).sendRequest<ResolvedConfig>(RESOLVED_CONFIG_REQUEST, { uri });
    await configDocs.show(renderConfig(config, document?.uri));
    return config;
  };

  const lintWorkspace = async (): Promise<LintWorkspaceResult> => {
    const c = await client();
    const result = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Redline: linting workspace' },
      () => c.sendRequest<LintWorkspaceResult>(LINT_WORKSPACE_REQUEST, {}),
    );
    if (result.unsupported) {
      void vscode.window.showInformationMessage(
        'Redline: "Lint workspace" needs to list files on disk and is not available in the browser (vscode.dev, github.dev). Open documents are linted as you edit them; use the redline CLI for a whole repository.',
      );
      return result;
    }
    void vscode.window.showInformationMessage(`Redline linted ${result.files} file(s): ${result.problems} problem(s). See the Problems panel.`);
    return result;
  };

  const showConfigError = async (): Promise<void> => {
    const status = statusBar.configStatus;
    if (status.state !== 'configError' || !status.configUri) {
      void vscode.window.showInformationMessage('Redline: the configuration is valid.');
      return;
    }
    const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(status.configUri));
    const editor = await vscode.window.showTextDocument(doc);
    const position = new vscode.Position(Math.max(0, (status.line ?? 1) - 1), Math.max(0, (status.column ?? 1) - 1));
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position));
    void vscode.window.showErrorMessage(`Redline configuration error: ${status.message ?? ''} (the last valid configuration is still in force)`);
  };

  return [
    vscode.commands.registerCommand(COMMANDS.scoreAnswer, scoreAnswer),
    vscode.commands.registerCommand(COMMANDS.lintFile, lintFile),
    vscode.commands.registerCommand(COMMANDS.setKind, setKind),
    vscode.commands.registerCommand(COMMANDS.insertSection, insertSection),
    vscode.commands.registerCommand(COMMANDS.showConfig, showConfig),
    vscode.commands.registerCommand(COMMANDS.lintWorkspace, lintWorkspace),
    vscode.commands.registerCommand(COMMANDS.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(COMMANDS.showConfigError, showConfigError),
    vscode.commands.registerCommand(COMMANDS.newPractice, (arg?: unknown) => practice.start(arg)),
    vscode.commands.registerCommand(COMMANDS.finishPractice, (arg?: unknown) => practice.finish(arg, 'command')),
    vscode.commands.registerCommand(COMMANDS.practiceHistory, (arg?: unknown) => practice.showHistory(arg)),
    vscode.commands.registerCommand(COMMANDS.openSample, () => openSample(context)),
    vscode.commands.registerCommand(COMMANDS.showQuickFix, showQuickFix),
  ];
}

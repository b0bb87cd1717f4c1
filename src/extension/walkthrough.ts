// The commands behind the getting-started walkthrough: open the bundled weak sample answer,
// and put the cursor on a fixable Redline diagnostic with the quick-fix menu open.
import * as vscode from 'vscode';

/** Untitled, so nothing is written to the user's disk; the name makes Redline lint it as a design answer. */
/** The unsaved sample document (made on use: nothing touches the API while the bundle loads). */
export function sampleUri(): vscode.Uri {
  return vscode.Uri.from({ scheme: 'untitled', path: 'redline-sample.design.md' });
}

/**
 * The Markdown editor a command acts on: the active one, else one that is visible. While the
 * walkthrough (or any other non-text editor) has focus there is no active text editor, but
 * the sample it opened is usually on screen beside it.
 */
export function markdownEditor(): vscode.TextEditor | undefined {
  const active = vscode.window.activeTextEditor;
  if (active) return active;
  return vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown');
}

/** Opens the sample answer (media/walkthrough/sample.design.md) as an untitled document. */
export async function openSample(context: vscode.ExtensionContext): Promise<vscode.TextEditor> {
  // Where it already shows; else beside the walkthrough when that has focus, so its next
  // steps stay in view; else in the active group.
  const shown = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === sampleUri().toString());
  const viewColumn = shown?.viewColumn ?? (vscode.window.activeTextEditor ? vscode.ViewColumn.Active : vscode.ViewColumn.Beside);
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === sampleUri().toString());
  // A sample the user has already edited is shown as it is, not overwritten.
  if (open && open.getText().length > 0) return vscode.window.showTextDocument(open, { viewColumn, preview: false });
  const file = vscode.Uri.joinPath(context.extensionUri, 'media', 'walkthrough', 'sample.design.md');
  const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
  const document = open ?? (await vscode.workspace.openTextDocument(sampleUri()));
  // Shown, then filled through its editor: the text lands as one undoable edit in that editor.
  const editor = await vscode.window.showTextDocument(document, { viewColumn, preview: false });
  await editor.edit((b) => b.insert(new vscode.Position(0, 0), text));
  const top = new vscode.Position(0, 0);
  editor.selection = new vscode.Selection(top, top);
  return editor;
}

/**
 * Moves the cursor to the first Redline diagnostic that has a fix (the server marks it as the
 * preferred action) and opens the quick-fix menu there. Returns the diagnostic's rule, or
 * undefined when the document has nothing to fix.
 */
export async function showQuickFix(): Promise<string | undefined> {
  const target = markdownEditor();
  if (!target) {
    void vscode.window.showInformationMessage('Redline: open a Markdown document first (or "Redline: Open a sample answer").');
    return undefined;
  }
  const { document } = target;
  const diagnostics = vscode.languages
    .getDiagnostics(document.uri)
    .filter((d) => d.source === 'redline')
    .sort((a, b) => a.range.start.compareTo(b.range.start));
  for (const diagnostic of diagnostics) {
    const actions =
      (await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        document.uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      )) ?? [];
    // The API's code actions carry no diagnostics; a preferred one at this range is a rule's fix.
    if (!actions.some((a) => a.isPreferred)) continue;
    const editor = await vscode.window.showTextDocument(document, { viewColumn: target.viewColumn, preview: false });
    editor.selection = new vscode.Selection(diagnostic.range.start, diagnostic.range.start);
    editor.revealRange(diagnostic.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    await vscode.commands.executeCommand('editor.action.quickFix');
    const code = diagnostic.code;
    return String(typeof code === 'object' ? code.value : code);
  }
  void vscode.window.showInformationMessage('Redline: nothing in this document has a quick fix.');
  return undefined;
}

// Practice mode: "New practice answer" (a bank prompt against the clock), the countdown in the
// status bar with a notice near the end, "Finish practice" (score, store the attempt, open the
// score view with the trend) and "Practice history". The clock lives in the file's front
// matter (startedAt, timeLimit), so a reopened answer resumes its countdown.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { ScoreResult } from '../core/types';
import { DEFAULT_PRACTICE_MINUTES, pickPrompt, promptById, promptsOfKind, isPracticeKind, type PracticeKind, type PracticePrompt } from '../shared/practice/bank';
import { buildTrend, type PracticeAttempt, type Trend } from '../shared/practice/history';
import {
  answerLine,
  formatClock,
  formatDuration,
  noticeLeadSeconds,
  practiceFileName,
  practiceFileText,
  readPracticeMeta,
  remainingSeconds,
  usedSeconds,
  type PracticeMeta,
} from '../shared/practice/session';
import { SCORE_REQUEST } from '../shared/protocol';
import { setFrontMatterKey } from '../shared/front-matter';
import { PracticeHistoryStore } from './practice-history';
import type { ScoreMessage, ScoreView } from './score-view';

/** What the score view gets for a practice answer: the drill and the progress of its kind. */
export interface PracticeViewData {
  kind: PracticeKind;
  prompt: string;
  promptId?: string;
  timeLimitMinutes: number;
  finished: boolean;
  trend: Trend;
}

export interface FinishResult {
  attempt: PracticeAttempt;
  /** False when the answer had been finished before (nothing new was stored). */
  recorded: boolean;
  reason: 'command' | 'time-up';
  /** The "time is nearly up" notice had been shown before the drill finished. */
  warned: boolean;
  /** The message the score view was given (score, trend). */
  view?: ScoreMessage;
}

export interface PracticeState {
  running: boolean;
  uri?: string;
  remainingSeconds?: number;
  /** The status bar item's text. */
  statusText: string;
  noticeShown: boolean;
}

/** What the extension hands to other extensions and the e2e suites (activate's return value). */
export interface PracticeApi {
  state(): PracticeState;
  onDidFinish: vscode.Event<FinishResult>;
}

/** `redline.newPractice` arguments (all optional: without them the user picks). */
export interface NewPracticeArgs {
  promptId?: string;
  prompt?: string;
  kind?: PracticeKind;
}

interface Session {
  uri: vscode.Uri;
  meta: PracticeMeta;
  noticeShown: boolean;
  interval: NodeJS.Timeout;
}

export interface PracticeDeps {
  context: vscode.ExtensionContext;
  client: () => Promise<BaseLanguageClient>;
  scoreView: ScoreView;
  log: (message: string) => void;
}

export class PracticeController implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('redline.practice', vscode.StatusBarAlignment.Left, 1000);
  private readonly finished = new vscode.EventEmitter<FinishResult>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly finishing = new Map<string, Promise<FinishResult | undefined>>();
  private session?: Session;
  readonly store: PracticeHistoryStore;

  constructor(private readonly deps: PracticeDeps) {
    this.item.name = 'Redline practice timer';
    this.store = new PracticeHistoryStore(deps.context, deps.log);
    deps.scoreView.setPracticeProvider((document) => this.viewData(document));
    this.subscriptions.push(
      this.finished,
      vscode.window.onDidChangeActiveTextEditor((editor) => editor && this.resumeIfRunning(editor.document)),
      vscode.workspace.onDidOpenTextDocument((document) => this.resumeIfRunning(document)),
    );
    for (const document of vscode.workspace.textDocuments) this.resumeIfRunning(document);
  }

  readonly api: PracticeApi = {
    state: () => ({
      running: Boolean(this.session),
      uri: this.session?.uri.toString(),
      remainingSeconds: this.session ? remainingSeconds(this.session.meta, Date.now()) : undefined,
      statusText: this.session ? this.item.text : '',
      noticeShown: this.session?.noticeShown ?? false,
    }),
    onDidFinish: this.finished.event,
  };

  // ---- New practice answer ----

  async start(arg?: unknown): Promise<{ uri: string; meta: PracticeMeta } | undefined> {
    const chosen = await this.choosePrompt(arg);
    if (!chosen) return undefined;
    const { kind, text, id } = chosen;
    const minutes = this.minutesFor(kind);
    const now = new Date();
    const meta: PracticeMeta = { kind, prompt: text, ...(id ? { promptId: id } : {}), timeLimitMinutes: minutes, startedAt: now.toISOString() };
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri ?? this.deps.context.globalStorageUri;
    const dir = vscode.Uri.joinPath(folder, 'practice');
    await vscode.workspace.fs.createDirectory(dir);
    const uri = await freeName(dir, practiceFileName(kind, id, now));
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(practiceFileText(meta)));
    // The clock starts before the file opens, so opening it is not taken for a resumed drill.
    this.begin(uri, meta);
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document, { preview: false });
    const line = answerLine(document.getText());
    editor.selection = new vscode.Selection(line, 0, line, 0);
    editor.revealRange(new vscode.Range(line, 0, line, 0));
    this.deps.log(`practice started: ${vscode.workspace.asRelativePath(uri)} (${kind}, ${minutes} min${id ? `, ${id}` : ''})`);
    return { uri: uri.toString(), meta };
  }

  private minutesFor(kind: PracticeKind): number {
    const value = vscode.workspace.getConfiguration('redline').get<number>(`practice.${kind}Minutes`, DEFAULT_PRACTICE_MINUTES[kind]);
    return typeof value === 'number' && value > 0 ? value : DEFAULT_PRACTICE_MINUTES[kind];
  }

  /** The prompt from the arguments, or from the user: a kind, then a bank prompt, a random one or their own. */
  private async choosePrompt(arg: unknown): Promise<{ kind: PracticeKind; text: string; id?: string } | undefined> {
    const args: NewPracticeArgs = typeof arg === 'string' ? { promptId: arg } : arg && typeof arg === 'object' ? (arg as NewPracticeArgs) : {};
    if (args.promptId) {
      const p = promptById(args.promptId);
      if (!p) throw new Error(`Redline: no practice prompt with id "${args.promptId}"`);
      return { kind: p.kind, text: p.text, id: p.id };
    }
    if (args.prompt?.trim()) return { kind: isPracticeKind(args.kind) ? args.kind : 'design', text: args.prompt.trim() };
    if (isPracticeKind(args.kind)) return this.pickFromBank(args.kind);

    type KindItem = vscode.QuickPickItem & { practiceKind?: PracticeKind; own?: boolean };
    const kindItems: KindItem[] = [
      { label: '$(lightbulb) Design prompt', description: `${this.minutesFor('design')} min`, detail: `${promptsOfKind('design').length} product-design prompts: tutoring, shopping, invoicing, support with RAG, health, code, ads, HR, search…`, practiceKind: 'design' },
      { label: '$(history) Behavioral prompt', description: `${this.minutesFor('behavioral')} min`, detail: `${promptsOfKind('behavioral').length} stories about risk, misuse, privacy and stability over time`, practiceKind: 'behavioral' },
      { label: '$(edit) Type your own prompt…', own: true },
    ];
    const kindPick = await vscode.window.showQuickPick(kindItems, { title: 'Redline: new practice answer', placeHolder: 'What do you want to practise?' });
    if (!kindPick) return undefined;
    if (kindPick.practiceKind) return this.pickFromBank(kindPick.practiceKind);
    const text = await vscode.window.showInputBox({ title: 'Redline: your practice prompt', prompt: 'The interview prompt to answer', placeHolder: 'Design an AI assistant that…', validateInput: (v) => (v.trim() ? undefined : 'Type a prompt') });
    if (!text?.trim()) return undefined;
    const kind = /^\s*(?:tell (?:me|us) about|describe a (?:time|situation)|give (?:me|us) an example)/i.test(text) ? 'behavioral' : 'design';
    const confirm = await vscode.window.showQuickPick(
      [
        { label: kind, description: `${this.minutesFor(kind)} min (guessed from the prompt)` },
        { label: kind === 'design' ? 'behavioral' : 'design', description: `${this.minutesFor(kind === 'design' ? 'behavioral' : 'design')} min` },
      ],
      { title: 'Redline: what kind of answer is it?' },
    );
    if (!confirm || !isPracticeKind(confirm.label)) return undefined;
    return { kind: confirm.label, text: text.trim() };
  }

  private async pickFromBank(kind: PracticeKind): Promise<{ kind: PracticeKind; text: string; id: string } | undefined> {
    type PromptItem = vscode.QuickPickItem & { prompt?: PracticePrompt };
    const random = pickPrompt(kind);
    const items: PromptItem[] = [
      { label: '$(sync) A random prompt', description: 'surprise me', prompt: random },
      { label: '', kind: vscode.QuickPickItemKind.Separator },
      ...promptsOfKind(kind).map((p) => ({ label: p.text, description: p.domain, detail: `exercises ${p.exercises.join(', ')}`, prompt: p })),
    ];
    const pick = await vscode.window.showQuickPick(items, { title: `Redline: pick a ${kind} prompt`, matchOnDescription: true, matchOnDetail: true, placeHolder: 'Filter by words or domain' });
    return pick?.prompt ? { kind: pick.prompt.kind, text: pick.prompt.text, id: pick.prompt.id } : undefined;
  }

  // ---- The clock ----

  private begin(uri: vscode.Uri, meta: PracticeMeta): void {
    this.stop();
    this.session = { uri, meta, noticeShown: false, interval: setInterval(() => this.tick(), 1000) };
    this.tick();
  }

  private stop(): void {
    if (this.session) clearInterval(this.session.interval);
    this.session = undefined;
    this.item.hide();
  }

  private tick(): void {
    const session = this.session;
    if (!session) return;
    const left = remainingSeconds(session.meta, Date.now());
    const lead = noticeLeadSeconds(session.meta.timeLimitMinutes * 60);
    this.item.text = `$(watch) ${formatClock(left)} practice`;
    this.item.tooltip = `Redline practice (${session.meta.kind}, ${formatDuration(session.meta.timeLimitMinutes * 60)}): ${session.meta.prompt}\nClick to finish and score now.`;
    this.item.command = { title: 'Finish practice', command: 'redline.finishPractice', arguments: [session.uri] };
    this.item.backgroundColor = left <= lead ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    if (left <= 0) {
      void this.finish(session.uri, 'time-up');
      return;
    }
    if (left <= lead && !session.noticeShown) {
      session.noticeShown = true;
      this.deps.log(`practice: ${formatDuration(lead)} left`);
      void vscode.window.showWarningMessage(`Redline practice: ${formatDuration(left)} left. Wrap up your answer.`, 'Finish now').then((choice) => {
        if (choice) void this.finish(session.uri, 'command');
      });
    }
  }

  /** A practice answer opened again while its time is still running resumes the countdown. */
  private resumeIfRunning(document: vscode.TextDocument): void {
    if (this.session || document.languageId !== 'markdown') return;
    const meta = readPracticeMeta(document.getText());
    if (!meta || meta.finishedAt || remainingSeconds(meta, Date.now()) <= 0) return;
    this.begin(document.uri, meta);
    this.deps.log(`practice resumed: ${vscode.workspace.asRelativePath(document.uri)}`);
  }

  // ---- Finish ----

  async finish(arg: unknown, reason: 'command' | 'time-up'): Promise<FinishResult | undefined> {
    const uri = arg instanceof vscode.Uri ? arg : this.session?.uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!uri) {
      void vscode.window.showInformationMessage('Redline: no practice answer is running. Start one with "Redline: New practice answer".');
      return undefined;
    }
    const key = uri.toString();
    const running = this.finishing.get(key);
    if (running) return running;
    const work = this.finishDocument(uri, reason).finally(() => this.finishing.delete(key));
    this.finishing.set(key, work);
    return work;
  }

  private async finishDocument(uri: vscode.Uri, reason: 'command' | 'time-up'): Promise<FinishResult | undefined> {
    const own = this.session?.uri.toString() === uri.toString();
    const warned = own && Boolean(this.session?.noticeShown);
    if (own) this.stop();
    const document = await vscode.workspace.openTextDocument(uri);
    const meta = readPracticeMeta(document.getText());
    if (!meta) {
      void vscode.window.showInformationMessage('Redline: this file is not a practice answer (it has no practice front matter). Start one with "Redline: New practice answer".');
      return undefined;
    }
    const id = attemptId(uri, meta);
    if (meta.finishedAt) {
      const attempt = (await this.store.read()).attempts.find((a) => a.id === id);
      await this.deps.scoreView.show(document);
      if (!attempt) return undefined;
      return { attempt, recorded: false, reason, warned, view: this.deps.scoreView.lastMessage };
    }
    const end = Date.now();
    const finishedAt = new Date(end).toISOString();
    const e = setFrontMatterKey(document.getText(), 'finishedAt', finishedAt);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.text);
    await vscode.workspace.applyEdit(edit);
    await document.save();
    const client = await this.deps.client();
    const result = await client.sendRequest<ScoreResult | null>(SCORE_REQUEST, { uri: uri.toString() });
    const attempt: PracticeAttempt = {
      id,
      ...(meta.promptId ? { promptId: meta.promptId } : {}),
      prompt: meta.prompt,
      kind: meta.kind,
      startedAt: meta.startedAt,
      finishedAt,
      timeLimitSec: Math.round(meta.timeLimitMinutes * 60),
      timeUsedSec: usedSeconds(meta, end),
      score: result?.score ?? null,
      band: result?.band ?? 'not-ai',
      dimensions: (result?.dimensions ?? []).map(({ id: dim, label, score, max }) => ({ id: dim, label, score, max })),
      file: vscode.workspace.asRelativePath(uri),
      uri: uri.toString(),
    };
    await this.store.record(attempt);
    this.deps.log(`practice finished (${reason}): ${attempt.file} scored ${attempt.score ?? 'none'} in ${formatDuration(attempt.timeUsedSec)}`);
    await this.deps.scoreView.show(document);
    const outcome: FinishResult = { attempt, recorded: true, reason, warned, view: this.deps.scoreView.lastMessage };
    const scored = attempt.score === null ? 'no score' : `${attempt.score}/100 (${attempt.band})`;
    void vscode.window.showInformationMessage(`${reason === 'time-up' ? 'Time is up. ' : ''}Redline practice: ${scored}. The attempt is in your practice history.`, 'Practice history').then((choice) => {
      if (choice) void this.showHistory();
    });
    this.finished.fire(outcome);
    return outcome;
  }

  // ---- History and the score view's progress ----

  /** Lists attempts (newest first) and opens the one picked; an attempt id as argument opens it directly. */
  async showHistory(arg?: unknown): Promise<PracticeAttempt[]> {
    const attempts = [...(await this.store.read()).attempts].reverse();
    let chosen = typeof arg === 'string' ? attempts.find((a) => a.id === arg) : undefined;
    if (!chosen && typeof arg !== 'string') {
      if (!attempts.length) {
        void vscode.window.showInformationMessage('Redline: no practice attempts yet. Start one with "Redline: New practice answer".');
        return attempts;
      }
      const pick = await vscode.window.showQuickPick(
        attempts.map((a) => ({
          label: `${a.score ?? '—'}  ${a.prompt}`,
          description: `${a.kind} · ${new Date(a.finishedAt).toLocaleString()}`,
          detail: `${formatDuration(a.timeUsedSec)} of ${formatDuration(a.timeLimitSec)} · ${a.file}`,
          attempt: a,
        })),
        { title: `Redline: practice history (${attempts.length} attempt${attempts.length === 1 ? '' : 's'})`, matchOnDescription: true, matchOnDetail: true, placeHolder: 'Open an attempt' },
      );
      chosen = pick?.attempt;
    }
    if (chosen) {
      try {
        await vscode.window.showTextDocument(vscode.Uri.parse(chosen.uri), { preview: false });
      } catch {
        void vscode.window.showWarningMessage(`Redline: the answer file ${chosen.file} no longer exists.`);
      }
    }
    return attempts;
  }

  private async viewData(document: vscode.TextDocument): Promise<PracticeViewData | undefined> {
    const meta = readPracticeMeta(document.getText());
    if (!meta) return undefined;
    let trend: Trend;
    try {
      trend = buildTrend(await this.store.read(), meta.kind, document.uri.toString());
    } catch (error) {
      this.deps.log(`practice history unreadable: ${String(error)}`);
      trend = buildTrend({ version: 1, attempts: [] }, meta.kind);
    }
    return {
      kind: meta.kind,
      prompt: meta.prompt,
      ...(meta.promptId ? { promptId: meta.promptId } : {}),
      timeLimitMinutes: meta.timeLimitMinutes,
      finished: Boolean(meta.finishedAt),
      trend,
    };
  }

  dispose(): void {
    this.stop();
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function attemptId(uri: vscode.Uri, meta: PracticeMeta): string {
  return `${uri.toString()}#${meta.startedAt}`;
}

/** `name`, or `name` with -2, -3… when a file of that name exists. */
async function freeName(dir: vscode.Uri, name: string): Promise<vscode.Uri> {
  for (let n = 1; ; n++) {
    const uri = vscode.Uri.joinPath(dir, n === 1 ? name : name.replace(/(\.\w+\.md)$/, `-${n}$1`));
    try {
      await vscode.workspace.fs.stat(uri);
    } catch {
      return uri;
    }
  }
}

// The score webview's page: a strict Content-Security-Policy (no inline script or style, one
// script allowed by its nonce) and no document text at all; media/score.js renders the
// score with textContent only.

/** A fresh, unguessable nonce for each page (128 random bits; Web Crypto, so it also runs on vscode.dev). */
export function nonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export interface ScorePage {
  nonce: string;
  /** The webview's `cspSource` (where its local resources come from). */
  cspSource: string;
  css: string;
  js: string;
}

export function scoreHtml(page: ScorePage): string {
  const { nonce, cspSource, css, js } = page;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src ${cspSource}; script-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${css}">
<title>Redline score</title>
</head>
<body>
<main id="app" aria-live="polite"><p class="muted">Scoring…</p></main>
<script nonce="${nonce}" src="${js}"></script>
</body>
</html>`;
}

// Renders the Redline score in the webview. Every piece of document text is set with
// textContent (never innerHTML), so nothing from the document can run or inject markup.
(function () {
  const vscode = acquireVsCodeApi();
  const app = document.getElementById('app');

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function button(label, title, onClick, className) {
    const b = el('button', className || 'link', label);
    b.type = 'button';
    if (title) b.title = title;
    b.addEventListener('click', onClick);
    return b;
  }

  const SOURCE = { frontmatter: 'front matter', filename: 'file name', content: 'content', override: 'override' };
  const BAND_CLASS = { 'AI-native': 'band-native', 'AI-curious': 'band-curious', Traditional: 'band-traditional', 'not-ai': 'band-none' };

  function renderHeader(file, result) {
    const header = el('header', 'summary');
    header.appendChild(el('p', 'file muted', file));
    const line = el('div', 'headline');
    if (result.score === null) {
      line.appendChild(el('span', 'score none', '—'));
    } else {
      const score = el('span', 'score', result.score);
      score.setAttribute('aria-label', 'Score ' + result.score + ' out of 100');
      line.appendChild(score);
      line.appendChild(el('span', 'out-of muted', '/ 100'));
    }
    const band = el('span', 'band ' + (BAND_CLASS[result.band] || ''), result.band === 'not-ai' ? 'not an AI product' : result.band);
    line.appendChild(band);
    header.appendChild(line);
    header.appendChild(el('p', 'muted', 'Kind: ' + result.kind + ' (from ' + (SOURCE[result.kindSource] || result.kindSource) + ')'));
    return header;
  }

  function renderNotAi(result) {
    const box = el('section', 'not-ai');
    box.appendChild(el('h2', '', 'No score: this document is not about an AI product'));
    for (const note of result.notes || []) box.appendChild(el('p', '', note));
    box.appendChild(
      button('Treat as an AI product (ai: true)', 'Adds `ai: true` to the front matter', function () {
        vscode.postMessage({ type: 'setAi' });
      }, 'primary'),
    );
    return box;
  }

  function renderDimension(d) {
    const section = el('section', 'dimension');
    const head = el('div', 'dimension-head');
    head.appendChild(el('h3', '', d.label));
    head.appendChild(el('span', 'points', d.score + ' / ' + d.max));
    section.appendChild(head);
    const bar = el('div', 'bar');
    bar.setAttribute('role', 'meter');
    bar.setAttribute('aria-label', d.label);
    bar.setAttribute('aria-valuemin', '0');
    bar.setAttribute('aria-valuemax', String(d.max));
    bar.setAttribute('aria-valuenow', String(d.score));
    const fill = el('div', 'fill');
    // CSSOM, not a style attribute: allowed by the strict CSP.
    fill.style.width = (d.max ? Math.round((100 * d.score) / d.max) : 0) + '%';
    bar.appendChild(fill);
    section.appendChild(bar);
    if (d.evidence && d.evidence.length) {
      const list = el('ul', 'evidence');
      for (const ev of d.evidence) {
        const item = el('li');
        const b = button('Line ' + ev.line, 'Reveal line ' + ev.line + ' in the editor', function () {
          vscode.postMessage({ type: 'reveal', line: ev.line });
        });
        item.appendChild(b);
        item.appendChild(el('span', 'quote', ev.text));
        list.appendChild(item);
      }
      section.appendChild(list);
    }
    if (d.withheldBy && d.withheldBy.length) {
      section.appendChild(el('p', 'withheld muted', 'Withheld by: ' + d.withheldBy.join(', ')));
    }
    return section;
  }

  function renderMissing(result, fixable) {
    const section = el('section', 'missing');
    section.appendChild(el('h2', '', 'What is missing'));
    if (!result.next || !result.next.length) {
      section.appendChild(el('p', 'muted', 'Nothing: every dimension has its evidence.'));
      return section;
    }
    const list = el('ol');
    for (const step of result.next) {
      const item = el('li');
      const text = el('div', 'step');
      text.appendChild(el('span', 'step-points', '+' + step.points));
      text.appendChild(el('span', '', step.message));
      text.appendChild(el('code', 'rule muted', step.ruleId));
      item.appendChild(text);
      if (fixable && fixable[step.ruleId]) {
        item.appendChild(
          button(fixable[step.ruleId], 'Inserts the skeleton where it belongs, with placeholders to fill in', function () {
            vscode.postMessage({ type: 'insert', ruleId: step.ruleId });
          }, 'secondary'),
        );
      }
      list.appendChild(item);
    }
    section.appendChild(list);
    return section;
  }

  function render(message) {
    app.replaceChildren();
    const result = message.result;
    if (!result) {
      app.appendChild(el('p', 'muted', 'Open a Markdown document to score it.'));
      return;
    }
    app.appendChild(renderHeader(message.file, result));
    if (result.band === 'not-ai') {
      app.appendChild(renderNotAi(result));
      return;
    }
    const dims = el('div', 'dimensions');
    for (const d of result.dimensions) dims.appendChild(renderDimension(d));
    app.appendChild(dims);
    app.appendChild(renderMissing(result, message.fixable));
    for (const note of result.notes || []) app.appendChild(el('p', 'note muted', note));
    vscode.setState(message);
  }

  window.addEventListener('message', function (event) {
    if (event.data && event.data.type === 'score') render(event.data);
  });
  const saved = vscode.getState();
  if (saved) render(saved);
  vscode.postMessage({ type: 'ready' });
})();

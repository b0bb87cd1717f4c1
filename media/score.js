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

  // ---- Practice progress: the trend of a practice answer's kind, drawn as inline SVG ----

  const SVG = 'http://www.w3.org/2000/svg';
  const CHART = { width: 320, height: 150, left: 30, right: 10, top: 10, bottom: 22 };

  function svg(tag, attributes, text) {
    const node = document.createElementNS(SVG, tag);
    for (const name of Object.keys(attributes || {})) node.setAttribute(name, String(attributes[name]));
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function signed(n) {
    return (n > 0 ? '+' : n < 0 ? '−' : '±') + Math.abs(n);
  }

  function shortDate(iso) {
    const d = new Date(iso);
    return isNaN(d.getTime()) ? '' : d.toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
  }

  /** Each series as percentages (0–100) per attempt: the total, then one per dimension. */
  function seriesOf(trend) {
    const all = [{ id: 'total', label: 'Total', max: 100, values: trend.points.map(function (p) { return p.score; }) }];
    trend.dimensions.forEach(function (d) {
      all.push({ id: d.id, label: d.label, max: d.max, values: trend.points.map(function (p) { return typeof p.dimensions[d.id] === 'number' ? p.dimensions[d.id] : null; }) });
    });
    return all;
  }

  function renderChart(trend) {
    const n = trend.points.length;
    const plotW = CHART.width - CHART.left - CHART.right;
    const plotH = CHART.height - CHART.top - CHART.bottom;
    const x = function (i) { return Math.round(CHART.left + (n === 1 ? plotW / 2 : (plotW * i) / (n - 1))); };
    const y = function (pct) { return Math.round(CHART.top + plotH - (plotH * Math.max(0, Math.min(100, pct))) / 100); };
    const chart = svg('svg', { viewBox: '0 0 ' + CHART.width + ' ' + CHART.height, class: 'trend-chart', role: 'img', 'aria-label': 'Score trend across ' + n + ' attempts' });
    [0, 50, 80, 100].forEach(function (pct) {
      chart.appendChild(svg('line', { x1: CHART.left, x2: CHART.width - CHART.right, y1: y(pct), y2: y(pct), class: 'grid' }));
      chart.appendChild(svg('text', { x: CHART.left - 4, y: y(pct) + 3, class: 'axis', 'text-anchor': 'end' }, pct));
    });
    trend.points.forEach(function (p, i) {
      chart.appendChild(svg('text', { x: x(i), y: CHART.height - 6, class: 'axis' + (p.current ? ' current' : ''), 'text-anchor': 'middle' }, '#' + (i + 1)));
    });
    seriesOf(trend).forEach(function (series, s) {
      const cls = series.id === 'total' ? 'series series-total' : 'series series-' + ((s - 1) % 8);
      const group = svg('g', { class: cls, 'data-series': series.id });
      const coords = [];
      series.values.forEach(function (v, i) {
        if (v === null || !series.max) return;
        coords.push(x(i) + ',' + y((100 * v) / series.max));
      });
      if (coords.length > 1) group.appendChild(svg('polyline', { points: coords.join(' '), fill: 'none' }));
      series.values.forEach(function (v, i) {
        if (v === null || !series.max) return;
        const dot = svg('circle', { cx: x(i), cy: y((100 * v) / series.max), r: series.id === 'total' ? 3.5 : 2.5 });
        dot.appendChild(svg('title', {}, series.label + ': ' + v + ' / ' + series.max + ' (attempt ' + (i + 1) + ', ' + shortDate(trend.points[i].date) + ')'));
        group.appendChild(dot);
      });
      chart.appendChild(group);
    });
    return chart;
  }

  function renderLegend(trend) {
    const list = el('ul', 'legend');
    const cmp = trend.comparison;
    seriesOf(trend).forEach(function (series, s) {
      const item = el('li');
      item.appendChild(el('span', 'swatch ' + (series.id === 'total' ? 'series-total' : 'series-' + ((s - 1) % 8))));
      item.appendChild(el('span', 'legend-label', series.label));
      const last = series.values[series.values.length - 1];
      item.appendChild(el('span', 'points', last === null ? '—' : last + ' / ' + series.max));
      const delta = cmp ? (series.id === 'total' ? cmp.total : cmp.dimensions[series.id]) : undefined;
      if (typeof delta === 'number') item.appendChild(el('span', 'delta ' + (delta > 0 ? 'up' : delta < 0 ? 'down' : 'same'), signed(delta)));
      list.appendChild(item);
    });
    return list;
  }

  function renderPractice(practice) {
    const section = el('section', 'practice');
    section.appendChild(el('h2', '', 'Practice'));
    section.appendChild(el('blockquote', 'prompt', practice.prompt));
    const trend = practice.trend;
    if (!practice.finished) {
      section.appendChild(el('p', 'muted', 'In progress: run "Redline: Finish practice" (or let the clock run out) to store this attempt.'));
    }
    if (!trend.points.length) {
      section.appendChild(el('p', 'muted', 'No finished ' + practice.kind + ' attempts yet: your progress appears here after the first one.'));
    } else {
      section.appendChild(el('h3', '', 'Progress over ' + trend.points.length + ' ' + practice.kind + ' attempt' + (trend.points.length === 1 ? '' : 's')));
      const cmp = trend.comparison;
      if (cmp) {
        const from = trend.points[cmp.from];
        const to = trend.points[cmp.to];
        section.appendChild(el('p', 'comparison', 'Attempt ' + (cmp.to + 1) + ' vs attempt ' + (cmp.from + 1) + ': ' + from.score + ' → ' + to.score + ' (' + signed(cmp.total) + ')'));
      }
      section.appendChild(renderChart(trend));
      section.appendChild(renderLegend(trend));
      const list = el('ol', 'attempts');
      trend.points.forEach(function (p, i) {
        const item = el('li', p.current ? 'current' : '');
        item.appendChild(button(p.score + ' / 100', 'Open the answer of attempt ' + (i + 1), function () {
          vscode.postMessage({ type: 'openAttempt', id: p.id });
        }));
        item.appendChild(el('span', 'muted', shortDate(p.date)));
        item.appendChild(el('span', 'attempt-prompt', p.prompt));
        list.appendChild(item);
      });
      section.appendChild(list);
    }
    const focus = trend.focus;
    if (focus) {
      const box = el('div', 'focus');
      box.appendChild(el('h3', '', 'Work on this next: ' + focus.label));
      box.appendChild(el('p', 'muted', 'You earned ' + Math.round(focus.share * 100) + '% of its ' + focus.max + ' points over your last ' + (focus.over === 1 ? 'attempt' : focus.over + ' attempts') + '.'));
      if (focus.suggestion) {
        box.appendChild(el('p', 'suggestion', focus.suggestion.text));
        const promptId = focus.suggestion.id;
        box.appendChild(button('Practise this prompt', 'Starts a new timed practice answer to this prompt', function () {
          vscode.postMessage({ type: 'practice', promptId: promptId });
        }, 'secondary'));
      }
      section.appendChild(box);
    }
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
    if (message.practice) app.appendChild(renderPractice(message.practice));
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

// The operator console: one tab at a time, polling its JSON every 2 s only while the page is visible. Every figure is
// the cluster's: the pipeline sums what each silo reports to one grain; the other pages read grains and shared tables.
(function () {
  'use strict';
  const C = window.Charts;
  const POLL_MS = 2000;
  const main = document.getElementById('page');
  const status = document.getElementById('status');
  let page = null, timer = null, lastBody = null, inFlight = false;

  function h(tag, props, ...children) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'class') el.className = v;
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
      else if (v !== undefined && v !== null) el.setAttribute(k, v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined) el.append(c instanceof Node ? c : String(c));
    return el;
  }
  const fmtMs = v => v >= 1000 ? (v / 1000).toFixed(1) + ' s' : v >= 10 ? v.toFixed(0) + ' ms' : v.toFixed(2) + ' ms';
  const pct = v => (v * 100).toFixed(v > 0 && v < 0.01 ? 2 : 1) + '%';
  const ago = s => s >= 3600 ? (s / 3600).toFixed(1) + ' h' : s >= 60 ? (s / 60).toFixed(0) + ' min' : Math.round(s) + ' s';

  function kpi(label, value, key, cls) {
    return h('div', { class: 'kpi' }, h('div', { class: 'label' }, label), h('div', { class: 'value ' + (cls || ''), 'data-kpi': key }, value));
  }
  function card(title, ...body) { return h('div', { class: 'card' }, h('h3', {}, ...[].concat(title)), ...body); }
  function chart(times, series, opts) { const box = h('div'); C.line(box, times, series, opts); return box; }
  function barBox(items, unit) { const box = h('div'); C.bars(box, items, unit); return box; }
  function table(cols, rows, empty) {
    if (!rows.length) return h('div', { class: 'empty' }, empty || 'nothing yet');
    return h('table', {},
      h('thead', {}, h('tr', {}, cols.map(c => h('th', { class: c.num ? 'num' : '' }, c.t)))),
      h('tbody', {}, rows.map(r => h('tr', {}, cols.map(c => h('td', { class: c.num ? 'num' : c.wrap ? 'wrap' : '' }, c.f(r)))))));
  }
  const pages = {
    streams: { url: 'streams', render(d) {
      const waiting = d.queues.reduce((a, q) => a + q.waiting, 0);
      return [
        h('div', { class: 'kpis' },
          kpi('Messages waiting', waiting, 'waiting'),
          kpi('Consumer lag', fmtMs(Math.max(0, ...d.queues.map(q => q.oldestAgeMs))), 'lag'),
          kpi('Dead letters', d.deadLetters.length, 'deadletters', d.deadLetters.length ? 'bad' : 'ok'),
          d.pulling ? kpi('Queues pulled', `${d.pulling.pulled} / ${d.pulling.queues}`, 'pulled', d.pulling.pulled >= d.pulling.queues ? 'ok' : 'bad') : kpi('Queues pulled', '?', 'pulled', 'bad'),
          d.pulling ? kpi('Silos pulling', d.pulling.silos, 'pullingsilos') : null),
        h('h2', {}, `Queues of "${d.provider}"`),
        d.monitored ? table([
          { t: 'Queue', f: q => q.queueId }, { t: 'Waiting', num: 1, f: q => q.waiting }, { t: 'In flight', num: 1, f: q => q.inFlight },
          { t: 'Consumer lag (oldest waiting)', num: 1, f: q => fmtMs(q.oldestAgeMs) }, { t: 'Dead letters', num: 1, f: q => q.deadLetters }], d.queues)
          : h('div', { class: 'empty' }, 'Memory streams keep no queue table: nothing to show.'),
        h('h2', {}, 'Dead letters'),
        table([
          { t: 'Id', f: x => x.id }, { t: 'Queue', f: x => x.queueId }, { t: 'Stream', f: x => x.stream || '—' },
          { t: 'Event', f: x => x.eventType || '—' }, { t: 'Attempts', num: 1, f: x => x.attempts },
          { t: 'Failed', f: x => new Date(x.failedAt).toLocaleTimeString() },
          { t: '', f: x => h('button', { onclick: () => act(`deadletters/${encodeURIComponent(x.id)}/replay`, null, `Dead letter ${x.id} replayed`) }, 'Replay') }], d.deadLetters, 'no dead letters'),
      ];
    } },
    pipeline: { url: 'pipeline', render(d) {
      const t = d.history.times, v = d.history.values;
      const outcomes = Object.keys(d.decisionTotals).sort();
      return [
        h('div', { class: 'kpis' },
          kpi('Submissions / s', C.fmt(d.submissionsPerSecond), 'submissions'),
          kpi('Decisions', outcomes.reduce((a, o) => a + d.decisionTotals[o], 0), 'decisions'),
          kpi('Visible lag p50 ≤', fmtMs(d.lagP50Ms), 'lag50'),
          kpi('Visible lag p95 ≤', fmtMs(d.lagP95Ms), 'lag95'),
          kpi('Visible lag p99 ≤', fmtMs(d.lagP99Ms), 'lag99'),
          kpi('Published, measured', d.publishedMeasured, 'published'),
          kpi('Silos reporting', d.silos, 'silos')),
        h('div', { class: 'grid' },
          card('Submissions per second', chart(t, [{ name: 'submissions/s', values: v.submissionsPerSecond }])),
          card('Submit-to-visible lag', chart(t, [{ name: 'p50', values: v.lagP50Ms }, { name: 'p95', values: v.lagP95Ms, color: '#fbbf24' }, { name: 'p99', values: v.lagP99Ms, color: '#f472b6' }], { unit: 'ms' })),
          card('Decisions by outcome (since start)', barBox(outcomes.map(o => ({ label: o, value: d.decisionTotals[o], color: outcomeColor(o) })))),
          card('Decisions per second', chart(t, outcomes.map(o => ({ name: o, values: v['decided:' + o], color: outcomeColor(o) })))),
          card('Velocity blocks by kind (since start)', Object.keys(d.velocityBlocks).length
            ? barBox(Object.keys(d.velocityBlocks).sort().map(k => ({ label: k, value: d.velocityBlocks[k] })))
            : h('p', {}, 'no submissions blocked'))),
      ];
    } },
    moderation: { url: 'moderation', render(d) {
      const total = d.clients.reduce((a, c) => a + c.held, 0);
      return [
        h('div', { class: 'kpis' },
          kpi('Held for humans', total, 'held', total > 0 ? 'bad' : 'ok'),
          kpi('Oldest waiting', ago(Math.max(0, ...d.clients.map(c => c.oldestWaitingSeconds))), 'oldest')),
        card('Queue size per client', barBox(d.clients.map(c => ({ label: c.clientId, value: c.held })))),
        d.clients.filter(c => c.items.length).map(c => [
          h('h2', {}, `${c.clientId} — ${c.held} held, ${c.sampled} sampled, oldest ${ago(c.oldestWaitingSeconds)}`),
          table([
            { t: 'Content', f: x => x.contentId }, { t: 'Product', f: x => x.productId }, { t: 'Why', f: x => x.sampled ? 'sample: ' + x.reason : x.reason },
            { t: 'Waiting', num: 1, f: x => ago((Date.now() - Date.parse(x.queuedAt)) / 1000) }, { t: 'Excerpt', wrap: 1, f: x => x.excerpt || '' },
            { t: '', f: x => h('span', { 'data-content': x.contentId },
              h('button', { class: 'approve', onclick: () => decide(x.contentId, true) }, 'Approve'), ' ',
              h('button', { class: 'reject', onclick: () => decide(x.contentId, false) }, 'Reject')) }], c.items)]),
        h('h2', {}, 'Models'),
        table([
          { t: 'Model', f: m => m.id }, { t: 'Active', num: 1, f: m => 'v' + m.activeVersion }, { t: 'Versions', f: m => m.versions.map(x => 'v' + x).join(' ') },
          { t: 'Labels', num: 1, f: m => m.activeMetrics.labels }, { t: 'Precision', num: 1, f: m => pct(m.activeMetrics.precision) },
          { t: 'Recall', num: 1, f: m => pct(m.activeMetrics.recall) }, { t: 'F1', num: 1, f: m => m.activeMetrics.f1.toFixed(3) },
          { t: 'Shadow', f: m => m.shadowVersion ? 'v' + m.shadowVersion : '—' },
          { t: 'Shadow agreement', num: 1, f: m => m.shadowAgreement == null ? '—' : `${pct(m.shadowAgreement)} of ${m.shadowComparisons}` },
          { t: 'Examples', num: 1, f: m => m.trainingExamples }], d.models),
      ];
    } },
    anomalies: { url: 'anomalies?hours=48', render(d) {
      if (!d.length) return [h('div', { class: 'empty' }, 'No signal has events yet: POST /data/events feeds the models.')];
      const alerts = d.flatMap(r => r.alerts.map(a => Object.assign({ clientId: r.clientId }, a)));
      return [
        h('div', { class: 'kpis' }, kpi('Alerts (7 days)', alerts.length, 'alerts', alerts.length ? 'bad' : 'ok'), kpi('Signals watched', d.length, 'signals')),
        h('div', { class: 'grid' }, d.map(r => {
          const times = r.series.map(p => Date.parse(p.hour));
          const alerted = new Set(r.alerts.map(a => Date.parse(a.hour)));
          const marks = r.series.map((p, i) => alerted.has(Date.parse(p.hour)) ? { i, v: p.observed } : null).filter(Boolean);
          return card([`${r.clientId} · ${r.signal}`, h('small', {}, `${r.alerts.length} alerts`)],
            chart(times, [{ name: 'observed', values: r.series.map(p => p.observed) }, { name: 'expected', values: r.series.map(p => p.expected), color: '#94a3b8', dash: 1 }],
              { band: { low: r.series.map(p => p.low), high: r.series.map(p => p.high) }, marks, timeLabel: ms => new Date(ms).toISOString().slice(11, 16) }));
        })),
        h('h2', {}, 'Alerts'),
        table([{ t: 'Client', f: a => a.clientId }, { t: 'Signal', f: a => a.signal }, { t: 'Hour', f: a => new Date(a.hour).toISOString().slice(0, 16).replace('T', ' ') },
          { t: 'Kind', f: a => h('span', { class: 'pill ' + a.kind }, a.kind) }, { t: 'Observed', num: 1, f: a => C.fmt(a.observed) },
          { t: 'Expected', num: 1, f: a => C.fmt(a.expected) }, { t: 'Band', num: 1, f: a => `${C.fmt(a.low)} – ${C.fmt(a.high)}` }], alerts, 'no alerts'),
      ];
    } },
    clients: { url: 'clients', render(d) {
      const sum = (c, k) => c.content[k] || 0;
      return [
        h('div', { class: 'kpis' }, kpi('Tenants', d.length, 'tenants'), kpi('Products', d.reduce((a, c) => a + c.products, 0), 'products'),
          kpi('Edges', d.reduce((a, c) => a + c.syndicatesTo.length, 0), 'edges')),
        h('table', {}, h('thead', {}, h('tr', {}, ['Client', 'Name', 'Kind', 'Products', 'Approved', 'Held', 'Rejected', 'Syndicates to', 'Receives from', 'Keys'].map(x => h('th', {}, x)))),
          h('tbody', {}, d.map(c => h('tr', { 'data-client': c.id },
            h('td', {}, c.id), h('td', {}, c.name), h('td', {}, c.kind), h('td', { class: 'num' }, c.products),
            h('td', { class: 'num' }, sum(c, 'approved')), h('td', { class: 'num' }, sum(c, 'held')), h('td', { class: 'num' }, sum(c, 'rejected')),
            h('td', {}, c.syndicatesTo.join(', ') || '—'), h('td', {}, c.receivesFrom.join(', ') || '—'), h('td', { class: 'num' }, c.activeKeys))))),
        card('Content by client', barBox(d.map(c => ({ label: c.name, value: Object.values(c.content).reduce((a, b) => a + b, 0) })))),
      ];
    } },
  };

  function outcomeColor(o) {
    return o.includes('approved') ? '#34d399' : o.includes('rejected') ? '#f87171' : o.includes('held') ? '#fbbf24' : '#94a3b8';
  }

  function toast(text) {
    const el = h('div', { class: 'toast', role: 'status' }, text);
    document.body.append(el);
    setTimeout(() => el.remove(), 3000);
  }

  // Actions are the admin API's own endpoints; the session cookie authenticates them, the header proves same origin.
  async function act(path, body, done) {
    const res = await fetch('/admin/' + path, {
      method: 'POST', headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-Ugc-Dashboard': '1' },
      body: body ? JSON.stringify(body) : null,
    });
    if (res.status === 401) { location.href = '/dashboard/login'; return; }
    let detail = '';
    if (!res.ok) { try { detail = (await res.json()).detail || ''; } catch (e) { detail = ''; } }
    toast(res.ok ? done : `Failed: ${res.status} ${detail}`);
    lastBody = null;
    refresh();
  }

  function decide(contentId, approve) {
    return act(`content/${encodeURIComponent(contentId)}/decision`,
      { decision: approve ? 'approve' : 'reject', reason: approve ? 'approved from the console' : 'rejected from the console' },
      `${contentId} ${approve ? 'approved' : 'rejected'}`);
  }

  async function refresh() {
    if (document.hidden || inFlight) return;
    const current = page;
    inFlight = true;
    try {
      const res = await fetch('/dashboard/api/' + pages[current].url, { headers: { Accept: 'application/json' } });
      if (res.status === 401) { location.href = '/dashboard/login'; return; }
      if (!res.ok) throw new Error(res.status + ' ' + res.statusText);
      const text = await res.text();
      status.textContent = 'updated ' + new Date().toLocaleTimeString();
      status.classList.remove('stale');
      // Unchanged data is not redrawn: keeps buttons stable under the pointer and the page cheap.
      if (current !== page || text === lastBody) return;
      lastBody = text;
      main.replaceChildren(...[pages[current].render(JSON.parse(text))].flat(3));
      main.dataset.page = current;
    } catch (e) {
      status.textContent = 'update failed: ' + e.message;
      status.classList.add('stale');
    } finally {
      inFlight = false;
    }
  }

  function show() {
    const name = (location.hash || '#pipeline').slice(1);
    page = pages[name] ? name : 'pipeline';
    lastBody = null;
    for (const a of document.querySelectorAll('#tabs a')) a.classList.toggle('active', a.dataset.page === page);
    main.replaceChildren(h('div', { class: 'empty' }, 'loading…'));
    refresh();
  }

  function schedule() {
    clearInterval(timer);
    timer = null;
    if (!document.hidden) { timer = setInterval(refresh, POLL_MS); refresh(); }
  }

  document.getElementById('logout').addEventListener('click', async () => {
    await fetch('/dashboard/logout', { method: 'POST', headers: { 'X-Ugc-Dashboard': '1' } });
    location.href = '/dashboard/login';
  });
  window.addEventListener('hashchange', show);
  document.addEventListener('visibilitychange', schedule);
  show();
  schedule();
})();

// Small SVG charts drawn by hand: no library, nothing fetched. Exposes window.Charts.
(function () {
  'use strict';
  const NS = 'http://www.w3.org/2000/svg';
  const COLORS = ['#38bdf8', '#f472b6', '#34d399', '#fbbf24', '#a78bfa', '#fb923c', '#f87171', '#94a3b8'];

  function svg(tag, attrs) {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, String(v));
    return el;
  }

  // A "nice" axis maximum (1, 2, 2.5 or 5 times a power of ten) so tick labels read at a glance.
  function niceMax(v) {
    if (!(v > 0)) return 1;
    const p = Math.pow(10, Math.floor(Math.log10(v)));
    for (const m of [1, 2, 2.5, 5, 10]) if (v <= m * p) return m * p;
    return 10 * p;
  }

  function fmt(v) {
    if (v === 0) return '0';
    const a = Math.abs(v);
    if (a >= 1e6) return (v / 1e6).toFixed(1) + 'M';
    if (a >= 1e3) return (v / 1e3).toFixed(a >= 1e4 ? 0 : 1) + 'k';
    if (a >= 10) return v.toFixed(0);
    if (a >= 1) return v.toFixed(1);
    return v.toFixed(2);
  }

  function relTime(ms, now) {
    const s = Math.round((now - ms) / 1000);
    if (s <= 0) return 'now';
    return s >= 60 ? '-' + Math.round(s / 60) + 'm' : '-' + s + 's';
  }

  // series: [{name, values, color?, dash?}]; opts: {unit, band: {low, high}, marks: [{i, color}], timeLabel}
  function line(container, times, series, opts) {
    opts = opts || {};
    container.replaceChildren();
    const W = 600, H = 180, L = 44, R = 8, T = 8, B = 20;
    const root = svg('svg', { class: 'chart', viewBox: `0 0 ${W} ${H}`, preserveAspectRatio: 'none', role: 'img' });
    const n = times.length;
    let max = 0;
    for (const s of series) for (const v of s.values) if (v > max) max = v;
    if (opts.band) for (const v of opts.band.high) if (v > max) max = v;
    max = niceMax(max);
    const x = i => L + (n <= 1 ? 0 : (i / (n - 1)) * (W - L - R));
    const y = v => T + (1 - Math.min(v, max) / max) * (H - T - B);
    for (let k = 0; k <= 4; k++) {
      const v = (max * k) / 4;
      root.append(svg('line', { class: 'grid-line', x1: L, x2: W - R, y1: y(v), y2: y(v) }));
      const t = svg('text', { x: L - 4, y: y(v) + 3, 'text-anchor': 'end' });
      t.textContent = fmt(v) + (k === 4 && opts.unit ? ' ' + opts.unit : '');
      root.append(t);
    }
    if (n > 1) {
      const now = times[n - 1];
      for (const i of [0, Math.floor((n - 1) / 2), n - 1]) {
        const t = svg('text', { x: x(i), y: H - 6, 'text-anchor': i === 0 ? 'start' : i === n - 1 ? 'end' : 'middle' });
        t.textContent = opts.timeLabel ? opts.timeLabel(times[i]) : relTime(times[i], now);
        root.append(t);
      }
    }
    if (opts.band && n > 1) {
      const top = opts.band.high.map((v, i) => `${x(i)},${y(v)}`);
      const bottom = opts.band.low.map((v, i) => `${x(i)},${y(Math.max(0, v))}`).reverse();
      root.append(svg('polygon', { class: 'band', points: top.concat(bottom).join(' ') }));
    }
    series.forEach((s, k) => {
      const color = s.color || COLORS[k % COLORS.length];
      if (n === 1) {
        root.append(svg('circle', { cx: x(0), cy: y(s.values[0]), r: 3, fill: color }));
        return;
      }
      const pts = s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
      root.append(svg('polyline', { points: pts, fill: 'none', stroke: color, 'stroke-width': 2, 'stroke-dasharray': s.dash ? '5 4' : 'none', 'vector-effect': 'non-scaling-stroke' }));
    });
    for (const m of opts.marks || []) root.append(svg('circle', { cx: x(m.i), cy: y(m.v), r: 4, fill: m.color || '#f87171' }));
    container.append(root);
    const legend = document.createElement('div');
    legend.className = 'legend';
    series.forEach((s, k) => {
      const item = document.createElement('span');
      const sw = document.createElement('i');
      sw.style.background = s.color || COLORS[k % COLORS.length];
      const last = s.values.length ? s.values[s.values.length - 1] : 0;
      item.append(sw, `${s.name} ${fmt(last)}${opts.unit ? ' ' + opts.unit : ''}`);
      legend.append(item);
    });
    if (opts.band) {
      const item = document.createElement('span');
      const sw = document.createElement('i');
      sw.style.background = '#38bdf866';
      item.append(sw, 'model band');
      legend.append(item);
    }
    container.append(legend);
  }

  // items: [{label, value, color?}] as horizontal bars scaled to the largest.
  function bars(container, items, unit) {
    container.replaceChildren();
    container.classList.add('bars');
    const max = Math.max(1e-9, ...items.map(i => i.value));
    items.forEach((item, k) => {
      const row = document.createElement('div');
      row.className = 'row';
      const label = document.createElement('span');
      label.textContent = item.label;
      const track = document.createElement('div');
      track.className = 'track';
      const fill = document.createElement('div');
      fill.className = 'fill';
      fill.style.width = `${(100 * item.value) / max}%`;
      fill.style.background = item.color || COLORS[k % COLORS.length];
      track.append(fill);
      const val = document.createElement('span');
      val.className = 'val';
      val.textContent = fmt(item.value) + (unit ? ' ' + unit : '');
      row.append(label, track, val);
      container.append(row);
    });
    if (items.length === 0) container.textContent = 'nothing yet';
  }

  window.Charts = { line, bars, fmt, COLORS };
})();

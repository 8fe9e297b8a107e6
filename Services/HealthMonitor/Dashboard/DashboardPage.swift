/// The dashboard page. Everything is inline: the page must work with no network but the monitor's own API, and the
/// content security policy forbids anything else. Data is rendered with `textContent`, never `innerHTML`, so a
/// service's detail or an alert message cannot inject markup.
///
/// Each service card carries `data-service` and `data-status`, which the browser test reads.
enum DashboardPage {
    static let html = #"""
<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>CommerceAI · Health</title>
<style>
:root {
  --bg: #f4f6fa; --panel: #ffffff; --text: #172033; --muted: #667085; --line: #e4e8ef;
  --ok: #12a150; --ok-bg: #e7f7ee; --warn: #c77700; --warn-bg: #fff4e0; --down: #d92d20; --down-bg: #fdecea;
  --unknown: #8a94a6; --unknown-bg: #eef1f5; --accent: #3b5bdb; --shadow: 0 1px 2px rgba(16,24,40,.06), 0 1px 3px rgba(16,24,40,.08);
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0e131b; --panel: #171e29; --text: #e6eaf2; --muted: #98a2b3; --line: #263041;
    --ok-bg: #10301f; --warn-bg: #3a2a0c; --down-bg: #3d1512; --unknown-bg: #232b38; --accent: #7c93ff;
    --shadow: none;
  }
}
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  background: var(--bg); color: var(--text); }
header { position: sticky; top: 0; z-index: 2; display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem;
  padding: .9rem clamp(1rem, 3vw, 2rem); background: var(--panel); border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 1.15rem; font-weight: 650; letter-spacing: -.01em; }
header h1 span { color: var(--muted); font-weight: 500; }
.meta { margin-left: auto; color: var(--muted); font-size: .85rem; }
main { padding: clamp(1rem, 3vw, 2rem); max-width: 1400px; margin: 0 auto; display: grid; gap: 1.75rem; }
h2 { margin: 0 0 .75rem; font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); font-weight: 650; }
.summary { display: grid; gap: .6rem; grid-template-columns: repeat(auto-fit, minmax(8rem, 1fr)); }
.tile { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; padding: .7rem 1rem;
  box-shadow: var(--shadow); }
.tile.bad b { color: var(--down); } .tile.warn b { color: var(--warn); }
.tile b { display: block; font-size: 1.5rem; font-variant-numeric: tabular-nums; }
.tile small { color: var(--muted); }
.grid { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fill, minmax(270px, 1fr)); }
.card { background: var(--panel); border: 1px solid var(--line); border-left: 4px solid var(--unknown); border-radius: 12px;
  padding: 1rem 1rem .8rem; box-shadow: var(--shadow); display: grid; gap: .55rem; min-width: 0; }
.card[data-status="ok"] { border-left-color: var(--ok); }
.card[data-status="degraded"] { border-left-color: var(--warn); }
.card[data-status="down"] { border-left-color: var(--down); }
.card-head { display: flex; align-items: center; justify-content: space-between; gap: .5rem; }
.name { font-weight: 650; overflow-wrap: anywhere; }
.badge { display: inline-flex; align-items: center; gap: .35rem; border-radius: 999px; padding: .15rem .6rem; font-size: .78rem;
  font-weight: 650; text-transform: uppercase; letter-spacing: .04em; background: var(--unknown-bg); color: var(--unknown);
  white-space: nowrap; }
.badge::before { content: ""; width: .5rem; height: .5rem; border-radius: 50%; background: currentColor; }
.badge.ok { background: var(--ok-bg); color: var(--ok); }
.badge.degraded, .badge.warning { background: var(--warn-bg); color: var(--warn); }
.badge.down { background: var(--down-bg); color: var(--down); }
.stats { display: grid; grid-template-columns: repeat(3, 1fr); gap: .35rem; }
.stat small { display: block; color: var(--muted); font-size: .72rem; text-transform: uppercase; letter-spacing: .05em; }
.stat span { font-variant-numeric: tabular-nums; font-weight: 600; }
.spark { width: 100%; height: 44px; display: block; }
.spark .line { fill: none; stroke: var(--accent); stroke-width: 1.6; vector-effect: non-scaling-stroke; }
.spark .area { fill: var(--accent); opacity: .12; }
.spark .fail { fill: var(--down); }
.foot { display: flex; justify-content: space-between; gap: .5rem; color: var(--muted); font-size: .78rem; }
.detail { color: var(--down); font-size: .82rem; overflow-wrap: anywhere; }
.card[data-status="degraded"] .detail { color: var(--warn); }
.panel { background: var(--panel); border: 1px solid var(--line); border-radius: 12px; box-shadow: var(--shadow); overflow: hidden; }
table { width: 100%; border-collapse: collapse; font-variant-numeric: tabular-nums; }
th, td { text-align: left; padding: .6rem 1rem; border-bottom: 1px solid var(--line); }
th { font-size: .75rem; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; font-weight: 650; }
tr:last-child td { border-bottom: 0; }
td.num, th.num { text-align: right; }
.alerts { list-style: none; margin: 0; padding: 0; }
.alerts li { display: grid; grid-template-columns: auto 1fr auto; gap: .75rem; align-items: baseline; padding: .65rem 1rem;
  border-bottom: 1px solid var(--line); }
.alerts li:last-child { border-bottom: 0; }
.dot { width: .6rem; height: .6rem; border-radius: 50%; background: var(--unknown); display: inline-block; }
.dot.critical { background: var(--down); } .dot.warning { background: var(--warn); } .dot.info { background: var(--ok); }
.alerts time { color: var(--muted); font-size: .8rem; white-space: nowrap; }
.empty { padding: 1rem; color: var(--muted); }
#banner { display: none; background: var(--down-bg); color: var(--down); padding: .6rem clamp(1rem, 3vw, 2rem); font-weight: 600; }
#banner.show { display: block; }
@media (max-width: 600px) {
  body { font-size: 14px; }
  .meta { margin-left: 0; width: 100%; }
  .grid { grid-template-columns: 1fr; gap: .75rem; }
  .summary { grid-template-columns: repeat(3, 1fr); gap: .45rem; }
  .tile { padding: .5rem .65rem; }
  .tile b { font-size: 1.2rem; }
  .tile small { font-size: .72rem; }
  .card { padding: .8rem .85rem .65rem; gap: .45rem; }
  .spark { height: 34px; }
  thead { display: none; }
  table, tbody, tr, td { display: block; width: 100%; }
  tr { padding: .5rem 0; border-bottom: 1px solid var(--line); }
  td { border: 0; padding: .2rem 1rem; display: flex; justify-content: space-between; }
  td::before { content: attr(data-label); color: var(--muted); font-size: .78rem; text-transform: uppercase; }
  td.num { text-align: left; }
  .alerts li { grid-template-columns: auto 1fr; }
  .alerts time { grid-column: 2; }
}
</style>
</head>
<body>
<header>
  <h1>CommerceAI <span>· Health</span></h1>
  <span id="overall" class="badge">loading</span>
  <span class="meta" id="updated">waiting for the first status…</span>
</header>
<div id="banner" role="alert">The health monitor is not answering; showing the last known state.</div>
<main>
  <section aria-labelledby="summary-title">
    <h2 id="summary-title">Overview</h2>
    <div class="summary" id="summary"></div>
  </section>
  <section aria-labelledby="services-title">
    <h2 id="services-title">Services</h2>
    <div class="grid" id="services"></div>
  </section>
  <section aria-labelledby="queues-title">
    <h2 id="queues-title">Queues</h2>
    <div class="panel" id="queues"></div>
  </section>
  <section aria-labelledby="alerts-title">
    <h2 id="alerts-title">Recent alerts</h2>
    <div class="panel"><ul class="alerts" id="alerts"></ul></div>
  </section>
</main>
<noscript><p class="empty">This dashboard needs JavaScript; the same data is at /api/health/status.</p></noscript>
<script>
"use strict";
const REFRESH_MS = Math.max(1000, Number(new URLSearchParams(location.search).get("refresh")) || 5000);
const SVG = "http://www.w3.org/2000/svg";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === "class") node.className = value; else node.setAttribute(key, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
function badge(status) { return el("span", { class: "badge " + status }, status); }
function ms(value) {
  if (value === null || value === undefined) return "–";
  return value < 10 ? value.toFixed(1) + " ms" : Math.round(value) + " ms";
}
function pct(value) {
  if (value === null || value === undefined) return "–";
  return (value >= 99.995 ? "100" : value.toFixed(2)) + "%";
}
function ago(iso) {
  if (!iso) return "never";
  const seconds = Math.max(0, (Date.now() - Date.parse(iso)) / 1000);
  if (seconds < 60) return Math.round(seconds) + " s ago";
  if (seconds < 3600) return Math.round(seconds / 60) + " min ago";
  if (seconds < 86400) return Math.round(seconds / 3600) + " h ago";
  return Math.round(seconds / 86400) + " d ago";
}
function clock(iso) {
  return new Date(iso).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", second: "2-digit", hourCycle: "h23" });
}

function sparkline(points) {
  const width = 240, height = 44, pad = 3;
  const svg = document.createElementNS(SVG, "svg");
  svg.setAttribute("class", "spark");
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("role", "img");
  const latencies = points.map(p => p.latencyMs).filter(v => typeof v === "number");
  svg.setAttribute("aria-label", latencies.length ? `latency of the last ${points.length} polls` : "no latency yet");
  if (points.length === 0) return svg;
  const max = Math.max(1, ...latencies) * 1.15;
  const step = points.length > 1 ? (width - 2 * pad) / (points.length - 1) : 0;
  const x = i => pad + i * step;
  const y = v => height - pad - (v / max) * (height - 2 * pad);
  let line = "", first = null, last = null;
  points.forEach((point, i) => {
    if (point.status === "down" || typeof point.latencyMs !== "number") {
      const mark = document.createElementNS(SVG, "rect");
      mark.setAttribute("class", "fail");
      mark.setAttribute("x", Math.max(0, x(i) - 1.5)); mark.setAttribute("y", height - 8);
      mark.setAttribute("width", 3); mark.setAttribute("height", 8);
      svg.append(mark);
      return;
    }
    line += (line ? " L" : "M") + x(i).toFixed(1) + " " + y(point.latencyMs).toFixed(1);
    if (first === null) first = x(i);
    last = x(i);
  });
  if (line) {
    const area = document.createElementNS(SVG, "path");
    area.setAttribute("class", "area");
    area.setAttribute("d", `${line} L${last.toFixed(1)} ${height} L${first.toFixed(1)} ${height} Z`);
    const path = document.createElementNS(SVG, "path");
    path.setAttribute("class", "line");
    path.setAttribute("d", line);
    svg.prepend(area, path);
  }
  return svg;
}

function card(target) {
  const stats = el("div", { class: "stats" },
    el("div", { class: "stat" }, el("small", {}, "latency"), el("span", {}, ms(target.latencyMs))),
    el("div", { class: "stat" }, el("small", {}, "p50 · 1 h"), el("span", {}, ms(target.latencyP50Ms))),
    el("div", { class: "stat" }, el("small", {}, "p95 · 1 h"), el("span", {}, ms(target.latencyP95Ms))),
    el("div", { class: "stat" }, el("small", {}, "uptime 1 h"), el("span", {}, pct(target.uptime["1h"]))),
    el("div", { class: "stat" }, el("small", {}, "24 h"), el("span", {}, pct(target.uptime["24h"]))),
    el("div", { class: "stat" }, el("small", {}, "7 d"), el("span", {}, pct(target.uptime["7d"]))));
  return el("article", { class: "card", "data-service": target.name, "data-status": target.status },
    el("div", { class: "card-head" }, el("span", { class: "name" }, target.name), badge(target.status)),
    target.detail && target.status !== "ok" ? el("div", { class: "detail" }, target.detail) : null,
    sparkline(target.recent || []),
    stats,
    el("div", { class: "foot" },
      el("span", {}, target.since ? "since " + clock(target.since) : "no verdict yet"),
      el("span", {}, "checked " + ago(target.lastCheck))));
}

function queuesPanel(queues) {
  if (!queues.length) return el("p", { class: "empty" }, "No queues are inspected (broker checks are off, or no inspector).");
  const rows = queues.map(q => el("tr", { "data-queue": q.name, "data-status": q.status },
    el("td", { "data-label": "queue" }, el("strong", {}, q.name)),
    el("td", { class: "num", "data-label": "depth" }, q.depth ?? "–"),
    el("td", { class: "num", "data-label": "consumers" }, q.consumers ?? "–"),
    el("td", { class: "num", "data-label": "dead letters" }, q.deadLetters ?? "–"),
    el("td", { "data-label": "state" }, badge(q.status),
      q.conditions.length ? " " + q.conditions.map(c => c.replace("queue_", "").replace("_", " ")).join(", ") : null)));
  return el("table", {},
    el("thead", {}, el("tr", {}, el("th", {}, "Queue"), el("th", { class: "num" }, "Depth"), el("th", { class: "num" }, "Consumers"),
      el("th", { class: "num" }, "Dead letters"), el("th", {}, "State"))),
    el("tbody", {}, ...rows));
}

function render(data) {
  const targets = data.services.concat(data.broker ? [data.broker] : []);
  const overall = document.getElementById("overall");
  overall.className = "badge " + data.status;
  overall.textContent = data.status;
  document.getElementById("updated").textContent = "updated " + clock(data.checkedAt) + " · refreshes every " + REFRESH_MS / 1000 + " s";
  document.title = (data.status === "ok" ? "✓ " : "⚠ ") + "CommerceAI · Health";

  const count = s => targets.filter(t => t.status === s).length;
  const troubled = data.queues.filter(q => q.status === "warning").length;
  const alertsToday = data.alerts.filter(a => Date.now() - Date.parse(a.at) < 86400000 && a.event !== "resolved").length;
  document.getElementById("summary").replaceChildren(
    el("div", { class: "tile" }, el("b", {}, count("ok") + " / " + targets.length), el("small", {}, "targets ok")),
    el("div", { class: count("down") ? "tile bad" : "tile" }, el("b", {}, count("down")), el("small", {}, "down")),
    el("div", { class: count("degraded") ? "tile warn" : "tile" }, el("b", {}, count("degraded")), el("small", {}, "degraded")),
    el("div", { class: troubled ? "tile warn" : "tile" }, el("b", {}, troubled), el("small", {}, "queue issues")),
    el("div", { class: "tile" }, el("b", {}, alertsToday), el("small", {}, "alerts in 24 h")));
  document.getElementById("services").replaceChildren(...targets.map(card));
  document.getElementById("queues").replaceChildren(queuesPanel(data.queues));
  const alerts = data.alerts.map(a => el("li", { "data-alert": a.id },
    el("span", { class: "dot " + a.severity, title: a.severity }),
    el("span", {}, a.message),
    el("time", { datetime: a.at }, clock(a.at))));
  document.getElementById("alerts").replaceChildren(...(alerts.length ? alerts : [el("li", { class: "empty" }, "No alerts. All quiet.")]));
}

async function refresh() {
  try {
    const response = await fetch("/api/health/status", { cache: "no-store", headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error("HTTP " + response.status);
    render(await response.json());
    document.getElementById("banner").classList.remove("show");
  } catch (error) {
    document.getElementById("banner").classList.add("show");
  } finally {
    setTimeout(refresh, REFRESH_MS);
  }
}
refresh();
</script>
</body>
</html>
"""#
}

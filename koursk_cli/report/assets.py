"""The report page's style sheet and script, inlined into every page (a report never loads anything).

The script only adds a filter box and conveniences on top of a page that is whole without it: every event, figure
and quote is in the HTML. The Content-Security-Policy of the page allows this script by its hash and nothing else.
"""

STYLE = """
:root{color-scheme:light dark;--bg:#fdfdfb;--fg:#1b1b1f;--muted:#5b5b66;--line:#d5d5dc;--card:#ffffff;
--accent:#0b57d0;--confirmed:#1a7f37;--reported:#0a6e8a;--alleged:#9a6700;--denied:#c62828;--conflict:#c62828;
--bar:#0b57d0;--track:#e8e8ee;--s0:#0072b2;--s1:#d55e00;--s2:#009e73;--s3:#cc79a7;--s4:#e69f00;--s5:#56b4e9;
--s6:#8c6d31;--s7:#6a3d9a}
@media (prefers-color-scheme:dark){:root{--bg:#15161a;--fg:#e8e8ec;--muted:#a4a4b0;--line:#3a3b44;--card:#1e1f25;
--accent:#8ab4f8;--confirmed:#57c478;--reported:#5cc4e0;--alleged:#e0b34a;--denied:#ff7b72;--conflict:#ff7b72;
--bar:#8ab4f8;--track:#2c2d35;--s0:#56b4e9;--s1:#f08a4b;--s2:#3ccf9e;--s3:#e29ac6;--s4:#f2c14e;--s5:#9fd4f5;
--s6:#c9a66b;--s7:#b794e0}}
*{box-sizing:border-box}
[hidden]{display:none!important}
html{background:var(--bg);color:var(--fg);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
body{margin:0 auto;max-width:72rem;padding:0 1rem 3rem;overflow-wrap:anywhere}
a{color:var(--accent)}
a:focus-visible,summary:focus-visible,input:focus-visible,[tabindex]:focus-visible{outline:3px solid var(--accent);
outline-offset:2px}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--card);padding:.5rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
header{border-bottom:1px solid var(--line);padding:1rem 0}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}
h2{font-size:1.35rem;margin:2.5rem 0 .75rem;border-bottom:2px solid var(--line)}
h3{font-size:1.15rem;margin:1.75rem 0 .5rem}
h4{font-size:1rem;margin:0}
.selection{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;margin:.75rem 0;font-size:.9rem}
.selection dt{color:var(--muted)}.selection dd{margin:0}
.draft{border:3px solid #b00;padding:.5rem .75rem;margin:.75rem 0}
code,.digest{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85em}
nav ul{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;list-style:none;padding:0;margin:.5rem 0}
.legend{font-size:.85rem;color:var(--muted)}
@media (min-width:40rem){#filter{position:sticky;top:0;z-index:1}html{scroll-padding-top:6rem}}
#filter{background:var(--bg);border-bottom:1px solid var(--line);padding:.5rem 0;
display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center}
#filter input[type=search]{font:inherit;padding:.3rem .5rem;min-width:12rem;flex:1 1 12rem;max-width:28rem}
#filter fieldset{border:0;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem .75rem}
#filter legend{float:left;margin-right:.5rem;color:var(--muted)}
ol.events{list-style:none;margin:0;padding:0}
.period,.measure,.source{content-visibility:auto;contain-intrinsic-size:auto 40rem}/* drawn near the screen only */
.event{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin:.5rem 0}
.event:target,.claim:target{outline:3px solid var(--accent)}
.when{margin:.2rem 0;font-size:.9rem;color:var(--muted)}
.when time{color:var(--fg);font-weight:600}
.mark{display:inline-block;width:1.3em;text-align:center}
.status-confirmed{color:var(--confirmed)}.status-reported{color:var(--reported)}
.status-alleged{color:var(--alleged)}.status-denied{color:var(--denied)}
.bar{position:relative;height:.5rem;background:var(--track);border-radius:3px;margin:.35rem 0;overflow:hidden}
.bar span{position:absolute;top:0;bottom:0;min-width:4px;background:var(--bar);border-radius:3px}
.bar .vague{background:repeating-linear-gradient(135deg,var(--bar) 0 4px,transparent 4px 7px)}
.bar .approximate{opacity:.55}
.bar .uncertain{background:repeating-linear-gradient(90deg,var(--bar) 0 3px,transparent 3px 6px)}
.bar .goes-on{border-top-right-radius:0;border-bottom-right-radius:0}
.meta{font-size:.9rem;margin:.2rem 0}
details{margin:.35rem 0}
summary{cursor:pointer;color:var(--accent)}
blockquote{margin:.5rem 0 .25rem;padding:.25rem .75rem;border-left:3px solid var(--line);font-style:italic}
figure.quote{margin:.5rem 0}figure.quote figcaption{font-size:.85rem;color:var(--muted)}
.cite{font-size:.85rem;background:var(--track);padding:.4rem .6rem;border-radius:4px}
.cite ul{margin:.25rem 0;padding-left:1.1rem}.cite li{white-space:pre-line;margin:.2rem 0}
.basis,.note{font-size:.85rem;color:var(--muted);margin:.25rem 0}
.gap{color:var(--muted);font-style:italic;border-left:3px dotted var(--line);padding-left:.75rem}
.chart svg{display:block;width:100%;height:auto;max-width:60rem;color:var(--fg)}
.chart figcaption ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.25rem 1rem;font-size:.85rem}
.swatch{display:inline-block;width:.9em;height:.9em;border-radius:2px;vertical-align:-.1em;margin-right:.3em}
.s0{fill:var(--s0);background:var(--s0)}.s1{fill:var(--s1);background:var(--s1)}.s2{fill:var(--s2);background:var(--s2)}
.s3{fill:var(--s3);background:var(--s3)}.s4{fill:var(--s4);background:var(--s4)}.s5{fill:var(--s5);background:var(--s5)}
.s6{fill:var(--s6);background:var(--s6)}.s7{fill:var(--s7);background:var(--s7)}
svg .figure{fill-opacity:.7;stroke:currentColor;stroke-width:.5}
svg .figure.conflict{stroke:var(--conflict);stroke-width:2.5;stroke-dasharray:5 3}
svg .figure.conflict.if-exact{stroke-dasharray:1.5 3}
svg .figure.conflict.same-day{stroke-dasharray:3 3}
svg .conflict-mark{fill:var(--conflict);font-weight:700}
svg .axis{stroke:var(--muted);stroke-width:1}svg .grid{stroke:var(--line);stroke-width:1}
svg text{fill:currentColor;font-size:12px}
svg a:focus{outline:none}svg a:focus .figure{stroke:var(--accent);stroke-width:3}
.table-wrap{overflow-x:auto;margin:.5rem 0}
table{border-collapse:collapse;font-size:.9rem;min-width:40rem;width:100%}
caption{text-align:left;color:var(--muted);padding:.25rem 0}
th,td{border-bottom:1px solid var(--line);padding:.35rem .5rem;text-align:left;vertical-align:top}
th{font-weight:600}
th,td{overflow-wrap:normal;word-break:normal;hyphens:none}/* a word wraps whole ("Statu s": rev37u U8) */
td a{overflow-wrap:break-word}td.status{white-space:nowrap}td.quote-cite{min-width:9rem}
td.num{white-space:nowrap;font-variant-numeric:tabular-nums}
.restates{display:block;white-space:normal;font-size:.85rem;color:var(--muted);min-width:12rem}
.conflicts{color:var(--conflict)}
ul.sources{list-style:none;padding:0}
.source{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;margin:.75rem 0}
.source dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem 1rem;font-size:.9rem}
.source dt{color:var(--muted)}.source dd{margin:0}
footer{margin-top:3rem;border-top:1px solid var(--line);padding-top:1rem;font-size:.85rem;color:var(--muted)}
@media (max-width:30rem){html{font-size:15px}body{padding:0 .6rem 2rem}.selection,.source dl{grid-template-columns:1fr}
.selection dd,.source dd{margin-bottom:.35rem}}
@media print{#filter,.skip,nav{display:none!important}.period,.measure,.source{content-visibility:visible}html{background:#fff;color:#000}
.event,.source{break-inside:avoid;border-color:#999}details::details-content{content-visibility:visible;display:block}
summary{color:#000}a{color:#000}}
"""

DRAFT_STYLE = """
.draft-badge{color:#b00;border:2px solid currentColor;border-radius:3px;padding:0 .25em;margin-right:.4em;
font-size:.85em;font-weight:700;white-space:nowrap}
@media (prefers-color-scheme:dark){.draft-badge{color:#ff7b72}}
"""
"""Added to STYLE under --drafts only: a curated store's page stays byte for byte what it was."""

SCRIPT = """
(function () {
  "use strict";
  var form = document.getElementById("filter");
  if (!form) { return; }
  var box = form.querySelector("input[type=search]");
  var checks = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
  var shown = document.getElementById("filter-count");
  var fold = function (text) {
    return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase().replace(/\\s+/g, " ");
  };
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-filter]"));
  var texts = null;  // indexed on first use: reading every entry's text costs seconds on a large page
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-filter-group]"));
  function apply() {
    var words = fold(box.value).trim().split(" ").filter(Boolean);
    if (words.length && !texts) { texts = items.map(function (item) { return fold(item.textContent); }); }
    var statuses = {};
    checks.forEach(function (c) { statuses[c.value] = c.checked; });
    var counts = {event: [0, 0], claim: [0, 0]};
    items.forEach(function (item, k) {
      var keep = statuses[item.dataset.status] !== false && words.every(function (w) {
        return texts[k].indexOf(w) >= 0;
      });
      item.hidden = !keep;
      counts[item.dataset.filter][1] += 1;
      if (keep) { counts[item.dataset.filter][0] += 1; }
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector("[data-filter]:not([hidden])");
    });
    shown.textContent = said.template
      .replace("{events}", part("events", counts.event)).replace("{claims}", part("claims", counts.claim));
  }
  var said = JSON.parse(shown.dataset.words);  // words.py's, with its rule for the singular: see page.py
  function part(kind, count) {  // `1 of 10 events`, « 1 événement sur 10 »: [shown, total]
    var agrees = count[said.agrees === "total" ? 1 : 0];
    var form = said[kind][said.singular.indexOf(agrees) >= 0 ? 0 : 1];
    return form.replace("{shown}", grouped(count[0])).replace("{total}", grouped(count[1]));
  }
  function grouped(n) {  // `1,000`, « 1 000 »: as the page's other counts write them
    return String(n).replace(/\\B(?=(\\d{3})+$)/g, said.group);
  }
  box.addEventListener("input", apply);
  checks.forEach(function (c) { c.addEventListener("change", apply); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.hidden = false;
  apply();
  function reveal() {
    var id = decodeURIComponent(location.hash.slice(1));
    var target = id && document.getElementById(id);
    if (!target) { return; }
    target.hidden = false;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
      if (node.hasAttribute && node.hasAttribute("data-filter-group")) { node.hidden = false; }
    }
    var inner = target.querySelector("details");
    if (inner) { inner.open = true; }
  }
  window.addEventListener("hashchange", reveal);
  reveal();
  var closed = [];
  window.addEventListener("beforeprint", function () {
    closed = Array.prototype.slice.call(document.querySelectorAll("details:not([open])"));
    closed.forEach(function (d) { d.open = true; });
  });
  window.addEventListener("afterprint", function () { closed.forEach(function (d) { d.open = false; }); });
})();
"""

/// The report page's one style sheet and one script. They are constants, so the page's Content-Security-Policy can
/// allow exactly them by hash. The script reads the page's JSON data block and builds every piece of text it shows
/// with `textContent`, never from HTML strings.
enum ReportAssets {
    /// The style sheet: screen layout, the chart's highlight states, tables, and print rules for A4.
    static let css = #"""
        :root{--ink:#1f2933;--muted:#5f6b73;--line:#dde2e7;--bg:#f2f4f7;--card:#fff;--accent:#1f5fa8;\#
        --accent-dark:#123e73;--error:#c62828;--error-bg:#fdecea;--warning:#d84315;--warning-bg:#fff1e6;\#
        --diffuse:#8d6e00;--diffuse-bg:#fff8e1;--info:#455a64;--info-bg:#eceff1;--ok:#2e7d32;--ok-bg:#e8f5e9;\#
        --hl:#f9a825}
        *{box-sizing:border-box}
        html{scroll-behavior:smooth;scroll-padding-top:56px}
        body{margin:0;background:var(--bg);color:var(--ink);font:14px/1.6 "Noto Sans CJK SC","Source Han Sans SC",\#
        "PingFang SC","Microsoft YaHei","Hiragino Sans GB","WenQuanYi Micro Hei",system-ui,sans-serif}
        code{font-family:"Noto Sans Mono CJK SC","DejaVu Sans Mono",ui-monospace,monospace;font-size:.92em}
        a{color:var(--accent);text-decoration:none}
        a:hover{text-decoration:underline}
        .wrap{max-width:1480px;margin:0 auto;padding:0 24px}
        .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
        .masthead{background:linear-gradient(135deg,var(--accent-dark),var(--accent));color:#fff;padding:26px 0 22px}
        .kicker{margin:0;font-size:13px;letter-spacing:.12em;opacity:.85}
        h1{margin:2px 0 12px;font-size:28px;line-height:1.3;font-weight:700}
        .meta{display:flex;flex-wrap:wrap;gap:6px 36px;margin:0 0 18px}
        .meta dt{font-size:12px;opacity:.75}
        .meta dd{margin:0}
        .meta code{background:rgba(255,255,255,.14);padding:1px 6px;border-radius:4px;font-size:13px}
        .sources{list-style:none;margin:0;padding:0}
        .sources li{margin:2px 0}
        .source-key{display:inline-block;min-width:5.5em;opacity:.85}
        .tiles{list-style:none;margin:0;padding:0;display:grid;gap:10px;\#
        grid-template-columns:repeat(auto-fill,minmax(128px,1fr))}
        .tile{display:block;height:100%;background:rgba(255,255,255,.1);border:1px solid rgba(255,255,255,.25);\#
        border-radius:8px;padding:8px 12px;color:#fff}
        .tile:hover{background:rgba(255,255,255,.2);text-decoration:none}
        .tile-n{display:block;font-size:24px;font-weight:700;line-height:1.25}
        .tile-label{font-size:12px}
        .tile-sub{display:block;font-size:11px;opacity:.8}
        .tile-error{background:#fff;color:var(--error);border-color:#fff}
        .tile-warning{background:#fff;color:var(--warning);border-color:#fff}
        .tile-info{background:#fff;color:var(--info);border-color:#fff}
        .tile-error:hover,.tile-warning:hover,.tile-info:hover{background:#f5f7fa}
        .toc{position:sticky;top:0;z-index:5;background:#fff;border-bottom:1px solid var(--line);\#
        box-shadow:0 1px 3px rgba(0,0,0,.05)}
        .toc .wrap{display:flex;gap:4px;overflow-x:auto}
        .toc a{padding:10px 14px;color:var(--ink);white-space:nowrap;border-bottom:2px solid transparent}
        .toc a:hover{color:var(--accent);border-bottom-color:var(--accent);text-decoration:none}
        .card{background:var(--card);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:18px 0;\#
        box-shadow:0 1px 2px rgba(16,24,40,.04)}
        h2{font-size:19px;margin:0 0 10px;padding-left:10px;border-left:4px solid var(--accent);line-height:1.3}
        h3{font-size:15px;margin:0;display:inline}
        .intro{color:var(--muted);margin:0 0 12px}
        .empty{color:var(--muted);font-style:italic}
        .muted{color:var(--muted)}
        .toolbar{display:flex;flex-wrap:wrap;align-items:center;gap:10px;margin:0 0 10px}
        .search input{width:min(420px,80vw);padding:7px 12px;border:1px solid #b8c2cc;border-radius:6px;font:inherit}
        .search input:focus{outline:2px solid var(--accent);outline-offset:0;border-color:var(--accent)}
        #search-count{color:var(--muted);font-size:13px}
        .zoom{margin-left:auto;display:inline-flex}
        .zoom button,.zoom output{font:inherit;font-size:13px;padding:5px 12px;border:1px solid #b8c2cc;\#
        background:#fff;min-width:3em;text-align:center}
        .zoom button{cursor:pointer}
        .zoom button:hover{background:#f0f4f9}
        .zoom>*+*{border-left:none}
        .zoom>:first-child{border-radius:6px 0 0 6px}
        .zoom>:last-child{border-radius:0 6px 6px 0}
        .zoom output{color:var(--muted);min-width:4.2em}
        .search-results{list-style:none;margin:0 0 10px;padding:0;display:flex;flex-wrap:wrap;gap:6px}
        .chart-layout{position:relative}
        @media (min-width:801px){.chart-layout.panel-open{padding-right:min(376px,50%)}}
        .chart-scroll{overflow:auto;border:1px solid var(--line);border-radius:8px;background:#fff;max-height:80vh;\#
        min-height:min(480px,80vh)}
        .chart-scroll.fit svg{display:block;width:100%;height:auto}
        .chart-scroll svg{display:block;height:auto}
        .chart-scroll.empty{padding:24px;color:var(--muted)}
        .tree-chart .tree-name{font-size:14px;font-weight:600}
        .tree-chart .tree-count{font-size:11.5px;fill:#5f6b73}
        .tree-chart .tree-edge{stroke:#90a4ae;stroke-width:1.2}
        .tree-toggle{cursor:pointer}
        .tree-toggle circle{fill:#fff;stroke:var(--accent);stroke-width:1.4}
        .tree-toggle text{font-size:14px;font-weight:700;fill:var(--accent)}
        .tree-toggle:hover circle,.tree-toggle:focus-visible circle{fill:#dbe6f3}
        .tree-toggle:focus{outline:none}
        .tree-more{cursor:pointer}
        .tree-more rect{fill:#fff;stroke:#9e9e9e;stroke-dasharray:4 3}
        .tree-more text{font-size:13px;fill:var(--accent)}
        .chart-svg.searching .node.hides-match{opacity:1;filter:drop-shadow(0 0 3px var(--hl))}
        .chart-svg text{font-family:"Noto Sans CJK SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",sans-serif}
        .unit-node{cursor:pointer}
        .unit-node:hover{filter:drop-shadow(0 0 3px rgba(31,95,168,.55))}
        .unit-node:focus{outline:none}
        .unit-node:focus-visible,.unit-node.selected{filter:drop-shadow(0 0 3px var(--accent)) \#
        drop-shadow(0 0 3px var(--accent))}
        .chart-svg.related-mode .node.related{filter:drop-shadow(0 0 3px var(--ok)) drop-shadow(0 0 2px var(--ok))}
        .chart-svg.searching .node,.chart-svg.searching .edge,.chart-svg.searching .cluster{opacity:.2}
        .chart-svg.searching .node.match{opacity:1;filter:drop-shadow(0 0 4px var(--hl)) drop-shadow(0 0 3px var(--hl))}
        .panel{display:none;position:absolute;top:8px;right:8px;bottom:8px;width:min(360px,calc(50% - 16px));\#
        overflow:auto;border:1px solid var(--line);border-radius:8px;padding:14px 16px;\#
        background:rgba(255,255,255,.97);\#
        box-shadow:0 6px 24px rgba(16,24,40,.18)}
        .panel.open{display:block}
        .hint{color:var(--muted);font-size:13px;margin:0 0 8px}
        .panel-close{position:absolute;top:6px;right:8px;border:none;background:none;font-size:20px;line-height:1;\#
        color:var(--muted);cursor:pointer;padding:4px 6px}
        .panel-close:hover{color:var(--ink)}
        .panel-kind{margin:0;font-size:12px;color:var(--muted)}
        .panel-title{display:block;font-size:18px;margin:2px 26px 8px 0;line-height:1.35}
        .panel-note{font-size:13px;color:var(--muted);margin:8px 0 0}
        .facts{margin:0}
        .facts dt{font-size:12px;color:var(--muted);margin-top:9px}
        .facts dd{margin:2px 0 0}
        .facts ul{margin:2px 0;padding-left:18px}
        .facts li{margin:2px 0}
        .chip{display:inline-block;margin:2px 4px 2px 0;padding:0 9px;border-radius:999px;background:#e8eef6;\#
        color:var(--accent-dark);border:1px solid #c9d7ea;font:inherit;font-size:13px;line-height:1.8;cursor:pointer;\#
        text-align:left}
        .chip:hover{background:#dbe6f3}
        .chip.person{background:#fff;border-color:#b0bec5;color:var(--ink)}
        .chip.placeholder{background:#f5f5f5;color:#616161;border:1px dashed #9e9e9e}
        .chip.unknown{background:#fff;color:#9e9e9e;font-style:italic;cursor:default}
        .badge{display:inline-block;padding:0 8px;border-radius:4px;font-size:12px;font-weight:600;line-height:1.8}
        .badge-error{background:var(--error-bg);color:var(--error)}
        .badge-warning{background:var(--warning-bg);color:var(--warning)}
        .badge-info{background:var(--info-bg);color:var(--info)}
        .overdue-text{color:var(--error);font-weight:600}
        .state{display:inline-block;white-space:nowrap;font-size:12px;padding:0 8px;border-radius:4px;\#
        line-height:1.8;font-weight:600}
        .state-added{background:#e8f5e9;color:#1b5e20}
        .state-changed{background:#fff3e0;color:#e65100}
        .state-removed{background:#ffebee;color:#b71c1c}
        table.changes tr.group th{background:#f7f9fb;font-size:14px;padding-top:10px}
        table.changes td:first-child{white-space:nowrap}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums}
        .impact tr.row-gap{background:#fff7f6}
        h3+.table-wrap,h3+.empty,h3+.intro{margin-top:6px}
        #impact h3{display:block;margin-top:16px}
        .scope{margin:-4px 0 10px;font-size:13px;color:var(--muted)}
        a.goto.removed{color:#b71c1c;text-decoration:line-through}
        .severity-group{margin:10px 0 16px}
        .severity-group>summary{cursor:pointer;padding:4px 0}
        .count{color:var(--muted);font-weight:400}
        .table-wrap{overflow-x:auto}
        table{border-collapse:collapse;width:100%;font-size:13px}
        th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
        thead th{background:#f0f3f6;color:#37474f;font-weight:600;white-space:nowrap}
        table.findings td:first-child{white-space:nowrap}
        details.more-subjects{display:inline}
        details.more-subjects summary{display:inline;cursor:pointer;color:var(--muted)}
        .check-id{color:#37474f}
        td.location{white-space:nowrap;color:var(--muted)}
        a.goto.placeholder{color:#6b6b6b;border-bottom:1px dashed #9e9e9e}
        .unknown{color:#9e9e9e;font-style:italic}
        .legend{font-size:13px;color:var(--muted)}
        .cell-sample{display:inline-block;min-width:2.4em;text-align:center;border-radius:3px;font-weight:600}
        .cell-sample.L,.matrix td.L{background:#d6e4f5;color:var(--accent-dark)}
        .cell-sample.A,.matrix td.A{background:#eceff1;color:var(--info)}
        table.matrix{width:auto}
        .matrix td{text-align:center;border-left:1px solid #edf0f2;min-width:2.6em;white-space:nowrap}
        .matrix td.L{font-weight:600}
        .matrix td.marks{text-align:left;border-left:none}
        .matrix th.party{vertical-align:bottom;text-align:center;padding:6px 3px;font-weight:500}
        .matrix .vertical{writing-mode:vertical-rl;white-space:nowrap;display:inline-block;max-height:13em;\#
        overflow:hidden;text-overflow:ellipsis}
        .matrix th.duty-col{min-width:20em;max-width:34em;font-weight:400;white-space:normal}
        .matrix tbody th.duty-col a{color:var(--ink)}
        .matrix tr.row-gap{background:#fff7f6}
        .matrix tr.row-gap th.duty-col{box-shadow:inset 4px 0 0 var(--error)}
        .matrix tr.row-overlap{background:#fffaf3}
        .matrix tr.row-overlap th.duty-col{box-shadow:inset 4px 0 0 var(--warning)}
        .matrix tr.row-diffuse th.duty-col{box-shadow:inset 4px 0 0 var(--hl)}
        .mark{display:inline-block;font-size:12px;padding:0 6px;border-radius:4px;margin:1px 4px 1px 0;\#
        white-space:nowrap;line-height:1.7}
        .mark-gap{background:var(--error-bg);color:var(--error)}
        .mark-overlap{background:var(--warning-bg);color:var(--warning)}
        .mark-diffuse{background:var(--diffuse-bg);color:var(--diffuse)}
        table.duties td.num,table.duties th.num{text-align:right;color:var(--muted);width:2.5em}
        .duty-name{min-width:18em}
        .duty-name .sub{display:block;font-size:12px;color:var(--muted)}
        td.date{white-space:nowrap}
        .duties td.party{min-width:8em}
        .duties tr.overdue{background:#fff7f6}
        .duties tr.done td{color:var(--muted)}
        .status{display:inline-block;white-space:nowrap;font-size:12px;padding:0 8px;border-radius:999px;\#
        line-height:1.8}
        .status-overdue{background:var(--error);color:#fff;font-weight:600}
        .status-soon{background:var(--warning-bg);color:var(--warning)}
        .status-open{background:var(--info-bg);color:var(--info)}
        .status-done{background:var(--ok-bg);color:var(--ok)}
        tr:target,tr.flash{outline:2px solid var(--hl);outline-offset:-2px;background:#fffde7}
        .page-footer{color:var(--muted);font-size:12px;padding:8px 0 32px}
        @media (max-width:800px){.panel{position:static;width:auto;margin-top:8px}}
        @page{size:A4;margin:12mm 11mm}
        @page chart{size:A4 landscape;margin:10mm}
        @media print{
        html{scroll-behavior:auto}
        body{background:#fff;font-size:9.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
        .toc,.toolbar,.search-results,.panel,.zoom,.hint{display:none!important}
        .wrap{max-width:none;padding:0}
        .masthead{background:#fff;color:var(--ink);padding:0 0 8px;margin-bottom:8px;border-bottom:2px solid \#
        var(--accent)}
        .meta code{background:none;padding:0}
        .tiles{grid-template-columns:repeat(9,1fr);gap:4px}
        .tile{background:#fff;color:var(--ink);border-color:var(--line);padding:3px 6px}
        .tile-n{font-size:15pt}
        .card{border:none;box-shadow:none;border-radius:0;padding:0;margin:0 0 12px}
        .chart-layout{display:block}
        .chart-scroll{overflow:visible;max-height:none;min-height:0;border:none}
        .chart-scroll svg{width:100%!important;height:auto!important;max-height:180mm}
        #chart{break-after:page;page:chart}
        h2,h3,summary{break-after:avoid}
        thead{display:table-header-group}
        thead th{background:#eef1f4}
        tr{break-inside:avoid}
        .table-wrap{overflow:visible}
        table{font-size:8.5pt}
        a{color:inherit}
        .matrix .vertical{max-height:none}
        .matrix th.duty-col{min-width:14em}
        .duty-name{min-width:0}
        .page-footer{padding:6px 0 0}
        }
        """#

    /// The script: side panel, search, links into the chart, zoom, and opening every group before printing.
    static let script = #"""
        (function () {
        "use strict";
        performance.mark("orgchart-script");
        var data = JSON.parse(document.getElementById("report-data").textContent);
        performance.mark("orgchart-data");
        var W = data.words;
        var units = new Map(), people = new Map(), nodes = new Map();
        data.units.forEach(function (u) { units.set(u.id, u); });
        data.people.forEach(function (p) { people.set(p.id, p); });
        var scroll = document.getElementById("chart-scroll");
        var svg = scroll ? scroll.querySelector("svg") : null;
        var panel = document.getElementById("panel");
        var layout = panel ? panel.parentElement : null;
        var body = document.getElementById("panel-body");
        var closeButton = document.getElementById("panel-close");
        var selected = null, selectedId = null, marked = {}, explorer = null;

        function el(tag, cls, text) {
          var e = document.createElement(tag);
          if (cls) { e.className = cls; }
          if (text !== undefined && text !== null) { e.textContent = String(text); }
          return e;
        }
        function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }

        data.units.forEach(function (u) {
          if (!u.svg || data.tree) { return; }
          var g = document.getElementById(u.svg);
          if (!g || !svg || !svg.contains(g)) { return; }
          nodes.set(u.id, g);
          g.classList.add("unit-node");
          g.setAttribute("tabindex", "0");
          g.setAttribute("role", "button");
          g.setAttribute("aria-label", u.name);
          g.addEventListener("click", function (ev) { ev.preventDefault(); showUnit(u.id, false); });
          g.addEventListener("keydown", function (ev) {
            if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showUnit(u.id, false); }
          });
        });

        function mark(ids, cls) {
          marked[cls] = ids;
          nodes.forEach(function (g) { g.classList.remove(cls); });
          ids.forEach(function (id) { var g = nodes.get(id); if (g) { g.classList.add(cls); } });
          if (explorer && cls === "match") {
            nodes.forEach(function (g) { g.classList.remove("hides-match"); });
            explorer.hiding(ids).forEach(function (id) { nodes.get(id).classList.add("hides-match"); });
          }
        }
        function select(id) {
          if (selected) { selected.classList.remove("selected"); }
          selectedId = id;
          selected = nodes.get(id) || null;
          if (selected) { selected.classList.add("selected"); }
        }
        // After the explorable chart is redrawn: the selection and the marks again.
        function restyle() {
          Object.keys(marked).forEach(function (cls) { mark(marked[cls], cls); });
          select(selectedId);
        }
        // The explorable chart of a large model: the script lays out and draws only the units that are open.
        function Explorer(svgEl) {
          var T = data.tree, TW = T.words, n = data.units.length, NS = svgEl.namespaceURI;
          var raw = new Array(n), kids = new Array(n), up = new Int32Array(n), count = new Int32Array(n);
          var open = new Uint8Array(n), shown = new Int32Array(n), index = new Map(), tops = [], order = [];
          var LIMIT = 50, STEP = 200, ROW_GAP = 36, GAP = 14, INDENT = 22, VGAP = 12, PAD = 16;
          var i, j, p;
          for (i = 0; i < n; i++) { up[i] = -1; if (!index.has(data.units[i].id)) { index.set(data.units[i].id, i); } }
          for (i = 0; i < n; i++) {
            p = T.parent[i];
            if (p >= 0) { (raw[p] || (raw[p] = [])).push(i); }
          }
          // Breadth first from the tops; a unit in a parent cycle starts its own tree, so every unit is reachable.
          var seen = new Uint8Array(n);
          function walk(start) {
            seen[start] = 1;
            tops.push(start);
            var q = order.length;
            order.push(start);
            for (; q < order.length; q++) {
              var v = order[q], list = raw[v];
              if (!list) { continue; }
              for (var k = 0; k < list.length; k++) {
                var c = list[k];
                if (seen[c]) { continue; }
                seen[c] = 1;
                up[c] = v;
                (kids[v] || (kids[v] = [])).push(c);
                order.push(c);
              }
            }
          }
          for (i = 0; i < n; i++) { if (T.parent[i] < 0 && !seen[i]) { walk(i); } }
          for (i = 0; i < n; i++) { if (!seen[i]) { walk(i); } }
          for (j = order.length - 1; j >= 0; j--) { i = order[j]; if (up[i] >= 0) { count[up[i]] += count[i] + 1; } }
          // Open the top levels while no more than 400 boxes show.
          var level = tops.slice(), visible = tops.length;
          while (level.length > 0) {
            var next = [], add = 0;
            level.forEach(function (v) { if (kids[v]) { add += Math.min(kids[v].length, LIMIT) + 1; } });
            if (visible + add > 500 && !(visible === 1 && tops.length === 1)) { break; }
            level.forEach(function (v) { if (kids[v]) { open[v] = 1; next = next.concat(kids[v].slice(0, LIMIT)); } });
            visible += add;
            level = next;
          }
          function fmt(word, k) { return word.replace("{n}", String(k).replace(/\B(?=(\d{3})+$)/g, ",")); }
          function textWidth(s) {
            var w = 0;
            for (var c of s) { w += c.codePointAt(0) >= 0x2E80 ? 14 : 7.6; }
            return w;
          }
          function label(s) {
            if (textWidth(s) <= 236) { return s; }
            var out = "";
            for (var c of s) { if (textWidth(out + c) > 224) { break; } out += c; }
            return out + "…";
          }
          function shownOf(v) { return kids[v] ? Math.min(kids[v].length, Math.max(shown[v], LIMIT)) : 0; }
          // A box: a unit (index ≥ 0) or the "+ N more" box of a parent (-1 - parent).
          function boxW(b) {
            if (b < 0) { return Math.max(96, textWidth(fmt(TW.more, 0)) + 24); }
            var u = data.units[b];
            return Math.max(84, Math.min(260, textWidth(u.name) + 28), count[b] > 0 ? textWidth(fmt(TW.below, count[b])) + 20 : 0);
          }
          function boxH(b) { return b >= 0 && count[b] > 0 ? 48 : 32; }
          function children(v) {
            if (!open[v] || !kids[v]) { return []; }
            var k = shownOf(v), list = kids[v].slice(0, k);
            if (k < kids[v].length) { list.push(-1 - v); }
            return list;
          }
          var lay = new Map();
          // Sizes bottom up, positions top down; a parent whose open children are all closed stacks them in a
          // column (a county's townships take one column, not a row as wide as all of them).
          function layout() {
            lay = new Map();
            var stack = [], post = [];
            tops.forEach(function (t) { stack.push(t); });
            while (stack.length) {
              var b = stack.pop();
              post.push(b);
              if (b >= 0) { children(b).forEach(function (c) { stack.push(c); }); }
            }
            for (var q = post.length - 1; q >= 0; q--) {
              var b = post[q], w = boxW(b), h = boxH(b), cs = b >= 0 ? children(b) : [];
              var e = { w: w, h: h, cs: cs, column: false, sw: w, sh: h };
              if (cs.length > 0) {
                var column = cs.every(function (c) { return c < 0 || !open[c] || !kids[c]; });
                e.column = column;
                if (column) {
                  var mw = 0, th = 0;
                  cs.forEach(function (c) { var k = lay.get(c); mw = Math.max(mw, k.sw); th += k.sh + VGAP; });
                  e.sw = Math.max(w, INDENT + mw);
                  e.sh = h + VGAP * 2 + th;
                } else {
                  var tw = 0, mh = 0;
                  cs.forEach(function (c, k) { var d = lay.get(c); tw += d.sw + (k ? GAP : 0); mh = Math.max(mh, d.sh); });
                  e.sw = Math.max(w, tw);
                  e.sh = h + ROW_GAP + mh;
                }
              }
              lay.set(b, e);
            }
            var x = PAD, height = 0;
            tops.forEach(function (t) { place(t, x, PAD); x += lay.get(t).sw + GAP * 2; height = Math.max(height, lay.get(t).sh); });
            return { width: x - GAP * 2 + PAD, height: height + PAD * 2 };
          }
          function place(root, left, top) {
            var stack = [[root, left, top]];
            while (stack.length) {
              var s = stack.pop(), b = s[0], e = lay.get(b);
              if (e.column) {
                e.x = s[1];
                e.y = s[2];
                var y = s[2] + e.h + VGAP * 2;
                e.cs.forEach(function (c) { stack.push([c, s[1] + INDENT, y]); y += lay.get(c).sh + VGAP; });
              } else if (e.cs.length > 0) {
                var tw = 0;
                e.cs.forEach(function (c, k) { tw += lay.get(c).sw + (k ? GAP : 0); });
                var cx = s[1] + (e.sw - tw) / 2;
                e.cs.forEach(function (c) {
                  stack.push([c, cx, s[2] + e.h + ROW_GAP]);
                  cx += lay.get(c).sw + GAP;
                });
                e.y = s[2];
                e.x = s[1] + (e.sw - e.w) / 2;
              } else {
                e.x = s[1] + (e.sw - e.w) / 2;
                e.y = s[2];
              }
            }
          }
          function make(tag, attrs, parent) {
            var e = document.createElementNS(NS, tag);
            for (var k in attrs) { e.setAttribute(k, attrs[k]); }
            if (parent) { parent.appendChild(e); }
            return e;
          }
          function render(anchor) {
            var before = anchor !== undefined ? nodes.get(data.units[anchor].id) : null;
            var old = before ? before.getBoundingClientRect() : null;
            var size = layout(), d = [];
            clear(svgEl);
            svgEl.setAttribute("viewBox", "0 0 " + Math.ceil(size.width) + " " + Math.ceil(size.height));
            svgEl.setAttribute("width", Math.ceil(size.width));
            svgEl.setAttribute("height", Math.ceil(size.height));
            natural = size.width;
            var edges = make("path", { "class": "edge tree-edge", fill: "none" }, svgEl);
            var layer = make("g", {}, svgEl);
            nodes.clear();
            lay.forEach(function (e, b) {
              e.cs.forEach(function (c) {
                var k = lay.get(c);
                if (e.column) {
                  var sx = e.x + INDENT / 2;
                  d.push("M" + sx + " " + (e.y + e.h) + "V" + (k.y + k.h / 2) + "H" + k.x);
                } else {
                  var px = e.x + e.w / 2, mid = e.y + e.h + ROW_GAP / 2, cx = k.x + k.w / 2;
                  d.push("M" + px + " " + (e.y + e.h) + "V" + mid + "H" + cx + "V" + k.y);
                }
              });
              if (b < 0) { moreBox(layer, -1 - b, e); } else { unitBox(layer, b, e); }
            });
            edges.setAttribute("d", d.join(""));
            restyle();
            zoom(scale);
            if (old) {
              var now = nodes.get(data.units[anchor].id).getBoundingClientRect();
              scroll.scrollBy({ left: now.left - old.left, top: now.top - old.top });
            }
          }
          function unitBox(layer, b, e) {
            var u = data.units[b], st = T.styles[T.style[b]];
            var g = make("g", { "class": "node unit-node", id: u.svg, tabindex: "0", role: "button",
                                transform: "translate(" + e.x + "," + e.y + ")" }, layer);
            g.setAttribute("aria-label", u.name);
            var rect = make("rect", { width: e.w, height: e.h, rx: 6, fill: st.fill, stroke: T.mark[b] === 1 ? "#D32F2F"
              : T.mark[b] === 2 ? "#EF6C00" : st.border, "stroke-width": T.mark[b] ? 2.4 : 1.2 }, g);
            if (st.dashed) { rect.setAttribute("stroke-dasharray", "5 3"); }
            var title = make("title", {}, g);
            title.textContent = u.name;
            var t = make("text", { x: e.w / 2, y: 20, "text-anchor": "middle", fill: st.text, "class": "tree-name" }, g);
            t.textContent = label(u.name);
            if (count[b] > 0) {
              var c = make("text", { x: e.w / 2, y: 38, "text-anchor": "middle", "class": "tree-count" }, g);
              c.textContent = fmt(TW.below, count[b]);
              var tg = make("g", { "class": "tree-toggle", role: "button", tabindex: "0",
                                   transform: "translate(" + (e.w / 2) + "," + e.h + ")" }, g);
              tg.setAttribute("aria-label", (open[b] ? TW.collapse : TW.expand) + " " + u.name);
              tg.setAttribute("aria-expanded", open[b] ? "true" : "false");
              make("circle", { r: 8 }, tg);
              var s = make("text", { y: 4, "text-anchor": "middle" }, tg);
              s.textContent = open[b] ? "−" : "+";
              var flip = function (ev) { ev.preventDefault(); ev.stopPropagation(); toggle(b); };
              tg.addEventListener("click", flip);
              tg.addEventListener("keydown", function (ev) { if (ev.key === "Enter" || ev.key === " ") { flip(ev); } });
            }
            g.addEventListener("click", function (ev) { ev.preventDefault(); showUnit(u.id, false); });
            g.addEventListener("keydown", function (ev) {
              if (ev.target !== g) { return; }
              if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); showUnit(u.id, false); }
              else if ((ev.key === "+" && !open[b]) || (ev.key === "-" && open[b])) { toggle(b); }
            });
            nodes.set(u.id, g);
          }
          function moreBox(layer, v, e) {
            var g = make("g", { "class": "tree-more", role: "button", tabindex: "0",
                                transform: "translate(" + e.x + "," + e.y + ")" }, layer);
            make("rect", { width: e.w, height: e.h, rx: 6 }, g);
            var t = make("text", { x: e.w / 2, y: 20, "text-anchor": "middle" }, g);
            t.textContent = fmt(TW.more, kids[v].length - shownOf(v));
            var more = function (ev) { ev.preventDefault(); shown[v] = shownOf(v) + STEP; render(v); };
            g.addEventListener("click", more);
            g.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { more(ev); } });
          }
          function toggle(b) {
            open[b] = open[b] ? 0 : 1;
            render(b);
            var g = nodes.get(data.units[b].id);
            var tg = g && g.querySelector(".tree-toggle");
            if (tg) { tg.focus({ preventScroll: true }); }
          }
          // Opens every level above a unit (and enough of its parent's children to show it), then draws.
          function show(id) {
            var v = index.get(id);
            if (v === undefined) { return false; }
            for (var c = v, a = up[v]; a >= 0; c = a, a = up[a]) {
              open[a] = 1;
              var at = kids[a].indexOf(c);
              if (at >= shownOf(a)) { shown[a] = at + 1; }
            }
            render();
            return true;
          }
          // Collapsed boxes that hide a search match get a mark, so a match is never invisible.
          function hiding(ids) {
            var out = new Set();
            ids.slice(0, 5000).forEach(function (id) {
              var v = index.get(id);
              if (v === undefined || nodes.has(id)) { return; }
              for (var a = up[v]; a >= 0; a = up[a]) {
                if (nodes.has(data.units[a].id)) { out.add(data.units[a].id); break; }
              }
            });
            return Array.from(out);
          }
          // A unit's parent and children as the panel shows them (the data block leaves them out at this size).
          function ref(v) { var u = data.units[v]; return { id: u.id, type: "unit", name: u.name, placeholder: u.placeholder }; }
          function relations(u) {
            var v = index.get(u.id);
            if (v === undefined || u.removed) { return; }
            if (!u.parent && T.parent[v] >= 0) { u.parent = ref(T.parent[v]); }
            if (!u.children && raw[v]) { u.children = raw[v].map(ref); }
          }
          return { render: render, show: show, relations: relations, hiding: hiding, visible: function () { return nodes.size; },
                   toggle: function (id) { var v = index.get(id); if (v !== undefined) { toggle(v); } },
                   isOpen: function (id) { var v = index.get(id); return v !== undefined && !!open[v]; },
                   count: function (id) { var v = index.get(id); return v === undefined ? 0 : count[v]; } };
        }

        function reveal(id) {
          if (explorer && id !== null && !nodes.has(id)) { explorer.show(id); }
          var g = nodes.get(id);
          if (g && scroll) {
            var box = g.getBoundingClientRect(), frame = scroll.getBoundingClientRect();
            scroll.scrollBy({ left: box.left + box.width / 2 - frame.left - frame.width / 2,
                              top: box.top + box.height / 2 - frame.top - frame.height / 2 });
            var section = document.getElementById("chart");
            var top = section.getBoundingClientRect().top;
            if (top < 0 || top > window.innerHeight * 0.5) { section.scrollIntoView(); }
          } else if (panel) {
            panel.scrollIntoView({ block: "nearest" });
          }
        }

        function chip(r) {
          var cls = "chip" + (r.type === "person" ? " person" : "") + (r.placeholder ? " placeholder" : "");
          if (r.type === "unit" && units.has(r.id)) {
            var b = el("button", cls, r.name);
            b.type = "button";
            b.addEventListener("click", function () { showUnit(r.id, true); });
            return b;
          }
          if (r.type === "person" && people.has(r.id)) {
            var p = el("button", cls, r.name);
            p.type = "button";
            p.addEventListener("click", function () { showPerson(r.id, true); });
            return p;
          }
          var s = el("span", "chip unknown", r.name);
          s.title = W.unknown;
          return s;
        }
        function fact(dl, label, content) {
          if (!content) { return; }
          dl.appendChild(el("dt", null, label));
          var dd = el("dd");
          if (typeof content === "string") { dd.textContent = content; } else { dd.appendChild(content); }
          dl.appendChild(dd);
        }
        function chips(list, missing) {
          if (!list || list.length === 0) { return missing ? el("span", "muted", missing) : null; }
          var f = document.createDocumentFragment();
          list.slice(0, 200).forEach(function (r) { f.appendChild(chip(r)); });
          if (list.length > 200 && data.tree) {
            f.appendChild(el("span", "muted", data.tree.words.andMore.replace("{n}", String(list.length - 200))));
          }
          return f;
        }
        function duties(list) {
          if (!list || list.length === 0) { return null; }
          var ul = el("ul");
          list.forEach(function (d) {
            var li = el("li");
            var a = el("a", null, d.name);
            a.href = "#" + d.anchor;
            a.addEventListener("click", function () { flash(d.anchor); });
            li.appendChild(a);
            if (d.due) {
              li.appendChild(el("span", d.overdue ? "overdue-text" : "muted", " (" + W.due + " " + d.due + ")"));
            }
            ul.appendChild(li);
          });
          return ul;
        }
        function findings(list) {
          if (!list || list.length === 0) { return null; }
          var ul = el("ul");
          list.forEach(function (f) {
            var li = el("li");
            li.appendChild(el("span", "badge badge-" + f.severity, W[f.severity] || f.severity));
            li.appendChild(document.createTextNode(" " + f.message + " "));
            li.appendChild(el("code", "check-id", "[" + f.check + "]"));
            ul.appendChild(li);
          });
          return ul;
        }
        function flash(anchor) {
          var row = document.getElementById(anchor);
          if (!row) { return; }
          row.classList.add("flash");
          setTimeout(function () { row.classList.remove("flash"); }, 2000);
        }
        function open(kind, title) {
          clear(body);
          body.appendChild(el("p", "panel-kind", kind));
          body.appendChild(el("h3", "panel-title", title));
          closeButton.hidden = false;
          panel.classList.add("open");
          // The chart makes room for the panel instead of being covered by it.
          if (layout) { layout.classList.add("panel-open"); }
          var dl = el("dl", "facts");
          body.appendChild(dl);
          return dl;
        }

        function showUnit(id, scrollTo) {
          var u = units.get(id);
          if (!u) { return; }
          var kind = u.kind + (u.placeholder ? " · " + W.placeholder : "") + (u.removed ? " · " + W.removedUnit : "")
            + (u.svg ? "" : " · " + W.notInChart);
          if (explorer) { explorer.relations(u); }
          var dl = open(kind, u.name);
          select(id);
          mark([], "related");
          if (svg) { svg.classList.remove("related-mode"); }
          if (u.change) {
            var c = document.createDocumentFragment();
            c.appendChild(el("span", "state state-" + u.change.state, u.change.label));
            if (u.change.items.length > 0) {
              var items = el("ul");
              u.change.items.forEach(function (m) { items.appendChild(el("li", null, m)); });
              c.appendChild(items);
            }
            fact(dl, W.change, c);
          }
          fact(dl, W.parent, chips(u.parent ? [u.parent] : []));
          fact(dl, u.chiefLabel, chips(u.chiefs, u.needsChief && !u.placeholder ? W.toBeNamed : null));
          fact(dl, u.deputyLabel, chips(u.deputies));
          fact(dl, W.setIn, chips(u.host ? [u.host] : []));
          fact(dl, W.office, chips(u.office ? [u.office] : [], u.needsOffice && !u.placeholder ? W.toBeNamed : null));
          fact(dl, W.hostsOffices, chips(u.hosts));
          var members = chips(u.members);
          if (u.membersOpen) {
            if (!members) { members = document.createDocumentFragment(); }
            members.appendChild(el("span", "muted", " " + W.andOthers));
          }
          fact(dl, W.members, members);
          fact(dl, W.memberOf, chips(u.memberOf));
          fact(dl, W.children, chips(u.children));
          fact(dl, W.liaises, chips(u.liaises));
          fact(dl, W.leads, duties(u.leads));
          fact(dl, W.assists, duties(u.assists));
          fact(dl, W.findings, findings(u.findings));
          if (u.rules && u.rules.length > 0) {
            var rules = el("ul");
            u.rules.forEach(function (r) { rules.appendChild(el("li", null, r)); });
            fact(dl, W.rules, rules);
          }
          fact(dl, W.source, u.source);
          if (u.note) { body.appendChild(el("p", "panel-note", u.note)); }
          if (scrollTo) { reveal(id); }
        }

        function showPerson(id, scrollTo) {
          var p = people.get(id);
          if (!p) { return; }
          var dl = open(W.person + (p.placeholder ? " · " + W.placeholder : ""), p.display);
          select(null);
          mark(p.units, "related");
          if (svg) { svg.classList.toggle("related-mode", p.units.length > 0); }
          var roles = null;
          if (p.roles.length > 0) {
            roles = el("ul");
            p.roles.forEach(function (r) {
              var li = el("li", null, r.role + " · ");
              li.appendChild(chip(r.unit));
              roles.appendChild(li);
            });
          }
          fact(dl, W.roles, roles);
          fact(dl, W.leaderOf, duties(p.leaderOf));
          fact(dl, W.leads, duties(p.leads));
          fact(dl, W.assists, duties(p.assists));
          fact(dl, W.findings, findings(p.findings));
          fact(dl, W.source, p.source);
          if (p.note) { body.appendChild(el("p", "panel-note", p.note)); }
          if (scrollTo) {
            if (p.units.length > 0 && nodes.has(p.units[0])) { reveal(p.units[0]); } else { reveal(null); }
          }
        }

        function closePanel() {
          clear(body);
          closeButton.hidden = true;
          panel.classList.remove("open");
          if (layout) { layout.classList.remove("panel-open"); }
          select(null);
          mark([], "related");
          if (svg) { svg.classList.remove("related-mode"); }
        }
        if (closeButton) {
          closeButton.title = W.close;
          closeButton.setAttribute("aria-label", W.close);
          closeButton.addEventListener("click", closePanel);
        }
        document.addEventListener("keydown", function (ev) { if (ev.key === "Escape") { closePanel(); } });

        document.querySelectorAll("a.goto").forEach(function (a) {
          a.addEventListener("click", function (ev) {
            ev.preventDefault();
            if (a.dataset.unit !== undefined) { showUnit(a.dataset.unit, true); }
            else if (a.dataset.person !== undefined) { showPerson(a.dataset.person, true); }
          });
        });

        var search = document.getElementById("search");
        var count = document.getElementById("search-count");
        var results = document.getElementById("search-results");
        function norm(s) { return String(s || "").normalize("NFKC").toLowerCase(); }
        function hit(q, texts) { return texts.some(function (t) { return norm(t).indexOf(q) >= 0; }); }
        function runSearch() {
          var q = norm(search.value).trim();
          clear(results);
          if (!q) {
            mark([], "match");
            if (svg) { svg.classList.remove("searching"); }
            count.textContent = "";
            results.hidden = true;
            return;
          }
          var us = data.units.filter(function (u) { return hit(q, [u.name, u.id].concat(u.aliases)); });
          var ps = data.people.filter(function (p) {
            return hit(q, [p.name, p.title, p.id].concat(p.aliases));
          });
          var ids = us.map(function (u) { return u.id; });
          ps.forEach(function (p) { ids = ids.concat(p.units); });
          mark(ids, "match");
          if (svg) { svg.classList.add("searching"); }
          count.textContent = us.length + " " + W.units + " · " + ps.length + " " + W.people;
          if (us.length + ps.length === 0) {
            results.appendChild(el("li", "muted", W.noMatch));
          }
          us.slice(0, 60).forEach(function (u) {
            var li = el("li");
            li.appendChild(chip({ id: u.id, type: "unit", name: u.name, placeholder: u.placeholder }));
            results.appendChild(li);
          });
          ps.slice(0, 60).forEach(function (p) {
            var li = el("li");
            li.appendChild(chip({ id: p.id, type: "person", name: p.display, placeholder: p.placeholder }));
            results.appendChild(li);
          });
          results.hidden = false;
        }
        if (search) {
          search.addEventListener("input", runSearch);
          // Enter goes to the first unit found, opening every level above it.
          search.addEventListener("keydown", function (ev) {
            if (ev.key !== "Enter") { return; }
            var first = results.querySelector(".chip");
            if (first) { ev.preventDefault(); first.click(); }
          });
        }

        var natural = 0, scale = 0;
        if (svg && svg.viewBox && svg.viewBox.baseVal) { natural = svg.viewBox.baseVal.width * 4 / 3; }
        var zoomLabel = document.getElementById("zoom-level");
        function fitScale() { return natural > 0 ? scroll.clientWidth / natural : 1; }
        function zoom(next) {
          if (!svg || natural <= 0) { return; }
          scale = next;
          scroll.classList.toggle("fit", scale === 0);
          svg.style.width = scale === 0 ? "" : Math.round(natural * scale) + "px";
          zoomLabel.textContent = Math.round((scale === 0 ? fitScale() : scale) * 100) + "%";
        }
        function step(factor) {
          var current = scale === 0 ? fitScale() : scale;
          zoom(Math.min(4, Math.max(0.2, current * factor)));
        }
        var zf = document.getElementById("zoom-fit");
        var zin = document.getElementById("zoom-in"), zout = document.getElementById("zoom-out");
        if (zf) { zf.addEventListener("click", function () { zoom(0); }); }
        if (zin) { zin.addEventListener("click", function () { step(1.25); }); }
        if (zout) { zout.addEventListener("click", function () { step(0.8); }); }
        if (svg && data.tree) {
          explorer = Explorer(svg);
          scale = 1;
          explorer.render();
          performance.mark("orgchart-chart-drawn");
        } else if (svg) {
          zoom(0);
          window.addEventListener("resize", function () { if (scale === 0) { zoom(0); } });
        }

        window.addEventListener("beforeprint", function () {
          document.querySelectorAll("details").forEach(function (d) { d.open = true; });
        });

        function fromHash() {
          var h = decodeURIComponent(location.hash.slice(1));
          if (h.indexOf("unit-") !== 0) { return; }
          data.units.forEach(function (u) { if (u.svg === h) { showUnit(u.id, true); } });
        }
        window.addEventListener("hashchange", fromHash);
        fromHash();
        document.documentElement.setAttribute("data-ready", "true");
        })();
        """#
}

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
        .chart-scroll svg{width:100%!important;height:auto!important;max-height:240mm}
        #chart{break-after:page}
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
        var data = JSON.parse(document.getElementById("report-data").textContent);
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
        var selected = null;

        function el(tag, cls, text) {
          var e = document.createElement(tag);
          if (cls) { e.className = cls; }
          if (text !== undefined && text !== null) { e.textContent = String(text); }
          return e;
        }
        function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } }

        data.units.forEach(function (u) {
          if (!u.svg) { return; }
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
          nodes.forEach(function (g) { g.classList.remove(cls); });
          ids.forEach(function (id) { var g = nodes.get(id); if (g) { g.classList.add(cls); } });
        }
        function select(id) {
          if (selected) { selected.classList.remove("selected"); }
          selected = nodes.get(id) || null;
          if (selected) { selected.classList.add("selected"); }
        }
        function reveal(id) {
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
          list.forEach(function (r) { f.appendChild(chip(r)); });
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
          if (u.rules.length > 0) {
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
        if (search) { search.addEventListener("input", runSearch); }

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
        if (svg) {
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

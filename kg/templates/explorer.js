// alliance-kg explorer. Every text from the graph arrives as JSON data and reaches the page only
// through textContent, option text or the canvas: never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("kg-network"),
                                {nodes: nodes, edges: edges}, data.options);
  var FONT = data.options.nodes.font.size, LABELLED = 12, SPEAKERS = 4, PAGE = 10;
  var byId = {}, edgeById = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; n.claimsBy = []; n.claimsAbout = []; });
  data.edges.forEach(function (e) { edgeById[e.id] = e; });
  data.claims.forEach(function (c, i) {
    c.i = i;
    if (byId[c.s]) { byId[c.s].claimsBy.push(c); }
    c.m.forEach(function (m) { if (byId[m]) { byId[m].claimsAbout.push(c); } });
  });
  var state = {settled: false, settledAt: null, selected: null, measure: "pagerank", labelled: [],
               showLone: false, forced: null, group: "", article: "", since: "", until: ""};
  var hiddenTypes = {}, hiddenRelations = {}, visibleIds = [];
  var $ = function (id) { return document.getElementById(id); };
  var details = $("kg-details"), progress = $("kg-progress"), tip = $("kg-tip");

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  // ------------------------------------------------------------ labels, sizes, view

  function measure(n) { return n[state.measure] || 0; }

  function labels() {
    // the LABELLED biggest shown actors and the SPEAKERS most quoted keep a label readable at any
    // zoom, skipping one whose label would cover another's; the others' labels are drawn by
    // vis-network only once they are large enough on screen
    var scale = network.getScale() || 1;
    var size = Math.min(Math.max(FONT, (FONT + 1) / scale), 4000);
    var order = function (key) {
      return function (a, b) { return byId[b][key] - byId[a][key] || (a < b ? -1 : 1); };
    };
    var byMeasure = visibleIds.slice().sort(function (a, b) {
      return measure(byId[b]) - measure(byId[a]) || (a < b ? -1 : 1);
    }).slice(0, 4 * LABELLED);
    var speakers = visibleIds.filter(function (id) { return byId[id].by > 0; }).sort(order("by")).slice(0, 4 * SPEAKERS);
    var pos = network.getPositions(byMeasure.concat(speakers)), top = [], spots = [];
    function take(list, most) {
      var n = 0;
      list.forEach(function (id) {
        if (n >= most || top.indexOf(id) >= 0) { return; }
        var p = network.canvasToDOM(pos[id]), width = 8 * byId[id].label.length + 10;
        if (spots.some(function (s) { return Math.abs(s.x - p.x) < (s.w + width) / 2 && Math.abs(s.y - p.y) < 22; })) { return; }
        spots.push({x: p.x, y: p.y, w: width});
        top.push(id);
        n += 1;
      });
    }
    take(byMeasure, LABELLED);
    take(speakers, SPEAKERS);
    var changes = [];
    state.labelled.forEach(function (id) { if (top.indexOf(id) < 0) { changes.push({id: id, font: {size: FONT}}); } });
    top.forEach(function (id) { changes.push({id: id, font: {size: size}}); });
    state.labelled = top;
    nodes.update(changes);
  }

  function resize() {
    var most = 0;
    data.nodes.forEach(function (n) { most = Math.max(most, measure(n)); });
    nodes.update(data.nodes.map(function (n) {
      return {id: n.id, size: Math.round(100 * (7 + 28 * Math.sqrt(most ? measure(n) / most : 0))) / 100};
    }));
  }

  function fit() {
    network.fit({nodes: visibleIds, animation: false});
    labels();
  }

  // ------------------------------------------------------------ filters

  function articleOk() {
    if (state.article === "" && !state.since && !state.until) { return null; }
    return data.articles.map(function (a, i) {
      if (state.article !== "" && String(i) !== state.article) { return false; }
      if (state.since || state.until) {
        if (!a[1]) { return false; }
        if (state.since && a[1] < state.since) { return false; }
        if (state.until && a[1] > state.until) { return false; }
      }
      return true;
    });
  }

  function any(list, ok) {
    if (ok === null) { return true; }
    for (var i = 0; i < list.length; i++) { if (ok[list[i]]) { return true; } }
    return false;
  }

  function member(n) {
    if (!state.group) { return true; }
    var kind = state.group.charAt(0), number = Number(state.group.slice(1));
    return kind === "c" ? n.community === number : n.bloc === number;
  }

  function apply(refit) {
    var ok = articleOk(), visible = {}, shownEdges = 0;
    visibleIds = [];
    data.nodes.forEach(function (n) {
      var on = n.id === state.forced || (!hiddenTypes[n.type] && member(n) && (state.showLone || !n.lone) &&
                                         any(n.seen, ok));
      visible[n.id] = on;
      if (on) { visibleIds.push(n.id); }
    });
    nodes.update(data.nodes.map(function (n) { return {id: n.id, hidden: !visible[n.id]}; }));
    edges.update(data.edges.map(function (e) {
      var on = !hiddenRelations[e.relation] && visible[e.from] && visible[e.to] && any(e.seen, ok);
      shownEdges += on ? 1 : 0;
      return {id: e.id, hidden: !on};
    }));
    $("kg-visible").textContent = "Showing " + visibleIds.length + " of " + data.nodes.length + " actors and " +
      shownEdges + " of " + data.edges.length + " edges.";
    if (refit) { fit(); } else { labels(); }
  }

  // ------------------------------------------------------------ tooltip (never sticks)

  function hideTip() { tip.hidden = true; }

  function nodeTip(n) {
    return [n.label, n.type + (n.iso ? " · ISO " + n.iso : ""),
            "PageRank #" + n.rank + " of " + data.actors + " · " + n.by + " claims made · " + n.about +
            " claims about · in " + n.mentions + " article" + (n.mentions === 1 ? "" : "s")].join("\n");
  }

  function showTip(text, pointer) {
    tip.textContent = text;
    tip.hidden = false;
    var box = $("kg-canvas").getBoundingClientRect();
    tip.style.left = Math.min(pointer.x + 14, Math.max(0, box.width - tip.offsetWidth - 4)) + "px";
    tip.style.top = Math.min(pointer.y + 14, Math.max(0, box.height - tip.offsetHeight - 4)) + "px";
  }

  // ------------------------------------------------------------ details panel

  function where(c) {
    var a = data.articles[c.a];
    if (!a) { return ""; }
    return (a[1] ? a[1] + " · " : "") + a[0] + (c.b >= 0 ? " · " + c.b + "–" + c.e : "");
  }

  function claimList(box, head, list, withSpeaker, mark) {
    if (!list.length) { return; }
    var page = mark ? Math.floor(list.indexOf(mark) / PAGE) : 0, pages = Math.ceil(list.length / PAGE);
    var section = el("section", null, "kg-claims"), ul = el("ol"), pager = el("div", null, "kg-pager");
    var prev = el("button", "‹ Previous"), next = el("button", "Next ›"), at = el("span");
    prev.type = next.type = "button";
    section.appendChild(el("h3", head + " (" + list.length + ")"));
    function draw() {
      ul.textContent = "";
      ul.start = page * PAGE + 1;
      list.slice(page * PAGE, page * PAGE + PAGE).forEach(function (c) {
        var li = el("li", null, c === mark ? "kg-mark" : "");
        if (withSpeaker) { li.appendChild(el("b", (byId[c.s] ? byId[c.s].label : c.s) + ": ")); }
        li.appendChild(el("span", "“" + c.t + "” (" + c.k + ")"));
        li.appendChild(el("div", where(c), "kg-where"));
        ul.appendChild(li);
      });
      at.textContent = "Page " + (page + 1) + " of " + pages;
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    prev.addEventListener("click", function () { page -= 1; draw(); });
    next.addEventListener("click", function () { page += 1; draw(); });
    section.appendChild(ul);
    if (pages > 1) { pager.appendChild(prev); pager.appendChild(at); pager.appendChild(next); section.appendChild(pager); }
    draw();
    box.appendChild(section);
  }

  function showNode(n, mark) {
    details.textContent = "";
    details.appendChild(el("h3", n.label, "kg-name"));
    details.appendChild(el("p", n.type + (n.iso ? " · ISO " + n.iso : "")));
    if (n.aliases.length) { details.appendChild(el("p", "Also: " + n.aliases.join(", "))); }
    details.appendChild(el("p", "PageRank " + n.pagerank.toFixed(4) + " (#" + n.rank + " of " + data.actors +
      ") · betweenness " + n.betweenness.toFixed(4) + " · degree " + n.degree + " · evidence " + n.evidence +
      " · community " + n.community + (n.bloc ? " · bloc " + n.bloc : "") + " · in " + n.mentions + " articles"));
    claimList(details, "Claims by " + n.label, n.claimsBy, false, mark);
    claimList(details, "Claims about " + n.label, n.claimsAbout, true, mark && mark.s !== n.id ? mark : null);
    if (n.by > n.claimsBy.length || n.about > n.claimsAbout.length) {
      details.appendChild(el("p", "Some claims are left out of this page; kg export --format claims-csv has them all.",
                             "kg-hint"));
    }
  }

  function highlight(id) {
    var keep = null;
    if (id !== null) {
      keep = {};
      keep[id] = true;
      network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    }
    nodes.update(data.nodes.map(function (n) { return {id: n.id, opacity: keep === null || keep[n.id] ? 1 : 0.2}; }));
  }

  function selectNode(id, mark) {
    state.selected = id;
    hideTip();
    highlight(id);
    if (id === null) {
      network.unselectAll();
      details.textContent = "";
      return;
    }
    if (visibleIds.indexOf(id) < 0) { state.forced = id; apply(false); }
    network.selectNodes([id]);
    showNode(byId[id], mark);
    details.parentNode.scrollIntoView({block: "start"});  // the side panel shows the actor's details
  }

  network.on("click", function (p) {
    hideTip();
    if (p.nodes.length) {
      selectNode(p.nodes[0]);
    } else if (p.edges.length) {
      if (state.selected !== null) { highlight(null); state.selected = null; }
      details.textContent = edgeById[p.edges[0]].info;
    } else {
      selectNode(null);
    }
  });
  network.on("hoverNode", function (p) { showTip(nodeTip(byId[p.node]), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeById[p.edge].info.split("\n").slice(0, 3).join("\n"), p.pointer.DOM); });
  ["blurNode", "blurEdge", "dragStart", "zoom", "release"].forEach(function (ev) { network.on(ev, hideTip); });
  network.on("zoom", labels);
  $("kg-canvas").addEventListener("mouseleave", hideTip);
  window.addEventListener("blur", hideTip);

  // ------------------------------------------------------------ search (type-ahead)

  var search = $("kg-search"), results = $("kg-results"), found = [], active = -1;
  var keys = data.nodes.map(function (n) {
    return {n: n, names: [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); })};
  });

  function score(names, q) {
    var best = 9;
    names.forEach(function (s, i) {
      var alias = i ? 2 : 0;
      if (s.indexOf(q) === 0) { best = Math.min(best, alias); }
      else if ((" " + s).indexOf(" " + q) >= 0 || s.indexOf("-" + q) >= 0) { best = Math.min(best, alias + 1); }
    });
    return best;
  }

  function matches(q) {
    var out = [];
    keys.forEach(function (k) { var s = score(k.names, q); if (s < 9) { out.push({s: s, node: k.n}); } });
    out.sort(function (a, b) { return a.s - b.s || measure(b.node) - measure(a.node) || (a.node.label < b.node.label ? -1 : 1); });
    out = out.slice(0, 8);
    if (q.length >= 3) {
      for (var i = 0, n = 0; i < data.claims.length && n < 6; i++) {
        if (data.claims[i].t.toLowerCase().indexOf(q) >= 0 && byId[data.claims[i].s]) { out.push({claim: data.claims[i]}); n++; }
      }
    }
    return out;
  }

  function snippet(text, q) {
    var at = text.toLowerCase().indexOf(q), from = Math.max(0, at - 30);
    return (from ? "…" : "") + text.slice(from, from + 90) + (from + 90 < text.length ? "…" : "");
  }

  function listResults() {
    var q = search.value.trim().toLowerCase();
    found = q ? matches(q) : [];
    active = found.length ? 0 : -1;
    results.textContent = "";
    found.forEach(function (f, i) {
      var li = el("li", null, f.claim ? "kg-hit-claim" : "kg-hit");
      li.id = "kg-hit-" + i;
      li.setAttribute("role", "option");
      if (f.claim) {
        li.appendChild(el("span", "“" + snippet(f.claim.t, q) + "”"));
        li.appendChild(el("small", " " + byId[f.claim.s].label));
      } else {
        li.appendChild(el("span", f.node.label));
        li.appendChild(el("small", " " + f.node.type + (f.node.lone ? " · unlinked" : "")));
      }
      li.addEventListener("mousedown", function (e) { e.preventDefault(); pick(i); });
      results.appendChild(li);
    });
    if (q && !found.length) { results.appendChild(el("li", "No actor or claim matches.", "kg-none")); }
    results.hidden = !q;
    search.setAttribute("aria-expanded", q ? "true" : "false");
    mark();
  }

  function mark() {
    Array.prototype.forEach.call(results.children, function (li, i) {
      li.setAttribute("aria-selected", i === active ? "true" : "false");
    });
    if (active >= 0) { search.setAttribute("aria-activedescendant", "kg-hit-" + active); }
    else { search.removeAttribute("aria-activedescendant"); }
  }

  function pick(i) {
    var f = found[i];
    if (!f) { return; }
    var id = f.claim ? f.claim.s : f.node.id;
    results.hidden = true;
    search.setAttribute("aria-expanded", "false");
    selectNode(id, f.claim || undefined);
    network.focus(id, {scale: Math.max(network.getScale(), 0.8), animation: false});
    labels();
  }

  search.addEventListener("input", listResults);
  search.addEventListener("keydown", function (e) {
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      if (found.length) { active = (active + (e.key === "ArrowDown" ? 1 : found.length - 1)) % found.length; mark(); }
      e.preventDefault();
    } else if (e.key === "Enter") {
      pick(active);
      e.preventDefault();
    } else if (e.key === "Escape") {
      results.hidden = true;
      search.setAttribute("aria-expanded", "false");
    }
  });
  search.addEventListener("blur", function () { results.hidden = true; search.setAttribute("aria-expanded", "false"); });

  // ------------------------------------------------------------ controls

  var groupSelect = $("kg-group"), sizeSelect = $("kg-size"), lone = $("kg-lone"), article = $("kg-article");
  var since = $("kg-since"), until = $("kg-until");
  data.groups.forEach(function (g) { groupSelect.appendChild(new Option(g.label, g.value)); });
  groupSelect.addEventListener("change", function () { state.group = groupSelect.value; state.forced = null; apply(true); });
  sizeSelect.addEventListener("change", function () { state.measure = sizeSelect.value; resize(); labels(); });
  if (lone) { lone.addEventListener("change", function () { state.showLone = lone.checked; apply(true); }); }
  if (article) { article.addEventListener("change", function () { state.article = article.value; apply(true); }); }
  [since, until].forEach(function (box) {
    if (box) {
      box.addEventListener("change", function () {
        state.since = since.value;
        state.until = until.value;
        apply(true);
      });
    }
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-type]"), function (box) {
    box.addEventListener("change", function () { hiddenTypes[box.getAttribute("data-type")] = !box.checked; apply(true); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-relation]"), function (box) {
    box.addEventListener("change", function () { hiddenRelations[box.getAttribute("data-relation")] = !box.checked; apply(true); });
  });
  $("kg-fit").addEventListener("click", fit);
  $("kg-reset").addEventListener("click", function () {
    hiddenTypes = {};
    hiddenRelations = {};
    Array.prototype.forEach.call(document.querySelectorAll("input[data-type], input[data-relation]"),
                                 function (box) { box.checked = true; });
    state.group = groupSelect.value = "";
    state.article = state.since = state.until = "";
    [article, since, until].forEach(function (box) { if (box) { box.value = ""; } });
    state.showLone = false;
    if (lone) { lone.checked = false; }
    state.forced = null;
    search.value = "";
    results.hidden = true;
    if (sizeSelect.value !== "pagerank") { sizeSelect.value = state.measure = "pagerank"; resize(); }
    selectNode(null);
    apply(true);
  });

  // ------------------------------------------------------------ settle

  window.kgExplorer = {
    network: network, nodes: nodes, edges: edges, state: state, data: data, byId: byId,
    drawn: function () { return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length}; },
    visible: function () { return visibleIds.slice(); },
    select: function (id) { selectNode(id); }
  };

  function settle() {
    state.settled = true;
    state.settledAt = performance.now();
    progress.hidden = true;
    document.body.setAttribute("data-settled", "true");
  }

  apply(false);
  if (data.physics) {
    progress.hidden = false;
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      network.once("afterDrawing", settle);
      fit();
    });
  } else {
    network.once("afterDrawing", settle);
    fit();
  }
}());

// alliance-kg explorer. Every text from the graph arrives as JSON data and reaches the page only
// through textContent, option text, vis-network's plain-text tooltips or the canvas: never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(document.getElementById("kg-network"),
                                {nodes: nodes, edges: edges}, data.options);
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var state = {settled: false, settledAt: null, selected: null};
  var hiddenTypes = {}, hiddenRelations = {}, group = "";
  var details = document.getElementById("kg-details");
  var progress = document.getElementById("kg-progress");

  window.kgExplorer = {
    network: network, nodes: nodes, edges: edges, state: state,
    drawn: function () {
      return {nodes: network.body.nodeIndices.length, edges: network.body.edgeIndices.length};
    }
  };

  function settle() {
    state.settled = true;
    state.settledAt = performance.now();
    progress.hidden = true;
    document.body.setAttribute("data-settled", "true");
  }

  if (data.physics) {
    progress.hidden = false;
    network.on("stabilizationProgress", function (p) {
      progress.textContent = "Laying out… " + Math.round(100 * p.iterations / p.total) + "%";
    });
    network.once("stabilizationIterationsDone", function () {
      network.setOptions({physics: {enabled: false}});
      network.once("afterDrawing", settle);
      network.redraw();
    });
  } else {
    network.once("afterDrawing", settle);
  }

  function show(text) { details.textContent = text || ""; }

  function member(n) {
    if (!group) { return true; }
    var kind = group.charAt(0), number = Number(group.slice(1));
    return kind === "c" ? n.community === number : n.bloc === number;
  }

  function apply() {
    var visible = {}, shownNodes = 0, shownEdges = 0;
    nodes.update(data.nodes.map(function (n) {
      var on = !hiddenTypes[n.type] && member(n);
      visible[n.id] = on;
      shownNodes += on ? 1 : 0;
      return {id: n.id, hidden: !on};
    }));
    edges.update(data.edges.map(function (e) {
      var on = !hiddenRelations[e.relation] && visible[e.from] && visible[e.to];
      shownEdges += on ? 1 : 0;
      return {id: e.id, hidden: !on};
    }));
    document.getElementById("kg-visible").textContent =
      "Showing " + shownNodes + " of " + data.nodes.length + " actors and " +
      shownEdges + " of " + data.edges.length + " edges.";
  }

  function highlight(id) {
    var keep = null;
    if (id !== null) {
      keep = {};
      keep[id] = true;
      network.getConnectedNodes(id).forEach(function (n) { keep[n] = true; });
    }
    nodes.update(data.nodes.map(function (n) {
      return {id: n.id, opacity: keep === null || keep[n.id] ? 1 : 0.2};
    }));
  }

  function selectNode(id) {
    state.selected = id;
    highlight(id);
    if (id === null) {
      network.unselectAll();
      show("");
      return;
    }
    network.selectNodes([id]);
    show(byId[id].title);
  }

  network.on("click", function (p) {
    if (p.nodes.length) {
      selectNode(p.nodes[0]);
      select.value = p.nodes[0];
    } else if (p.edges.length) {
      if (state.selected !== null) { highlight(null); state.selected = null; }
      show(edges.get(p.edges[0]).title);
    } else {
      selectNode(null);
      select.value = "";
    }
  });
  network.on("hoverNode", function (p) { if (state.selected === null) { show(byId[p.node].title); } });
  network.on("hoverEdge", function (p) { if (state.selected === null) { show(edges.get(p.edge).title); } });

  var select = document.getElementById("kg-select");
  data.order.forEach(function (id) { select.appendChild(new Option(byId[id].label, id)); });
  select.addEventListener("change", function () {
    if (!select.value) { selectNode(null); return; }
    selectNode(select.value);
    network.focus(select.value, {scale: Math.max(network.getScale(), 0.8), animation: false});
  });

  var groupSelect = document.getElementById("kg-group");
  data.groups.forEach(function (g) { groupSelect.appendChild(new Option(g.label, g.value)); });
  groupSelect.addEventListener("change", function () { group = groupSelect.value; apply(); });

  Array.prototype.forEach.call(document.querySelectorAll("input[data-type]"), function (box) {
    box.addEventListener("change", function () { hiddenTypes[box.getAttribute("data-type")] = !box.checked; apply(); });
  });
  Array.prototype.forEach.call(document.querySelectorAll("input[data-relation]"), function (box) {
    box.addEventListener("change", function () {
      hiddenRelations[box.getAttribute("data-relation")] = !box.checked;
      apply();
    });
  });
  document.getElementById("kg-visible").textContent =
    "Showing all " + data.nodes.length + " actors and " + data.edges.length + " edges.";
}());

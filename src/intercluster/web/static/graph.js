// The network graph page: fetches nodes and edges for the current filters and draws them
// with Cytoscape.js. Node colour = entity type, node size = degree centrality.
(function () {
  "use strict";
  var container = document.getElementById("graph");
  var form = document.getElementById("graph-filters");
  var status = document.getElementById("graph-status");
  var slider = document.getElementById("g-year");
  var sliderOut = document.getElementById("g-year-out");
  // cytoscape-svg registers itself on the global cytoscape when loaded after it.
  if (!container || !form || typeof cytoscape !== "function") { return; }
  var cy = null;
  var minYear = slider ? Number(slider.min) : 0;

  function params() {
    var data = new FormData(form);
    var query = new URLSearchParams();
    data.forEach(function (value, key) {
      if (key === "year" && Number(value) <= minYear) { return; }  // leftmost = all years
      if (value !== "") { query.append(key, value); }
    });
    return query;
  }

  function showYear() {
    if (!slider || !sliderOut) { return; }
    sliderOut.textContent = Number(slider.value) <= minYear ? slider.dataset.allLabel : slider.value;
  }

  function layoutFor(count) {
    // cose reads well up to a few hundred nodes; beyond, a concentric layout by degree stays instant.
    if (count <= 400) {
      return { name: "cose", animate: false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 90 };
    }
    return { name: "concentric", animate: false, concentric: function (node) { return node.data("centrality"); }, levelWidth: function () { return 0.05; }, minNodeSpacing: 4 };
  }

  function draw(data) {
    var elements = data.nodes.concat(data.edges);
    var large = data.nodes.length > 1500;
    if (cy) { cy.destroy(); }
    cy = cytoscape({
      container: container,
      elements: elements,
      wheelSensitivity: 0.3,
      hideEdgesOnViewport: large,
      textureOnViewport: large,
      pixelRatio: large ? 1 : "auto",
      style: [
        { selector: "node", style: {
          "background-color": "data(colour)", "width": "data(size)", "height": "data(size)",
          "label": large ? "" : "data(label)", "font-size": 10, "text-valign": "bottom",
          "text-margin-y": 3, "color": "#222", "text-outline-width": 2, "text-outline-color": "#fff" } },
        { selector: "edge", style: { "width": 1.2, "line-color": "#b5b5b5", "curve-style": large ? "haystack" : "bezier" } },
        { selector: "edge[weight]", style: { "width": "mapData(weight, 1, 50000, 1, 12)" } },
        { selector: "node.focus", style: { "border-width": 4, "border-color": "#000" } }
      ],
      layout: layoutFor(data.nodes.length)
    });
    // A country of the folded graph opens that country's own graph (drill-down).
    cy.on("tap", "node", function (event) { var url = event.target.data("url"); if (url) { window.location.assign(url); } });
    var focus = container.dataset.focus;
    if (focus) {
      var node = cy.nodes().filter(function (n) { return n.data("url").split("/").pop() === focus; });
      if (node.nonempty()) { node.addClass("focus"); cy.center(node); }
    }
    window.interclusterGraph = cy;  // for the browser tests and for curious users in the console
    container.dataset.nodes = String(data.nodes.length);
    container.dataset.edges = String(data.edges.length);
    var note = "";
    if (data.mode === "countries") { note = " (" + container.dataset.countriesLabel + ")"; }
    else if (data.truncated) { note = " (" + container.dataset.truncatedLabel + ")"; }
    status.textContent = data.nodes.length + " / " + data.total_nodes + " · " + data.edges.length + " / " + data.total_edges + note;
    container.dataset.mode = data.mode || "entities";
    container.dispatchEvent(new CustomEvent("graph:drawn", { bubbles: true }));
  }

  function load() {
    var query = params();
    status.textContent = "…";
    fetch(container.dataset.source + "?" + query.toString(), { headers: { "Accept": "application/json" } })
      .then(function (response) {
        if (!response.ok) { return response.json().then(function (body) { throw new Error(body.error.message); }); }
        return response.json();
      })
      .then(draw)
      .catch(function (error) { status.textContent = error.message; });
    history.replaceState(null, "", "/graph?" + query.toString());
  }

  function download(name, url) {
    var link = document.createElement("a");
    link.href = url; link.download = name;
    document.body.appendChild(link); link.click(); link.remove();
  }

  form.addEventListener("submit", function (event) { event.preventDefault(); load(); });
  form.addEventListener("change", function (event) { if (event.target !== slider) { load(); } });
  if (slider) {
    slider.addEventListener("input", showYear);
    slider.addEventListener("change", load);
    showYear();
  }
  document.getElementById("export-png").addEventListener("click", function () {
    if (cy) { download("intercluster-graph.png", cy.png({ full: true, scale: 2, bg: "#ffffff" })); }
  });
  document.getElementById("export-svg").addEventListener("click", function () {
    if (cy && typeof cy.svg === "function") {
      var blob = new Blob([cy.svg({ full: true, bg: "#ffffff" })], { type: "image/svg+xml" });
      download("intercluster-graph.svg", URL.createObjectURL(blob));
    }
  });
  load();
})();

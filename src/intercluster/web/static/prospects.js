// The prospection board: drag a card onto another column to move the prospect there.
// Every card keeps its own small form (a stage select and a Move button) for keyboards and
// for browsers without JavaScript; a drop sets that select and submits the form, which htmx
// posts and answers with the board re-drawn (so the move is saved, not only shown).
(function () {
  "use strict";
  var dragged = null;

  function closest(node, selector) {
    while (node && node.nodeType !== 1) {
      node = node.parentNode;
    }
    return node && node.closest ? node.closest(selector) : null;
  }

  function clearTargets() {
    var marked = document.querySelectorAll(".board-column.drop-target");
    for (var i = 0; i < marked.length; i++) {
      marked[i].classList.remove("drop-target");
    }
  }

  document.addEventListener("dragstart", function (event) {
    var card = closest(event.target, ".board-card");
    if (!card) {
      return;
    }
    dragged = card;
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", card.getAttribute("data-prospect") || "");
    card.classList.add("dragging");
  });

  document.addEventListener("dragend", function () {
    if (dragged) {
      dragged.classList.remove("dragging");
    }
    dragged = null;
    clearTargets();
  });

  document.addEventListener("dragover", function (event) {
    var column = closest(event.target, ".board-column");
    if (!column || !dragged) {
      return;
    }
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    if (!column.classList.contains("drop-target")) {
      clearTargets();
      column.classList.add("drop-target");
    }
  });

  document.addEventListener("drop", function (event) {
    var column = closest(event.target, ".board-column");
    if (!column || !dragged) {
      return;
    }
    event.preventDefault();
    clearTargets();
    var form = dragged.querySelector("form.move-form");
    var select = form ? form.querySelector("select[name=stage]") : null;
    var stage = column.getAttribute("data-stage");
    if (!select || !stage || select.value === stage) {
      return;
    }
    select.value = stage;
    column.querySelector(".board-cards").appendChild(dragged);
    form.requestSubmit();
  });
})();

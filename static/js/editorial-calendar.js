// Drag an item to another day of the editorial calendar. Only the planned
// date changes (the server checks it); the item page keeps a date form as
// the keyboard-accessible way to do the same.
(function () {
  "use strict";
  var calendar = document.querySelector("[data-editorial-calendar]");
  if (!calendar) return;
  var status = calendar.querySelector("[data-calendar-status]");
  var csrf = calendar.querySelector("input[name=csrfmiddlewaretoken]");
  var dragged = null;

  function announce(text) { if (status) status.textContent = text; }

  calendar.addEventListener("dragstart", function (event) {
    var entry = event.target.closest && event.target.closest("[data-move-url]");
    if (!entry) return;
    dragged = entry;
    entry.classList.add("is-dragging");
    event.dataTransfer.effectAllowed = "move";
    event.dataTransfer.setData("text/plain", entry.dataset.moveUrl);
  });
  calendar.addEventListener("dragend", function () {
    if (dragged) dragged.classList.remove("is-dragging");
    calendar.querySelectorAll(".is-drop-target").forEach(function (cell) { cell.classList.remove("is-drop-target"); });
  });
  calendar.addEventListener("dragover", function (event) {
    var cell = event.target.closest && event.target.closest("[data-day]");
    if (!cell || !dragged) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "move";
    cell.classList.add("is-drop-target");
  });
  calendar.addEventListener("dragleave", function (event) {
    var cell = event.target.closest && event.target.closest("[data-day]");
    if (cell && !cell.contains(event.relatedTarget)) cell.classList.remove("is-drop-target");
  });
  calendar.addEventListener("drop", function (event) {
    var cell = event.target.closest && event.target.closest("[data-day]");
    if (!cell || !dragged) return;
    event.preventDefault();
    cell.classList.remove("is-drop-target");
    var entry = dragged;
    var body = new FormData();
    body.append("day", cell.dataset.day);
    if (csrf) body.append("csrfmiddlewaretoken", csrf.value);
    fetch(entry.dataset.moveUrl, {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Accept": "application/json", "X-Requested-With": "XMLHttpRequest" }
    }).then(function (response) {
      return response.json().then(function (data) { return { ok: response.ok, data: data }; });
    }).then(function (result) {
      if (result.ok && result.data.ok) {
        cell.querySelector("ol").appendChild(entry);
        announce(result.data.message);
      } else {
        announce(result.data.error || calendar.dataset.errorText || "Error");
      }
    }).catch(function () {
      announce(calendar.dataset.errorText || "Error");
    });
  });
})();

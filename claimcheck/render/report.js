(function () {
  "use strict";
  // Print every folded finding too (older Chromium ignores the print stylesheet's rule).
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) {
      d.open = true;
    });
  });
  var table = document.getElementById("claims-table");
  var box = document.getElementById("claims-filter");
  var count = document.getElementById("claims-count");
  if (!table || !box) return;
  var bodies = Array.prototype.slice.call(table.querySelectorAll("tbody"));
  var size = bodies.length ? bodies[0].rows.length : 0;
  var rows = Array.prototype.slice.call(table.querySelectorAll("tbody tr"));
  var keys = rows.map(function (r) {
    var cells = Array.prototype.map.call(r.cells, function (c) { return c.textContent; });
    return cells.join("\u0001").toLowerCase();
  });
  rows.forEach(function (r, i) { r._key = keys[i]; });
  function filter() {
    var q = box.value.trim().toLowerCase(), shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var ok = !q || rows[i]._key.indexOf(q) >= 0;
      rows[i].hidden = !ok;
      if (ok) shown++;
    }
    // A filtered table is short: lay it out whole, chunks with no row left out of it.
    table.classList.toggle("filtered", !!q);
    bodies.forEach(function (b) {
      b.parentNode.parentNode.hidden = !!q && !b.querySelector("tr:not([hidden])");
    });
    count.textContent = shown + " of " + rows.length + " claims";
  }
  var timer = 0;
  box.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(filter, rows.length > 5000 ? 150 : 0);
  });
  box.closest(".filter").hidden = false;
  function num(text) {
    var m = /-?\d+(?:\.\d+)?/.exec(text.replace(/,/g, ""));
    return m ? parseFloat(m[0]) : -Infinity;
  }
  Array.prototype.forEach.call(table.querySelector("thead").rows[0].cells, function (th, col) {
    th.setAttribute("data-sort", "");
    th.tabIndex = 0;
    function sort() {
      var down = th.getAttribute("aria-sort") === "ascending";
      Array.prototype.forEach.call(th.parentNode.cells, function (o) { o.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", down ? "descending" : "ascending");
      var numeric = th.classList.contains("n");
      var sign = down ? -1 : 1;
      var ordered = rows.map(function (r, i) {
        var t = r.cells[col].textContent;
        return [numeric ? num(t) : t.toLowerCase(), i, r];
      });
      ordered.sort(function (a, b) {
        return a[0] < b[0] ? -sign : a[0] > b[0] ? sign : a[1] - b[1];
      });
      rows = ordered.map(function (o) { return o[2]; });
      bodies.forEach(function (b, n) {
        var frag = document.createDocumentFragment();
        rows.slice(n * size, (n + 1) * size).forEach(function (r) { frag.appendChild(r); });
        b.appendChild(frag);
      });
      filter();
    }
    th.addEventListener("click", sort);
    th.addEventListener("keydown", function (e) { if (e.key === "Enter") sort(); });
  });
})();

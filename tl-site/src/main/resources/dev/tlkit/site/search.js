// tlkit site search: case-insensitive fuzzy matching over TL names, Java classes and error
// names, from the index in search-index.js (a script, so that it loads from file:// too).
// Enter opens the best match. No framework, nothing fetched.
(function () {
  "use strict";
  var entries = window.TLKIT_SEARCH || [];
  var input = document.getElementById("search");
  var list = document.getElementById("results");
  if (!input || !list) {
    return;
  }
  var root = document.body.getAttribute("data-root") || "";
  var MAX = 20;
  var best = [];

  // The score of text for query q (both lower case): a substring beats a scattered match; a
  // match at the start or after a word boundary (".", "_", a capital) beats one inside a word;
  // shorter texts win ties. -1: no match.
  function score(q, text) {
    if (!text) {
      return -1;
    }
    var t = text.toLowerCase();
    var at = t.indexOf(q);
    if (at >= 0) {
      var s = 1000 - t.length;
      if (t.length === q.length) {
        s += 500;
      }
      if (at === 0 || boundary(text, at)) {
        s += 100;
      }
      return s;
    }
    var qi = 0, s2 = 0, last = -2;
    for (var i = 0; i < t.length && qi < q.length; i++) {
      if (t.charAt(i) === q.charAt(qi)) {
        s2 += i === last + 1 ? 5 : 1;
        if (i === 0 || boundary(text, i)) {
          s2 += 3;
        }
        last = i;
        qi++;
      }
    }
    return qi < q.length ? -1 : s2 - t.length / 10;
  }

  function boundary(text, i) {
    var before = text.charAt(i - 1);
    var c = text.charAt(i);
    return before === "." || before === "_" || (c !== c.toLowerCase() && before === before.toLowerCase());
  }

  function search(query) {
    var q = query.trim().toLowerCase().replace(/\s+/g, "");
    if (!q) {
      return [];
    }
    var found = [];
    for (var i = 0; i < entries.length; i++) {
      var e = entries[i];
      var s = Math.max(score(q, e[0]), score(q, e[1]));
      if (s >= 0) {
        found.push([s, e]);
      }
    }
    found.sort(function (a, b) {
      return b[0] - a[0] || (a[1][0] < b[1][0] ? -1 : a[1][0] > b[1][0] ? 1 : 0);
    });
    return found.slice(0, MAX).map(function (f) { return f[1]; });
  }

  function show() {
    best = search(input.value);
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    best.forEach(function (e, i) {
      var li = document.createElement("li");
      if (i === 0) {
        li.className = "best";
      }
      var a = document.createElement("a");
      a.href = root + e[3];
      var kind = document.createElement("span");
      kind.className = "kind";
      kind.textContent = e[2];
      a.appendChild(kind);
      a.appendChild(document.createTextNode(e[0]));
      if (e[1] && e[1] !== e[0]) {
        var java = document.createElement("span");
        java.className = "java";
        java.textContent = e[1];
        a.appendChild(java);
      }
      li.appendChild(a);
      list.appendChild(li);
    });
  }

  input.addEventListener("input", show);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var found = best.length ? best : search(input.value);
      if (found.length) {
        ev.preventDefault();
        window.location.href = root + found[0][3];
      }
    } else if (ev.key === "Escape") {
      input.value = "";
      show();
    } else if (ev.key === "ArrowDown" && list.firstChild) {
      ev.preventDefault();
      list.firstChild.firstChild.focus();
    }
  });
  list.addEventListener("keydown", function (ev) {
    var li = document.activeElement && document.activeElement.parentNode;
    if (ev.key === "ArrowDown" && li && li.nextSibling) {
      ev.preventDefault();
      li.nextSibling.firstChild.focus();
    } else if (ev.key === "ArrowUp" && li) {
      ev.preventDefault();
      (li.previousSibling ? li.previousSibling.firstChild : input).focus();
    }
  });
})();

// claimdiff HTML report: provenance pop-ups on hover and focus, filters. No network.
(function () {
  "use strict";
  var claims = JSON.parse(document.getElementById("claims").textContent);
  var tip = document.getElementById("tip");
  var shown = null;

  function add(parent, tag, text, cls) {
    var el = document.createElement(tag);
    if (text !== undefined && text !== null) el.textContent = text;
    if (cls) el.className = cls;
    parent.appendChild(el);
    return el;
  }

  function fill(c) {
    tip.textContent = "";
    var head = add(tip, "div");
    add(head, "strong", c.s);
    add(head, "span", " · " + c.v.replace("single", "one source only"));
    add(tip, "div", c.t);
    if (c.q) {
      var q = add(tip, "q", null, "quote");
      c.q.forEach(function (part, i) { if (i % 2) add(q, "mark", part); else add(q, "span", part); });
    } else {
      add(tip, "div", "no quote", "meta");
    }
    c.r.forEach(function (r) { add(tip, "div", r, "meta"); });
    var meta = [];
    if (c.sp) meta.push("characters " + c.sp[0] + "–" + c.sp[1]);
    meta.push("published " + (c.p || "unknown"));
    meta.push("claim " + c.k);
    add(tip, "div", meta.join(" · "), "meta");
    if (c.u) {
      var a = add(add(tip, "div", null, "meta"), "a", c.u);
      a.href = c.u;
    }
  }

  function show(el) {
    var c = claims[+el.getAttribute("data-c")];
    if (!c) return;
    fill(c);
    tip.hidden = false;
    var r = el.getBoundingClientRect();
    var left = window.scrollX + Math.max(4, Math.min(r.left, document.documentElement.clientWidth - tip.offsetWidth - 4));
    tip.style.left = left + "px";
    tip.style.top = (window.scrollY + r.bottom + 6) + "px";
    if (shown && shown !== el) shown.removeAttribute("aria-describedby");
    el.setAttribute("aria-describedby", "tip");
    shown = el;
  }

  function hide() {
    tip.hidden = true;
    if (shown) shown.removeAttribute("aria-describedby");
    shown = null;
  }

  function target(ev) {
    var el = ev.target;
    return el && el.closest ? el.closest("[data-c]") : null;
  }

  document.addEventListener("mouseover", function (ev) {
    var el = target(ev);
    if (el) show(el);
    else if (shown && !(ev.target.closest && ev.target.closest("#tip"))) hide();
  });
  document.addEventListener("focusin", function (ev) {
    var el = target(ev);
    if (el) show(el); else hide();
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") hide();
    if ((ev.key === "Enter" || ev.key === " ") && target(ev) && target(ev).classList.contains("mark")) {
      ev.preventDefault();
      show(target(ev));
    }
  });

  // Filters: an item shows when its verdict is ticked and any of its sources is. Verdicts
  // switch a class on <main> (one style change, however many items); sources touch only
  // the items whose state changes.
  var form = document.querySelector(".filters");
  if (!form) return;
  form.hidden = false;
  var main = document.querySelector("main");
  var items = null;
  function ticked(kind) {
    var out = {};
    form.querySelectorAll('input[data-filter="' + kind + '"]').forEach(function (i) { out[i.value] = i.checked; });
    return out;
  }
  function apply(ev) {
    var verdicts = ticked("verdict");
    Object.keys(verdicts).forEach(function (v) { main.classList.toggle("no-" + v, !verdicts[v]); });
    if (ev && ev.target && ev.target.getAttribute("data-filter") === "source") {
      var sources = ticked("source");
      items = items || Array.prototype.slice.call(main.querySelectorAll("[data-s]"));
      items.forEach(function (el) {
        var srcs = el.getAttribute("data-s").split(" ");
        var on = srcs.some(function (s) { return sources[s] !== false; });
        if (el.classList.contains("off") === on) el.classList.toggle("off", !on);
      });
    }
    if (shown && (shown.closest(".off") || !shown.getClientRects().length)) hide();
  }
  form.addEventListener("change", apply);
})();

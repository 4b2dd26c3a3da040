// The copy desk's page: check the draft as it is typed, highlight findings in place,
// apply a fix with a click. It talks only to the service that served it (api/check).
(function () {
  "use strict";

  var draft = document.getElementById("draft");
  var backdrop = document.getElementById("backdrop");
  var list = document.getElementById("findings");
  var status = document.getElementById("status");
  var kind = document.getElementById("kind");
  var date = document.getElementById("date");
  var token = document.getElementById("token");
  var tokenBox = document.getElementById("token-box");
  var dateUsed = document.getElementById("date-used");
  var RANK = { info: 1, warning: 2, error: 3 };
  var WAIT = 300; // ms of quiet typing before a check
  var shown = []; // findings on screen, with UTF-16 ranges into draft.value
  var lastText = "";
  var timer = null;
  var asked = 0; // number of the latest check sent; older answers are dropped

  // Line starts as newslint counts lines: CRLF, CR and LF each end one.
  function lineStarts(text) {
    var starts = [0];
    var re = /\r\n|\r|\n/g;
    var m;
    while ((m = re.exec(text)) !== null) starts.push(m.index + m[0].length);
    return starts;
  }

  // newslint counts columns in code points; the textarea counts UTF-16 units.
  function offsetOf(text, starts, line, column) {
    var i = starts[Math.min(line, starts.length) - 1];
    for (var n = column - 1; n > 0 && i < text.length; n--) {
      var c = text.charCodeAt(i);
      i += c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
    }
    return i;
  }

  function withRanges(text, findings) {
    var starts = lineStarts(text);
    return findings.map(function (f, i) {
      return {
        id: i,
        finding: f,
        start: offsetOf(text, starts, f.line, f.column),
        end: offsetOf(text, starts, f.end_line, f.end_column)
      };
    });
  }

  // Keep highlights on their words while typing: shift those after the edit, drop
  // those the edit touched, until the next check answers.
  function follow(before, after) {
    var p = 0;
    var most = Math.min(before.length, after.length);
    while (p < most && before.charCodeAt(p) === after.charCodeAt(p)) p++;
    var s = 0;
    while (s < most - p &&
      before.charCodeAt(before.length - 1 - s) === after.charCodeAt(after.length - 1 - s)) s++;
    var oldEnd = before.length - s;
    var delta = after.length - before.length;
    shown = shown.filter(function (r) { return r.end <= p || r.start >= oldEnd; })
      .map(function (r) {
        if (r.end <= p) return r;
        return { id: r.id, finding: r.finding, start: r.start + delta, end: r.end + delta };
      });
  }

  function severityOf(ranges) {
    return ranges.reduce(function (best, r) {
      return RANK[r.finding.severity] > RANK[best] ? r.finding.severity : best;
    }, "info");
  }

  function paint() {
    var text = draft.value;
    var cuts = [0, text.length];
    shown.forEach(function (r) { if (r.end > r.start) cuts.push(r.start, r.end); });
    cuts = cuts.filter(function (c, i, all) { return all.indexOf(c) === i; })
      .sort(function (a, b) { return a - b; });
    var out = document.createDocumentFragment();
    for (var i = 0; i + 1 < cuts.length; i++) {
      var a = cuts[i];
      var b = cuts[i + 1];
      var piece = text.slice(a, b);
      var over = shown.filter(function (r) { return r.start <= a && r.end >= b && r.end > r.start; });
      if (!over.length) {
        out.appendChild(document.createTextNode(piece));
        continue;
      }
      var mark = document.createElement("mark");
      mark.className = "sev-" + severityOf(over);
      mark.dataset.findings = over.map(function (r) { return r.id; }).join(" ");
      mark.textContent = piece;
      out.appendChild(mark);
    }
    out.appendChild(document.createTextNode(" ")); // a final newline still takes a line
    backdrop.textContent = "";
    backdrop.appendChild(out);
  }

  function fit() {
    draft.style.height = "auto";
    draft.style.height = draft.scrollHeight + 2 + "px";
  }

  function marksOf(id) {
    return Array.prototype.filter.call(backdrop.querySelectorAll("mark"), function (m) {
      return m.dataset.findings.split(" ").indexOf(String(id)) >= 0;
    });
  }

  function apply(range, value) {
    draft.focus();
    draft.setRangeText(value, range.start, range.end, "end");
    edited();
    checkNow();
  }

  function describe(range) {
    var f = range.finding;
    var li = document.createElement("li");
    li.className = "sev-" + f.severity;
    li.dataset.finding = String(range.id);
    li.dataset.code = f.code;
    var head = document.createElement("div");
    head.className = "head";
    var code = document.createElement("code");
    code.textContent = f.code;
    var where = document.createElement("span");
    where.textContent = f.severity + " · " + f.rule + " · line " + f.line;
    head.append(code, where);
    var message = document.createElement("p");
    message.className = "message";
    message.textContent = f.message;
    li.append(head, message);
    if (f.suggestions.length) {
      var fixes = document.createElement("div");
      fixes.className = "fixes";
      f.suggestions.forEach(function (value) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "fix";
        button.textContent = value ? "Replace with “" + value + "”" : "Delete “" + f.text + "”";
        button.addEventListener("click", function (event) {
          event.stopPropagation();
          var now = shown.filter(function (r) { return r.id === range.id; })[0];
          if (now) apply(now, value);
        });
        fixes.appendChild(button);
      });
      li.appendChild(fixes);
    }
    li.addEventListener("click", function () {
      var now = shown.filter(function (r) { return r.id === range.id; })[0];
      if (!now) return;
      draft.focus();
      draft.setSelectionRange(now.start, now.end);
    });
    li.addEventListener("mouseenter", function () {
      marksOf(range.id).forEach(function (m) { m.classList.add("active"); });
    });
    li.addEventListener("mouseleave", function () {
      marksOf(range.id).forEach(function (m) { m.classList.remove("active"); });
    });
    return li;
  }

  function listAll(body) {
    list.textContent = "";
    shown.forEach(function (r) { list.appendChild(describe(r)); });
    dateUsed.textContent = body.date
      ? "Story date: " + body.date
      : "No story date: checks that need one are held back. Set one above or in front matter.";
  }

  function say(text, problem) {
    status.textContent = text;
    status.classList.toggle("problem", Boolean(problem));
  }

  function headers() {
    var out = { "Content-Type": "application/json" };
    if (token.value) out.Authorization = "Bearer " + token.value;
    return out;
  }

  function check() {
    clearTimeout(timer);
    var text = draft.value;
    var mine = ++asked;
    if (!text.trim()) {
      shown = [];
      paint();
      list.textContent = "";
      dateUsed.textContent = "";
      say("Paste or type a draft.");
      return;
    }
    say("Checking…");
    fetch("api/check", {
      method: "POST",
      headers: headers(),
      body: JSON.stringify({ text: text, kind: kind.value, date: date.value || null })
    }).then(function (response) {
      return response.json().then(function (body) { return { response: response, body: body }; });
    }).then(function (answer) {
      if (mine !== asked || draft.value !== text) return; // a newer check is on its way
      if (!answer.response.ok) {
        if (answer.response.status === 401) tokenBox.hidden = false;
        say("Not checked: " + answer.body.error, true);
        return;
      }
      var body = answer.body;
      shown = withRanges(text, body.findings);
      paint();
      listAll(body);
      var n = body.findings.length;
      var note = body.truncated ? " (only the first " + n + " are shown)" : "";
      var crashes = body.errors.length ? "; " + body.errors.join("; ") : "";
      say((n ? n + " finding" + (n === 1 ? "" : "s") : "No findings") + note + crashes,
        Boolean(crashes));
    }).catch(function (error) {
      if (mine === asked) say("The newslint service did not answer: " + error.message, true);
    });
  }

  function checkNow() {
    clearTimeout(timer);
    check();
  }

  function edited() {
    follow(lastText, draft.value);
    lastText = draft.value;
    fit();
    paint();
    try { sessionStorage.setItem("newslint-draft", draft.value); } catch (e) { /* private mode */ }
  }

  function showCurrent() {
    var at = draft.selectionStart;
    Array.prototype.forEach.call(list.children, function (li) {
      var r = shown.filter(function (s) { return String(s.id) === li.dataset.finding; })[0];
      var here = Boolean(r) && r.start <= at && at <= r.end;
      li.classList.toggle("current", here);
      if (here) li.scrollIntoView({ block: "nearest" });
    });
  }

  draft.addEventListener("input", function () {
    edited();
    clearTimeout(timer);
    timer = setTimeout(check, WAIT);
  });
  draft.addEventListener("click", showCurrent);
  draft.addEventListener("keyup", showCurrent);
  kind.addEventListener("change", checkNow);
  date.addEventListener("change", checkNow);
  token.addEventListener("change", function () {
    try { sessionStorage.setItem("newslint-token", token.value); } catch (e) { /* ignore */ }
    checkNow();
  });
  document.getElementById("check").addEventListener("click", checkNow);
  window.addEventListener("resize", fit);

  try {
    draft.value = sessionStorage.getItem("newslint-draft") || "";
    token.value = sessionStorage.getItem("newslint-token") || "";
  } catch (e) { /* storage unavailable: start empty */ }
  lastText = draft.value;
  fit();
  paint();
  fetch("health").then(function (r) { return r.json(); }).then(function (health) {
    if (health.token) tokenBox.hidden = false;
  }).catch(function () { say("The newslint service did not answer.", true); });
  if (draft.value.trim()) check();
})();

// writguard workbench: the Tables page. Cell values come from workbooks and are put on the page as text only.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  let data = null;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }
  function status(t) { $("status").textContent = t || ""; }
  function showError(t) { $("error").textContent = t || ""; $("error").hidden = !t; }

  // The grid as the spreadsheet shows it: column letters, labels coloured by kind, sheet row numbers; problems on their cell.
  function grid(t, unfired) {
    const byCell = new Map();
    for (const p of t.problems || []) if (p.cell) byCell.set(p.cell, p);
    const rowProblems = new Map();
    for (const p of t.problems || []) {
      const m = /^A?(\d+)$/.exec(p.cell || "");
      if (m && !byCell.has("A" + m[1])) rowProblems.set(Number(m[1]), p);
    }
    const table = el("table", { class: "sheet", "data-table": t.name });
    const letters = el("tr", {}, el("th", { class: "letter" }));
    const labels = el("tr", {}, el("th", { class: "letter", text: "row" }));
    for (const c of t.columns) {
      letters.append(el("th", { class: "letter", text: c.letter }));
      labels.append(el("th", { class: c.kind, title: c.kind.toLowerCase() + " " + c.key, text: c.label }));
    }
    table.append(el("thead", {}, letters, labels));
    const body = el("tbody");
    for (const r of t.rows) {
      const tr = el("tr", { "data-row": String(r.row), class: unfired && unfired.has(r.row) ? "unfired" : null },
        el("td", { class: "rownum", title: unfired && unfired.has(r.row) ? "no example or fixture fires this row" : null, text: String(r.row) }));
      t.columns.forEach((c, i) => {
        const ref = c.letter + r.row;
        const p = byCell.get(ref);
        const v = r.values[i];
        tr.append(el("td", { "data-cell": ref, class: p ? (p.severity === "ERROR" ? "problem" : "warning") : null,
          title: p ? p.message : null, text: v === null || v === undefined ? "" : v }));
      });
      body.append(tr);
    }
    table.append(body);
    return table;
  }

  function problemList(problems) {
    const ul = el("ul", { class: "problems" });
    for (const p of problems) {
      ul.append(el("li", { class: p.severity === "ERROR" ? "error-item" : "warning-item" },
        el("b", { text: p.severity + " " }), el("span", { class: "cell", text: [p.sheet, p.cell].filter(Boolean).join("!") }), ": " + p.message));
    }
    return ul;
  }

  function show(name) {
    const t = data.tables.find((x) => x.name === name);
    const view = $("table-view");
    view.replaceChildren();
    if (!t) return;
    const cov = t.coverage || {};
    $("table-meta").replaceChildren(el("code", { text: t.file }), " · hit policy ", el("b", { text: t.hit_policy }),
      " (" + t.hit_policy_meaning + ") · " + t.row_count + (t.row_count === 1 ? " row" : " rows"),
      cov.applies ? " · coverage: " + cov.fired + " of " + cov.rows + " rows fired by the " + data.corpus_cases + " examples and fixtures" : " · " + (cov.note || ""));
    view.append(el("h2", { text: t.name }), el("p", { class: "meta", text: t.description || "" }));
    if (t.problems.length) view.append(el("h3", { text: "Problems" }), problemList(t.problems));
    if (t.truncated) view.append(el("p", { class: "meta", text: "The first " + t.rows.length + " of " + t.row_count + " rows." }));
    if (cov.applies && cov.not_fired.length) view.append(el("p", { class: "meta", text: "Rows no example or fixture fires are marked in the row column: " + cov.not_fired.join(", ") }));
    view.append(el("div", { class: "source-row" }, grid(t, new Set(cov.not_fired || []))));
  }

  async function load() {
    status("loading the tables ...");
    const r = await fetch("/api/v1/tables");
    if (!r.ok) { showError("HTTP " + r.status); return; }
    data = await r.json();
    const sel = $("table-select");
    for (const t of data.tables) sel.append(el("option", { value: t.name, text: t.name + " (" + t.file + ")" }));
    sel.addEventListener("change", () => show(sel.value));
    if (data.tables.length) show(data.tables[0].name);
    status("");
  }

  async function check() {
    const f = $("workbook-file").files[0];
    showError("");
    if (!f) { showError("Choose a .drl.xlsx workbook first."); return; }
    if (f.size > 20 * 1024 * 1024) { showError(f.name + ": larger than 20 MB, the limit for a workbook"); return; }
    status("checking " + f.name + " (a build takes a few seconds) ...");
    const r = await fetch("/api/v1/tables/check", { method: "POST", headers: { "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }, body: f });
    let res;
    try { res = await r.json(); } catch (e) { showError("HTTP " + r.status); status(""); return; }
    if (!r.ok) { showError("HTTP " + r.status + ": " + res.error); status(""); return; }
    const out = $("upload-result");
    out.replaceChildren();
    out.hidden = false;
    out.append(el("h2", { text: "Checked " + f.name + (res.table ? " (table " + res.table + ")" : "") }));
    out.dataset.status = res.status;
    const errs = res.problems.filter((p) => p.severity === "ERROR").length;
    if (res.status === "ERRORS") {
      out.append(el("p", { class: "error", text: "It does not build: " + errs + (errs === 1 ? " error" : " errors") + ". The running rule book is unchanged." }));
    } else {
      out.append(el("p", { text: "It builds. What it would change against the running rule book:" }));
    }
    if (res.problems.length) out.append(problemList(res.problems));
    if (res.row_diff) {
      const d = res.row_diff;
      const ul = el("ul", { class: "diff" });
      for (const a of d.added) ul.append(el("li", { class: "gained", text: "+ row " + JSON.stringify(a) }));
      for (const a of d.removed) ul.append(el("li", { class: "lost", text: "- row " + JSON.stringify(a) }));
      for (const a of d.changed) ul.append(el("li", { class: "changed", text: "~ " + JSON.stringify(a) }));
      out.append(el("h3", { text: "Rows" }), d.added.length + d.removed.length + d.changed.length ? ul : el("p", { text: "No row changed." }));
      const fl = el("ul", { class: "diff findings-diff" });
      for (const c of res.findings) {
        for (const g of c.gained || []) fl.append(el("li", { class: "gained", text: c.case + ": + " + g }));
        for (const g of c.lost || []) fl.append(el("li", { class: "lost", text: c.case + ": - " + g }));
        for (const g of c.changed || []) fl.append(el("li", { class: "changed", text: c.case + ": ~ " + g }));
      }
      out.append(el("h3", { text: "Findings over " + res.cases_assessed + " examples and fixtures" }),
        res.findings.length ? fl : el("p", { text: "No case gains, loses or changes a finding." }));
    }
    if (res.grid) out.append(el("h3", { text: "The uploaded table" }), el("div", { class: "source-row" }, grid(res.grid, null)));
    status("");
  }

  document.addEventListener("DOMContentLoaded", () => {
    load();
    $("check-workbook").addEventListener("click", check);
  });
})();

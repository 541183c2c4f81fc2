// writguard workbench: the Assess and Hold timeline pages. Everything a case supplies is put on the page as text
// (textContent), never as markup; the only markup inserted is the server's timeline SVG, whose texts the server escapes.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const page = document.body.dataset.page;
  const SEVERITIES = ["CRITICAL", "HIGH", "MEDIUM", "LOW", "INFO"];
  let tablesCache = null;

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") e.className = v; else if (k === "text") e.textContent = v; else e.setAttribute(k, v);
    }
    for (const c of children) if (c !== null && c !== undefined) e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return e;
  }

  // The same three stable sources as the memo (org.writguard.internal.memo.Citations).
  function citationUrl(c) {
    let m = /\b(\d{1,2}) U\.S\.C\. §+ ?(\d+[a-z]?(?:-\d+[a-z]?)?)/.exec(c);
    if (m) return "https://www.law.cornell.edu/uscode/text/" + m[1] + "/" + m[2];
    m = /\b(\d{1,2}) C\.F\.R\. §+ ?(\d+\.\d+[a-z]?)/.exec(c);
    if (m) return "https://www.ecfr.gov/current/title-" + m[1] + "/section-" + m[2];
    m = /\b(\d{1,3}) U\.S\. (\d{1,4})\b/.exec(c);
    if (m) return "https://supreme.justia.com/cases/federal/us/" + m[1] + "/" + m[2] + "/";
    return null;
  }

  function status(text) { $("status").textContent = text || ""; }
  function showError(text) { const e = $("error"); e.textContent = text; e.hidden = !text; }

  function contentType(text) { return /^\s*[{[]/.test(text) ? "application/json" : "application/yaml"; }

  async function post(path, text, accept) {
    const r = await fetch(path, { method: "POST", headers: { "Content-Type": contentType(text), "Accept": accept || "application/json" }, body: text });
    return r;
  }

  async function errorText(r) {
    try { const j = await r.json(); return "HTTP " + r.status + ": " + j.error; } catch (e) { return "HTTP " + r.status; }
  }

  async function loadExamples() {
    const sel = $("example-select");
    if (!sel) return;
    const r = await fetch("/api/v1/examples");
    if (!r.ok) return;
    for (const name of await r.json()) sel.append(el("option", { value: name, text: name }));
  }

  async function loadExample() {
    const name = $("example-select").value;
    if (!name) { showError("Choose an example first."); return; }
    const r = await fetch("/api/v1/examples/" + encodeURIComponent(name));
    if (!r.ok) { showError(await errorText(r)); return; }
    $("case-text").value = await r.text();
    await run();
  }

  function readUpload() {
    const f = $("case-file").files[0];
    if (!f) return;
    if (f.size > 5 * 1024 * 1024) { showError(f.name + ": larger than 5 MB, the limit for one case"); return; }
    const reader = new FileReader();
    reader.onload = () => { $("case-text").value = reader.result; run(); };
    reader.readAsText(f, "utf-8");
  }

  async function run() {
    const text = $("case-text").value;
    showError("");
    if (!text.trim()) { showError("Paste a case, upload one or load an example."); return; }
    status("assessing ...");
    const t0 = performance.now();
    try {
      if (page === "timeline") {
        await drawTimeline(text);
      } else {
        const r = await post("/api/v1/assess", text);
        if (!r.ok) { $("results").hidden = true; showError(await errorText(r)); status(""); return; }
        const report = await r.json();
        await Promise.all([render(report), drawTimeline(text)]);
      }
      $("results").hidden = false;
      status("done in " + Math.round(performance.now() - t0) + " ms");
    } catch (e) {
      showError("The server could not be reached: " + e.message);
      status("");
    }
  }

  async function drawTimeline(text) {
    const r = await post("/api/v1/timeline", text, "image/svg+xml");
    const box = $("timeline");
    box.replaceChildren();
    if (!r.ok) { if (page === "timeline") showError(await errorText(r)); return; }
    const doc = new DOMParser().parseFromString(await r.text(), "application/xml");
    const svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
    if (svgs.length === 0) { box.append(el("p", { class: "meta", text: "The case has no hold with a release-eligibility or start time to draw." })); return; }
    for (const s of Array.from(svgs)) box.append(document.importNode(s, true));
    if (page === "timeline") $("results").hidden = false;
  }

  async function tables() {
    if (tablesCache) return tablesCache;
    const r = await fetch("/api/v1/tables");
    if (!r.ok) return { tables: [] };
    tablesCache = await r.json();
    return tablesCache;
  }

  async function render(report) {
    const fired = report.findings.filter((f) => f.status === "FIRED");
    const und = report.findings.filter((f) => f.status === "UNDETERMINED");
    $("summary").replaceChildren(
      el("b", { text: fired.length + " findings fired, " + und.length + " undetermined" }),
      " · as of " + report.as_of + " · rule book ", el("code", { text: report.engine.tables_sha256.substring(0, 12) }));
    const act = $("act-now");
    act.replaceChildren();
    if (report.act_now) {
      const a = report.act_now;
      const box = el("div", { class: "actnow" }, el("b", { text: "Act now" }));
      const ul = el("ul");
      for (const h of a.happening || []) ul.append(el("li", { text: h }));
      box.append(ul, el("div", {}, el("b", { text: "First action: " }), a.first_action || ""));
      act.append(box);
    }
    const t = await tables();
    const box = $("findings");
    box.replaceChildren();
    if (fired.length === 0) box.append(el("p", { text: "No finding fired on these facts." }));
    for (const sev of SEVERITIES) {
      const group = fired.filter((f) => f.severity === sev);
      if (group.length === 0) continue;
      const g = el("div", { class: "severity-group", "data-severity": sev }, el("h3", { text: sev + " (" + group.length + ")" }));
      for (const f of group) g.append(finding(f, t));
      box.append(g);
    }
    const miss = $("missing");
    miss.replaceChildren();
    if (und.length === 0) miss.append(el("p", { text: "Nothing is undetermined for want of a fact." }));
    for (const f of und) {
      const card = el("div", { class: "finding undetermined", "data-code": f.number },
        el("div", { class: "head" }, f.number + " " + f.title + " on " + f.subject.kind.toLowerCase() + " " + f.subject.id),
        el("div", { class: "explanation", text: f.explanation }));
      const ul = el("ul", { class: "checklist" });
      for (const m of f.missing_facts) {
        const id = "missing-" + f.number + "-" + Math.random().toString(36).slice(2, 8);
        ul.append(el("li", {}, el("input", { type: "checkbox", id: id }), " ", el("label", { for: id, text: m })));
      }
      card.append(ul);
      miss.append(card);
    }
  }

  function finding(f, t) {
    const card = el("div", { class: "finding sev-" + f.severity, "data-code": f.number },
      el("div", { class: "head" }, el("span", { class: "badge sev-" + f.severity, text: f.severity }),
        f.number + " " + f.title + (f.variant ? " [" + f.variant + "]" : "") + " on " + f.subject.kind.toLowerCase() + " " + f.subject.id,
        el("span", { class: "meta", text: " · confidence " + f.confidence })),
      el("div", { class: "explanation", text: f.explanation }));
    if (f.citations.length) {
      const c = el("div", { class: "citations" }, "Citations: ");
      // Issue 19: each citation with its label for the matter (binding, persuasive, ...), binding first.
      const labelled = (f.authorities || []).length ? f.authorities : f.citations.map((cite) => ({ citation: cite }));
      labelled.forEach((a, i) => {
        if (i) c.append("; ");
        const u = citationUrl(a.citation);
        c.append(u ? el("a", { href: u, rel: "noopener noreferrer", target: "_blank", text: a.citation }) : a.citation);
        if (a.label) c.append(el("span", { class: "meta", text: " [" + a.label + (a.verified === false ? "; table row unverified" : "") + "]" }));
      });
      card.append(c);
    }
    for (const n of f.analyst_notes || []) card.append(el("div", { class: "notes", text: "Note: " + n }));
    if (f.missing_facts.length) {
      const ul = el("ul", { class: "checklist" });
      for (const m of f.missing_facts) ul.append(el("li", {}, el("input", { type: "checkbox" }), " ", m));
      card.append(el("div", { class: "notes", text: "Add these facts to decide:" }), ul);
    }
    const s = f.source || {};
    const rows = [];
    if (s.sheet) rows.push(s);
    for (const c of s.consulted || []) rows.push(c);
    if (!s.sheet && s.file) card.append(el("div", { class: "notes" }, "Decided by the rule ", el("code", { text: s.rule }), " in ", el("code", { text: s.file })));
    for (const src of rows) card.append(sourceRow(src, t, src === s ? "Decided by" : "Consulted"));
    return card;
  }

  function sourceRow(src, t, what) {
    const table = (t.tables || []).find((x) => x.file === src.file || src.file.endsWith("/" + x.file) || x.file.endsWith("/" + src.file));
    const wrap = el("div", { class: "source-row", "data-file": src.file, "data-row": String(src.row) });
    wrap.append(el("div", { class: "caption" }, what + ": ", el("code", { text: src.file + "!" + src.sheet + " row " + src.row }),
      src.row_id ? " (id " + src.row_id + ")" : "", " · hit policy ", el("b", { text: src.hit_policy || (table ? table.hit_policy : "?") }),
      table ? " (" + table.hit_policy_meaning + ")" : ""));
    if (!table) return wrap;
    const row = table.rows.find((r) => r.row === src.row);
    if (!row) { wrap.append(el("div", { class: "meta", text: "row not in the grid the server sent" })); return wrap; }
    const grid = el("table", { class: "sheet" });
    const letters = el("tr", {}, el("th", { class: "letter" }));
    const labels = el("tr", {}, el("th", { class: "letter" }));
    table.columns.forEach((c) => {
      letters.append(el("th", { class: "letter", text: c.letter }));
      labels.append(el("th", { class: c.kind, title: c.kind.toLowerCase() + " " + c.key, text: c.label }));
    });
    const tr = el("tr", {}, el("td", { class: "rownum", text: String(row.row) }));
    table.columns.forEach((c, i) => {
      const v = row.values[i];
      const matched = c.kind === "CONDITION" && v !== null && v !== undefined && v !== "";
      tr.append(el("td", { class: matched ? "matched" : null, title: matched ? "condition matched" : null, text: v === null || v === undefined ? "" : v }));
    });
    grid.append(letters, labels, tr);
    wrap.append(grid);
    return wrap;
  }

  async function memo(format) {
    const text = $("case-text").value;
    if (!text.trim()) { showError("Paste a case, upload one or load an example."); return; }
    const r = await post("/api/v1/assess?format=" + format, text, format === "pdf" ? "application/pdf" : "text/html");
    if (!r.ok) { showError(await errorText(r)); return; }
    const blob = await r.blob();
    const a = el("a", { href: URL.createObjectURL(blob), download: "writguard-memo." + format });
    document.body.append(a);
    a.click();
    a.remove();
  }

  // ------------------------------------------------------------ the guided form (three common shapes)
  const SHAPES = {
    hold: [
      ["as_of", "As of", "datetime", ""], ["state", "State (two letters)", "text", "GA"],
      ["agency_name", "Agency name", "text", "Example County Sheriff's Office"],
      ["model", "287(g) model", ["JEM", "TFM", "WSO"]], ["moa_effective_on", "Agreement effective on", "date", ""],
      ["facility_tz", "Facility time zone", "text", "America/New_York"],
      ["release_trigger", "Why eligible for release", ["BOND_POSTED", "CHARGES_DISMISSED", "SENTENCE_COMPLETE", "RELEASE_ORDERED", "ROR", "OTHER"]],
      ["release_eligible_at", "Eligible for release at", "datetime", ""],
      ["form", "Detainer form", ["I247A", "I247D", "I247N", "I247X", "OTHER"]],
      ["accompanied_by", "Warrant with it", ["I200", "I205", "NONE"]],
      ["hold_ended_at", "Hold ended at", "datetime", ""],
      ["hold_end_reason", "How it ended", ["ICE_ASSUMED_CUSTODY", "RELEASED", "DETAINER_CANCELLED", "STILL_HELD"]]],
    encounter: [
      ["as_of", "As of", "datetime", ""], ["state", "State (two letters)", "text", "AL"],
      ["location_type", "Where", ["ROADSIDE", "STREET_PUBLIC", "WORKPLACE", "OTHER"]],
      ["initial_basis", "Why it began", ["TRAFFIC_INFRACTION", "CRIMINAL_RS", "CRIMINAL_PC", "CONSENSUAL", "IMMIGRATION_ONLY", "OTHER"]],
      ["started_at", "Started at", "datetime", ""], ["mission_completed_at", "Traffic mission completed at", "datetime", ""],
      ["inquiry_started_at", "Immigration questions began at", "datetime", ""],
      ["independent_rs", "Independent suspicion documented when extended", ["false", "true"]]],
    application: [
      ["as_of", "As of", "datetime", ""], ["form_type", "Form", ["I130", "I485", "N400", "I589", "I765", "I751", "OTHER"]],
      ["filed_on", "Filed on", "date", ""], ["applicant_state", "Applicant's state", "text", "DC"],
      ["processing_days", "Agency's stated processing time (days)", "number", "600"],
      ["remedy", "Remedy asked about", ["MANDAMUS", "APA_706_1", "NONE"]]]
  };

  function guidedFields() {
    const box = $("guided-fields");
    if (!box) return;
    box.replaceChildren();
    for (const [key, label, type, def] of SHAPES[$("guided-shape").value]) {
      const id = "g-" + key;
      box.append(el("label", { for: id, text: label }));
      if (Array.isArray(type)) {
        const s = el("select", { id: id });
        for (const o of type) s.append(el("option", { value: o, text: o }));
        box.append(s);
      } else {
        box.append(el("input", { id: id, type: type === "datetime" ? "datetime-local" : type, value: def || "" }));
      }
    }
  }

  // YAML double-quoted scalar: every value the form takes is written as a quoted string or a plain timestamp.
  function q(v) { return JSON.stringify(String(v)); }
  // A datetime-local value read as wall-clock time in the facility's zone (a hold's times are the jail's), else
  // in the browser's; written with its UTC offset, as CASE-FORMAT.md asks.
  function ts(id) {
    const v = $(id).value;
    if (!v) return null;
    const local = v.length === 16 ? v + ":00" : v;
    const zoneInput = $("g-facility_tz");
    const zone = zoneInput && zoneInput.value ? zoneInput.value : Intl.DateTimeFormat().resolvedOptions().timeZone;
    const [d, t] = local.split("T");
    const [Y, M, D] = d.split("-").map(Number);
    const [h, m, sec] = t.split(":").map(Number);
    const wall = Date.UTC(Y, M - 1, D, h, m, sec);
    let offsetMin;
    try {
      const fmt = new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" });
      const at = (ms) => {
        const p = Object.fromEntries(fmt.formatToParts(new Date(ms)).map((x) => [x.type, x.value]));
        return Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour % 24, +p.minute, +p.second);
      };
      let guess = wall;
      for (let i = 0; i < 3; i++) guess = wall - (at(guess) - guess);
      offsetMin = Math.round((wall - guess) / 60000);
    } catch (e) {
      offsetMin = -new Date(wall).getTimezoneOffset();
    }
    const sign = offsetMin >= 0 ? "+" : "-";
    const p2 = (n) => String(Math.floor(Math.abs(n))).padStart(2, "0");
    return local + sign + p2(offsetMin / 60) + ":" + p2(Math.abs(offsetMin) % 60);
  }
  function val(id) { return $(id).value; }

  function guidedCase() {
    const shape = $("guided-shape").value;
    const lines = [];
    const asOf = ts("g-as_of");
    if (asOf) lines.push("as_of: " + asOf);
    if (shape === "hold") {
      const st = val("g-state").toUpperCase();
      const id = st + "-guided-agency";
      lines.push("agencies:", "  - agency_id: " + q(id), "    name: " + q(val("g-agency_name")), "    state: " + q(st),
        "    agency_type: SHERIFF", "    operates_jail: true", "    jail_facility_ids: [\"" + st + "-guided-jail\"]");
      if (val("g-moa_effective_on")) lines.push("    moas:", "      - model: " + val("g-model"), "        effective_on: " + val("g-moa_effective_on"));
      lines.push("holds:", "  - hold_id: h-1", "    agency_id: " + q(id), "    facility_id: \"" + st + "-guided-jail\"",
        "    facility_state: " + q(st), "    facility_tz: " + q(val("g-facility_tz")), "    release_trigger: " + val("g-release_trigger"));
      if (ts("g-release_eligible_at")) lines.push("    release_eligible_at: " + ts("g-release_eligible_at"));
      lines.push("    detainer:", "      form: " + val("g-form"), "      accompanied_by: " + val("g-accompanied_by"));
      if (ts("g-hold_ended_at")) lines.push("    hold_ended_at: " + ts("g-hold_ended_at"), "    hold_end_reason: " + val("g-hold_end_reason"));
    } else if (shape === "encounter") {
      const st = val("g-state").toUpperCase();
      lines.push("encounters:", "  - encounter_id: enc-1", "    agency_id: \"" + st + "-guided-agency\"", "    state: " + q(st),
        "    location_type: " + val("g-location_type"), "    initial_basis: " + val("g-initial_basis"));
      if (ts("g-started_at")) lines.push("    started_at: " + ts("g-started_at"));
      if (ts("g-mission_completed_at")) lines.push("    mission_completed_at: " + ts("g-mission_completed_at"));
      if (ts("g-inquiry_started_at")) lines.push("    immigration_inquiry: {made: true, started_at: " + ts("g-inquiry_started_at") + ", kinds: [QUESTIONING]}");
      lines.push("    independent_rs_documented_at_extension: " + val("g-independent_rs"));
    } else {
      lines.push("applications:", "  - application_id: app-1", "    form_type: " + val("g-form_type"));
      if (val("g-filed_on")) lines.push("    filed_on: " + val("g-filed_on"));
      lines.push("    applicant_state: " + q(val("g-applicant_state").toUpperCase()));
      if (val("g-processing_days")) lines.push("    agency_processing_time_days: " + parseInt(val("g-processing_days"), 10));
      if (val("g-remedy") !== "NONE") {
        lines.push("remedy_request: {requested_remedy: " + val("g-remedy") + ", objective: ADJUDICATE_APPLICATION, respondent_type: FEDERAL_AGENCY_OR_OFFICER}");
      }
    }
    $("case-text").value = lines.join("\n") + "\n";
  }

  document.addEventListener("DOMContentLoaded", () => {
    loadExamples();
    $("load-example").addEventListener("click", loadExample);
    $("case-file").addEventListener("change", readUpload);
    $("assess-button").addEventListener("click", run);
    if ($("memo-html")) $("memo-html").addEventListener("click", () => memo("html"));
    if ($("memo-pdf")) $("memo-pdf").addEventListener("click", () => memo("pdf"));
    if ($("guided-shape")) {
      $("guided-shape").addEventListener("change", guidedFields);
      $("guided-fill").addEventListener("click", () => { guidedCase(); run(); });
      guidedFields();
    }
  });
})();

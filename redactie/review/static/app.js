// The review screen of redactie: plain JavaScript, no external code.
//
// Every URL is relative to the page ("/TOKEN/"), so the token that guards the
// personal data travels with every request without being handled here.
// Offsets from the server count Unicode code points (Python strings); the
// browser counts UTF-16 units, so offsets are converted at the edges.
"use strict";

(() => {
  const state = {
    doc: null, // the server's document: pages, entity types, review file name
    findings: [], // in the order of the review file, manual additions at the end
    selected: null, // key of the selected finding
    pending: null, // {page, start, end, text}: text selected in a text pane
    dirty: false,
    saving: false,
    nextKey: 1,
  };
  const labels = new Map(); // entity type -> Dutch label
  let autosaveTimer = null; // in a dossier, decisions are saved as they are made
  const {$, el, api, status, toggleHelp} = window.redactieCommon;

  // --- offsets: code points (server) <-> UTF-16 units (browser) --------------

  const cpCache = new Map();
  function unitsOf(pageNo) {
    // unitsOf(p)[i] = UTF-16 index of code point i of the page text
    let table = cpCache.get(pageNo);
    if (!table) {
      const text = state.doc.pages[pageNo - 1].text;
      table = [];
      let u = 0;
      for (const ch of text) { table.push(u); u += ch.length; }
      table.push(u);
      cpCache.set(pageNo, table);
    }
    return table;
  }
  function cpFromUnits(pageNo, units) {
    const table = unitsOf(pageNo);
    let lo = 0, hi = table.length - 1;
    while (lo < hi) { // first code point index whose unit offset is >= units
      const mid = (lo + hi) >> 1;
      if (table[mid] < units) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  // --- loading ----------------------------------------------------------------

  function adopt(doc) {
    state.doc = doc;
    cpCache.clear();
    labels.clear();
    for (const t of doc.entity_types) labels.set(t.value, t.label);
    state.findings = doc.findings.map((f) => ({...f, key: "f" + f.id}));
    if (state.selected && !state.findings.some((f) => f.key === state.selected)) {
      state.selected = null;
    }
  }

  async function load() {
    try {
      adopt(await api("api/document"));
    } catch (err) {
      status("Laden mislukt: " + err.message, "error");
      $("#findings").replaceChildren(el("p", {class: "empty", text: "Laden mislukt."}));
      return;
    }
    $("#doc-name").textContent = state.doc.document;
    if (state.doc.in_dossier) {
      $("#back").hidden = false;
      $("#save-btn").title = "Besluiten worden direct opgeslagen; Ctrl+S slaat nu op";
    }
    document.title = `Beoordelen: ${state.doc.document} – redactie`;
    if (state.doc.reviewed_at) {
      status("Eerder opgeslagen: " + formatTime(state.doc.reviewed_at));
    }
    renderPages();
    renderAll();
    // A link from the dossier's queue names a finding: doc/N/#f12.
    const linked = window.location.hash.slice(1);
    if (linked && byKey(linked)) select(linked, "all");
  }

  function formatTime(iso) {
    const d = new Date(iso);
    return isNaN(d) ? iso : d.toLocaleString("nl-NL");
  }

  // --- rendering ----------------------------------------------------------------

  function renderAll() {
    renderList();
    for (const p of state.doc.pages) { renderOverlay(p.number); renderText(p.number); }
    renderCounts();
    markSelected(false);
  }

  function renderCounts() {
    const red = state.findings.filter((f) => f.action === "redact").length;
    const keep = state.findings.length - red;
    const manual = state.findings.filter((f) => f.source === "manual").length;
    $("#counts").replaceChildren(
      el("span", {class: "pill", text: `${state.findings.length} bevindingen`}),
      el("span", {class: "pill redact", text: `${red} lakken`}),
      el("span", {class: "pill keep", text: `${keep} behouden`}),
      el("span", {class: "pill manual", text: `${manual} handmatig`}),
    );
    const save = $("#save-btn");
    save.classList.toggle("dirty", state.dirty);
    save.disabled = state.saving;
  }

  function pageDpi(page) {
    // enough pixels for the width the page gets on screen (at least 2/3 of the pane)
    const pane = $("#pages").clientWidth || 1000;
    const cssWidth = Math.min(1500, pane) * 0.6;
    const px = cssWidth * (window.devicePixelRatio || 1);
    const want = Math.ceil(px / (page.width / 72));
    const {min, max} = state.doc.dpi;
    return Math.max(min, Math.min(max, want));
  }

  function renderPages() {
    const host = $("#pages");
    host.replaceChildren();
    const options = state.doc.entity_types.map(
      (t) => el("option", {value: t.value, text: `${t.label} (${t.ground})`}));
    for (const page of state.doc.pages) {
      const n = page.number;
      const img = el("img", {
        src: `page/${n}.png?dpi=${pageDpi(page)}`,
        alt: `Pagina ${n} van ${state.doc.pages.length}`,
        loading: n <= 2 ? "eager" : "lazy",
        draggable: "false",
      });
      const figure = el("figure", {class: "page", id: `page-${n}`, "data-page": n},
        img, el("div", {class: "overlay", "data-page": n}));
      figure.style.aspectRatio = `${page.width} / ${page.height}`;
      const select = el("select", {"aria-label": `Gegevenstype voor pagina ${n}`});
      select.append(...options.map((o) => o.cloneNode(true)));
      const addBtn = el("button", {type: "button", class: "add-btn", disabled: true,
        text: "Toevoegen", title: "Geselecteerde tekst toevoegen als te lakken (m)",
        onclick: () => addManual(n)});
      const pane = el("section", {class: "textpane", "aria-label": `Tekst van pagina ${n}`},
        el("header", {},
          el("h3", {text: `Tekst van pagina ${n}`}),
          el("div", {class: "add-form"},
            el("span", {class: "sel", text: "Selecteer hieronder tekst om die toe te voegen."}),
            select, addBtn)),
        el("pre", {class: "pagetext", "data-page": n, tabindex: "0"}));
      host.append(el("div", {class: "page-row", "data-page": n},
        el("div", {class: "page-head", text: `Pagina ${n} van ${state.doc.pages.length}`}),
        figure, pane));
    }
  }

  function findingsOn(n) {
    return state.findings.filter((f) => f.page === n);
  }

  function describe(f) {
    const label = labels.get(f.entity_type) || f.entity_type;
    return `${label}: ${f.text} (${f.action === "redact" ? "lakken" : "behouden"})`;
  }

  function renderOverlay(n) {
    const layer = $(`.overlay[data-page="${n}"]`);
    const page = state.doc.pages[n - 1];
    layer.replaceChildren();
    for (const f of findingsOn(n)) {
      for (const [x0, top, x1, bottom] of f.boxes) {
        // Boxes reach from just above the x-height to the baseline; every glyph
        // they touch is removed whole, so draw them a little taller.
        const pad = (bottom - top) * 0.3;
        const y0 = top - pad, y1 = bottom + pad;
        const box = el("div", {
          class: `box ${f.action}${f.source === "manual" ? " manual" : ""}`,
          "data-key": f.key,
          title: describe(f),
        });
        box.style.left = `${(x0 / page.width) * 100}%`;
        box.style.top = `${(y0 / page.height) * 100}%`;
        box.style.width = `${((x1 - x0) / page.width) * 100}%`;
        box.style.height = `${((y1 - y0) / page.height) * 100}%`;
        layer.append(box);
      }
    }
  }

  function renderText(n) {
    const pre = $(`pre.pagetext[data-page="${n}"]`);
    const text = state.doc.pages[n - 1].text;
    const units = unitsOf(n);
    const spans = findingsOn(n)
      .map((f) => ({f, a: units[f.start], b: units[f.end]}))
      .sort((x, y) => x.a - y.a || y.b - x.b);
    const out = [];
    let pos = 0;
    for (const {f, a, b} of spans) {
      if (b <= pos) continue; // inside an earlier mark
      const from = Math.max(a, pos);
      if (from > pos) out.push(document.createTextNode(text.slice(pos, from)));
      out.push(el("mark", {class: f.action, "data-key": f.key, title: describe(f),
        text: text.slice(from, b)}));
      pos = b;
    }
    if (pos < text.length) out.push(document.createTextNode(text.slice(pos)));
    pre.replaceChildren(...out);
  }

  function renderList() {
    const host = $("#findings");
    host.replaceChildren();
    if (!state.findings.length) {
      host.append(el("p", {class: "empty",
        text: "Geen bevindingen. Voeg gemiste persoonsgegevens toe via het tekstvak naast de pagina."}));
      return;
    }
    const order = state.doc.entity_types.map((t) => t.value);
    const groups = new Map();
    for (const f of state.findings) {
      if (!groups.has(f.entity_type)) groups.set(f.entity_type, []);
      groups.get(f.entity_type).push(f);
    }
    const types = [...groups.keys()].sort((a, b) => order.indexOf(a) - order.indexOf(b));
    for (const type of types) {
      const items = groups.get(type).sort((x, y) => x.page - y.page || x.start - y.start);
      const id = `group-${type}`;
      host.append(el("section", {"aria-labelledby": id},
        el("h2", {id}, labels.get(type) || type, " ", el("span", {class: "n", text: `(${items.length})`})),
        el("ul", {}, ...items.map(listItem))));
    }
  }

  function listItem(f) {
    const manual = f.source === "manual";
    const rule = f.rule_id && !f.recognizer.endsWith(f.rule_id) ? ` / ${f.rule_id}` : "";
    const meta = manual
      ? `pagina ${f.page} · handmatig toegevoegd`
      : `pagina ${f.page} · ${f.recognizer}${rule} · score ${Number(f.score).toFixed(2).replace(".", ",")}`;
    const reason = el("input", {type: "text", value: f.keep_reason || "", maxlength: 1000,
      placeholder: "bijv. naam van een bewindspersoon", "data-key": f.key});
    reason.addEventListener("input", () => {
      f.keep_reason = reason.value;
      reason.classList.toggle("missing", !reason.value.trim());
      f.decided = true;
      setDirty(false); // saved when the field is left, not while typing
    });
    reason.addEventListener("change", () => setDirty());
    reason.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter" || ev.key === "Escape") { ev.preventDefault(); focusItem(f.key); }
    });
    const reasonLabel = el("label", {class: "reason", hidden: f.action !== "keep"},
      "Reden om te behouden", reason);
    if (f.action === "keep" && !reason.value.trim()) reason.classList.add("missing");
    const li = el("li", {
      class: `finding ${f.action}`, "data-key": f.key, tabindex: "-1",
      onclick: (ev) => { if (!ev.target.closest("button, input")) select(f.key, "all"); },
    },
    el("div", {class: "f-head"},
      el("span", {class: "f-text", text: f.text}),
      el("span", {class: "badge" + (manual ? " manual" : ""), text: f.ground})),
    el("div", {class: "f-meta", text: meta, title: f.explanation || ""}),
    groundSelect(f),
    el("div", {class: "f-actions", role: "group", "aria-label": "Besluit"},
      el("button", {type: "button", class: "act-redact", "aria-pressed": String(f.action === "redact"),
        text: "Lakken", title: "Lakken (r)", onclick: () => { select(f.key, "all"); setAction(f.key, "redact"); }}),
      el("button", {type: "button", class: "act-keep", "aria-pressed": String(f.action === "keep"),
        text: "Behouden", title: "Behouden (b)", onclick: () => { select(f.key, "all"); setAction(f.key, "keep"); }}),
      manual ? el("button", {type: "button", class: "act-delete", text: "Verwijderen",
        onclick: () => removeManual(f.key)}) : null),
    reasonLabel);
    return li;
  }

  function groundSelect(f) {
    // Any ground of the catalogue (redactie/woo.py), whatever it holds.
    const select = el("select", {class: "ground", "aria-label": `Weigeringsgrond voor ${f.text}`,
      title: "Weigeringsgrond"});
    for (const g of state.doc.grounds) {
      select.append(el("option", {value: g.code, text: `${g.code} – ${g.title}`,
        selected: g.code === f.ground}));
    }
    select.addEventListener("change", () => {
      f.ground = select.value;
      f.decided = true;
      renderAll();
      setDirty();
    });
    return el("label", {class: "ground-pick"}, "Grond ", select);
  }

  // --- selection ------------------------------------------------------------------

  function select(key, scroll) {
    state.selected = key;
    markSelected(scroll);
  }

  function markSelected(scroll) {
    for (const node of document.querySelectorAll(".selected")) node.classList.remove("selected");
    const key = state.selected;
    if (!key) return;
    const nodes = document.querySelectorAll(`[data-key="${key}"]:not(input)`);
    for (const node of nodes) node.classList.add("selected");
    if (!scroll) return;
    const item = $(`li.finding[data-key="${key}"]`);
    const box = $(`.box[data-key="${key}"]`);
    const mark = $(`mark[data-key="${key}"]`);
    // scroll: "all" (from the list or the keyboard) or "list" (a click on the page)
    if (item) { item.scrollIntoView({block: "nearest"}); }
    if (box && scroll === "all") { box.scrollIntoView({block: "center", behavior: "smooth"}); }
    if (mark && scroll === "all") { mark.scrollIntoView({block: "nearest"}); }
    if (item && !item.contains(document.activeElement)) item.focus({preventScroll: true});
  }

  function focusItem(key) {
    const item = $(`li.finding[data-key="${key}"]`);
    if (item) item.focus({preventScroll: true});
  }

  function ordered() {
    // the order of the list on screen
    return [...document.querySelectorAll("li.finding")].map((li) => li.dataset.key);
  }

  function step(delta) {
    const keys = ordered();
    if (!keys.length) return;
    const i = keys.indexOf(state.selected);
    const next = i < 0 ? (delta > 0 ? 0 : keys.length - 1)
      : Math.max(0, Math.min(keys.length - 1, i + delta));
    select(keys[next], "all");
  }

  function byKey(key) {
    return state.findings.find((f) => f.key === key);
  }

  // --- decisions -------------------------------------------------------------------

  function setDirty(autosaveNow = true) {
    state.dirty = true;
    renderCounts();
    status("Niet opgeslagen wijzigingen");
    if (state.doc.in_dossier && autosaveNow) {
      clearTimeout(autosaveTimer);
      autosaveTimer = setTimeout(autosave, 400);
    }
  }

  function autosave() {
    // A kept finding waits for its reason before it is saved.
    if (state.findings.some((f) => f.action === "keep" && !(f.keep_reason || "").trim())) {
      status("Geef een reden om te behouden; daarna wordt opgeslagen", "error");
      return;
    }
    save();
  }

  function setAction(key, action) {
    const f = byKey(key);
    if (!f) return;
    if (f.action !== action || !f.decided) {
      f.action = action;
      f.decided = true;
      renderAll();
      setDirty();
    }
    if (action === "keep") {
      const input = $(`li.finding[data-key="${key}"] .reason input`);
      if (input) input.focus();
    }
  }

  function removeManual(key) {
    const f = byKey(key);
    if (!f || f.source !== "manual") return;
    state.findings = state.findings.filter((x) => x.key !== key);
    if (state.selected === key) state.selected = null;
    renderAll();
    setDirty();
  }

  // --- adding a span by hand ---------------------------------------------------------

  function selectionInPane() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const pre = range.commonAncestorContainer.nodeType === Node.ELEMENT_NODE
      ? range.commonAncestorContainer.closest("pre.pagetext")
      : range.commonAncestorContainer.parentElement.closest("pre.pagetext");
    if (!pre) return null;
    const n = Number(pre.dataset.page);
    const text = state.doc.pages[n - 1].text;
    const before = document.createRange();
    before.selectNodeContents(pre);
    before.setEnd(range.startContainer, range.startOffset);
    let a = before.toString().length;
    let b = a + range.toString().length;
    while (a < b && /\s/.test(text[a])) a++;
    while (b > a && /\s/.test(text[b - 1])) b--;
    if (a >= b) return null;
    return {page: n, start: cpFromUnits(n, a), end: cpFromUnits(n, b), text: text.slice(a, b)};
  }

  function onSelectionChange() {
    const found = selectionInPane();
    if (!found) return; // a click elsewhere (on the type list, say) keeps the last selection
    state.pending = found;
    for (const row of document.querySelectorAll(".page-row")) {
      const n = Number(row.dataset.page);
      const btn = $(".add-btn", row);
      const sel = $(".add-form .sel", row);
      if (n === found.page) {
        btn.disabled = false;
        const shown = found.text.length > 80 ? found.text.slice(0, 77) + "…" : found.text;
        sel.replaceChildren("Selectie: ", el("q", {text: shown}));
      } else {
        btn.disabled = true;
        sel.textContent = "Selecteer hieronder tekst om die toe te voegen.";
      }
    }
  }

  async function addManual(n) {
    const pending = state.pending;
    if (!pending || pending.page !== n) {
      status("Selecteer eerst tekst in het tekstvak van deze pagina.", "error");
      return;
    }
    const row = $(`.page-row[data-page="${n}"]`);
    const type = $(".add-form select", row).value;
    if (state.findings.some((f) => f.page === n && f.start === pending.start &&
        f.end === pending.end && f.entity_type === type)) {
      status("Deze tekst staat al in de lijst met dit gegevenstype.", "error");
      return;
    }
    let span;
    try {
      span = await api("api/span", {page: n, start: pending.start, end: pending.end});
    } catch (err) {
      status("Toevoegen mislukt: " + err.message, "error");
      return;
    }
    const ground = state.doc.entity_types.find((t) => t.value === type).ground;
    const f = {
      key: "m" + state.nextKey++, id: null, page: n, start: span.start, end: span.end,
      text: span.text, boxes: span.boxes, entity_type: type, ground, action: "redact",
      keep_reason: "", recognizer: "reviewer", rule_id: "", source: "manual", score: 1,
      explanation: "handmatig toegevoegd door de beoordelaar", also_found_by: [],
    };
    state.findings.push(f);
    state.pending = null;
    window.getSelection().removeAllRanges();
    $(".add-btn", row).disabled = true;
    $(".add-form .sel", row).textContent = "Toegevoegd. Selecteer hieronder tekst om meer toe te voegen.";
    renderAll();
    select(f.key, "all");
    setDirty();
  }

  // --- saving --------------------------------------------------------------------------

  async function save() {
    if (state.saving) { clearTimeout(autosaveTimer); autosaveTimer = setTimeout(autosave, 400); return; }
    const missing = state.findings.filter((f) => f.action === "keep" && !(f.keep_reason || "").trim());
    const payload = {
      findings: state.findings.map((f) => ({
        id: f.id, page: f.page, start: f.start, end: f.end, entity_type: f.entity_type,
        action: f.action, keep_reason: f.action === "keep" ? (f.keep_reason || "") : "",
        ground: f.ground, decided: Boolean(f.decided),
      })),
      version: state.doc.version,
    };
    state.saving = true;
    renderCounts();
    status("Opslaan…");
    try {
      const doc = await api("api/save", payload);
      const selected = state.selected ? byKey(state.selected) : null;
      adopt(doc);
      if (selected) {
        const again = state.findings.find((f) => f.page === selected.page &&
          f.start === selected.start && f.end === selected.end && f.entity_type === selected.entity_type);
        state.selected = again ? again.key : null;
      }
      state.dirty = false;
      renderAll();
      status("Opgeslagen om " + new Date().toLocaleTimeString("nl-NL"), "ok");
    } catch (err) {
      status("Niet opgeslagen: " + err.message, "error");
      if (missing.length) select(missing[0].key, "all");
    } finally {
      state.saving = false;
      renderCounts();
    }
  }

  // --- help and keys ---------------------------------------------------------------------

  function onKey(ev) {
    if ((ev.ctrlKey || ev.metaKey) && ev.key.toLowerCase() === "s") {
      ev.preventDefault();
      save();
      return;
    }
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const target = ev.target;
    if (target.closest && target.closest("input, textarea, select")) {
      if (ev.key === "Escape") target.blur();
      return;
    }
    switch (ev.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "r": if (state.selected) setAction(state.selected, "redact"); break;
      case "b": if (state.selected) { ev.preventDefault(); setAction(state.selected, "keep"); } break;
      case "m": if (state.pending) addManual(state.pending.page); break;
      case "?": toggleHelp(); break;
      case "Escape": toggleHelp(false); break;
      default: return;
    }
    ev.preventDefault();
  }

  function onClick(ev) {
    const target = ev.target.closest(".box, mark[data-key]");
    if (!target) return;
    if (target.tagName === "MARK" && !window.getSelection().isCollapsed) return; // selecting text
    select(target.dataset.key, "list");
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("#save-btn").addEventListener("click", save);
    $("#help-btn").addEventListener("click", () => toggleHelp());
    document.addEventListener("keydown", onKey);
    document.addEventListener("click", onClick);
    document.addEventListener("selectionchange", onSelectionChange);
    window.addEventListener("beforeunload", (ev) => {
      if (state.dirty) { ev.preventDefault(); ev.returnValue = ""; }
    });
    load();
  });
})();

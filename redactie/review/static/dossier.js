// The dossier screen of redactie: persons across all documents, one decision each.
//
// Decisions go to the server at once (POST api/person) with the version of
// every review file this page read; a change from another tab is refused (409)
// with a message, never overwritten.
"use strict";

(() => {
  const {$, el, api, status, toggleHelp} = window.redactieCommon;
  const state = {data: null, selected: null, busy: false};
  const nf = new Intl.NumberFormat("nl-NL");

  function docName(n) {
    return state.data.documents[n - 1].document;
  }

  function adopt(data) {
    state.data = data;
    if (state.selected && !data.persons.some((p) => p.key === state.selected)) state.selected = null;
  }

  async function load() {
    try {
      adopt(await api("api/dossier"));
    } catch (err) {
      status("Laden mislukt: " + err.message, "error");
      return;
    }
    render();
  }

  function render() {
    const d = state.data;
    $("#doc-count").textContent = `${d.documents.length} documenten`;
    const {decided, total} = d.progress;
    $("#progress").textContent = `${nf.format(decided)} van ${nf.format(total)} beslist`;
    $("#progress-bar").max = Math.max(total, 1);
    $("#progress-bar").value = decided;
    renderPersons();
    renderQueue();
    renderDocuments();
    markSelected(false);
  }

  function actionText(p) {
    // Before a decision: what the pipeline proposes (lakken, or behouden as an official).
    const what = p.action === "redact" ? "lakken"
      : p.action === "keep" ? `behouden (${p.keep_reason || "ambtenaar"})` : "gemengd";
    return p.decided ? `beslist: ${what}` : `nog niet beslist · voorstel: ${what}`;
  }

  function renderPersons() {
    const host = $("#persons");
    host.replaceChildren();
    if (!state.data.persons.length) {
      host.append(el("li", {class: "empty", text: "Geen namen gevonden in dit dossier."}));
      return;
    }
    for (const p of state.data.persons) host.append(personItem(p));
  }

  function personItem(p) {
    const docs = [...new Set(p.mentions_at.map((m) => m.doc))];
    const reason = el("input", {type: "text", maxlength: 1000, value: p.keep_reason || "",
      placeholder: "reden, bijv. ambtenaar in functie", "aria-label": `Reden om ${p.name} te behouden`});
    reason.addEventListener("keydown", (ev) => {
      if (ev.key === "Enter") { ev.preventDefault(); decide(p.key, "keep", reason.value); }
      if (ev.key === "Escape") { ev.preventDefault(); focusPerson(p.key); }
    });
    const ground = el("select", {class: "ground", "aria-label": `Weigeringsgrond voor ${p.name}`});
    if (!p.ground) { // mentions with different grounds: leave each as it is unless one is chosen
      ground.append(el("option", {value: "", text: "gemengd – per vermelding ongewijzigd", selected: true}));
    }
    for (const g of state.data.grounds) {
      ground.append(el("option", {value: g.code, text: `${g.code} – ${g.title}`,
        selected: g.code === p.ground}));
    }
    const suggested = p.suggested.length ? el("p", {class: "suggested",
      text: `Ook gevonden, nog niet gemarkeerd: ${p.suggested.length}× in ` +
        [...new Set(p.suggested.map((s) => docName(s.doc)))].join(", ") +
        ". Lakken neemt deze vindplaatsen mee."}) : null;
    const li = el("li", {class: `person ${p.action}${p.decided ? "" : " open"}`, "data-key": p.key,
      tabindex: "-1", onclick: (ev) => { if (!ev.target.closest("button, input, select, a")) select(p.key); }},
      el("div", {class: "p-head"},
        el("span", {class: "p-name", text: p.name.replace(/\s+/g, " ")}),
        el("span", {class: "p-state", text: actionText(p)})),
      el("div", {class: "p-meta", text:
        `${p.documents} ${p.documents === 1 ? "document" : "documenten"} · ` +
        `${p.mentions} ${p.mentions === 1 ? "vermelding" : "vermeldingen"} · ${p.recognizers.join(", ")}`}),
      p.variants.length > 1 ? el("div", {class: "p-variants",
        text: "Vormen: " + p.variants.map((v) => v.replace(/\s+/g, " ")).join(" · ")}) : null,
      suggested,
      el("div", {class: "p-actions", role: "group", "aria-label": "Besluit voor alle vermeldingen"},
        el("button", {type: "button", class: "act-redact", text: "Lakken", title: "Overal lakken (r)",
          "aria-pressed": String(p.decided && p.action === "redact"),
          onclick: () => decide(p.key, "redact", "")}),
        el("button", {type: "button", class: "act-keep", text: "Behouden", title: "Overal behouden (b)",
          "aria-pressed": String(p.decided && p.action === "keep"),
          onclick: () => askReason(p.key)}),
        el("label", {class: "ground-pick"}, "Grond ", ground)),
      el("label", {class: "reason", hidden: !(p.action === "keep" && p.decided)},
        "Reden om te behouden", reason),
      el("div", {class: "p-docs"}, "In: ", ...docs.flatMap((n, i) => [i ? ", " : "",
        el("a", {href: `doc/${n}/`, text: docName(n)})])));
    return li;
  }

  function renderQueue() {
    const host = $("#queue");
    const q = state.data.queue;
    $("#queue-count").textContent = `(${nf.format(state.data.queue_total)})`;
    host.replaceChildren(...q.slice(0, 40).map((f) => el("li", {class: "q-item"},
      el("a", {href: `doc/${f.doc}/#f${f.id}`,
        text: `${f.label || f.entity_type}: ${f.text.replace(/\s+/g, " ")}`}),
      el("span", {class: "q-meta", text:
        ` · ${docName(f.doc)} p. ${f.page} · ${f.reasons.join(", ")}`}))));
    if (!q.length) host.append(el("li", {class: "empty", text: "Niets onzekers meer open."}));
  }

  function renderDocuments() {
    $("#documents").replaceChildren(...state.data.documents.map((d) => el("li", {},
      el("a", {href: `doc/${d.number}/`, text: d.document}),
      el("span", {class: "q-meta", text:
        ` · ${d.pages} p. · ${nf.format(d.decided)} van ${nf.format(d.findings)} beslist`}))));
  }

  // --- selection and keys -----------------------------------------------------------

  function select(key) {
    state.selected = key;
    markSelected(true);
  }

  function markSelected(focus) {
    for (const n of document.querySelectorAll(".person.selected")) n.classList.remove("selected");
    const li = state.selected && $(`li.person[data-key="${CSS.escape(state.selected)}"]`);
    if (!li) return;
    li.classList.add("selected");
    li.scrollIntoView({block: "nearest"});
    if (focus && !li.contains(document.activeElement)) li.focus({preventScroll: true});
  }

  function focusPerson(key) {
    const li = $(`li.person[data-key="${CSS.escape(key)}"]`);
    if (li) li.focus({preventScroll: true});
  }

  function step(delta) {
    const keys = state.data.persons.map((p) => p.key);
    if (!keys.length) return;
    const i = keys.indexOf(state.selected);
    const next = i < 0 ? (delta > 0 ? 0 : keys.length - 1)
      : Math.max(0, Math.min(keys.length - 1, i + delta));
    select(keys[next]);
  }

  function askReason(key) {
    select(key);
    const li = $(`li.person[data-key="${CSS.escape(key)}"]`);
    const label = $(".reason", li);
    label.hidden = false;
    $("input", label).focus();
  }

  async function decide(key, action, reason) {
    if (state.busy) return;
    if (action === "keep" && !reason.trim()) {
      status("Geef een reden om deze persoon te behouden.", "error");
      return;
    }
    const li = $(`li.person[data-key="${CSS.escape(key)}"]`);
    const ground = li ? $("select.ground", li).value : null;
    const versions = Object.fromEntries(state.data.documents.map((d) => [String(d.number), d.version]));
    const at = state.data.persons.findIndex((p) => p.key === key);
    state.busy = true;
    status("Opslaan…");
    try {
      adopt(await api("api/person", {key, action, keep_reason: reason, ground, versions}));
      // Decided persons move down: go on with the one that is now in its place.
      const next = state.data.persons[at];
      state.selected = next && !next.decided ? next.key : key;
      render();
      status("Opgeslagen om " + new Date().toLocaleTimeString("nl-NL"), "ok");
      focusPerson(state.selected);
    } catch (err) {
      status("Niet opgeslagen: " + err.message, "error");
    } finally {
      state.busy = false;
    }
  }

  function onKey(ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey) return;
    const target = ev.target;
    if (target.closest && target.closest("input, textarea, select")) {
      if (ev.key === "Escape") target.blur();
      return;
    }
    const key = state.selected;
    switch (ev.key) {
      case "j": step(1); break;
      case "k": step(-1); break;
      case "r": if (key) decide(key, "redact", ""); break;
      case "b": if (key) askReason(key); break;
      case "o": {
        const p = key && state.data.persons.find((x) => x.key === key);
        if (p) window.location.href = `doc/${p.mentions_at[0].doc}/`;
        break;
      }
      case "?": toggleHelp(); break;
      case "Escape": toggleHelp(false); break;
      default: return;
    }
    ev.preventDefault();
  }

  document.addEventListener("DOMContentLoaded", () => {
    $("#help-btn").addEventListener("click", () => toggleHelp());
    document.addEventListener("keydown", onKey);
    window.addEventListener("pageshow", (ev) => { if (ev.persisted) load(); }); // back from a document
    load();
  });
})();

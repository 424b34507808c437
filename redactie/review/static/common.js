// Helpers shared by the document screen (app.js) and the dossier screen (dossier.js).
//
// Every URL is relative to the page, so the token in the path travels with
// every request without being handled here.
"use strict";

window.redactieCommon = (() => {
  const $ = (sel, root = document) => root.querySelector(sel);

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = v;
      else if (k === "text") node.textContent = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : String(v));
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  // --- talking to the server ---------------------------------------------------

  async function api(path, body) {
    const init = body === undefined ? {} : {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify(body),
    };
    let resp;
    try {
      resp = await fetch(path, {...init, cache: "no-store", credentials: "same-origin"});
    } catch (err) {
      throw new Error("de server is niet bereikbaar (is het beoordelingsscherm gestopt?)");
    }
    let data = null;
    try { data = await resp.json(); } catch (err) { data = null; }
    if (!resp.ok) {
      throw new Error((data && data.error) || `fout ${resp.status}`);
    }
    return data;
  }

  function status(message, kind = "") {
    const node = $("#status");
    node.textContent = message;
    node.className = "status" + (kind ? " " + kind : "");
  }

  function toggleHelp(show) {
    // the help panel (#help) and its button (#help-btn): shown, hidden, or toggled
    const help = $("#help");
    const visible = show === undefined ? help.hidden : show;
    help.hidden = !visible;
    $("#help-btn").setAttribute("aria-expanded", String(visible));
  }

  return {$, el, api, status, toggleHelp};
})();

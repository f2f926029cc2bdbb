// The dashboard's page: one EventSource on /events; every event is the whole state as JSON, and
// every value is set as text, never as markup.
"use strict";
(function () {
  const $ = (id) => document.getElementById(id);
  const text = (id, value) => { $(id).textContent = value === undefined || value === null || value === "" ? "–" : String(value); };
  const number = (v, digits) => (typeof v === "number" && isFinite(v) ? v.toFixed(digits) : "–");
  const shown = {};

  function cell(row, value, css) {
    const td = document.createElement("td");
    td.textContent = value === undefined || value === null || value === "" ? "–" : String(value);
    if (css) td.className = css;
    row.appendChild(td);
  }

  function rows(id, items, fill) {
    const body = $(id).tBodies[0];
    body.replaceChildren();
    for (const item of items) {
      const tr = document.createElement("tr");
      fill(tr, item);
      body.appendChild(tr);
    }
  }

  function tally(t, grid) {
    text("t-measured", t["measured"]);
    text("t-measured-ok", t["measured ok"]);
    text("t-measured-overloaded", t["measured overloaded"]);
    text("t-inferred-ok", t["inferred ok"]);
    text("t-inferred-overloaded", t["inferred overloaded"]);
    text("t-failed", t["failed"]);
    text("t-skipped", t["skipped"]);
    $("gridHead").hidden = grid === undefined;
    $("gridEstimate").hidden = grid === undefined;
    if (grid !== undefined) text("gridEstimate", grid);
  }

  function last(row) {
    if (!row) return "";
    return row.configuration + ": " + (row.overloaded ? "overloaded (" + (row.reasons || "reason not recorded") + ")" : "not overloaded")
      + ", success " + number(row.lowestSuccess * 100, 1) + " %";
  }

  function time(shares) {
    const bar = $("timebar");
    const legend = $("timelegend");
    bar.replaceChildren();
    legend.replaceChildren();
    for (const s of shares) {
      const span = document.createElement("span");
      span.className = "p-" + s.phase;
      span.style.width = (s.share * 100).toFixed(2) + "%";
      span.title = s.phase;
      bar.appendChild(span);
      const li = document.createElement("li");
      const swatch = document.createElement("i");
      swatch.className = "p-" + s.phase;
      li.appendChild(swatch);
      li.appendChild(document.createTextNode(s.phase + " " + (s.share * 100).toFixed(1) + " % (" + s.seconds + " s)"));
      legend.appendChild(li);
    }
  }

  // The overload maps first: where the frontier lies is what a running campaign is watched for.
  const mapsFirst = (c) => (/^(pair|triple)-/.test(c.name) ? 0 : 1);

  function charts(all) {
    const list = all.slice().sort((a, b) => mapsFirst(a) - mapsFirst(b) || a.id - b.id);
    const box = $("charts");
    if (list.length === 0) return;
    if (box.querySelector("p")) box.replaceChildren();
    const wanted = new Set(list.map((c) => "chart-" + c.id));
    for (const fig of Array.from(box.children)) if (!wanted.has(fig.id)) fig.remove();
    for (const c of list) {
      let fig = $("chart-" + c.id);
      if (!fig) {
        fig = document.createElement("figure");
        fig.id = "chart-" + c.id;
        const img = document.createElement("img");
        img.width = c.width;
        fig.appendChild(img);
        fig.appendChild(document.createElement("figcaption"));
      }
      box.appendChild(fig); // in list order, moved if it was elsewhere
      const img = fig.querySelector("img");
      const key = c.name + "@" + c.version;
      if (shown[c.id] !== key) {
        shown[c.id] = key;
        img.alt = c.alt;
        img.src = "chart/" + c.id + ".png?v=" + encodeURIComponent(c.version);
        img.dataset.name = c.name;
        fig.querySelector("figcaption").textContent = c.alt;
      }
    }
  }

  function render(s) {
    if (s.error) {
      $("error").hidden = false;
      $("error").textContent = s.error;
      return;
    }
    $("error").hidden = true;
    $("state").textContent = s.state;
    $("state").dataset.state = s.state;
    text("folder", s.folder);
    text("stateWhy", s.stateWhy);
    text("runId", s.runId);
    $("on").textContent = s.on || "";
    text("started", s.started);
    text("elapsed", s.elapsed);
    text("eta", s.eta);
    $("etaBasis").textContent = s.etaBasis || "";
    text("rows", s.rows);
    text("progress", s.settled + " / " + (s.planned || "?"));
    tally(s.tally, s.gridEstimate);
    rows("targets", s.targets, (tr, t) => {
      const now = t.now || {};
      cell(tr, t.name);
      cell(tr, now.phase);
      cell(tr, now.configuration);
      cell(tr, now.iteration || "");
      cell(tr, now.since ? now.since.replace("T", " ").replace(/\.\d+Z$/, "Z") : "");
      cell(tr, now.note);
      cell(tr, last(t.last));
    });
    time(s.time);
    charts(s.charts);
    rows("latest", s.latest.slice().reverse(), (tr, r) => {
      if (r.overloaded) tr.className = "over";
      cell(tr, r.number);
      cell(tr, r.configuration);
      cell(tr, r.target);
      cell(tr, r.overloaded ? "yes" : "no");
      cell(tr, r.reasons);
      cell(tr, number(r.lowestSuccess, 3));
      cell(tr, number(r.highestLatencyMs, 1));
      cell(tr, number(r.nodeCpu, 1));
    });
    text("failureCount", s.failureCount);
    rows("failures", s.failures.slice().reverse(), (tr, f) => {
      cell(tr, f.id);
      cell(tr, f.configuration);
      cell(tr, f.time);
      cell(tr, f.error);
    });
    const problems = $("problems");
    problems.replaceChildren();
    for (const line of s.problems) {
      const li = document.createElement("li");
      li.textContent = line;
      problems.appendChild(li);
    }
    document.title = s.state + " · campaign dashboard";
  }

  const events = new EventSource("events");
  events.onopen = () => { $("link").textContent = "live"; };
  events.onerror = () => { $("link").textContent = "reconnecting…"; };
  events.onmessage = (message) => {
    window.dashboardEvents = (window.dashboardEvents || 0) + 1;
    render(JSON.parse(message.data));
  };
})();

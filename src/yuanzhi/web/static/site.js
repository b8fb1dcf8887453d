// Charts (vendored Chart.js) and sentence highlighting. No network, no globals beyond Chart.
(function () {
  "use strict";
  var PALETTE = ["#9b2c2c", "#2b6cb0", "#2f855a", "#b7791f", "#6b46c1", "#c05621", "#319795", "#718096"];

  function readJSON(id) {
    var node = document.getElementById(id);
    if (!node) return null;
    try { return JSON.parse(node.textContent); } catch (e) { return null; }
  }

  function yearLabel(value) {
    var year = Math.floor(value);
    var month = Math.round((value - year) * 12) + 1;
    return month === 1 ? year + "年" : year + "年" + month + "月";
  }

  function timeline() {
    var data = readJSON("timeline-data");
    var canvas = document.getElementById("timeline");
    if (!data || !canvas || !window.Chart || !data.spans.length) return;
    var lo = Math.min.apply(null, data.spans.map(function (s) { return s[0]; }));
    var hi = Math.max.apply(null, data.spans.map(function (s) { return s[1]; }));
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: [{ data: data.spans, backgroundColor: "rgba(155,44,44,.75)", borderRadius: 4, barPercentage: 0.6 }]
      },
      options: {
        indexAxis: "y",
        maintainAspectRatio: false,
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { label: function (ctx) { var v = ctx.raw; return yearLabel(v[0]) + " — " + yearLabel(v[1]); } } }
        },
        scales: {
          x: { min: Math.floor(lo), max: Math.ceil(hi + 0.01), ticks: { stepSize: 0.25, callback: function (v) { return Number.isInteger(v) ? v + "年" : ""; } } }
        }
      }
    });
  }

  function contributions() {
    var data = readJSON("contrib-data");
    var canvas = document.getElementById("contrib-chart");
    if (!data || !canvas || !window.Chart) return;
    new window.Chart(canvas, {
      type: "bar",
      data: {
        labels: data.labels,
        datasets: data.series.map(function (s, i) { return { label: s.name, data: s.counts, backgroundColor: PALETTE[i % PALETTE.length] }; })
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { position: "bottom" } },
        scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
      }
    });
  }

  function sentenceLinks() {
    document.querySelectorAll("a.to-sentence").forEach(function (link) {
      link.addEventListener("click", function () {
        var target = document.getElementById(link.dataset.sentence);
        if (!target) return;
        target.classList.add("flash");
        setTimeout(function () { target.classList.remove("flash"); }, 2500);
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () { timeline(); contributions(); sentenceLinks(); });
})();

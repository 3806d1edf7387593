// Chart.js (from the WebJar, loaded as a classic script) wrapped for the two charts of the competition page.

const charts = new Map();

function palette() {
  const style = getComputedStyle(document.documentElement);
  const read = (name, fallback) => style.getPropertyValue(name).trim() || fallback;
  return {
    text: read('--text', '#1d2330'),
    muted: read('--muted', '#5b6475'),
    line: read('--line', '#dde1e8'),
    public: '#4f7cff',
    private: '#f28b30',
    baseline: read('--baseline', '#7a5af8'),
  };
}

/** Whether Chart.js is loaded; without it the charts are left out and the tables still tell everything. */
export function chartsAvailable() {
  return typeof window.Chart === 'function';
}

function draw(canvas, config) {
  if (!chartsAvailable()) {
    canvas.closest('.chart-box').hidden = true;
    return null;
  }
  charts.get(canvas.id)?.destroy();
  const chart = new window.Chart(canvas, config);
  charts.set(canvas.id, chart);
  return chart;
}

function axes(colors, xTitle, yTitle) {
  const axis = (title) => ({
    title: { display: true, text: title, color: colors.muted },
    ticks: { color: colors.muted },
    grid: { color: colors.line },
  });
  return { x: axis(xTitle), y: axis(yTitle) };
}

/** Public (x) against private (y) score per participant, with the diagonal where both agree. */
export function drawShakeupChart(canvas, rows, metric) {
  const colors = palette();
  const points = rows
    .filter((r) => typeof r.publicScore === 'number' && typeof r.privateScore === 'number')
    .map((r) => ({ x: r.publicScore, y: r.privateScore, participant: r.participant, change: r.change }));
  const values = points.flatMap((p) => [p.x, p.y]);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const pad = (high - low) * 0.05 || 0.01;
  const diagonal = values.length ? [{ x: low - pad, y: low - pad }, { x: high + pad, y: high + pad }] : [];
  return draw(canvas, {
    type: 'scatter',
    data: {
      datasets: [
        {
          label: 'Participants',
          data: points,
          pointRadius: 5,
          pointHoverRadius: 7,
          backgroundColor: points.map((p) => (p.change > 0 ? '#13a574' : p.change < 0 ? '#e0493d' : colors.public)),
        },
        {
          label: 'public = private',
          data: diagonal,
          type: 'line',
          borderColor: colors.muted,
          borderDash: [6, 4],
          borderWidth: 1,
          pointRadius: 0,
          fill: false,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: axes(colors, 'Public ' + metric, 'Private ' + metric),
      plugins: {
        legend: { display: false },
        tooltip: {
          callbacks: {
            label: (item) => {
              const p = item.raw;
              if (!p.participant) return '';
              return p.participant + ': public ' + p.x.toFixed(5) + ', private ' + p.y.toFixed(5);
            },
          },
        },
      },
    },
  });
}

/** Writes each bar's value at its end, so that differences too small to see in bar heights can still be read. */
function valueLabels(color) {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.fillStyle = color;
      ctx.font = '11px sans-serif';
      ctx.textAlign = 'center';
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const value = dataset.data[j];
          if (typeof value !== 'number') return;
          ctx.textBaseline = value < 0 ? 'top' : 'bottom';
          ctx.fillText(value.toFixed(4), bar.x, bar.y + (value < 0 ? 3 : -3));
        });
      });
      ctx.restore();
    },
  };
}

/**
 * Mean public and private score per strategy as grouped bars (private only when known). The value axis starts at
 * zero so that bar lengths compare honestly; the exact values are written on the bars and in the tooltip.
 */
export function drawComparisonChart(canvas, rows, metric, closed) {
  const colors = palette();
  const datasets = [{
    label: 'Public mean',
    data: rows.map((r) => r.publicMean ?? null),
    backgroundColor: colors.public,
  }];
  if (closed) {
    datasets.push({
      label: 'Private mean',
      data: rows.map((r) => r.privateMean ?? null),
      backgroundColor: colors.private,
    });
  }
  return draw(canvas, {
    type: 'bar',
    data: { labels: rows.map((r) => r.strategy), datasets },
    plugins: [valueLabels(colors.text)],
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: { ...axes(colors, 'Strategy', metric), y: { ...axes(colors, '', metric).y, beginAtZero: true, grace: '8%' } },
      plugins: {
        legend: { labels: { color: colors.text } },
        tooltip: { callbacks: { label: (item) => item.dataset.label + ': ' + Number(item.raw).toFixed(4) } },
      },
    },
  });
}

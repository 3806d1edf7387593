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

/** Draws a horizontal line at zero: gains are read against it. */
function zeroLine(color) {
  return {
    id: 'zeroLine',
    beforeDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const y = chart.scales.y.getPixelForValue(0);
      if (y < chartArea.top || y > chartArea.bottom) return;
      ctx.save();
      ctx.strokeStyle = color;
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(chartArea.left, y);
      ctx.lineTo(chartArea.right, y);
      ctx.stroke();
      ctx.restore();
    },
  };
}

/** Marks each interval bar with its gain (a dot) and caps its ends, so that the bars read as error bars. */
function gainMarkers() {
  return {
    id: 'gainMarkers',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const y = chart.scales.y;
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const interval = dataset.data[j];
          const gain = dataset.gains[j];
          if (!Array.isArray(interval) || typeof gain !== 'number') return;
          ctx.save();
          ctx.strokeStyle = dataset.borderColor;
          ctx.fillStyle = dataset.borderColor;
          ctx.lineWidth = 2;
          for (const end of interval) {
            ctx.beginPath();
            ctx.moveTo(bar.x - 8, y.getPixelForValue(end));
            ctx.lineTo(bar.x + 8, y.getPixelForValue(end));
            ctx.stroke();
          }
          ctx.beginPath();
          ctx.arc(bar.x, y.getPixelForValue(gain), 5, 0, 2 * Math.PI);
          ctx.fill();
          ctx.restore();
        });
      });
    },
  };
}

/**
 * Each strategy's gain over no pseudolabelling (a dot) with its 95% bootstrap interval (an error bar with caps),
 * around the zero line; the verdicts are written under the strategy names. Private gains appear after close.
 */
export function drawComparisonChart(canvas, rows, metric, closed) {
  const colors = palette();
  const boards = [['Public', 'publicGain', 'publicGainInterval', colors.public]];
  if (closed) boards.push(['Private', 'privateGain', 'privateGainInterval', colors.private]);
  const datasets = boards.map(([name, gainKey, intervalKey, color]) => ({
    label: name + ' gain and 95% interval',
    data: rows.map((r) => (r[intervalKey] ? [r[intervalKey].low, r[intervalKey].high] : null)),
    gains: rows.map((r) => r[gainKey] ?? null),
    backgroundColor: color + '44',
    borderColor: color,
    borderWidth: 1,
    borderSkipped: false,
    barPercentage: 0.25,
    categoryPercentage: 0.6,
  }));
  const verdicts = (r) => boards.map(([name, , key]) => name.toLowerCase() + ': ' + (r[key]?.verdict ?? '—'));
  return draw(canvas, {
    type: 'bar',
    data: { labels: rows.map((r) => [r.strategy, ...verdicts(r)]), datasets },
    plugins: [zeroLine(colors.text), gainMarkers()],
    options: {
      maintainAspectRatio: false,
      animation: false,
      scales: {
        ...axes(colors, 'Strategy (verdict of the 95% interval)', 'gain in ' + metric),
        y: { ...axes(colors, '', 'gain in ' + metric + ' over no-PL').y, grace: '10%' },
      },
      plugins: {
        legend: { labels: { color: colors.text } },
        tooltip: {
          callbacks: {
            label: (item) => {
              const v = item.raw;
              const gain = item.dataset.gains[item.dataIndex];
              return item.dataset.label + ': ' + Number(gain).toFixed(4) + ' (' + v[0].toFixed(4) + ' to '
                + v[1].toFixed(4) + ')';
            },
          },
        },
      },
    },
  });
}

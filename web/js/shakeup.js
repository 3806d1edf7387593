// The shake-up after close: public rank, private rank, the move between them and the selection regret.
import { competitionApi, request } from './api.js';
import { drawShakeupChart } from './charts.js';
import { fill, h, score } from './dom.js';

function change(value) {
  if (typeof value !== 'number' || value === 0) {
    return h('span', { class: 'change same', 'aria-label': 'no change', text: '=' });
  }
  const up = value > 0;
  return h('span', {
    class: 'change ' + (up ? 'up' : 'down'),
    'aria-label': (up ? 'up ' : 'down ') + Math.abs(value),
    text: (up ? '▲ ' : '▼ ') + Math.abs(value),
  });
}

/** Loads and renders the shake-up table and chart; only called once the competition is closed. */
export async function showShakeup(competition) {
  const section = document.getElementById('shakeup-section');
  const table = document.getElementById('shakeup');
  section.hidden = false;
  try {
    const data = await request(competitionApi(competition.slug) + '/shakeup');
    const rows = data.rows || [];
    if (!rows.length) {
      fill(table.tBodies[0], h('tr', { class: 'empty' }, h('td', { colspan: 8, text: 'No participants were scored.' })));
    } else {
      fill(table.tBodies[0], ...rows.map((row) => h('tr', {},
        h('td', { class: 'participant', text: row.participant }),
        h('td', { class: 'num public-rank', text: row.publicRank ?? '—' }),
        h('td', { class: 'num private-rank', text: row.privateRank ?? '—' }),
        h('td', { class: 'num change-cell' }, change(row.change)),
        h('td', { class: 'num public-score', text: score(row.publicScore) }),
        h('td', { class: 'num private-score', text: score(row.privateScore) }),
        h('td', { class: 'num best-unselected', text: score(row.bestUnselectedPrivate) }),
        h('td', {
          class: 'num regret' + (row.selectionRegret > 0 ? ' some' : ''),
          text: score(row.selectionRegret),
        }))));
    }
    drawShakeupChart(document.getElementById('shakeup-chart'), rows, competition.metric);
    table.dataset.state = 'loaded';
  } catch (e) {
    fill(table.tBodies[0], h('tr', { class: 'empty' }, h('td', { colspan: 8, text: 'Could not load: ' + e.message })));
    table.dataset.state = 'error';
  }
}

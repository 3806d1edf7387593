// The leaderboard with its Public and Private tabs (the private one opens when the competition closes).
import { competitionApi, request } from './api.js';
import { fill, h, score, utc } from './dom.js';

/** Wires the tabs and renders boards on demand; returns { refresh } to reload the shown board. */
export function setupLeaderboard(competition) {
  const api = competitionApi(competition.slug);
  const tabs = [document.getElementById('tab-public'), document.getElementById('tab-private')];
  const panel = document.getElementById('leaderboard-panel');
  const table = document.getElementById('leaderboard');
  const note = document.getElementById('leaderboard-note');
  const csv = document.getElementById('leaderboard-csv');
  const cache = new Map();
  let shown = 'public';

  const privateTab = tabs[1];
  if (competition.closed) {
    privateTab.disabled = false;
    privateTab.removeAttribute('aria-disabled');
    privateTab.removeAttribute('title');
  } else {
    privateTab.disabled = true;
    privateTab.setAttribute('aria-disabled', 'true');
    const opens = competition.deadline ? 'opens ' + utc(competition.deadline) : 'opens when the host closes it';
    privateTab.setAttribute('title', 'The private leaderboard ' + opens);
    fill(privateTab, 'Private', h('span', { class: 'tab-hint', text: opens }));
  }

  async function show(board, { reload = false } = {}) {
    shown = board;
    for (const tab of tabs) {
      const selected = tab.dataset.board === board;
      tab.setAttribute('aria-selected', String(selected));
      tab.tabIndex = selected ? 0 : -1;
    }
    panel.setAttribute('aria-labelledby', 'tab-' + board);
    table.dataset.board = board;
    table.dataset.state = 'loading';
    table.setAttribute('aria-busy', 'true');
    csv.href = api + '/leaderboard.csv?board=' + board;
    note.textContent = (board === 'public'
      ? 'Scored on the public part of the test set' + (competition.closed
        ? '.' : '. Final standings come from the private part when the competition closes.')
        + ' Rank ranges and tie groups come from a paired bootstrap of the public rows alone: they use no private'
        + ' information.'
      : 'Final standings: each participant’s best selected submission, scored on the private part of the test set.'
        + ' Rank ranges and tie groups come from a paired bootstrap of the private rows.')
      + ' An entry ties with the next one when it beats it in fewer than 95% of 1,000 resamples.'
      + (board === 'public' && competition.publicBoard === 'ladder'
        ? ' This public board is a ladder (Blum & Hardt 2015): a participant’s shown score changes only when a new'
          + ' submission beats it by more than the noise of their paired difference.' : '');
    try {
      if (reload || !cache.has(board)) cache.set(board, await request(api + '/leaderboard?board=' + board));
      if (shown !== board) return;
      render(cache.get(board));
      table.dataset.state = 'loaded';
    } catch (e) {
      if (shown !== board) return;
      fill(table.tBodies[0], h('tr', { class: 'empty' }, h('td', { colspan: 7, text: 'Could not load: ' + e.message })));
      table.dataset.state = 'error';
    } finally {
      table.setAttribute('aria-busy', 'false');
    }
  }

  function render(data) {
    const arrow = data.higherIsBetter === false ? '↓ lower is better' : '↑ higher is better';
    table.tHead.rows[0].cells[2].title = competition.metric + ', ' + arrow;
    if (!data.rows.length) {
      fill(table.tBodies[0], h('tr', { class: 'empty' }, h('td', { colspan: 7, text: 'No scored submissions yet.' })));
      return;
    }
    fill(table.tBodies[0], ...data.rows.map((row) => h('tr', { class: row.baseline ? 'baseline' : null },
      h('td', { class: 'num rank', text: row.rank }),
      h('td', { class: 'participant' }, h('span', { class: 'name', text: row.participant }),
        row.baseline ? h('span', { class: 'badge baseline', text: 'baseline' }) : null),
      h('td', { class: 'num score', text: score(row.score) }),
      h('td', { class: 'num entries', text: row.submissions }),
      h('td', { class: 'last', text: utc(row.lastSubmittedAt) }),
      h('td', { class: 'num rank-range', text: rankRange(row) }),
      h('td', { class: 'num tie-group' + (tied(data.rows, row) ? ' tied' : ''), text: row.tieGroup ?? '—' }))));
  }

  function rankRange(row) {
    if (typeof row.rankLow !== 'number') return '—';
    return row.rankLow === row.rankHigh ? String(row.rankLow) : row.rankLow + '–' + row.rankHigh;
  }

  function tied(rows, row) {
    return typeof row.tieGroup === 'number' && rows.filter((r) => r.tieGroup === row.tieGroup).length > 1;
  }

  function enabledTabs() {
    return tabs.filter((tab) => !tab.disabled);
  }

  for (const tab of tabs) {
    tab.addEventListener('click', () => {
      if (!tab.disabled && tab.dataset.board !== shown) show(tab.dataset.board);
    });
    tab.addEventListener('keydown', (event) => {
      const enabled = enabledTabs();
      const at = enabled.indexOf(tab);
      let next = null;
      if (event.key === 'ArrowRight') next = enabled[(at + 1) % enabled.length];
      else if (event.key === 'ArrowLeft') next = enabled[(at - 1 + enabled.length) % enabled.length];
      else if (event.key === 'Home') next = enabled[0];
      else if (event.key === 'End') next = enabled[enabled.length - 1];
      if (!next) return;
      event.preventDefault();
      next.focus();
      if (next.dataset.board !== shown) show(next.dataset.board);
    });
  }

  show('public');
  return {
    refresh: () => {
      cache.clear();
      return show(shown, { reload: true });
    },
  };
}

// Submissions grouped by strategy: "no PL vs self-training vs pretraining" as one table and one chart.
import { competitionApi, request } from './api.js';
import { drawComparisonChart } from './charts.js';
import { fill, h, score, signed } from './dom.js';

const DECIMALS = 4;

function meanStd(mean, std, count) {
  if (typeof mean !== 'number') return '—';
  // a spread needs at least two submissions; one submission shows its score alone
  return typeof std === 'number' && count > 1 ? score(mean, DECIMALS) + ' ± ' + score(std, DECIMALS) : score(mean, DECIMALS);
}

function gain(value, higherIsBetter, isReference) {
  if (isReference) return h('td', { class: 'num gain', text: 'reference' });
  const better = typeof value === 'number' && value !== 0 && (value > 0) === (higherIsBetter !== false);
  const worse = typeof value === 'number' && value !== 0 && !better;
  return h('td', { class: 'num gain' + (better ? ' up' : worse ? ' down' : ''), text: signed(value, DECIMALS) });
}

/** A gain interval as words: "+0.0012 to +0.0345 · gain (wins 99% of resamples)". */
export function intervalText(interval) {
  if (!interval) return '—';
  return signed(interval.low, DECIMALS) + ' to ' + signed(interval.high, DECIMALS) + ' · ' + interval.verdict
    + ' (wins ' + Math.round(interval.winShare * 100) + '% of resamples)';
}

function intervalCell(interval, which, isReference) {
  if (isReference) return h('td', { class: 'interval ' + which, text: 'reference' });
  const verdict = interval ? interval.verdict : '';
  const kind = verdict === 'gain' ? ' up' : verdict === 'loss' ? ' down' : '';
  return h('td', { class: 'interval ' + which + kind, 'data-verdict': verdict, text: intervalText(interval) });
}

function header(closed) {
  const cells = [['Strategy', false], ['Subs', true], ['Public mean ± std', true], ['Public best', true],
    ['Public gain', true]];
  if (closed) cells.push(['Private mean ± std', true], ['Private best', true], ['Private gain', true]);
  cells.push(['Public gain, 95% interval and verdict', false]);
  if (closed) cells.push(['Private gain, 95% interval and verdict', false]);
  return h('tr', {}, ...cells.map(([text, num]) => h('th', { scope: 'col', class: num ? 'num' : null, text })));
}

/** Loads and renders the comparison table and bar chart; returns the rows. */
export async function showComparison(competition) {
  const table = document.getElementById('comparison');
  const chartBox = document.getElementById('comparison-chart').closest('.chart-box');
  if (competition.publicBoard === 'ladder' && !competition.closed) {
    // the server answers 403 here: per-strategy public figures would undo the ladder's protection against probing
    fill(table.tBodies[0], h('tr', { class: 'empty' }, h('td', { colspan: 6,
      text: 'This competition’s public board is a ladder, so the strategy comparison appears when it closes.' })));
    chartBox.hidden = true;
    table.dataset.state = 'loaded';
    return [];
  }
  try {
    const data = await request(competitionApi(competition.slug) + '/comparison');
    const closed = Boolean(data.closed);
    const rows = data.rows || [];
    const columns = closed ? 10 : 6;
    fill(table.tHead, header(closed));
    if (!rows.length) {
      fill(table.tBodies[0], h('tr', { class: 'empty' }, h('td', { colspan: columns, text: 'No scored submissions yet.' })));
      chartBox.hidden = true;
    } else {
      fill(table.tBodies[0], ...rows.map((row) => {
        const reference = row.strategy === data.baseline;
        const cells = [
          h('th', { scope: 'row', class: 'strategy', text: row.strategy }),
          h('td', { class: 'num count', text: row.submissions }),
          h('td', { class: 'num public-mean', text: meanStd(row.publicMean, row.publicStd, row.submissions) }),
          h('td', { class: 'num public-best', text: score(row.publicBest, DECIMALS) }),
          gain(row.publicGain, data.higherIsBetter, reference),
        ];
        if (closed) {
          cells.push(
            h('td', { class: 'num private-mean', text: meanStd(row.privateMean, row.privateStd, row.submissions) }),
            h('td', { class: 'num private-best', text: score(row.privateBest, DECIMALS) }),
            gain(row.privateGain, data.higherIsBetter, reference));
        }
        cells.push(intervalCell(row.publicGainInterval, 'public-interval', reference));
        if (closed) cells.push(intervalCell(row.privateGainInterval, 'private-interval', reference));
        return h('tr', { class: reference ? 'reference' : null, 'data-strategy': row.strategy }, ...cells);
      }));
      const others = rows.filter((row) => row.strategy !== data.baseline && row.publicGainInterval);
      chartBox.hidden = others.length === 0;
      if (others.length) drawComparisonChart(document.getElementById('comparison-chart'), others, competition.metric, closed);
    }
    document.getElementById('comparison-private-note').textContent = closed
      ? '' : 'Private columns appear when the competition closes.';
    const without = data.withoutStrategy || 0;
    document.getElementById('comparison-without-strategy').textContent = without === 0 ? ''
      : without + (without === 1 ? ' scored submission declares' : ' scored submissions declare') + ' no strategy and '
        + (without === 1 ? 'is' : 'are') + ' not compared.';
    table.dataset.state = 'loaded';
    return rows;
  } catch (e) {
    fill(table.tBodies[0], h('tr', { class: 'empty' }, h('td', { colspan: 10, text: 'Could not load: ' + e.message })));
    table.dataset.state = 'error';
    return [];
  }
}

// The competition page: overview, data files, leaderboard tabs, shake-up, strategy comparison, submit form.
import { competitionApi, request } from './api.js';
import { showComparison } from './comparison.js';
import { bytes, fill, h, relative, utc } from './dom.js';
import { setupLeaderboard } from './leaderboard.js';
import { setupMine } from './mine.js';
import { showShakeup } from './shakeup.js';
import { setupSubmit } from './submit.js';
import { restoreToken } from './token.js';

/** The slug from /competitions/{slug}. */
function slugFromPath() {
  const parts = location.pathname.split('/').filter(Boolean);
  const at = parts.indexOf('competitions');
  return at >= 0 && parts[at + 1] ? decodeURIComponent(parts[at + 1]) : null;
}

function set(id, text) {
  document.getElementById(id).textContent = String(text ?? '—');
}

function renderOverview(c) {
  document.title = c.title + ' · pseudolab';
  set('title', c.title);
  const status = document.getElementById('status');
  status.className = 'badge ' + (c.closed ? 'closed' : 'open');
  status.textContent = c.closed ? 'closed' : 'open';
  set('description', c.description || '');
  fill(document.getElementById('metric'), c.metric,
    h('span', { class: 'fact-hint', text: c.higherIsBetter === false ? '↓ lower is better' : '↑ higher is better' }));
  set('deadline-label', c.closed ? 'Closed' : 'Deadline');
  if (!c.deadline) set('deadline', c.closed ? 'by the host' : 'none; the host closes it');
  else if (!c.closed) set('deadline', utc(c.deadline) + ' · ' + relative(c.deadline));
  else if (new Date(c.deadline).getTime() > Date.now()) {
    fill(document.getElementById('deadline'), 'by the host',
      h('span', { class: 'fact-hint', text: 'before the deadline, ' + utc(c.deadline) }));
  }
  else set('deadline', utc(c.deadline));
  set('daily-limit', c.dailyLimit + ' per UTC day');
  set('final-selections', c.finalSelections);
  set('participants', c.participants);
  set('submission-count', c.submissions);
  const files = c.files || [];
  fill(document.getElementById('files'), ...(files.length
    ? files.map((f) => h('li', {},
      h('a', { href: f.url, download: f.name }, h('span', { class: 'name', text: f.name }),
        h('span', { class: 'size', text: bytes(f.bytes) }))))
    : [h('li', { class: 'muted', text: 'No public files.' })]));
}

async function main() {
  const root = document.getElementById('main');
  const slug = slugFromPath();
  if (!slug) {
    document.getElementById('page-error').textContent = 'No competition in the address.';
    root.dataset.state = 'error';
    return;
  }
  let competition;
  try {
    competition = await request(competitionApi(slug));
  } catch (e) {
    set('title', e.status === 404 ? 'Competition not found' : 'Could not load the competition');
    document.getElementById('page-error').textContent = e.message;
    root.dataset.state = 'error';
    return;
  }
  renderOverview(competition);
  restoreToken();
  const leaderboard = setupLeaderboard(competition);
  const mine = setupMine(competition);
  setupSubmit(competition, async () => {
    try {
      renderOverview(await request(competitionApi(slug)));
    } catch {
      // the counts stay as they were; the rest still refreshes
    }
    await Promise.all([leaderboard.refresh(), showComparison(competition), mine.refresh()]);
  });
  const work = [showComparison(competition)];
  if (competition.closed) work.push(showShakeup(competition));
  await Promise.all(work);
  root.dataset.state = 'loaded';
}

main();

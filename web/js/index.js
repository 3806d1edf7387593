// The competitions list: one card per competition, linking to its page.
import { request } from './api.js';
import { fill, h, relative, utc } from './dom.js';

function card(competition) {
  const href = '/competitions/' + encodeURIComponent(competition.slug);
  const status = competition.closed
    ? h('span', { class: 'badge closed', text: 'closed' })
    : h('span', { class: 'badge open', text: 'open' });
  let deadline = competition.closed ? utc(competition.deadline) : utc(competition.deadline) + ' (' + relative(competition.deadline) + ')';
  if (!competition.deadline) deadline = competition.closed ? 'by the host' : 'none; the host closes it';
  else if (competition.closed && new Date(competition.deadline).getTime() > Date.now()) deadline = 'early, by the host';
  return h('li', { class: 'competition', 'data-slug': competition.slug },
    h('a', { class: 'card competition-card', href },
      h('h2', {}, h('span', { class: 'title', text: competition.title }), ' ', status),
      competition.description ? h('p', { class: 'description', text: firstLine(competition.description) }) : null,
      h('dl', {},
        h('dt', { text: 'Metric' }), h('dd', { class: 'metric', text: competition.metric }),
        h('dt', { text: competition.closed ? 'Closed' : 'Deadline' }), h('dd', { class: 'deadline', text: deadline }),
        h('dt', { text: 'Participants' }), h('dd', { class: 'participants', text: competition.participants ?? 0 }),
        h('dt', { text: 'Submissions' }), h('dd', { class: 'submissions', text: competition.submissions ?? 0 }))));
}

function firstLine(text) {
  const line = String(text).split('\n')[0];
  return line.length > 180 ? line.slice(0, 177) + '…' : line;
}

async function main() {
  const list = document.getElementById('competitions');
  try {
    const competitions = await request('/api/competitions');
    const open = competitions.filter((c) => !c.closed);
    const closed = competitions.filter((c) => c.closed);
    fill(list, ...open.map(card), ...closed.map(card));
    document.getElementById('competitions-empty').hidden = competitions.length > 0;
  } catch (e) {
    document.getElementById('page-error').textContent = 'Could not load the competitions: ' + e.message;
  } finally {
    list.setAttribute('aria-busy', 'false');
    list.dataset.state = 'loaded';
  }
}

main();

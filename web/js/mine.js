// "My submissions": the participant's own submissions with checkboxes for the final selection.
import { ApiError, competitionApi, request } from './api.js';
import { fill, h, score, utc } from './dom.js';
import { currentToken } from './token.js';

/** Wires the panel; returns { refresh } that reloads it when a token has been used. */
export function setupMine(competition) {
  const api = competitionApi(competition.slug);
  const table = document.getElementById('my-submissions');
  const message = document.getElementById('mine-message');
  const selectionNote = document.getElementById('selection-note');
  const limit = competition.finalSelections;
  let loaded = false;
  let submissions = [];

  function say(kind, text) {
    message.className = 'message ' + kind;
    message.textContent = text;
  }

  function updateNote() {
    const chosen = submissions.filter((s) => s.selected).length;
    if (competition.closed) {
      selectionNote.textContent = 'Selections are final: ' + chosen + ' of ' + limit + ' counted.';
    } else {
      selectionNote.textContent = chosen + ' of ' + limit + ' selected. '
        + (chosen === 0 ? 'With none selected, your best ' + limit + ' public scores count at close.' : '');
    }
  }

  function checkbox(submission) {
    const box = h('input', {
      type: 'checkbox',
      class: 'select',
      'data-id': submission.id,
      'aria-label': 'Select submission ' + submission.id + ' for the final leaderboard',
      disabled: competition.closed,
    });
    box.checked = Boolean(submission.selected);
    box.addEventListener('change', async () => {
      const wanted = box.checked;
      box.disabled = true;
      try {
        const updated = await request(api + '/submissions/' + encodeURIComponent(submission.id) + '/selected',
          { method: 'PUT', token: currentToken(), json: wanted });
        submission.selected = Boolean(updated && updated.selected !== undefined ? updated.selected : wanted);
        box.checked = submission.selected;
        say('', '');
      } catch (e) {
        box.checked = !wanted;
        say('error', e.status === 409
          ? 'At most ' + limit + ' submissions can be selected. Unselect one first. (' + e.message + ')'
          : 'Could not change the selection: ' + e.message);
      } finally {
        box.disabled = competition.closed;
        updateNote();
      }
    });
    return box;
  }

  function render() {
    const columns = ['Final', 'ID', 'Submitted', 'Description', 'Public'];
    if (competition.closed) columns.push('Private');
    fill(table.tHead, h('tr', {}, ...columns.map((text, i) =>
      h('th', { scope: 'col', class: i === 1 || i >= 4 ? 'num' : null, text }))));
    if (!submissions.length) {
      fill(table.tBodies[0], h('tr', { class: 'empty' }, h('td', { colspan: columns.length, text: 'No submissions yet.' })));
    } else {
      fill(table.tBodies[0], ...submissions.map((s) => h('tr', { 'data-id': s.id, class: s.baseline ? 'baseline' : null },
        h('td', {}, checkbox(s)),
        h('td', { class: 'num', text: s.id }),
        h('td', { text: utc(s.submittedAt) }),
        h('td', { class: 'wrap description' }, s.description || '',
          s.baseline ? h('span', { class: 'badge baseline', text: 'baseline' }) : null),
        h('td', { class: 'num public-score', text: score(s.publicScore) }),
        competition.closed ? h('td', { class: 'num private-score', text: score(s.privateScore) }) : null)));
    }
    table.hidden = false;
    updateNote();
  }

  async function load() {
    const token = currentToken();
    if (!token) {
      say('error', 'Enter your token in the submit form first.');
      document.getElementById('token').focus();
      return;
    }
    table.dataset.state = 'loading';
    try {
      submissions = await request(api + '/submissions', { token });
      loaded = true;
      say('', '');
      render();
      table.dataset.state = 'loaded';
    } catch (e) {
      table.dataset.state = 'error';
      say('error', e instanceof ApiError && (e.status === 401 || e.status === 403)
        ? 'The token was not recognised.' : 'Could not load your submissions: ' + e.message);
    }
  }

  document.getElementById('load-mine').addEventListener('click', load);
  return { refresh: () => (loaded ? load() : Promise.resolve()) };
}

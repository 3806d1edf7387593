// The submit form: uploads a CSV and shows the public score, the problems (422) or why it was refused.
import { competitionApi, request } from './api.js';
import { fill, h, score } from './dom.js';
import { currentToken } from './token.js';

const STATUS_TEXT = {
  401: 'The token was not recognised. Check that you copied all of it.',
  403: 'This token may not submit here.',
  409: 'The competition is closed; it no longer takes submissions.',
  413: 'The file is larger than the server accepts.',
  429: 'Daily submission limit reached.',
};

/** Wires the form; `onScored(submission)` runs after a successful submission. */
export function setupSubmit(competition, onScored) {
  const form = document.getElementById('submit-form');
  const result = document.getElementById('submit-result');
  const button = document.getElementById('submit-button');
  if (competition.closed) {
    form.querySelectorAll('input[type=file], #submission-description, button')
      .forEach((el) => { el.disabled = true; });
    document.getElementById('submit-closed').hidden = false;
  }

  function say(kind, ...children) {
    result.className = 'message ' + kind;
    fill(result, ...children);
    result.dataset.kind = kind;
  }

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const token = currentToken();
    const file = document.getElementById('submission-file').files[0];
    if (!token) return say('error', 'Enter your token first.');
    if (!file) return say('error', 'Choose a CSV file to submit.');
    const body = new FormData();
    body.append('file', file, file.name);
    const description = document.getElementById('submission-description').value.trim();
    if (description) body.append('description', description);
    const strategy = document.getElementById('submission-strategy').value.trim();
    if (strategy) body.append('strategy', strategy);
    button.disabled = true;
    say('', 'Scoring ', file.name, '…');
    try {
      const submission = await request(competitionApi(competition.slug) + '/submissions',
        { method: 'POST', token, body });
      say('ok',
        h('div', {}, 'Scored submission #', String(submission.id), submission.description ? ' (' + submission.description + ')' : '', ':'),
        h('div', { class: 'big', id: 'submit-score', text: score(submission.publicScore) }),
        h('div', { class: 'hint', text: 'public ' + competition.metric + '; the private score stays hidden until the competition closes.' }));
      onScored(submission);
    } catch (e) {
      if (e.status === 422) {
        say('error', h('strong', { text: e.message || 'The file was refused.' }),
          e.problems.length ? h('ul', { id: 'submit-problems' }, ...e.problems.map((p) => h('li', { text: p }))) : null,
          h('div', { class: 'hint', text: 'Not counted against your daily limit.' }));
      } else if (e.status === 429) {
        say('warn', h('strong', { text: STATUS_TEXT[429] }), ' ', e.message, ' ',
          h('span', { class: 'hint', text: 'The limit resets at midnight UTC.' }));
      } else {
        say('error', STATUS_TEXT[e.status] || 'The submission failed.', e.message ? ' (' + e.message + ')' : '');
      }
    } finally {
      button.disabled = competition.closed;
    }
  });
}

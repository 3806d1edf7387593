// Small DOM and formatting helpers. Every piece of data reaches the page as a text node, never as HTML.

/**
 * Creates an element. `attrs` keys: "class", "text", "on<event>" (listener), anything else via setAttribute
 * (false/null/undefined skip the attribute). Children are nodes or strings (appended as text).
 */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = String(value);
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces the children of `node` by `children`. */
export function fill(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** A score with a fixed number of decimals (5 by default), or an em dash when absent. */
export function score(value, decimals = 5) {
  return typeof value === 'number' && Number.isFinite(value) ? value.toFixed(decimals) : '—';
}

/** A signed number ("+0.0291", "−0.0040"), or an em dash when absent. */
export function signed(value, decimals = 4) {
  if (typeof value !== 'number' || !Number.isFinite(value)) return '—';
  const text = Math.abs(value).toFixed(decimals);
  if (Number(text) === 0) return '±' + text;
  return (value > 0 ? '+' : '−') + text;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', {
  year: 'numeric', month: 'short', day: '2-digit', hour: '2-digit', minute: '2-digit', timeZone: 'UTC',
});

/** An ISO instant as "31 Dec 2026, 23:59 UTC". */
export function utc(iso) {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? String(iso) : dateFormat.format(date) + ' UTC';
}

/** "in 3 days", "in 5 hours", "2 days ago" relative to now. */
export function relative(iso, now = Date.now()) {
  const ms = new Date(iso).getTime() - now;
  if (Number.isNaN(ms)) return '';
  const units = [['day', 86400000], ['hour', 3600000], ['minute', 60000]];
  const format = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  for (const [unit, size] of units) {
    if (Math.abs(ms) >= size) return format.format(Math.trunc(ms / size), unit);
  }
  return format.format(Math.round(ms / 1000), 'second');
}

/** A byte count as "12.3 kB". */
export function bytes(count) {
  if (typeof count !== 'number') return '';
  const units = ['B', 'kB', 'MB', 'GB'];
  let value = count;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return (unit === 0 ? String(value) : value.toFixed(1)) + ' ' + units[unit];
}

/** A table wrapped for horizontal scrolling on narrow screens. */
export function scrollable(table) {
  return h('div', { class: 'table-scroll' }, table);
}

// The participant's bearer token: typed into the form, remembered for this browser tab only.
const KEY = 'pseudolab.token';

/** The token from the form (trimmed), remembered in sessionStorage when present. */
export function currentToken() {
  const input = document.getElementById('token');
  const token = input.value.trim();
  if (token) {
    try {
      sessionStorage.setItem(KEY, token);
    } catch {
      // storage may be disabled; the form still works
    }
  }
  return token;
}

/** Puts a remembered token back into the form. */
export function restoreToken() {
  try {
    const token = sessionStorage.getItem(KEY);
    if (token) document.getElementById('token').value = token;
  } catch {
    // storage may be disabled
  }
}

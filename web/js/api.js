// The JSON API client: one place that turns HTTP answers into values or ApiError.

/** An error answer of the API: HTTP status, its message and the list of problems (422). */
export class ApiError extends Error {
  constructor(status, message, problems = []) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.problems = problems;
  }
}

/** Requests `path` and returns the parsed JSON; non-2xx answers throw ApiError. */
export async function request(path, { method = 'GET', token, body, json } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = 'Bearer ' + token;
  let payload = body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = JSON.stringify(json);
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: payload });
  } catch (e) {
    throw new ApiError(0, 'The server could not be reached (' + e.message + ').');
  }
  const text = await response.text();
  let data = null;
  if (text) {
    try {
      data = JSON.parse(text);
    } catch {
      data = null;
    }
  }
  if (!response.ok) {
    const message = (data && data.error) || text || response.statusText || 'HTTP ' + response.status;
    const problems = (data && Array.isArray(data.problems)) ? data.problems : [];
    throw new ApiError(response.status, message, problems);
  }
  return data;
}

/** The path prefix of one competition's API. */
export function competitionApi(slug) {
  return '/api/competitions/' + encodeURIComponent(slug);
}

// Kutip's API as the page calls it: the key typed into the form, JSON in, one shape back.

/** Headers for a JSON call, with the API key when one is given. */
export function authHeaders(key) {
  const headers = { "Content-Type": "application/json" };
  if (key) headers.Authorization = `Bearer ${key}`;
  return headers;
}

/**
 * One call: { ok, status, data (the parsed JSON body, or null), text, retryAfter }; status 0
 * when the service cannot be reached at all, so callers handle one shape.
 */
export async function request(method, path, headers, body) {
  let resp;
  try {
    resp = await fetch(path, { method, headers,
      ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  } catch {
    return { ok: false, status: 0, data: null, text: "", retryAfter: null };
  }
  const text = await resp.text();
  let data;
  try { data = JSON.parse(text); } catch { data = null; }
  return { ok: resp.ok, status: resp.status, data, text,
           retryAfter: resp.headers.get("Retry-After") };
}

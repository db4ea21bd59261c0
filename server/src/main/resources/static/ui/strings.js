// Every UI string in one catalogue, so the app can be translated: a new language is another object with the same keys.
// Use t('key') or t('key', {name: 'Ana'}) — "{name}" in a string is replaced by the parameter of that name.
// A key missing in the active language falls back to English, and a key missing everywhere shows itself, so a forgotten
// string is visible in a screenshot rather than blank.

const en = {
  // --- common ---
  'common.close': 'Close',
  'common.cancel': 'Cancel',
  'common.retry': 'Try again',

  // --- call screen: controls, layout, tiles, panels (callbar) ---

  // --- green room and devices (greenroom) ---

  // --- pages: meetings, join flow, not found, account (pages) ---

  // --- connection, reconnecting (resume, dtls) ---
  'connection.participantReconnecting': 'Reconnecting…',
  'connection.participantReconnectingLabel': '{name} (reconnecting)',
};

const catalogues = { en };
let active = en;

/** Chooses the language (e.g. from navigator.language); unknown languages keep English. */
export function useLanguage(tag) {
  active = catalogues[String(tag || '').toLowerCase().split('-')[0]] ?? en;
}

/** The text for key in the active language, with {param} placeholders filled in. */
export function t(key, params = {}) {
  const text = active[key] ?? en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

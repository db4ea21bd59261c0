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
  'greenroom.ready': 'Ready to join?',
  'greenroom.join': 'Join now',
  'greenroom.joinAs': 'You will join as',
  'greenroom.roomTitle': 'Room “{id}”',
  'greenroom.receiveOnly': 'You can still join: you will see and hear the others, and they will not see or hear you.',
  'greenroom.level': 'Microphone level',
  'greenroom.settings': 'Audio and video settings',
  'greenroom.dialog.title': 'Audio and video',
  'greenroom.dialog.level': 'Mic level',
  'greenroom.dialog.muted': 'You are muted: the others do not hear you. The level shows what your microphone picks up.',
  'greenroom.device.microphone': 'microphone',
  'greenroom.device.camera': 'camera',
  'greenroom.device.both': 'camera and microphone',
  'greenroom.picker.camera': 'Camera',
  'greenroom.picker.microphone': 'Microphone',
  'greenroom.picker.speaker': 'Speaker',
  'greenroom.unnamed.audioinput': 'Microphone {n}',
  'greenroom.unnamed.videoinput': 'Camera {n}',
  'greenroom.unnamed.audiooutput': 'Speaker {n}',
  'greenroom.button.audio.turnOff': 'Turn off microphone',
  'greenroom.button.audio.turnOn': 'Turn on microphone',
  'greenroom.button.video.turnOff': 'Turn off camera',
  'greenroom.button.video.turnOn': 'Turn on camera',
  'greenroom.button.audio.denied': 'Microphone blocked: how to fix',
  'greenroom.button.audio.missing': 'No microphone: how to fix',
  'greenroom.button.video.denied': 'Camera blocked: how to fix',
  'greenroom.button.video.missing': 'No camera: how to fix',
  'greenroom.button.audio.unavailable': 'Microphone unavailable: how to fix',
  'greenroom.button.video.unavailable': 'Camera unavailable: how to fix',
  'greenroom.problem.denied.title': 'The browser blocked your {device}',
  'greenroom.problem.denied.fix': 'Allow the {device} in your browser\'s address bar (the icon left of the address), then try again.',
  'greenroom.problem.missing.title': 'No {device} found',
  'greenroom.problem.missing.fix': 'Plug in a {device} or turn it on, then try again.',
  'greenroom.problem.busy.title': 'Your {device} is in use',
  'greenroom.problem.busy.fix': 'Another application or tab is using it. Close that one, then try again.',
  'greenroom.problem.failed.title': 'Your {device} could not be started',
  'greenroom.problem.failed.fix': 'Check that it works in another application, then try again.',
  'greenroom.problem.insecure.title': 'This page cannot use your {device}',
  'greenroom.problem.insecure.fix': 'Browsers allow cameras and microphones only on https addresses. Ask the administrator for the https link.',

  // --- pages: meetings, join flow, not found, account (pages) ---

  // --- connection, reconnecting (resume, dtls) ---
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

// Camera, microphone and speaker: which ones exist, which one the person chose last time (localStorage), and why a device
// could not be opened, in words. No DOM here beyond the Media Capture API; local-media.js owns the live tracks.

import { t } from '../strings.js';

const STORE_KEY = 'parley.devices';

/** The kinds of enumerateDevices(); "audio" and "video" are the track kinds they feed. */
export const INPUT_KIND = { audio: 'audioinput', video: 'videoinput' };

/** True where the page may choose where audio plays (HTMLMediaElement.setSinkId: Chromium, Firefox 116+; not Safari). */
export const canChooseSpeaker = typeof HTMLMediaElement !== 'undefined' && 'setSinkId' in HTMLMediaElement.prototype;

/** The device ids chosen last time: {audioinput, videoinput, audiooutput}, each a string or undefined. */
export function rememberedDevices(storage = globalThis.localStorage) {
  try {
    const saved = JSON.parse(storage?.getItem(STORE_KEY) || '{}');
    return saved && typeof saved === 'object' ? saved : {};
  } catch {
    return {};
  }
}

/** Remembers a choice for the next call (and the next page load). A blocked localStorage only loses the memory. */
export function rememberDevice(kind, deviceId, storage = globalThis.localStorage) {
  try {
    storage?.setItem(STORE_KEY, JSON.stringify({ ...rememberedDevices(storage), [kind]: deviceId }));
  } catch {
    // Private mode or storage full: the choice still applies to this call.
  }
}

/**
 * The devices by kind, each {deviceId, label}. Browsers give labels only after a permission was granted; before that the
 * list is shown with numbered names ("Camera 1") so the picker is never a list of blanks.
 * @returns {Promise<{audioinput: object[], videoinput: object[], audiooutput: object[]}>}
 */
export async function listDevices(mediaDevices = globalThis.navigator?.mediaDevices) {
  const lists = { audioinput: [], videoinput: [], audiooutput: [] };
  const all = (await mediaDevices?.enumerateDevices?.()) || [];
  for (const device of all) {
    const list = lists[device.kind];
    // Without permission Chromium lists one entry per kind with an empty id: nothing to choose between yet.
    if (!list || !device.deviceId) continue;
    list.push({ deviceId: device.deviceId, label: device.label || t(`greenroom.unnamed.${device.kind}`, { n: list.length + 1 }) });
  }
  return lists;
}

/**
 * Why getUserMedia failed, as one of: "denied" (the person or the browser's site settings refused), "missing" (no such
 * device, or the chosen one was unplugged), "busy" (another application holds it: NotReadableError), "failed" (anything else).
 */
export function deviceProblem(error) {
  switch (error?.name) {
    case 'NotAllowedError':
    case 'SecurityError':
    case 'PermissionDeniedError':
      return 'denied';
    case 'NotFoundError':
    case 'OverconstrainedError':
    case 'DevicesNotFoundError':
      return 'missing';
    case 'NotReadableError':
    case 'TrackStartError':
    case 'AbortError':
      return 'busy';
    default:
      return 'failed';
  }
}

/**
 * The problem in words for a kind ("audio", "video", or "both" when camera and microphone fail alike): {title, fix}. The fix says what to do, then "Try again".
 * getUserMedia needs a secure page: on plain http (not localhost) the browser refuses before asking anybody.
 */
export function problemText(kind, problem, { secure = globalThis.isSecureContext !== false } = {}) {
  const device = t({ audio: 'greenroom.device.microphone', video: 'greenroom.device.camera' }[kind] || 'greenroom.device.both');
  if (problem === 'denied' && !secure) {
    return { title: t('greenroom.problem.insecure.title', { device }), fix: t('greenroom.problem.insecure.fix') };
  }
  return {
    title: t(`greenroom.problem.${problem}.title`, { device }),
    fix: t(`greenroom.problem.${problem}.fix`, { device }),
  };
}

/** getUserMedia constraints for one kind: the base ones plus a device (ideal: falls back to another; exact: that one or fail). */
export function constraintsFor(base, deviceId, { exact = false } = {}) {
  const constraints = base === true || !base ? {} : { ...base };
  if (deviceId) constraints.deviceId = exact ? { exact: deviceId } : { ideal: deviceId };
  return Object.keys(constraints).length ? constraints : true;
}

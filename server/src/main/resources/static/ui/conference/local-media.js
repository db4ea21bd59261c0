// The person's own microphone, camera and speaker for one call, from the green room to the end: opens the devices chosen
// last time, knows why one is missing (denied, none, in use), switches devices in the call through the peer session
// (replaceTrack: no renegotiation) and plays remote audio on the chosen speaker. The session holds the on/off choices
// (microphoneEnabled, cameraEnabled), so a mute by the host and a mute by the person are one state.
//
// Events (on('change', fn)): after any change of tracks, problems, choices or on/off.

import { VIDEO_CONSTRAINTS } from '../../protocol/peer-session.js';
import { INPUT_KIND, canChooseSpeaker, constraintsFor, deviceProblem, listDevices, rememberDevice,
  rememberedDevices } from './devices.js';

/** Microphone processing the browser does well; named so a change is deliberate. */
const AUDIO_CONSTRAINTS = { echoCancellation: true, noiseSuppression: true, autoGainControl: true };
const BASE = { audio: AUDIO_CONSTRAINTS, video: VIDEO_CONSTRAINTS };
const PERMISSION_NAME = { audio: 'microphone', video: 'camera' };

export class LocalMedia {
  /**
   * @param {object} options
   * @param {import('../../protocol/peer-session.js').PeerSession} options.session
   * @param {MediaDevices} [options.mediaDevices]
   * @param {Storage} [options.storage] where choices are remembered.
   */
  constructor({ session, mediaDevices = navigator.mediaDevices, storage = globalThis.localStorage }) {
    this.session = session;
    this.mediaDevices = mediaDevices;
    this.storage = storage;
    /** Why a kind has no track: null, "denied", "missing", "busy", "failed". */
    this.problems = { audio: null, video: null };
    this.devices = { audioinput: [], videoinput: [], audiooutput: [] };
    this.speakerId = rememberedDevices(storage).audiooutput || '';
    this.listeners = new Set();
    this.stopped = false;
    this.onDeviceChange = () => this.refreshDevices();
    mediaDevices?.addEventListener?.('devicechange', this.onDeviceChange);
  }

  on(type, fn) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  /** Opens the microphone, then the camera (one at a time: a refusal of one must not cost the other). */
  async open() {
    for (const kind of ['audio', 'video']) await this.openRemembered(kind);
    await this.refreshDevices();
    this.watchPermissions();
  }

  /** Asks again for a kind that failed (after the person allowed it in the address bar, or plugged a device in). */
  async retry(kind) {
    const ok = await this.openRemembered(kind);
    await this.refreshDevices();
    return ok;
  }

  /**
   * The device chosen last time, else the default one. "exact" then a second ask, because Chromium does not honour an
   * "ideal" deviceId (it opens the default device), and the remembered one may be unplugged since.
   */
  async openRemembered(kind) {
    const remembered = rememberedDevices(this.storage)[INPUT_KIND[kind]];
    if (remembered && await this.acquire(kind, remembered, { exact: true })) return true;
    if (remembered && this.problems[kind] !== 'missing') return false;
    return this.acquire(kind, undefined, { exact: false });
  }

  /** Switches a kind to a device the person chose, and remembers it. On failure the current track stays. */
  async useDevice(kind, deviceId) {
    if (deviceId === this.deviceId(kind)) return true;
    const ok = await this.acquire(kind, deviceId, { exact: true, keepOnFailure: true });
    if (ok) rememberDevice(INPUT_KIND[kind], deviceId, this.storage);
    return ok;
  }

  /** Plays every remote audio element under root on the chosen speaker, and remembers it. */
  async useSpeaker(deviceId, root) {
    this.speakerId = deviceId;
    rememberDevice('audiooutput', deviceId, this.storage);
    await this.applySpeaker(root);
    this.emit();
  }

  /** setSinkId on each audio element not yet on the chosen speaker (new tiles get it on their first track). */
  async applySpeaker(root) {
    if (!canChooseSpeaker || !root) return;
    for (const audio of root.querySelectorAll('audio')) {
      if (audio.sinkId === this.speakerId) continue;
      try {
        await audio.setSinkId(this.speakerId);
      } catch (error) {
        console.warn('Could not play on the chosen speaker', error);
      }
    }
  }

  track(kind) {
    const track = this.session.localStream?.getTracks().find((each) => each.kind === kind);
    return track && track.readyState === 'live' ? track : null;
  }

  /** The device a kind's track comes from (what the picker shows as chosen). */
  deviceId(kind) {
    return this.track(kind)?.getSettings().deviceId || '';
  }

  /** The person's choice for a kind: on (unmuted / camera on) or off. Independent of whether a device works. */
  enabled(kind) {
    return kind === 'audio' ? this.session.microphoneEnabled : this.session.cameraEnabled;
  }

  async setEnabled(kind, on) {
    if (kind === 'audio') await this.session.setMicrophoneEnabled(on);
    else await this.session.setCameraEnabled(on);
    this.emit();
  }

  /** The state a button shows: "on", "off", or the problem ("denied", "missing", "busy", "failed"). */
  state(kind) {
    if (!this.track(kind)) return this.problems[kind] || 'missing';
    return this.enabled(kind) ? 'on' : 'off';
  }

  async refreshDevices() {
    try {
      this.devices = await listDevices(this.mediaDevices);
    } catch (error) {
      console.warn('Could not list devices', error);
    }
    this.emit();
  }

  /** Releases the devices' listeners; the session stops the tracks when it leaves. */
  stop() {
    this.stopped = true;
    this.mediaDevices?.removeEventListener?.('devicechange', this.onDeviceChange);
    this.permissionWatchers?.forEach((status) => { status.onchange = null; });
    this.listeners.clear();
  }

  async acquire(kind, deviceId, { exact, keepOnFailure = false }) {
    try {
      const stream = await this.mediaDevices.getUserMedia({ [kind]: constraintsFor(BASE[kind], deviceId, { exact }) });
      const track = stream.getTracks()[0];
      if (this.stopped) {
        track.stop();
        return false;
      }
      // An unplugged device ends its track: say so instead of freezing the last frame.
      track.addEventListener('ended', () => {
        if (this.track(kind) === null && this.session.localStream?.getTracks().includes(track)) {
          this.problems[kind] = 'missing';
          this.emit();
        }
      });
      await this.session.setLocalTrack(track);
      this.problems[kind] = null;
      return true;
    } catch (error) {
      console.warn(`Could not open the ${kind} device`, error);
      if (!keepOnFailure || !this.track(kind)) this.problems[kind] = deviceProblem(error);
      this.lastError = { kind, problem: deviceProblem(error) };
      return false;
    } finally {
      this.emit();
    }
  }

  /** When the person allows a blocked device in the browser's site settings, use it without waiting for "Try again". */
  async watchPermissions() {
    if (!navigator.permissions?.query || this.permissionWatchers) return;
    this.permissionWatchers = [];
    for (const kind of ['audio', 'video']) {
      try {
        const status = await navigator.permissions.query({ name: PERMISSION_NAME[kind] });
        status.onchange = () => {
          if (status.state === 'granted' && this.problems[kind] === 'denied') this.retry(kind);
        };
        this.permissionWatchers.push(status);
      } catch {
        // Firefox has no "camera" permission name: "Try again" still works.
      }
    }
  }

  emit() {
    for (const fn of this.listeners) {
      try {
        fn();
      } catch (error) {
        console.error('local media listener failed', error);
      }
    }
  }
}

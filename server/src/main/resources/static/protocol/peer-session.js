// A participant's media session (docs/decisions/0002-media-plane.md, docs/protocol.md). UI-free: no DOM.
// Two RTCPeerConnections: "send" (we offer our microphone/camera, the server answers) and "recv" (the server offers one
// m-section per track we receive, we answer). The server's subscribe_offer names, per mid, whose track it carries, so each
// ontrack maps to a participant (the msid stream id is the participant id as well).
//
// Events (on(type, fn)):
//   state {state: 'connecting'|'connected'|'reconnecting'|'failed'|'left', reason}
//   joined {participantId, participants}          participant-joined {participant}      participant-left {participantId}
//   track {participantId, producerId, source, kind, track}                               track-ended {participantId, producerId}
//   producer-state {participantId, producerId, source, paused}                           reset {} (before a rejoin)
//   track-unsupported {participantId, producerId, source, kind, codec}   a track in a codec we cannot decode (not sent)
//   screen-stopped {reason}   our own screen share ended (Stop, the browser's "Stop sharing", the host, a rejoin)
//   participant-reconnecting {participantId}   participant-reconnected {participantId}   (their seat waits for them)
//   local-media {microphone, camera}   what a resumed seat had muted (a reload restores it before publishing)
//
// Reconnection keeps the seat (docs/protocol.md "Reconnecting"): the join asks for a resumable seat and keeps its resume
// token in sessionStorage (it survives a reload of this tab, not a new tab). A failed media connection first restarts ICE
// on the same connection; a lost socket resumes the seat with the connections kept; a reload resumes it with new
// connections; only when the seat is gone does the client join afresh.

import { t } from '../ui/strings.js';
import { receiveCodecs } from './codecs.js';
import { SeatStore } from './seat-store.js';

/** Camera capture: small enough for 10 people on a laptop; the SFU forwards what we send. */
export const VIDEO_CONSTRAINTS = { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 24 } };
/** A connection that stays "disconnected" this long is treated as failed (ICE consent lapses after ~30 s anyway). */
const DISCONNECTED_GRACE_MS = 8_000;
/** How long an ICE restart may take to reconnect before the seat's media is renewed instead (Chromium needs ~1–2 s). */
const ICE_RESTART_WAIT_MS = 6_000;

/**
 * 'relay' when this browser should send all media through the TURN server (localStorage 'parley.iceTransportPolicy' set to
 * 'relay': how an operator checks a TURN deployment from one browser, docs/deploy/turn.md); otherwise 'all'.
 */
function storedIceTransportPolicy() {
  try {
    return globalThis.localStorage?.getItem('parley.iceTransportPolicy') === 'relay' ? 'relay' : 'all';
  } catch {
    return 'all'; // storage blocked (privacy settings): the default
  }
}

export class PeerSession {
  /**
   * @param {object} options
   * @param {import('./signaling.js').SignalingClient} options.signaling a connected client.
   * @param {string} options.conferenceId
   * @param {typeof RTCPeerConnection} [options.RTCPeerConnection] injectable for tests.
   * @param {{getUserMedia: Function}} [options.mediaDevices] injectable for tests.
   * @param {() => Promise<object>} [options.joinFields] extra fields for each join message (a meeting's join_token).
   * @param {'all'|'relay'} [options.iceTransportPolicy] 'relay' sends everything through the TURN server.
   * @param {Storage} [options.seatStore] keeps the seat's resume token across a reload (sessionStorage).
   */
  constructor({ signaling, conferenceId, RTCPeerConnection: Pc = globalThis.RTCPeerConnection,
    mediaDevices = globalThis.navigator?.mediaDevices, joinFields = null, iceTransportPolicy = storedIceTransportPolicy(),
    seatStore = globalThis.sessionStorage }) {
    this.iceTransportPolicy = iceTransportPolicy;
    this.seat = new SeatStore(seatStore, conferenceId);
    this.signaling = signaling;
    this.joinFields = joinFields;
    this.conferenceId = conferenceId;
    this.Pc = Pc;
    this.mediaDevices = mediaDevices;
    this.listeners = new Map();
    this.localStream = null;
    this.microphoneEnabled = true;
    this.cameraEnabled = true;
    this.state = 'connecting';
    this.left = false;
    this.unsubscribe = [];
    this.resetConnections();
  }

  on(type, fn) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type).add(fn);
    return () => this.listeners.get(type).delete(fn);
  }

  /** Asks for the microphone and camera (either may be refused: we then join without it). */
  async openDevices({ audio = true, video = true } = {}) {
    const stream = new MediaStream();
    for (const [kind, constraints] of [['audio', audio], ['video', video && VIDEO_CONSTRAINTS]]) {
      if (!constraints) continue;
      try {
        const got = await this.mediaDevices.getUserMedia({ [kind]: constraints });
        got.getTracks().forEach((track) => stream.addTrack(track));
      } catch (error) {
        console.warn(`No ${kind} device`, error);
      }
    }
    this.localStream = stream;
    return stream;
  }

  /**
   * Puts a microphone or camera track in place of the one of its kind (another device, or one allowed after a refusal) and
   * stops the old one. While joined: RTCRtpSender.replaceTrack on its sender (no renegotiation, no rejoin); a kind not sent
   * yet is published (one renegotiation). The track keeps the on/off choice (mute, camera off) of its kind.
   */
  async setLocalTrack(track) {
    this.localStream ??= new MediaStream();
    const old = this.localStream.getTracks().find((each) => each.kind === track.kind);
    if (old && old !== track) this.localStream.removeTrack(old);
    this.localStream.addTrack(track);
    const enabled = track.kind === 'audio' ? this.microphoneEnabled : this.cameraEnabled;
    track.enabled = enabled;
    const sender = this.senders.get(track.kind);
    try {
      if (sender) {
        sender.track = track;
        if (enabled) await sender.transceiver.sender.replaceTrack(track);
      } else if (this.sendPc) {
        await this.queue(() => this.publish());
      }
    } finally {
      // Only now: the sender must never be left holding an ended track.
      if (old && old !== track) old.stop();
    }
  }

  /** Joins the conference and publishes the local tracks; resolves with the join reply. */
  async join() {
    this.unsubscribe.push(
      this.signaling.on('participant_joined', (m) => this.emit('participant-joined', { participant: m.participant })),
      this.signaling.on('participant_left', (m) => this.emit('participant-left', { participantId: m.participant_id })),
      this.signaling.on('producer_removed', (m) => this.emit('track-ended',
        { participantId: m.participant_id, producerId: m.producer_id })),
      this.signaling.on('producer_paused', (m) => this.emitProducerState(m, true)),
      this.signaling.on('producer_resumed', (m) => this.emitProducerState(m, false)),
      this.signaling.on('screen_share_stopped', (m) => this.stopScreen(m.reason)),
      this.signaling.on('track_unsupported', (m) => this.emit('track-unsupported', { participantId: m.participant_id,
        producerId: m.producer_id, source: m.source, kind: m.kind, codec: m.codec })),
      this.signaling.on('subscribe_offer', (m) => this.queue(() => this.answerOffer(m))),
      this.signaling.on('transport_state', (m) => {
        // A transport the server gave up on is final there: no ICE restart revives it, the seat's media is renewed.
        if (m.state === 'failed') {
          this.recover(`The ${m.connection} connection failed on the server: ${m.reason}`, { restartIce: false });
        }
      }),
      this.signaling.on('reconnecting', ({ restarting }) => this.setState('reconnecting', restarting
        ? t('proto.session.restarting') : t('proto.signaling.lost'))),
      this.signaling.on('participant_reconnecting', (m) => this.emit('participant-reconnecting',
        { participantId: m.participant_id })),
      this.signaling.on('participant_reconnected', (m) => this.emit('participant-reconnected',
        { participantId: m.participant_id })),
      this.signaling.on('reconnected', () => this.resume()),
      this.signaling.on('closed', (m) => this.setState('failed', m.reason || t('proto.session.refused'))),
    );
    return this.startMedia();
  }

  async startMedia() {
    this.setState(this.everJoined ? 'reconnecting' : 'connecting');
    const joined = await this.takeSeat();
    this.participantId = joined.participant_id;
    this.restoreMuted(joined.paused_sources || []);
    this.everJoined = true;
    const config = { iceServers: joined.ice_servers || [], iceTransportPolicy: this.iceTransportPolicy,
      bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' };
    this.sendPc = new this.Pc(config);
    this.recvPc = new this.Pc(config);
    this.watch(this.sendPc, 'send');
    this.watch(this.recvPc, 'recv');
    this.recvPc.ontrack = (event) => this.onTrack(event);
    this.emit('joined', { participantId: joined.participant_id, participants: joined.participants });
    await this.queue(() => this.publish());
    // Nothing to send (no camera or microphone): there is no send connection to wait for.
    if (this.senders.size === 0) this.setState('connected');
    return joined;
  }

  /**
   * The join: our kept seat with new connections when we have its token (a reload, or connections that could not be
   * restarted), else a new resumable seat.
   */
  async takeSeat() {
    const token = this.seat.token();
    if (token) {
      try {
        return this.seat.keep(await this.signaling.request('join',
          { conference_id: this.conferenceId, resume_token: token, keep_media: false, receive_codecs: receiveCodecs() }));
      } catch (error) {
        if (error.code !== 'resume_failed') throw error;
        this.seat.forget();
      }
    }
    const extra = this.joinFields ? await this.joinFields() : {};
    return this.seat.keep(await this.signaling.request('join',
      { conference_id: this.conferenceId, resumable: true, receive_codecs: receiveCodecs(), ...extra }));
  }

  /** A new socket after a lost one: take the seat back with the connections we have; join afresh when it is gone. */
  async resume() {
    if (this.left) return;
    const token = this.seat.token();
    if (token && this.sendPc) {
      try {
        this.seat.keep(await this.signaling.request('join',
          { conference_id: this.conferenceId, resume_token: token, keep_media: true, receive_codecs: receiveCodecs() }));
        const failed = [this.sendPc, this.recvPc].find((pc) => pc.connectionState === 'failed');
        if (failed) {
          this.recover(t('proto.session.mediaFailedAway'));
        } else if ([this.sendPc, this.recvPc].every((pc) => ['new', 'connected'].includes(pc.connectionState))) {
          this.setState('connected');
        }
        return;
      } catch (error) {
        if (error.code === 'resume_failed') this.seat.forget();
      }
    }
    await this.rejoin();
  }

  /** What a resumed seat had muted: the page publishes it muted again (the UI hears of it through local-media). */
  restoreMuted(pausedSources) {
    if (pausedSources.length === 0) return;
    if (pausedSources.includes('microphone')) this.microphoneEnabled = false;
    if (pausedSources.includes('camera')) this.cameraEnabled = false;
    this.emit('local-media', { microphone: this.microphoneEnabled, camera: this.cameraEnabled });
  }

  /** Publishes every local track not yet sent: one send-connection renegotiation. */
  async publish({ iceRestart = false } = {}) {
    for (const track of this.localStream?.getTracks() || []) {
      if (this.senders.has(track.kind)) continue;
      const transceiver = this.sendPc.addTransceiver(track, { direction: 'sendonly', streams: [this.localStream] });
      this.senders.set(track.kind, { transceiver, track, source: track.kind === 'audio' ? 'microphone' : 'camera' });
    }
    // A stopped screen transceiver still needs this offer to tell the server, even when nothing else is sent.
    if (this.sendPc.getTransceivers().length === 0) return;
    // A transceiver we no longer track (left by a refused, rolled-back share) must not offer to send: no source, no Producer.
    const tracked = new Set([...this.senders.values()].map((sender) => sender.transceiver));
    for (const transceiver of this.sendPc.getTransceivers()) {
      if (!tracked.has(transceiver) && !['stopped', 'inactive'].includes(transceiver.direction)) transceiver.direction = 'inactive';
    }
    const offer = await this.sendPc.createOffer({ iceRestart });
    await this.sendPc.setLocalDescription(offer);
    const sources = {};
    for (const { transceiver, source } of this.senders.values()) sources[transceiver.mid] = source;
    const reply = await this.signaling.request('publish', { sdp: this.sendPc.localDescription.sdp, sources });
    await this.sendPc.setRemoteDescription({ type: 'answer', sdp: reply.sdp });
    for (const sender of this.senders.values()) {
      const producer = reply.producers.find((p) => p.mid === sender.transceiver.mid);
      sender.producerId = producer ? producer.producer_id : null;
    }
    // A rejoin restores what the person had muted before the connection dropped.
    if (!this.microphoneEnabled) await this.applyEnabled('audio', false);
    if (!this.cameraEnabled) await this.applyEnabled('video', false);
  }

  /**
   * Sends a screen capture on the send connection as extra Producers: its video as source "screen", its audio (when the
   * browser offered tab or system audio) as "screen_audio"; one renegotiation. On the server's refusal (sharing turned off,
   * someone else presents) nothing is sent and the promise rejects with that SignalingError.
   * @param {MediaStream} stream from getDisplayMedia.
   * @param {RTCRtpEncodingParameters} videoEncoding e.g. {maxFramerate, maxBitrate} for the screen video.
   */
  startScreen(stream, videoEncoding = {}) {
    return this.queue(async () => {
      if (!this.sendPc) throw new Error(t('proto.session.joinBeforeShare'));
      for (const track of stream.getTracks()) {
        const source = track.kind === 'video' ? 'screen' : 'screen_audio';
        const transceiver = this.sendPc.addTransceiver(track, { direction: 'sendonly', streams: [stream],
          sendEncodings: track.kind === 'video' ? [videoEncoding] : undefined });
        this.senders.set(source, { transceiver, track, source });
        // The browser's own "Stop sharing" ends the track; an ended event of an earlier, refused capture must not stop this one.
        track.addEventListener('ended', () => {
          if ([...this.senders.values()].some((sender) => sender.track === track)) this.stopScreen('');
        }, { once: true });
      }
      try {
        await this.publish();
      } catch (error) {
        if (this.sendPc.signalingState === 'have-local-offer') await this.sendPc.setLocalDescription({ type: 'rollback' });
        this.dropScreen();
        throw error;
      }
    });
  }

  get sharingScreen() {
    return this.senders.has('screen') || this.senders.has('screen_audio');
  }

  /** Stops our screen share (idempotent): stops capturing, then publishes without its sections. */
  stopScreen(reason = '') {
    if (!this.sharingScreen) return Promise.resolve();
    this.dropScreen(reason);
    return this.queue(async () => {
      if (this.sendPc && this.signaling.state === 'open') await this.publish();
    });
  }

  dropScreen(reason = '') {
    const screen = ['screen', 'screen_audio'].map((source) => this.senders.get(source)).filter(Boolean);
    for (const sender of screen) {
      sender.track.stop();
      if (this.sendPc?.signalingState !== 'closed') sender.transceiver.stop();
      this.senders.delete(sender.source);
    }
    if (screen.length > 0) this.emit('screen-stopped', { reason });
  }

  /** The server's offer on the recv connection: answer it (offers are serialized by the server and by queue()). */
  async answerOffer(message) {
    if (!this.recvPc) return;
    this.tracks = message.tracks || {};
    await this.recvPc.setRemoteDescription({ type: 'offer', sdp: message.sdp });
    const answer = await this.recvPc.createAnswer();
    await this.recvPc.setLocalDescription(answer);
    await this.signaling.request('subscribe_answer', { version: message.version, sdp: this.recvPc.localDescription.sdp });
  }

  onTrack(event) {
    const mid = event.transceiver?.mid;
    const info = this.tracks[mid];
    const participantId = info ? info.participant_id : event.streams[0]?.id;
    if (!participantId) return;
    this.emit('track', {
      participantId,
      producerId: info?.producer_id,
      source: info?.source || (event.track.kind === 'audio' ? 'microphone' : 'camera'),
      kind: event.track.kind,
      track: event.track,
    });
  }

  /** Mic mute/unmute: stop sending (replaceTrack(null)) and tell the server, which tells the others. */
  async setMicrophoneEnabled(enabled) {
    this.microphoneEnabled = enabled;
    await this.applyEnabled('audio', enabled);
  }

  /** Camera off/on: stop sending video; the others show our initials. */
  async setCameraEnabled(enabled) {
    this.cameraEnabled = enabled;
    await this.applyEnabled('video', enabled);
  }

  async applyEnabled(kind, enabled) {
    const track = this.localStream?.getTracks().find((t) => t.kind === kind);
    if (track) track.enabled = enabled;
    const sender = this.senders.get(kind);
    if (!sender) return;
    await sender.transceiver.sender.replaceTrack(enabled ? sender.track : null);
    if (sender.producerId && this.signaling.state === 'open') {
      await this.signaling.request(enabled ? 'resume_producer' : 'pause_producer', { producer_id: sender.producerId });
    }
  }

  /** Leaves for good: tells the server, closes both connections, releases the camera and microphone. */
  async leave() {
    if (this.left) return;
    this.left = true;
    this.seat.forget();
    try {
      if (this.signaling.state === 'open') await this.signaling.request('leave');
    } catch {
      // Closing the socket leaves the conference too.
    }
    this.closeConnections();
    this.unsubscribe.forEach((off) => off());
    this.localStream?.getTracks().forEach((track) => track.stop());
    this.signaling.close();
    this.setState('left');
  }

  /**
   * The page goes away (a reload, a closed tab): drop the connections without leaving, so a reload within the server's
   * grace period takes the seat back; a closed tab's seat is released when the grace period ends.
   */
  suspend() {
    if (this.left) return;
    this.left = true;
    this.closeConnections();
    this.unsubscribe.forEach((off) => off());
    this.localStream?.getTracks().forEach((track) => track.stop());
    this.signaling.close();
  }

  /** Start over with new connections: in our kept seat when the server still has it, else as a new participant. */
  async rejoin() {
    if (this.left) return;
    this.closeConnections();
    this.emit('reset', {});
    try {
      await this.startMedia();
    } catch (error) {
      this.setState('failed', error.message);
    }
  }

  /**
   * A media connection failed while signaling is fine: restart ICE on the send connection (same transport, DTLS and
   * Producers); when that does not bring it back, or the recv connection failed (the server offers on it), renew the media
   * inside our seat (same participant id and state); a new participant only when the seat is gone.
   */
  async recover(reason, { restartIce = true } = {}) {
    if (this.left || this.recovering) return;
    this.recovering = true;
    this.setState('reconnecting', reason);
    try {
      if (this.signaling.state !== 'open') return; // the socket's own reconnect resumes the seat
      if (restartIce && await this.restartIce()) {
        this.updateState();
        return;
      }
      await this.rejoin();
    } finally {
      this.recovering = false;
    }
  }

  /** ICE restart of the send connection (new ICE credentials, one renegotiation); true when it connected again. */
  async restartIce() {
    const pc = this.sendPc;
    if (!pc || this.recvPc?.connectionState === 'failed' || this.senders.size === 0) return false;
    try {
      await this.queue(() => this.publish({ iceRestart: true }));
    } catch (error) {
      console.warn('ICE restart failed', error);
      return false;
    }
    return waitFor(() => pc.connectionState === 'connected', () => pc !== this.sendPc, ICE_RESTART_WAIT_MS);
  }

  watch(pc, name) {
    let graceTimer = null;
    pc.onconnectionstatechange = () => {
      if (pc !== this.sendPc && pc !== this.recvPc) return;
      clearTimeout(graceTimer);
      if (this.recovering) {
        // An ICE restart is under way: its own wait decides.
      } else if (pc.connectionState === 'failed') {
        this.recover(`The ${name} media connection failed.`);
      } else if (pc.connectionState === 'disconnected') {
        graceTimer = setTimeout(() => this.recover(`The ${name} media connection was lost.`), DISCONNECTED_GRACE_MS);
      }
      this.updateState();
    };
  }

  /** connected when every connection that negotiated is connected (the recv one only once someone publishes). */
  updateState() {
    if (this.left || this.state === 'failed') return;
    const pcs = [this.sendPc, this.recvPc].filter((pc) => pc && pc.connectionState !== 'new');
    if (pcs.length > 0 && pcs.every((pc) => pc.connectionState === 'connected')) this.setState('connected');
  }

  closeConnections() {
    if (this.senders) this.dropScreen(t('proto.session.shareAgain'));
    this.sendPc?.close();
    this.recvPc?.close();
    this.resetConnections();
  }

  resetConnections() {
    this.sendPc = null;
    this.recvPc = null;
    this.senders = new Map();
    this.tracks = {};
    this.chain = Promise.resolve();
  }

  /** Runs negotiation steps one after another: a publish and an incoming offer never interleave on one connection. */
  queue(step) {
    const run = this.chain.then(step);
    this.chain = run.catch((error) => console.warn('negotiation step failed', error));
    return run;
  }

  emitProducerState(message, paused) {
    this.emit('producer-state', {
      participantId: message.participant_id, producerId: message.producer_id, source: message.source, paused,
    });
  }

  setState(state, reason = '') {
    if (this.state === state && this.reason === reason) return;
    this.state = state;
    this.reason = reason;
    this.emit('state', { state, reason });
  }

  emit(type, detail) {
    for (const fn of this.listeners.get(type) || []) {
      try {
        fn(detail);
      } catch (error) {
        console.error(`peer session listener for ${type} failed`, error);
      }
    }
  }
}

/** Resolves true once ok() holds, false when gone() holds or after ms (polled: connection states have no promise). */
function waitFor(ok, gone, ms) {
  return new Promise((resolve) => {
    const started = Date.now();
    const timer = setInterval(() => {
      if (ok() || gone() || Date.now() - started > ms) {
        clearInterval(timer);
        resolve(ok());
      }
    }, 100);
  });
}

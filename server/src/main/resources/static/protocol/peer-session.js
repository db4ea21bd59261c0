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
//   screen-stopped {reason}   our own screen share ended (Stop, the browser's "Stop sharing", the host, a rejoin)

/** Camera capture: small enough for 10 people on a laptop; the SFU forwards what we send. */
export const VIDEO_CONSTRAINTS = { width: { ideal: 640 }, height: { ideal: 360 }, frameRate: { ideal: 24 } };
/** A connection that stays "disconnected" this long is treated as failed (ICE consent lapses after ~30 s anyway). */
const DISCONNECTED_GRACE_MS = 8_000;

export class PeerSession {
  /**
   * @param {object} options
   * @param {import('./signaling.js').SignalingClient} options.signaling a connected client.
   * @param {string} options.conferenceId
   * @param {typeof RTCPeerConnection} [options.RTCPeerConnection] injectable for tests.
   * @param {{getUserMedia: Function}} [options.mediaDevices] injectable for tests.
   * @param {() => Promise<object>} [options.joinFields] extra fields for each join message (a meeting's join_token).
   */
  constructor({ signaling, conferenceId, RTCPeerConnection: Pc = globalThis.RTCPeerConnection,
    mediaDevices = globalThis.navigator?.mediaDevices, joinFields = null }) {
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
      this.signaling.on('subscribe_offer', (m) => this.queue(() => this.answerOffer(m))),
      this.signaling.on('transport_state', (m) => {
        if (m.state === 'failed') this.recover(`The ${m.connection} connection failed on the server: ${m.reason}`);
      }),
      this.signaling.on('reconnecting', ({ restarting }) => this.setState('reconnecting', restarting
        ? 'The server is restarting.' : 'The connection to the server was lost.')),
      this.signaling.on('reconnected', () => this.rejoin()),
      this.signaling.on('closed', (m) => this.setState('failed', m.reason || 'The server refused the connection.')),
    );
    return this.startMedia();
  }

  async startMedia() {
    this.setState(this.everJoined ? 'reconnecting' : 'connecting');
    const extra = this.joinFields ? await this.joinFields() : {};
    const joined = await this.signaling.request('join', { conference_id: this.conferenceId, ...extra });
    this.participantId = joined.participant_id;
    this.everJoined = true;
    const config = { iceServers: joined.ice_servers || [], bundlePolicy: 'max-bundle', rtcpMuxPolicy: 'require' };
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

  /** Publishes every local track not yet sent: one send-connection renegotiation. */
  async publish() {
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
    const offer = await this.sendPc.createOffer();
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
      if (!this.sendPc) throw new Error('Join the call before sharing your screen.');
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

  /** A new signaling session: the server already dropped us, so start over with new connections. */
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

  /** A media connection failed while signaling is fine: leave and join again (new transports, new offers). */
  async recover(reason) {
    if (this.left || this.recovering) return;
    this.recovering = true;
    this.setState('reconnecting', reason);
    try {
      await this.signaling.request('leave').catch(() => {});
      await this.rejoin();
    } finally {
      this.recovering = false;
    }
  }

  watch(pc, name) {
    let graceTimer = null;
    pc.onconnectionstatechange = () => {
      if (pc !== this.sendPc && pc !== this.recvPc) return;
      clearTimeout(graceTimer);
      if (pc.connectionState === 'failed') {
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
    if (this.senders) this.dropScreen('The connection was renewed; share your screen again.');
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

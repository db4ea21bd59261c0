// A live microphone level: a Web Audio AnalyserNode on the microphone track (nothing is played), drawn as a bar of five
// segments, so a person sees the right microphone is picked before anyone hears them.

import { h } from '../dom.js';
import { t } from '../strings.js';

/** Redraw at most this often (ms): smooth enough to read, cheap on a loaded laptop. */
const FRAME_MS = 80;
/** RMS level (0..1 of full scale) that fills the bar: speech at arm's length is ~0.05-0.2. */
const FULL_SCALE_RMS = 0.25;
const SEGMENTS = 5;

/**
 * @param {object} [options]
 * @param {boolean} [options.evenWhenMuted] measure a copy of the track that is never muted, so a muted person can still test
 *   the microphone (the settings dialog); without it a muted microphone shows nothing, which is what the others get.
 * @returns {{el: HTMLElement, setTrack(track: MediaStreamTrack|null), stop()}} the meter; data-level is 0..100 (for tests).
 */
export function levelMeter({ evenWhenMuted = false } = {}) {
  const segments = Array.from({ length: SEGMENTS }, () => h('span', { class: 'level-seg' }));
  const el = h('div', { class: 'level-meter', role: 'meter', 'aria-label': t('greenroom.level'), 'aria-valuemin': '0',
    'aria-valuemax': '100', 'aria-valuenow': '0', dataset: { level: '0' } }, segments);
  let context = null;
  let source = null;
  let timer = null;
  let current = null;
  let copy = null;

  const draw = (level) => {
    const value = Math.round(level * 100);
    el.dataset.level = String(value);
    el.setAttribute('aria-valuenow', String(value));
    const lit = Math.ceil(level * SEGMENTS);
    segments.forEach((segment, i) => segment.classList.toggle('is-lit', i < lit));
  };

  const stopAnalysis = () => {
    clearInterval(timer);
    timer = null;
    source?.disconnect();
    source = null;
    copy?.stop();
    copy = null;
    draw(0);
  };

  /** A suspended context (no user gesture yet: autoplay policy) starts on the page's first click or key. */
  const resumeOnGesture = () => {
    const resume = () => context?.resume().catch(() => {});
    document.addEventListener('pointerdown', resume, { once: true, capture: true });
    document.addEventListener('keydown', resume, { once: true, capture: true });
  };

  return {
    el,
    setTrack(track) {
      if (track === current) return;
      current = track;
      stopAnalysis();
      if (!track || typeof AudioContext === 'undefined') return;
      if (!context) {
        context = new AudioContext();
        if (context.state === 'suspended') resumeOnGesture();
      }
      const analyser = context.createAnalyser();
      analyser.fftSize = 1024;
      if (evenWhenMuted) {
        copy = track.clone();
        copy.enabled = true;
      }
      source = context.createMediaStreamSource(new MediaStream([copy || track]));
      source.connect(analyser);
      const samples = new Float32Array(analyser.fftSize);
      timer = setInterval(() => {
        // A muted (disabled) track gives silence.
        analyser.getFloatTimeDomainData(samples);
        let sum = 0;
        for (const sample of samples) sum += sample * sample;
        draw(Math.min(1, Math.sqrt(sum / samples.length) / FULL_SCALE_RMS));
      }, FRAME_MS);
    },
    stop() {
      current = null;
      stopAnalysis();
      context?.close().catch(() => {});
      context = null;
    },
  };
}

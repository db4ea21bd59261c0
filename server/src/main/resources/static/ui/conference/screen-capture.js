// Screen capture tuned for legibility: text must stay sharp, motion matters little. So: a high resolution, a low frame rate,
// contentHint "detail" (the encoder keeps resolution and drops frames under pressure instead of blurring text), and the
// browser's tab or system audio when it offers one.

/**
 * What we ask getDisplayMedia for: the screen's own resolution (no scaling, so text pixels stay pixels) up to 1080p, at most
 * 15 fps (a camera sends 24 fps); Chromium may offer tab or system audio.
 */
export const DISPLAY_CONSTRAINTS = {
  video: { width: { max: 1920 }, height: { max: 1080 }, frameRate: { ideal: 15, max: 15 } },
  audio: true,
};

/**
 * The screen video's single encoding: at most 15 fps; 2.5 Mbit/s is enough for a sharp 1080p slide or document
 * (mostly static pixels), the same order as a 720p camera.
 */
export const SCREEN_ENCODING = { maxFramerate: 15, maxBitrate: 2_500_000 };

/**
 * Asks the browser for a screen, window or tab (the person picks; headless test Chromium returns a fake 800x450 screen).
 * @param {{getDisplayMedia: Function}} mediaDevices
 * @returns {Promise<MediaStream>} rejects when the person cancels the picker (NotAllowedError).
 */
export async function captureScreen(mediaDevices = navigator.mediaDevices) {
  const stream = await mediaDevices.getDisplayMedia(DISPLAY_CONSTRAINTS);
  for (const track of stream.getVideoTracks()) track.contentHint = 'detail';
  return stream;
}

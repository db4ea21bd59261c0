// One Parley participant in Debian's headless Firefox ESR, driven over WebDriver BiDi by puppeteer-core (Playwright cannot
// drive stock Firefox; Debian has no geckodriver). Started by the JUnit fixture FirefoxParticipant:
//
//   node participant.mjs <baseUrl> <conferenceId> <username> <password>
//
// It registers and signs in through the page (so the refresh cookie lives in Firefox), opens /c/<conferenceId>, presses
// "Join now" and waits until connected, then prints {"event":"ready"}. Then it reads one JSON command per stdin line and
// answers each with one JSON line on stdout ({"ok":true,...} or {"ok":false,"error":"..."}):
//   {"cmd":"participantId"}            → {"ok":true,"value":"p..."}
//   {"cmd":"stats"}                    → {"ok":true,"value":{"<participantId>/<kind>": {frames, samples, packets, codec}}}
//   {"cmd":"click","name":"Turn off camera"}   a button or link by its accessible name, with real (BiDi) input
//   {"cmd":"waitConnected"} | {"cmd":"waitLeft"} | {"cmd":"quit"}
// Nothing else is printed on stdout; diagnostics (the page's console) go to stderr.
import { createInterface } from 'node:readline';
import puppeteer from 'puppeteer-core';

const [baseUrl, conferenceId, username, password] = process.argv.slice(2);
const FIREFOX = process.env.PARLEY_FIREFOX || '/usr/bin/firefox-esr';
const TIMEOUT_MS = 30_000;

const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  protocolTimeout: 60_000,
  extraPrefsFirefox: {
    // Fake camera and microphone without a prompt. The test's media must stay on loopback: Firefox gathers a 127.0.0.1
    // candidate only with ice.loopback AND a (fake) media permission; either alone gives only the other interfaces'
    // addresses (measured with Firefox ESR 153), whose checks the server refuses (ice-allowed-sources is loopback only).
    'media.navigator.streams.fake': true,
    'media.navigator.permission.disabled': true,
    'media.navigator.permission.fake': true,
    'media.peerconnection.ice.loopback': true,
    // Remote audio plays without a click on the page (the fixture's clicks are real input, this is only a safety net).
    'media.autoplay.default': 0,
  },
});
const page = await browser.newPage();
page.setDefaultTimeout(TIMEOUT_MS);
page.on('console', (m) => process.stderr.write(`[${username} console.${m.type()}] ${m.text()}\n`));
page.on('pageerror', (e) => process.stderr.write(`[${username} page error] ${e}\n`));

const reply = (object) => process.stdout.write(`${JSON.stringify(object)}\n`);

async function signIn() {
  await page.goto(`${baseUrl}/`);
  const status = await page.evaluate(async (user, pass) => {
    const post = (path, body) => fetch(path, { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body), credentials: 'same-origin' });
    const registered = await post('/users/register', { username: user, email: `${user}@example.org`, password: pass });
    const login = await post('/users/login', { username: user, password: pass });
    return `${registered.status}/${login.status}`;
  }, username, password);
  if (status !== '201/200') throw new Error(`register/login answered ${status}`);
  await page.goto(`${baseUrl}/c/${encodeURIComponent(conferenceId)}`);
}

/** A button or link whose aria-label (or, without one, text) is name; clicked with real pointer input. */
async function click(name) {
  const handle = await page.waitForFunction((wanted) => [...document.querySelectorAll('button, a')].find((el) =>
    (el.getAttribute('aria-label') || el.textContent || '').trim() === wanted && !el.disabled && el.offsetParent !== null),
  {}, name);
  await handle.asElement().click();
}

async function waitState(state) {
  await page.waitForFunction((s) => document.querySelector('.conf-state')?.dataset.state === s, {}, state);
}

/** The recv connection's inbound streams by publisher: video frames decoded, audio samples received, codec. */
function stats() {
  return page.evaluate(async () => {
    const session = window.parley && window.parley.conference;
    if (!session || !session.recvPc) return {};
    const all = await session.recvPc.getStats();
    const out = {};
    all.forEach((r) => {
      const track = r.type === 'inbound-rtp' && session.tracks[r.mid];
      if (!track) return;
      const codec = r.codecId && all.get(r.codecId);
      const key = `${track.participant_id}/${r.kind}`;
      const before = out[key] || { frames: 0, samples: 0, packets: 0 };
      out[key] = { frames: before.frames + (r.framesDecoded || 0), samples: before.samples + (r.totalSamplesReceived || 0),
        packets: before.packets + (r.packetsReceived || 0), codec: codec ? codec.mimeType : '' };
    });
    return out;
  });
}

const commands = {
  participantId: () => page.evaluate(() => window.parley.conference.participantId),
  stats,
  click: ({ name }) => click(name),
  waitConnected: () => waitState('connected'),
  waitLeft: async () => {
    await page.waitForFunction(() => [...document.querySelectorAll('h1, h2')]
      .some((el) => el.textContent.trim() === 'You left the call'));
  },
  quit: async () => {
    await browser.close();
    reply({ ok: true });
    process.exit(0);
  },
};

try {
  await signIn();
  await click('Join now');
  await waitState('connected');
  reply({ event: 'ready' });
} catch (error) {
  reply({ event: 'failed', error: String(error && error.stack || error) });
  await browser.close().catch(() => {});
  process.exit(1);
}

// One command at a time, in order: the next line is read only after the previous answer.
const lines = createInterface({ input: process.stdin });
for await (const line of lines) {
  if (!line.trim()) continue;
  try {
    const command = JSON.parse(line);
    const run = commands[command.cmd];
    if (!run) throw new Error(`unknown command ${command.cmd}`);
    const value = await run(command);
    reply({ ok: true, value: value === undefined ? null : value });
  } catch (error) {
    reply({ ok: false, error: String(error && error.message || error) });
  }
}
await browser.close().catch(() => {});

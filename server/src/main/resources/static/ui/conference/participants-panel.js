// The participant list panel: everyone in the call with their microphone, camera, screen share and raised hand, plus a
// connection-quality placeholder; hosts also get the controls (mute, stop video, remove, allow unmute, lower hand, readmit).
// Pure rendering: participants-moderation.js owns the state and the requests.

import { h } from '../dom.js';

/**
 * @param {object} options
 * @param {(type: string, fields?: object) => Promise} options.send a signaling request; rejections are shown by the caller.
 * @returns {{el: HTMLElement, render(model)}}
 */
export function participantsPanel({ send }) {
  const hard = h('input', { type: 'checkbox', class: 'mod-hard' });
  const muteAll = h('button', { type: 'button', class: 'btn mod-mute-all',
    onclick: () => send('mute_all', { hard: hard.checked }) }, 'Mute all');
  const hostTools = h('div', { class: 'mod-host-tools', hidden: true }, muteAll,
    h('label', { class: 'mod-hard-label' }, hard, 'Hard mute (they cannot unmute)'));
  const list = h('ul', { class: 'mod-list', 'aria-label': 'People in the call' });
  const removed = h('ul', { class: 'mod-removed', 'aria-label': 'Removed people' });
  const el = h('aside', { class: 'mod-panel', 'aria-label': 'Participants panel', hidden: true },
    h('h2', { class: 'mod-title' }, 'People'), hostTools, list, removed);

  /**
   * @param {object} model {selfId, amHost, people: [{id, name, self, host, mic, camera, sharing, hand, hardMuted}],
   *   removed: [{id, name}]}
   */
  function render(model) {
    hostTools.hidden = !model.amHost;
    list.replaceChildren(...model.people.map((person) => row(person, model.amHost)));
    removed.replaceChildren(...(model.amHost ? model.removed : []).map((person) => h('li', { class: 'mod-row mod-row-removed' },
      h('span', { class: 'mod-name' }, `${person.name} (removed)`),
      h('button', { type: 'button', class: 'btn mod-act', onclick: () => send('readmit', { removed_id: person.id }) },
        `Readmit ${person.name}`))));
  }

  function row(person, amHost) {
    const actions = [];
    if (amHost && !person.self) {
      actions.push(action(`Mute ${person.name}`, 'Mute', () => send('mute_participant',
        { participant_id: person.id, hard: hard.checked })));
      if (person.hardMuted) {
        actions.push(action(`Allow ${person.name} to unmute`, 'Allow unmute',
          () => send('allow_unmute', { participant_id: person.id })));
      }
      actions.push(action(`Stop video of ${person.name}`, 'Stop video',
        () => send('stop_video', { participant_id: person.id }), person.camera === 'off'));
      actions.push(action(`Remove ${person.name}`, 'Remove', () => send('remove_participant', { participant_id: person.id })));
    }
    if (person.hand && (amHost || person.self)) {
      actions.push(action(person.self ? 'Lower your hand' : `Lower hand of ${person.name}`, 'Lower hand',
        () => send('lower_hand', { participant_id: person.id })));
    }
    return h('li', { class: 'mod-row', dataset: { participantId: person.id, mic: person.mic, camera: person.camera,
      hand: person.hand ? String(person.hand) : '' } },
    h('span', { class: 'mod-name' }, person.self ? `${person.name} (you)` : person.name,
      person.host ? h('span', { class: 'mod-host-badge' }, 'Host') : null),
    h('span', { class: 'mod-states' },
      state('mic', person.hardMuted ? 'Microphone: muted by host' : `Microphone: ${person.mic}`, person.mic === 'on'),
      state('camera', `Camera: ${person.camera}`, person.camera === 'on'),
      person.sharing ? state('sharing', 'Sharing screen', true) : null,
      person.hand ? state('hand', `Hand raised (#${person.hand})`, true) : null,
      h('span', { class: 'mod-state mod-quality', title: 'Connection quality: not measured yet' }, 'Quality: –')),
    h('span', { class: 'mod-actions' }, actions));
  }

  return { el, render };
}

function state(kind, text, on) {
  return h('span', { class: `mod-state mod-state-${kind}${on ? '' : ' is-off'}` }, text);
}

function action(label, text, onclick, disabled = false) {
  return h('button', { type: 'button', class: 'btn mod-act', 'aria-label': label, title: label, onclick, disabled }, text);
}

// The participant list panel: everyone in the call with their microphone, camera, screen share and raised hand; hosts also
// get the controls (mute, stop video, remove, allow unmute, lower hand, readmit). It shares the right-hand column with the
// chat (side-panels.js). Pure rendering: participants-moderation.js owns the state and the requests.

import { h } from '../dom.js';
import { t } from '../strings.js';

/**
 * @param {object} options
 * @param {(type: string, fields?: object) => Promise} options.send a signaling request; rejections are shown by the caller.
 * @param {() => void} options.onClose the panel's own close button.
 * @returns {{el: HTMLElement, render(model), focus()}}
 */
export function participantsPanel({ send, onClose }) {
  const hard = h('input', { type: 'checkbox', class: 'mod-hard' });
  const muteAll = h('button', { type: 'button', class: 'btn mod-mute-all',
    onclick: () => send('mute_all', { hard: hard.checked }) }, t('call.host.muteAll'));
  const hostTools = h('div', { class: 'mod-host-tools', hidden: true }, muteAll,
    h('label', { class: 'mod-hard-label' }, hard, t('call.host.hardMute')));
  const list = h('ul', { class: 'mod-list', 'aria-label': t('call.people.list') });
  const removed = h('ul', { class: 'mod-removed', 'aria-label': t('call.people.removed') });
  const title = h('h2', { class: 'mod-title', tabindex: '-1' }, t('call.people.title'));
  const el = h('aside', { class: 'mod-panel side-panel', 'aria-label': t('call.people.panel'), hidden: true },
    h('div', { class: 'side-panel-head' }, title,
      h('button', { type: 'button', class: 'side-panel-close', 'aria-label': t('call.people.close'), title: t('call.people.close'),
        onclick: () => onClose() }, '×')),
    h('div', { class: 'mod-body' }, hostTools, list, removed));

  /**
   * @param {object} model {selfId, amHost, people: [{id, name, self, host, mic, camera, sharing, hand, hardMuted}],
   *   removed: [{id, name}]}
   */
  function render(model) {
    hostTools.hidden = !model.amHost;
    title.textContent = t('call.people.titleCount', { count: model.people.length });
    list.replaceChildren(...model.people.map((person) => row(person, model.amHost)));
    removed.replaceChildren(...(model.amHost ? model.removed : []).map((person) => h('li', { class: 'mod-row mod-row-removed' },
      h('span', { class: 'mod-name' }, t('call.people.removedName', { name: person.name })),
      h('button', { type: 'button', class: 'btn mod-act', onclick: () => send('readmit', { removed_id: person.id }) },
        t('call.host.readmit', { name: person.name })))));
  }

  function row(person, amHost) {
    const actions = [];
    const name = person.name;
    if (amHost && !person.self) {
      actions.push(action(t('call.host.muteName', { name }), t('call.host.mute'), () => send('mute_participant',
        { participant_id: person.id, hard: hard.checked })));
      if (person.hardMuted) {
        actions.push(action(t('call.host.allowUnmuteName', { name }), t('call.host.allowUnmute'),
          () => send('allow_unmute', { participant_id: person.id })));
      }
      actions.push(action(t('call.host.stopVideoName', { name }), t('call.host.stopVideo'),
        () => send('stop_video', { participant_id: person.id }), person.camera === 'off'));
      actions.push(action(t('call.host.removeName', { name }), t('call.host.remove'),
        () => send('remove_participant', { participant_id: person.id })));
    }
    if (person.hand && (amHost || person.self)) {
      actions.push(action(person.self ? t('call.hand.lowerYours') : t('call.hand.lowerName', { name }), t('call.hand.lower'),
        () => send('lower_hand', { participant_id: person.id })));
    }
    return h('li', { class: 'mod-row', dataset: { participantId: person.id, mic: person.mic, camera: person.camera,
      hand: person.hand ? String(person.hand) : '' } },
    h('span', { class: 'mod-name' }, person.self ? t('call.tile.you', { name }) : name,
      person.host ? h('span', { class: 'mod-host-badge' }, t('call.people.host')) : null),
    h('span', { class: 'mod-states' },
      state('mic', person.hardMuted ? t('call.people.micHostMuted') : t(`call.people.mic.${person.mic}`), person.mic === 'on'),
      state('camera', t(`call.people.camera.${person.camera}`), person.camera === 'on'),
      person.sharing ? state('sharing', t('call.people.sharing'), true) : null,
      person.hand ? state('hand', t('call.hand.position', { position: person.hand }), true) : null),
    actions.length ? h('span', { class: 'mod-actions' }, actions) : null);
  }

  return { el, render, focus: () => title.focus() };
}

function state(kind, text, on) {
  return h('span', { class: `mod-state mod-state-${kind}${on ? '' : ' is-off'}` }, text);
}

function action(label, text, onclick, disabled = false) {
  return h('button', { type: 'button', class: 'btn mod-act', 'aria-label': label, title: label, onclick, disabled }, text);
}

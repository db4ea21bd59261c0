// "Meeting info" in the call: the meeting's title and link to share, and for the host its passcode, each with a copy
// button. A modal <dialog> (Escape and the close button close it; focus returns to the button that opened it).

import { h } from '../dom.js';
import { t } from '../strings.js';

/**
 * Opens the dialog over the page.
 * @param {object} info
 * @param {string} info.title the meeting's title.
 * @param {string} info.link the link to share (/m/<id> on this server).
 * @param {string|null} [info.passcode] the passcode, given to the host only (null: none, or not the host).
 * @param {boolean} [info.passcodeRequired] the meeting has a passcode the viewer cannot read (say so without showing it).
 * @returns {HTMLDialogElement} the open dialog (removed from the page when closed).
 */
export function showMeetingInfo({ title, link, passcode = null, passcodeRequired = false }) {
  const status = h('p', { class: 'mi-status', role: 'status' });
  const copy = (text, done, label = t('pages.info.copy')) => h('button', { type: 'button', class: 'btn btn-secondary btn-sm', onclick: async () => {
    try {
      await navigator.clipboard.writeText(text);
      status.textContent = done;
    } catch {
      status.textContent = t('pages.info.copyFailed');
    }
  } }, label);
  const rows = [
    row(t('pages.info.link'), h('code', { class: 'mi-value', id: 'meeting-info-link' }, link), copy(link, t('pages.info.linkCopied'))),
    passcode ? row(t('pages.info.passcode'), h('code', { class: 'mi-value', id: 'meeting-info-passcode' }, passcode),
      copy(passcode, t('pages.info.passcodeCopied'))) : null,
    !passcode && passcodeRequired ? row(t('pages.info.passcode'), h('span', { class: 'mi-value' }, t('pages.info.passcodeHidden'))) : null,
  ];
  const invite = passcode ? inviteText({ title, link, passcode }) : null;
  const dialog = h('dialog', { class: 'mi-dialog', 'aria-labelledby': 'meeting-info-title' },
    h('div', { class: 'mi-head' },
      h('h2', { id: 'meeting-info-title' }, t('pages.info.title')),
      h('button', { type: 'button', class: 'btn mi-close', 'aria-label': t('common.close'), onclick: () => dialog.close() }, '×')),
    h('p', { class: 'mi-meeting' }, title),
    h('dl', { class: 'mi-rows' }, rows),
    invite ? h('div', { class: 'mi-actions' }, copy(invite, t('pages.info.inviteCopied'), t('pages.info.copyInvite'))) : null,
    status);
  const opener = document.activeElement;
  dialog.addEventListener('close', () => {
    dialog.remove();
    opener?.focus?.();
  });
  document.body.append(dialog);
  dialog.showModal();
  return dialog;
}

/** The text "Copy invite" puts on the clipboard: the title, the link and, when there is one, the passcode. */
export function inviteText({ title, link, passcode }) {
  return passcode ? t('pages.info.inviteWithPasscode', { title, link, passcode }) : t('pages.info.invite', { title, link });
}

function row(label, value, action = null) {
  return h('div', { class: 'mi-row' }, h('dt', {}, label), h('dd', {}, value, action));
}

// "/m/:id/join": from the meeting link to the call. Asks POST /meetings/join and shows what it answers: waiting for the host
// (asks again every few seconds and goes on by itself), the lobby (knocks over signaling until the host lets the person in),
// wrong passcode, meeting full, locked, cancelled; then the call itself (room.js).

import { api, ApiError } from '../../protocol/api.js';
import { SignalingClient, signalingUrl } from '../../protocol/signaling.js';
import { h } from '../dom.js';
import { joinState } from './join-state.js';
import { meetingsApi } from './meetings-api.js';
import { enterRoom } from './room.js';
import { homeLink, statusPage } from './status-page.js';

/** How often a person waiting for the host asks whether the meeting started (ms). */
const POLL_MS = 3_000;

export const joinRoute = {
  pattern: '/m/:id/join',
  access: 'public',
  title: 'Join meeting · Parley',
  render(ctx) {
    const holder = h('div', { class: 'mt-join' });
    new JoinFlow(ctx.params.id, ctx, holder).run();
    return holder;
  },
};

class JoinFlow {
  constructor(meetingId, ctx, holder) {
    this.meetingId = meetingId;
    this.ctx = ctx;
    this.holder = holder;
    this.entered = joinState.get(meetingId);
  }

  show(node) {
    this.holder.replaceChildren(node);
    node.querySelector('h1')?.focus({ preventScroll: true });
  }

  /** One join attempt; the answer decides the next page. */
  async run() {
    if (!api.user && !this.entered.displayName) {
      this.show(this.guestForm());
      return;
    }
    this.show(statusPage({ state: 'joining', tone: 'wait', title: 'Joining…', text: 'Checking the meeting.' }));
    let ticket;
    try {
      ticket = await meetingsApi.join(this.meetingId, this.entered);
    } catch (error) {
      this.show(this.refusal(error));
      return;
    }
    if (ticket.status === 'waiting') {
      this.waitForHost(ticket);
    } else if (ticket.status === 'lobby') {
      this.waitInLobby(ticket);
    } else {
      this.enter(ticket);
    }
  }

  /** The host has not started: say so, and try again until they do (only while this page is on screen). */
  waitForHost(ticket) {
    this.show(statusPage({ state: 'waiting', tone: 'wait', title: 'Waiting for the host to start',
      text: `“${ticket.title}” has not started yet. You will join automatically as soon as the host starts it.`,
      actions: [homeLink()] }));
    setTimeout(() => {
      if (this.holder.isConnected) this.run();
    }, POLL_MS);
  }

  /** Knock over signaling with the lobby token and wait for the host's answer. */
  async waitInLobby(ticket) {
    this.show(statusPage({ state: 'lobby', tone: 'wait', title: 'Waiting to be let in',
      text: `The host of “${ticket.title}” has been told you are here. Please wait; this page updates by itself.`,
      actions: [homeLink('Leave the lobby')] }));
    const signaling = new SignalingClient({ url: signalingUrl(location), getToken: () => helloToken(ticket) });
    const stop = () => signaling.close();
    signaling.on('lobby_admitted', (message) => {
      stop();
      this.enter({ ...ticket, status: 'ready', join_token: message.join_token });
    });
    signaling.on('lobby_rejected', (message) => {
      stop();
      this.show(statusPage({ state: 'rejected', tone: 'stop', title: 'You were not let in', text: message.reason,
        actions: [homeLink()] }));
    });
    try {
      await signaling.connect();
      await signaling.request('knock', { join_token: ticket.join_token });
    } catch (error) {
      stop();
      this.show(statusPage({ state: 'lobby-failed', tone: 'stop', title: 'Could not reach the lobby', text: error.message,
        actions: [this.retryButton(), homeLink()] }));
      return;
    }
    const watch = setInterval(() => {
      if (!this.holder.isConnected) {
        clearInterval(watch);
        stop();
      }
    }, 1000);
  }

  enter(ticket) {
    this.show(enterRoom({
      ticket,
      user: api.user || { username: ticket.display_name },
      navigate: this.ctx.navigate,
      // A rejoin after a dropped connection needs a fresh token: the first one lasts two minutes.
      refreshTicket: () => meetingsApi.join(this.meetingId, this.entered),
      onEnded: (reason) => this.show(statusPage({ state: 'ended', tone: 'info', iconName: 'video', title: 'Meeting ended',
        text: reason || 'The host ended the meeting for everyone.', actions: [homeLink()] })),
    }));
  }

  refusal(error) {
    const type = error instanceof ApiError ? error.type : '';
    if (type.endsWith(':wrong-passcode')) return this.passcodePage(error);
    if (type.endsWith(':conference-full')) {
      return statusPage({ state: 'full', tone: 'stop', title: 'This meeting is full',
        text: 'It already has the most people a Parley meeting can hold (10). Try again when someone leaves.',
        actions: [this.retryButton('Try again'), homeLink()] });
    }
    if (type.endsWith(':conference-locked')) {
      return statusPage({ state: 'locked', tone: 'stop', title: 'The meeting is locked', text: error.detail, actions: [homeLink()] });
    }
    if (type.endsWith(':meeting-cancelled')) {
      return statusPage({ state: 'cancelled', tone: 'stop', title: 'Meeting cancelled', text: error.detail, actions: [homeLink()] });
    }
    if (error instanceof ApiError && error.status === 404) {
      return statusPage({ state: 'not-found', tone: 'stop', title: 'Meeting not found', text: error.detail,
        actions: api.user ? [homeLink()] : [h('a', { class: 'btn btn-primary', href: `/login?next=/m/${this.meetingId}/join` }, 'Sign in')] });
    }
    return statusPage({ state: 'error', tone: 'stop', title: 'Could not join', text: error.detail || error.message,
      actions: [this.retryButton(), homeLink()] });
  }

  /** "Wrong passcode": the reason, and the field to try again. */
  passcodePage(error) {
    const missing = /required/.test(error.fieldErrors.passcode || '');
    const input = h('input', { id: 'join-passcode', type: 'password', autocomplete: 'off', 'data-autofocus': true });
    const form = h('form', { class: 'mt-inline-form', novalidate: true },
      h('label', { for: input.id }, 'Passcode'), h('div', { class: 'input-wrap' }, input),
      h('button', { type: 'submit', class: 'btn btn-primary' }, 'Join'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.entered = { ...this.entered, passcode: input.value };
      joinState.set(this.meetingId, this.entered);
      this.run();
    });
    setTimeout(() => input.focus(), 0);
    return statusPage({ state: missing ? 'passcode' : 'wrong-passcode', tone: missing ? 'info' : 'stop', iconName: 'lock',
      title: missing ? 'This meeting needs a passcode' : 'Wrong passcode',
      text: missing ? 'Ask the host for the passcode and enter it below.' : 'That passcode is not right. Check it with the host and try again.',
      body: form, actions: [homeLink()] });
  }

  /** Signed out: join as a guest with a name, or sign in. */
  guestForm() {
    const name = h('input', { id: 'guest-name', type: 'text', maxlength: 64, autocomplete: 'name', 'data-autofocus': true });
    const passcode = h('input', { id: 'guest-passcode', type: 'password', autocomplete: 'off', value: this.entered.passcode || null });
    const form = h('form', { class: 'mt-guest-form', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: name.id }, 'Your name'), h('div', { class: 'input-wrap' }, name)),
      h('div', { class: 'field' }, h('label', { for: passcode.id }, 'Passcode (if the host gave you one)'),
        h('div', { class: 'input-wrap' }, passcode)),
      h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, 'Join as guest'));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!name.value.trim()) {
        name.focus();
        return;
      }
      this.entered = { displayName: name.value.trim(), passcode: passcode.value };
      joinState.set(this.meetingId, this.entered);
      this.run();
    });
    return statusPage({ state: 'guest', title: 'Join the meeting', iconName: 'people',
      text: 'Enter the name the others will see. Have an account? Sign in instead.', body: form,
      actions: [h('a', { class: 'btn btn-secondary', href: `/login?next=/m/${this.meetingId}/join` }, 'Sign in')] });
  }

  retryButton(label = 'Try again') {
    return h('button', { type: 'button', class: 'btn btn-primary', onclick: () => this.run() }, label);
  }
}

/** The hello token: the access token for an account, the (lobby or join) token itself for a guest. */
export async function helloToken(ticket) {
  if (!api.user) return ticket.join_token;
  if (!api.session || Date.now() >= api.session.expiresAt - 10_000) await api.refresh();
  return api.session.accessToken;
}

// "/m/:id/join": from the meeting link to the call. Checks the link first (GET /meetings/{id}/entry: a wrong link is "not
// found" before anyone types a name or a passcode), then asks POST /meetings/join and shows what it answers: waiting for
// the host (asks again every few seconds and goes on by itself), ended, the lobby (knocks over signaling until the host lets
// the person in), wrong passcode, removed by the host, meeting full, locked, cancelled; then the call itself (room.js).

import { api, ApiError } from '../../protocol/api.js';
import { SignalingClient, signalingUrl } from '../../protocol/signaling.js';
import { h } from '../dom.js';
import { t } from '../strings.js';
import { notFoundPage } from '../views/not-found.js';
import { timeLabel } from './format.js';
import { joinState } from './join-state.js';
import { meetingsApi } from './meetings-api.js';
import { enterRoom } from './room.js';
import { homeLink, statusPage } from './status-page.js';

/** How often a person waiting for the host asks whether the meeting started (ms). */
const POLL_MS = 3_000;

export const joinRoute = {
  pattern: '/m/:id/join',
  access: 'public',
  title: () => t('pages.join.pageTitle'),
  render(ctx) {
    if (!isMeetingId(ctx.params.id)) return notFoundPage(ctx.user);
    const holder = h('div', { class: 'mt-join' });
    new JoinFlow(ctx.params.id, ctx, holder).run();
    return holder;
  },
};

/** Meeting ids are positive integers: "/m/abc/join" is a wrong link, not a request to send. */
export function isMeetingId(id) {
  return /^[1-9]\d{0,17}$/.test(String(id));
}

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
      await this.askGuest();
      return;
    }
    this.show(statusPage({ state: 'joining', tone: 'wait', title: t('pages.join.joining'), text: t('pages.join.checking') }));
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

  /** Signed out: check the link before asking for a name (and a passcode only when the meeting needs one). */
  async askGuest() {
    this.show(statusPage({ state: 'joining', tone: 'wait', title: t('pages.join.checkingLink'), text: t('pages.join.checking') }));
    try {
      const entry = await meetingsApi.entry(this.meetingId);
      this.show(entry.cancelled ? this.cancelledPage(t('pages.join.cancelledText')) : this.guestForm(entry));
    } catch (error) {
      this.show(this.refusal(error));
    }
  }

  /** The host has not started (or has ended it): say which, and try again until they start (only while this page is on screen). */
  waitForHost(ticket) {
    const ended = Boolean(ticket.ended_at);
    this.show(ended
      ? statusPage({ state: 'ended', iconName: 'video', title: t('pages.join.endedTitle'),
        text: t('pages.join.endedText', { title: ticket.title, time: timeLabel(new Date(ticket.ended_at)) }),
        actions: [homeLink()] })
      : statusPage({ state: 'waiting', tone: 'wait', title: t('pages.join.waitingTitle'),
        text: t('pages.join.waitingText', { title: ticket.title }), actions: [homeLink()] }));
    setTimeout(() => {
      if (this.holder.isConnected) this.run();
    }, POLL_MS);
  }

  /** Knock over signaling with the lobby token and wait for the host's answer. */
  async waitInLobby(ticket) {
    this.show(statusPage({ state: 'lobby', tone: 'wait', title: t('pages.lobby.title'),
      text: t('pages.lobby.text', { title: ticket.title }), actions: [homeLink(t('pages.lobby.leave'))] }));
    const signaling = new SignalingClient({ url: signalingUrl(location), getToken: () => helloToken(ticket) });
    const stop = () => signaling.close();
    signaling.on('lobby_admitted', (message) => {
      stop();
      this.enter({ ...ticket, status: 'ready', join_token: message.join_token });
    });
    signaling.on('lobby_rejected', (message) => {
      stop();
      this.show(statusPage({ state: 'rejected', tone: 'stop', title: t('pages.lobby.rejected'), text: message.reason,
        actions: [homeLink()] }));
    });
    try {
      await signaling.connect();
      await signaling.request('knock', { join_token: ticket.join_token });
    } catch (error) {
      stop();
      this.show(statusPage({ state: 'lobby-failed', tone: 'stop', title: t('pages.lobby.failed'), text: error.message,
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
      onEnded: (reason) => this.show(statusPage({ state: 'ended', tone: 'info', iconName: 'video', title: t('pages.ended.title'),
        text: ticket.role === 'host' ? t('pages.ended.byYou') : reason || t('pages.ended.byHost'), actions: [homeLink()] })),
    }));
  }

  refusal(error) {
    const type = error instanceof ApiError ? error.type : '';
    if (type.endsWith(':wrong-passcode')) return this.passcodePage(error);
    if (type.endsWith(':removed-by-host')) {
      return statusPage({ state: 'removed', tone: 'stop', iconName: 'alert', title: t('pages.removed.title'),
        text: t('pages.removed.text'), actions: [homeLink()] });
    }
    if (type.endsWith(':conference-full')) {
      return statusPage({ state: 'full', tone: 'stop', title: t('pages.full.title'), text: t('pages.full.text'),
        actions: [this.retryButton(), homeLink()] });
    }
    if (type.endsWith(':conference-locked')) {
      return statusPage({ state: 'locked', tone: 'stop', title: t('pages.locked.title'), text: error.detail, actions: [homeLink()] });
    }
    if (type.endsWith(':meeting-cancelled')) return this.cancelledPage(error.detail);
    if (error instanceof ApiError && error.status === 404) {
      return statusPage({ state: 'not-found', tone: 'stop', title: t('pages.meetingNotFound.title'),
        text: api.user ? t('pages.meetingNotFound.text') : t('pages.meetingNotFound.guestText'),
        actions: api.user ? [homeLink()] : [h('a', { class: 'btn btn-primary', href: `/login?next=/m/${this.meetingId}/join` },
          t('pages.signIn'))] });
    }
    return statusPage({ state: 'error', tone: 'stop', title: t('pages.join.failed'), text: error.detail || error.message,
      actions: [this.retryButton(), homeLink()] });
  }

  cancelledPage(text) {
    return statusPage({ state: 'cancelled', tone: 'stop', title: t('pages.cancelled.title'), text, actions: [homeLink()] });
  }

  /** "Wrong passcode": the reason, and the field to try again. */
  passcodePage(error) {
    const missing = /required/.test(error.fieldErrors.passcode || '');
    const input = h('input', { id: 'join-passcode', type: 'password', autocomplete: 'off', 'data-autofocus': true });
    const form = h('form', { class: 'mt-inline-form', novalidate: true },
      h('label', { for: input.id }, t('pages.passcode.label')), h('div', { class: 'input-wrap' }, input),
      h('button', { type: 'submit', class: 'btn btn-primary' }, t('pages.passcode.join')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.entered = { ...this.entered, passcode: input.value };
      joinState.set(this.meetingId, this.entered);
      this.run();
    });
    setTimeout(() => input.focus(), 0);
    return statusPage({ state: missing ? 'passcode' : 'wrong-passcode', tone: missing ? 'info' : 'stop', iconName: 'lock',
      title: missing ? t('pages.passcode.neededTitle') : t('pages.passcode.wrongTitle'),
      text: missing ? t('pages.passcode.neededText') : t('pages.passcode.wrongText'),
      body: form, actions: [homeLink()] });
  }

  /** Signed out: join as a guest with a name (and the passcode, when this meeting has one), or sign in. */
  guestForm(entry) {
    const name = h('input', { id: 'guest-name', type: 'text', maxlength: 64, autocomplete: 'name', 'data-autofocus': true });
    const passcode = entry.passcode_required
      ? h('input', { id: 'guest-passcode', type: 'password', autocomplete: 'off', value: this.entered.passcode || null })
      : null;
    const form = h('form', { class: 'mt-guest-form', novalidate: true },
      h('div', { class: 'field' }, h('label', { for: name.id }, t('pages.guest.name')), h('div', { class: 'input-wrap' }, name)),
      passcode ? h('div', { class: 'field' }, h('label', { for: passcode.id }, t('pages.guest.passcode')),
        h('div', { class: 'input-wrap' }, passcode)) : null,
      h('button', { type: 'submit', class: 'btn btn-primary btn-block' }, t('pages.guest.join')));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      if (!name.value.trim()) {
        name.focus();
        return;
      }
      this.entered = { displayName: name.value.trim(), passcode: passcode ? passcode.value : this.entered.passcode };
      joinState.set(this.meetingId, this.entered);
      this.run();
    });
    return statusPage({ state: 'guest', title: entry.title || t('pages.guest.title'), iconName: 'people',
      text: t('pages.guest.text'), body: form,
      actions: [h('a', { class: 'btn btn-secondary', href: `/login?next=/m/${this.meetingId}/join` }, t('pages.signIn'))] });
  }

  retryButton(label = t('common.retry')) {
    return h('button', { type: 'button', class: 'btn btn-primary', onclick: () => this.run() }, label);
  }
}

/** The hello token: the access token for an account, the (lobby or join) token itself for a guest. */
export async function helloToken(ticket) {
  if (!api.user) return ticket.join_token;
  if (!api.session || Date.now() >= api.session.expiresAt - 10_000) await api.refresh();
  return api.session.accessToken;
}

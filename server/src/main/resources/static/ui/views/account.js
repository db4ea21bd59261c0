// "/account": the signed-in person's account. The display name (what others see in calls, chat and attendance) can be
// changed here; username and email are shown for reference.

import { api } from '../../protocol/api.js';
import { h } from '../dom.js';
import { accountForm } from '../form.js';
import { avatar, shownName } from '../header.js';
import { t } from '../strings.js';
import { detail } from './home.js';
import { checkDisplayName, DISPLAY_NAME_MAX } from './register.js';

export const accountRoute = {
  pattern: '/account',
  access: 'user',
  title: () => t('pages.accountPage.pageTitle'),
  render({ user }) {
    const saved = h('p', { class: 'notice', role: 'status', hidden: true });
    const heading = h('h1', { class: 'welcome-title', id: 'account-title', tabindex: '-1' }, shownName(user));
    const face = h('span', {}, avatar(shownName(user), { size: 'xl' }));
    const form = accountForm({
      id: 'profile',
      fields: [{
        name: 'display_name', label: t('pages.accountPage.displayName'), autocomplete: 'name', autofocus: true,
        maxlength: DISPLAY_NAME_MAX, value: user.display_name && user.display_name !== user.username ? user.display_name : null,
        help: t('pages.account.displayNameHelp'),
      }],
      submitLabel: t('pages.accountPage.save'),
      busyLabel: t('pages.accountPage.saving'),
      validate: ({ display_name: name }) => {
        const problem = checkDisplayName(name);
        return problem ? { display_name: problem } : {};
      },
      async onSubmit(values) {
        saved.hidden = true;
        const me = await api.updateProfile({ displayName: values.display_name });
        heading.textContent = me.display_name;
        face.replaceChildren(avatar(me.display_name, { size: 'xl' }));
        saved.textContent = t('pages.accountPage.saved', { name: me.display_name });
        saved.hidden = false;
      },
    });
    return h('div', { class: 'page page-narrow' },
      h('a', { class: 'mt-back', href: '/home' }, t('pages.meeting.back')),
      h('section', { class: 'card welcome-card', 'aria-labelledby': 'account-title' },
        h('div', { class: 'welcome-head' }, face,
          h('div', {}, heading, h('p', { class: 'welcome-lead' }, t('pages.accountPage.lead')))),
        h('dl', { class: 'details' },
          detail(t('pages.account.username'), user.username),
          detail(t('pages.account.email'), user.email || '')),
        saved,
        form));
  },
};

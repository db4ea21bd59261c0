// "/register": create an account, then sign straight in with the same credentials and open /home.

import { api } from '../../protocol/api.js';
import { checkRegistration, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from '../../protocol/account-rules.js';
import { h } from '../dom.js';
import { accountForm } from '../form.js';
import { t } from '../strings.js';
import { authPage } from './auth-page.js';

/** Mirrors the server's display-name rule (user.DisplayNames, text.TextRule.NAME); the server checks again. */
export const DISPLAY_NAME_MAX = 64;

/** A sentence for a display name the server would refuse, or null (blank is fine: the username is shown). */
export function checkDisplayName(name) {
  if (name && name.length > DISPLAY_NAME_MAX) return t('pages.account.displayNameTooLong', { max: DISPLAY_NAME_MAX });
  // Control characters, and bidirectional controls that can make a name display as another (TextRule.NAME).
  if (/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/u.test(name || '')) return t('pages.account.displayNameChars');
  return null;
}

export const registerRoute = {
  pattern: '/register',
  access: 'guest',
  title: () => t('pages.register.pageTitle'),
  render({ navigate }) {
    const form = accountForm({
      id: 'register',
      fields: [
        {
          name: 'username', label: t('pages.account.username'), autocomplete: 'username', autofocus: true,
          help: t('pages.register.usernameHelp', { min: USERNAME_MIN, max: USERNAME_MAX }),
        },
        {
          name: 'display_name', label: t('pages.account.displayName'), autocomplete: 'name', maxlength: DISPLAY_NAME_MAX,
          help: t('pages.account.displayNameHelp'),
        },
        { name: 'email', label: t('pages.account.email'), type: 'email', autocomplete: 'email' },
        {
          name: 'password', label: t('pages.account.password'), type: 'password', autocomplete: 'new-password',
          help: t('pages.register.passwordHelp', { min: PASSWORD_MIN }),
        },
      ],
      submitLabel: t('pages.header.register'),
      busyLabel: t('pages.register.busy'),
      validate: (values) => {
        const errors = checkRegistration(values);
        const name = checkDisplayName(values.display_name);
        return name ? { ...errors, display_name: name } : errors;
      },
      async onSubmit(values) {
        await api.register(values);
        try {
          await api.login({ username: values.username, password: values.password });
          navigate('/home', { replace: true });
        } catch {
          // The account exists; only the automatic sign-in failed (e.g. throttled): let the person sign in.
          navigate(`/login?registered=1&username=${encodeURIComponent(values.username)}`, { replace: true });
        }
      },
    });
    return authPage({
      title: t('pages.register.title'),
      subtitle: t('pages.register.subtitle'),
      form,
      footer: [`${t('pages.register.haveAccount')} `, h('a', { href: '/login' }, t('pages.signIn'))],
    });
  },
};

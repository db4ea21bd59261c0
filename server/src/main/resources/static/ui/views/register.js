// "/register": create an account, then sign straight in with the same credentials and open /home.

import { api } from '../../protocol/api.js';
import { checkRegistration, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from '../../protocol/account-rules.js';
import { h } from '../dom.js';
import { accountForm } from '../form.js';
import { authPage } from './auth-page.js';

export const registerRoute = {
  pattern: '/register',
  access: 'guest',
  title: 'Create account · Parley',
  render({ navigate }) {
    const form = accountForm({
      id: 'register',
      fields: [
        {
          name: 'username', label: 'Username', autocomplete: 'username', autofocus: true,
          help: `${USERNAME_MIN}–${USERNAME_MAX} letters, digits, or . _ -`,
        },
        { name: 'email', label: 'Email', type: 'email', autocomplete: 'email' },
        {
          name: 'password', label: 'Password', type: 'password', autocomplete: 'new-password',
          help: `At least ${PASSWORD_MIN} characters, not your username.`,
        },
      ],
      submitLabel: 'Create account',
      busyLabel: 'Creating account…',
      validate: checkRegistration,
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
      title: 'Create your account',
      subtitle: 'Host and join meetings on this Parley server',
      form,
      footer: ['Already have an account? ', h('a', { href: '/login' }, 'Sign in')],
    });
  },
};

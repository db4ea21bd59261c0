// "/login": sign in with username and password; then go where ?next= says (a local path), else /home.

import { api } from '../../protocol/api.js';
import { checkLogin } from '../../protocol/account-rules.js';
import { h } from '../dom.js';
import { accountForm } from '../form.js';
import { safeNext } from '../router.js';
import { authPage } from './auth-page.js';

export const loginRoute = {
  pattern: '/login',
  access: 'guest',
  title: 'Sign in · Parley',
  render({ query, navigate }) {
    const form = accountForm({
      id: 'login',
      fields: [
        { name: 'username', label: 'Username', autocomplete: 'username', autofocus: true },
        { name: 'password', label: 'Password', type: 'password', autocomplete: 'current-password' },
      ],
      submitLabel: 'Sign in',
      busyLabel: 'Signing in…',
      validate: checkLogin,
      async onSubmit(values) {
        await api.login(values);
        navigate(safeNext(query.get('next')), { replace: true });
      },
    });
    const notice = query.get('registered')
      ? h('div', { class: 'notice', role: 'status' }, 'Your account is ready. Sign in to continue.')
      : null;
    if (notice && query.get('username')) form.elements.username.value = query.get('username');
    return authPage({
      title: 'Sign in',
      subtitle: 'to continue to Parley',
      form: h('div', {}, notice, form),
      footer: ['New to Parley? ', h('a', { href: '/register' }, 'Create an account')],
    });
  },
};

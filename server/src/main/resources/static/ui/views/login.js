// "/login": sign in with username and password; then go where ?next= says (a local path), else /home.

import { api } from '../../protocol/api.js';
import { checkLogin } from '../../protocol/account-rules.js';
import { h } from '../dom.js';
import { t } from '../strings.js';
import { accountForm } from '../form.js';
import { safeNext } from '../router.js';
import { authPage } from './auth-page.js';

export const loginRoute = {
  pattern: '/login',
  access: 'guest',
  title: () => t('pages.login.pageTitle'),
  render({ query, navigate }) {
    const form = accountForm({
      id: 'login',
      fields: [
        { name: 'username', label: t('pages.account.username'), autocomplete: 'username', autofocus: true },
        { name: 'password', label: t('pages.account.password'), type: 'password', autocomplete: 'current-password' },
      ],
      submitLabel: t('pages.signIn'),
      busyLabel: t('pages.login.busy'),
      validate: checkLogin,
      async onSubmit(values) {
        await api.login(values);
        navigate(safeNext(query.get('next')), { replace: true });
      },
    });
    const notice = query.get('registered')
      ? h('div', { class: 'notice', role: 'status' }, t('pages.login.registered'))
      : null;
    if (notice && query.get('username')) form.elements.username.value = query.get('username');
    return authPage({
      title: t('pages.signIn'),
      subtitle: t('pages.login.subtitle'),
      form: h('div', {}, notice, form),
      footer: [`${t('pages.login.new')} `, h('a', { href: '/register' }, t('pages.login.createLink'))],
    });
  },
};

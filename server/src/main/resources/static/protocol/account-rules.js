// Client-side copies of the server's account rules (POST /users/register), so a form can say what is
// wrong before any request. The server stays the authority: its field errors are shown the same way.
// Each check returns a sentence for the person, or null when the value is fine.

import { t } from '../ui/strings.js';

/** Username: 3–32 characters of letters, digits, '_', '.', '-' (same rule as the server). */
export const USERNAME_MIN = 3;
export const USERNAME_MAX = 32;
const USERNAME_PATTERN = /^[a-zA-Z0-9_.-]+$/;

/** Password: 10–256 characters and not the username (the cap bounds the server's hashing time per request). */
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 256;

/** An address longer than 254 characters cannot be delivered (RFC 5321 §4.5.3.1.3 path limit). */
const EMAIL_MAX = 254;
/** Something@something.tld without spaces: the server's own pattern (RegisterRequest). */
const EMAIL_PATTERN = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function checkUsername(username) {
  if (!username) return t('proto.username.missing');
  if (username.length < USERNAME_MIN || username.length > USERNAME_MAX) {
    return t('proto.username.length', { min: USERNAME_MIN, max: USERNAME_MAX });
  }
  if (!USERNAME_PATTERN.test(username)) return t('proto.username.chars');
  return null;
}

export function checkEmail(email) {
  if (!email) return t('proto.email.missing');
  if (email.length > EMAIL_MAX || !EMAIL_PATTERN.test(email)) return t('proto.email.invalid');
  return null;
}

export function checkNewPassword(password, username) {
  if (!password) return t('proto.password.missing');
  if (password.length < PASSWORD_MIN) return t('proto.password.short', { min: PASSWORD_MIN });
  if (password.length > PASSWORD_MAX) return t('proto.password.long', { max: PASSWORD_MAX });
  if (username && password.toLowerCase() === username.toLowerCase()) return t('proto.password.isUsername');
  return null;
}

/** All register-form errors at once: {field: message} for the fields that are wrong. */
export function checkRegistration({ username, email, password }) {
  return withoutNulls({
    username: checkUsername(username),
    email: checkEmail(email),
    password: checkNewPassword(password, username),
  });
}

/** Sign-in only needs both fields filled: the rules of a new password are not hinted at here. */
export function checkLogin({ username, password }) {
  return withoutNulls({
    username: username ? null : t('proto.login.username'),
    password: password ? null : t('proto.login.password'),
  });
}

function withoutNulls(errors) {
  return Object.fromEntries(Object.entries(errors).filter(([, message]) => message !== null));
}

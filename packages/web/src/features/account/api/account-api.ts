import { api } from '../../../lib/api';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export const requestPasswordReset = (email: string) =>
  api<'POST /auth/password-reset/request'>('POST', 'auth/password-reset/request', { email });

export const resetPassword = (token: string, newPassword: string) =>
  api<'POST /auth/password-reset'>('POST', 'auth/password-reset', { token, newPassword });

export const requestEmailChange = (newEmail: string, currentPassword: string) =>
  api<'POST /auth/email-change/request'>('POST', 'auth/email-change/request', { newEmail, currentPassword });

export const confirmEmailChange = (token: string) =>
  api<'POST /auth/email-change/confirm'>('POST', 'auth/email-change/confirm', { token });

/** The token of a mailed link: it travels in the fragment (#token=…), which is never sent to a server. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

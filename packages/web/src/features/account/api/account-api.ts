import { api } from '../../../lib/api';
import type { ApiOk } from '../../../lib/api-types';

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export const requestPasswordReset = (email: string) =>
  api<'POST /auth/password-reset/request'>('POST', 'auth/password-reset/request', { email });

export const resetPassword = (token: string, newPassword: string) =>
  api<'POST /auth/password-reset'>('POST', 'auth/password-reset', { token, newPassword });

export const requestEmailChange = (newEmail: string, currentPassword: string) =>
  api<'POST /auth/email-change/request'>('POST', 'auth/email-change/request', { newEmail, currentPassword });

export const confirmEmailChange = (token: string) =>
  api<'POST /auth/email-change/confirm'>('POST', 'auth/email-change/confirm', { token });

/** Opens a sign-up's mailed link: the account is made and signed in. */
export const confirmSignup = (token: string) =>
  api<'POST /auth/signup/confirm'>('POST', 'auth/signup/confirm', { token });

/** The token of a mailed link: it travels in the fragment (#token=…), which is never sent to a server. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

/** Two-factor sign-in of the signed-in clinician: on, required by the clinic, recovery codes left. */
export type TwoFactorStatus = ApiOk<'GET /auth/two-factor'>;

/** The secret to enrol an authenticator with, its otpauth URI and a QR code (an SVG data URL). */
export type TwoFactorSetup = ApiOk<'POST /auth/two-factor/setup'>;

export const twoFactorStatus = () => api<'GET /auth/two-factor'>('GET', 'auth/two-factor');
export const setUpTwoFactor = () => api<'POST /auth/two-factor/setup'>('POST', 'auth/two-factor/setup', {});
export const enableTwoFactor = (code: string) =>
  api<'POST /auth/two-factor/enable'>('POST', 'auth/two-factor/enable', { code });
export const disableTwoFactor = (currentPassword: string) =>
  api<'POST /auth/two-factor/disable'>('POST', 'auth/two-factor/disable', { currentPassword });

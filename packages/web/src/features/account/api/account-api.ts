import { api } from '../../../lib/api';
import type { Me } from '../../../lib/types';

interface Accepted {
  message: string;
}

/** Asks for a reset link; the answer is the same whether or not the address has an account. */
export const requestPasswordReset = (email: string) =>
  api<Accepted>('POST', 'auth/password-reset/request', { email });

export const resetPassword = (token: string, newPassword: string) =>
  api<undefined>('POST', 'auth/password-reset', { token, newPassword });

export const requestEmailChange = (newEmail: string, currentPassword: string) =>
  api<Accepted>('POST', 'auth/email-change/request', { newEmail, currentPassword });

export const confirmEmailChange = (token: string) =>
  api<{ email: string }>('POST', 'auth/email-change/confirm', { token });

/** Opens a sign-up's mailed link: the account is made and signed in. */
export const confirmSignup = (token: string) => api<Me>('POST', 'auth/signup/confirm', { token });

/** The token of a mailed link: it travels in the fragment (#token=…), which is never sent to a server. */
export function tokenFromHash(hash: string): string {
  return new URLSearchParams(hash.replace(/^#/, '')).get('token') ?? '';
}

export interface TwoFactorStatus {
  enabled: boolean;
  required: boolean;
  recoveryCodesLeft: number;
}

export interface TwoFactorSetup {
  secret: string;
  uri: string;
  /** An SVG data URL made by the server. */
  qrCode: string;
}

export const twoFactorStatus = () => api<TwoFactorStatus>('GET', 'auth/two-factor');
export const setUpTwoFactor = () => api<TwoFactorSetup>('POST', 'auth/two-factor/setup', {});
export const enableTwoFactor = (code: string) =>
  api<{ recoveryCodes: string[] }>('POST', 'auth/two-factor/enable', { code });
export const disableTwoFactor = (currentPassword: string) =>
  api<undefined>('POST', 'auth/two-factor/disable', { currentPassword });

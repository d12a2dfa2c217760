import { api } from '../../../lib/api';
import type { Me } from '../../../lib/types';

/** The password was right and the account has two-factor sign-in: the code comes next (ADR 126). */
export interface Challenge {
  twoFactor: 'code';
  challenge: string;
}

export const login = (email: string, password: string) =>
  api<Me | Challenge>('POST', 'auth/login', { email, password });

export const loginWithCode = (challenge: string, code: string) =>
  api<Me>('POST', 'auth/login/two-factor', { challenge, code });

/** A patient's own sign-up: answers "check your e-mail" whether or not the address has an account. */
export const signup = (body: { name: string; dateOfBirth: string; email: string; password: string }) =>
  api<{ message: string }>('POST', 'auth/signup', body);

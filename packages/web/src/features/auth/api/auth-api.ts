import { api } from '../../../lib/api';

/** The user signed in, or (the password was right and the account has two-factor sign-in) a challenge for the code (ADR 126). */
export const login = (email: string, password: string) =>
  api<'POST /auth/login'>('POST', 'auth/login', { email, password });

export const loginWithCode = (challenge: string, code: string) =>
  api<'POST /auth/login/two-factor'>('POST', 'auth/login/two-factor', { challenge, code });

/** A patient's own sign-up: answers "check your e-mail" whether or not the address has an account. */
export const signup = (body: { name: string; dateOfBirth: string; email: string; password: string }) =>
  api<'POST /auth/signup'>('POST', 'auth/signup', body);

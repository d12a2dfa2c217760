import type { FastifyInstance } from 'fastify';
import type { Deps } from '../../http/deps.js';
import { registerClinicianSignup } from './clinician-signup.js';
import { registerEmailChange } from './email-change.js';
import { registerLogin } from './login.js';
import { registerLogout } from './logout.js';
import { registerMe } from './me.js';
import { registerPasswordChange } from './password.js';
import { registerPasswordReset } from './password-reset.js';
import { registerSignup } from './signup.js';
import { registerSignupConfirm } from './signup-confirm.js';
import { registerTwoFactor } from './two-factor.js';

/** Accounts and sessions: sign up (patients, clinicians), sign in and out, who am I, change password, reset it by mail, change the address. */
export function registerAuthRoutes(app: FastifyInstance, deps: Deps): void {
  registerSignup(app, deps);
  registerSignupConfirm(app, deps);
  registerLogin(app, deps);
  registerLogout(app, deps);
  registerMe(app, deps);
  registerClinicianSignup(app, deps);
  registerPasswordChange(app, deps);
  registerPasswordReset(app, deps);
  registerEmailChange(app, deps);
  registerTwoFactor(app, deps);
}

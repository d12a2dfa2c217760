import { randomUUID } from 'node:crypto';
import type { MailInput } from '../store/store.js';

/**
 * The text of every mail the server sends. Plain text, no health details (e-mail is not a safe channel for
 * them), each with at most one link.
 */
interface Addressed {
  userId: string | null;
  to: string;
  now: string;
}

const SIGNATURE = '\n\n-- \nhamstring-rehab\nYou get this mail because of an account at this address.';

function mail({ userId, to, now }: Addressed, subject: string, text: string, link = ''): MailInput {
  return { id: randomUUID(), userId, to, subject, body: `${text}${SIGNATURE}\n`, link, dueAt: now };
}

export function passwordResetMail(to: Addressed, link: string, minutes: number): MailInput {
  return mail(
    to,
    'Reset your hamstring-rehab password',
    `Someone (we hope you) asked to reset the password of your hamstring-rehab account.\n\n` +
      `Choose a new password here (the link works once, for ${minutes} minutes):\n${link}\n\n` +
      'If you did not ask for this, ignore this mail: your password stays as it is.',
    link,
  );
}

export function passwordChangedMail(to: Addressed, loginLink: string): MailInput {
  return mail(
    to,
    'Your hamstring-rehab password was changed',
    'The password of your hamstring-rehab account was just reset with a link sent to this address, and ' +
      `every device was signed out. Sign in again here:\n${loginLink}\n\n` +
      'If this was not you, reset your password again at once and tell your clinic.',
    loginLink,
  );
}

export function emailChangeMail(to: Addressed, link: string, hours: number): MailInput {
  return mail(
    to,
    'Confirm your new hamstring-rehab address',
    'Someone (we hope you) asked to use this address for their hamstring-rehab account.\n\n' +
      `Confirm it here (the link works once, for ${hours} hours):\n${link}\n\n` +
      'If you did not ask for this, ignore this mail: nothing changes.',
    link,
  );
}

/** A change was asked to an address that already has an account: nothing to confirm. */
export function emailInUseMail(to: Addressed, resetLink: string): MailInput {
  return mail(
    to,
    'Your address was given for another hamstring-rehab account',
    'Someone asked to move another hamstring-rehab account to this address, which already has an ' +
      'account, so nothing was changed.\n\n' +
      `If you have forgotten your password, you can reset it here:\n${resetLink}`,
    resetLink,
  );
}

/** To the old address, once the new one is confirmed (which address is not said). */
export function emailChangedMail(to: Addressed, loginLink: string): MailInput {
  return mail(
    to,
    'Your hamstring-rehab address was changed',
    'Your hamstring-rehab account now uses another address, confirmed from that mailbox; mail goes there ' +
      `from now on, and you sign in with it:\n${loginLink}\n\n` +
      'If this was not you, tell your clinic at once.',
    loginLink,
  );
}

export function signupAttemptMail(to: Addressed, resetLink: string, minutes: number): MailInput {
  return mail(
    to,
    'Someone tried to sign up to hamstring-rehab with your address',
    'Someone tried to create a hamstring-rehab account with this address, which already has one. No ' +
      'account was created.\n\n' +
      'If it was you and you have forgotten your password, reset it here (the link works once, for ' +
      `${minutes} minutes):\n${resetLink}\n\n` +
      'If it was not you, you need do nothing.',
    resetLink,
  );
}

/** A new address: the link that makes the account (ADR 125). */
export function signupConfirmMail(to: Addressed, link: string, hours: number): MailInput {
  return mail(
    to,
    'Finish creating your hamstring-rehab account',
    'Someone (we hope you) asked to create a hamstring-rehab account with this address.\n\n' +
      `Finish creating it here (the link works once, for ${hours} hours):\n${link}\n\n` +
      'If you did not ask for this, ignore this mail: no account is made without this link.',
    link,
  );
}

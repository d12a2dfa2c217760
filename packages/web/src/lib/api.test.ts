import { describe, expect, it } from 'vitest';
import { ApiError, errorText, messageOf } from './api';

describe('messageOf', () => {
  it('names each bad field the server lists', () => {
    expect(
      messageOf(400, {
        error: 'invalid request',
        problems: [
          { path: 'inviteCode', message: 'is not a valid clinician invite: unknown, used or expired' },
          { path: 'email', message: 'must be an email address' },
        ],
      }),
    ).toBe(
      'inviteCode: is not a valid clinician invite: unknown, used or expired; email: must be an email address',
    );
  });

  it('gives the error when there are no problems', () => {
    expect(messageOf(409, { error: 'that email is already registered' })).toBe(
      'that email is already registered',
    );
  });

  it('falls back to the status for a body with nothing usable', () => {
    expect(messageOf(502, undefined)).toBe('The server answered 502.');
    expect(messageOf(500, { problems: [42] })).toBe('The server answered 500.');
  });

  it('reads as a sentence in the app', () => {
    expect(errorText(new ApiError(409, messageOf(409, { error: 'the email is taken' })))).toBe(
      'The email is taken',
    );
  });
});

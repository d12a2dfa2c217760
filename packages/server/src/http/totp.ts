import { randomBytes } from 'node:crypto';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { hashToken } from '../plugins/session.js';

/** RFC 6238 as every authenticator app reads it: SHA-1, 6 digits, 30-second steps. */
const PERIOD = 30;
const ISSUER = 'hamstring-rehab';

function totpOf(secret: string, label = ''): TOTP {
  return new TOTP({
    issuer: ISSUER,
    label,
    algorithm: 'SHA1',
    digits: 6,
    period: PERIOD,
    secret: Secret.fromBase32(secret),
  });
}

/** A new 160-bit secret, base32 (what authenticator apps take when typed in). */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The otpauth:// URI an authenticator app reads from the QR code, and that QR code as an SVG data URL. */
export async function enrollment(secret: string, email: string): Promise<{ uri: string; qrCode: string }> {
  const uri = totpOf(secret, email).toString();
  const svg = await QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 });
  return { uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * The time step of a right code at `now` (one step either side allowed for clocks that drift), or null.
 */
export function totpStep(secret: string, code: string, now: Date): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const delta = totpOf(secret).validate({ token: code, timestamp: now.getTime(), window: 1 });
  if (delta === null) return null;
  return Math.floor(now.getTime() / 1000 / PERIOD) + delta;
}

/** The code of `secret` at `now` (for tests and the demo). */
export function totpCode(secret: string, now: Date): string {
  return totpOf(secret).generate({ timestamp: now.getTime() });
}

const ALPHABET = 'ABCDEFGHJKMNPQRSTVWXYZ23456789';

/** Ten recovery codes, each 10 characters (about 49 bits) as XXXXX-XXXXX. */
export function newRecoveryCodes(): string[] {
  return Array.from({ length: 10 }, () => {
    const chars = [...randomBytes(10)].map((b) => ALPHABET[b % ALPHABET.length] ?? 'A').join('');
    return `${chars.slice(0, 5)}-${chars.slice(5)}`;
  });
}

/** A recovery code as typed (case, spaces and dashes do not matter), hashed; null when it cannot be one. */
export function recoveryCodeHash(typed: string): string | null {
  const code = typed.toUpperCase().replace(/[\s-]/g, '');
  if (!/^[A-Z0-9]{10}$/.test(code)) return null;
  return hashToken(`recovery:${code}`);
}

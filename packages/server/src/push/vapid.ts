import { createECDH } from 'node:crypto';

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/** The bytes of a base64url string, or undefined when it is not one. */
export function base64urlBytes(value: string): Buffer | undefined {
  return BASE64URL.test(value) ? Buffer.from(value, 'base64url') : undefined;
}

/** A P-256 public key as the Push API gives it: 65 bytes, uncompressed (0x04, x, y), base64url. */
export function isP256PublicKey(value: string): boolean {
  const bytes = base64urlBytes(value);
  return bytes?.length === 65 && bytes[0] === 4;
}

/**
 * What is wrong with a VAPID key pair given in the environment (base64url P-256 keys, as `web-push
 * generate-vapid-keys` prints them), or undefined when it is a pair: the public key must be the private key's.
 */
export function vapidKeyProblem(publicKey: string, privateKey: string): string | undefined {
  if (!isP256PublicKey(publicKey))
    return 'VAPID_PUBLIC_KEY: must be a P-256 public key, 65 bytes in base64url (npx web-push generate-vapid-keys)';
  const secret = base64urlBytes(privateKey);
  if (secret?.length !== 32) return 'VAPID_PRIVATE_KEY: must be a P-256 private key, 32 bytes in base64url';
  try {
    const ecdh = createECDH('prime256v1');
    ecdh.setPrivateKey(secret);
    if (ecdh.getPublicKey().toString('base64url') !== publicKey)
      return 'VAPID_PUBLIC_KEY: is not the public key of VAPID_PRIVATE_KEY';
  } catch {
    return 'VAPID_PRIVATE_KEY: is not a valid P-256 private key';
  }
  return undefined;
}

/** VAPID's subject: a mailto: address or an https: URL the push service can reach the operator at. */
export function isVapidSubject(value: string): boolean {
  if (!URL.canParse(value)) return false;
  const url = new URL(value);
  return (url.protocol === 'mailto:' && value.includes('@')) || url.protocol === 'https:';
}

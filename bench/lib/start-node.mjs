import { spawn } from 'node:child_process';

const started = [];
process.on('exit', () => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
});

/**
 * Starts a Node program for a benchmark (the built server, a floor) and resolves with the child, the
 * first URL its output prints, matched by `pattern`'s first group, with `localhost` made `127.0.0.1`, and
 * `output()`, everything it has printed so far.
 * The child is killed when the benchmark exits, however it exits.
 */
export function startNode(
  args,
  { env = {}, pattern = /running at (http:\/\/\S+)/, timeoutMs = 20_000, echoErrors = false } = {},
) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`no URL after ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
    const onData = (chunk) => {
      output += chunk;
      const match = pattern.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace('localhost', '127.0.0.1'), output: () => output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk) => {
      onData(chunk);
      if (echoErrors) process.stderr.write(chunk);
    });
    child.on('exit', (code) => reject(new Error(`${args.at(-1)} exited with ${code}:\n${output}`)));
  });
}

/** A JSON request as the web app makes it (same-origin, with the session cookie); throws unless 2xx. */
export async function api(base, method, path, cookie, body) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      origin: base,
      ...(cookie ? { cookie } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (response.status >= 300)
    throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
  return response;
}

const SIGNUP_LINK =
  /mail not sent \(SMTP_URL is not set\): Finish creating your hamstring-rehab account \S+#token=([A-Za-z0-9_-]+)/g;

/**
 * Signs a patient up as a person does: the sign-up, then its mailed link. The server under benchmark runs
 * without SMTP_URL at LOG_LEVEL warn, so it logs the link (ADR 119); sign-ups must run one at a time. Resolves
 * with the confirmation's response (its session cookie and `me`).
 */
export async function signUp(base, server, body) {
  const before = [...server.output().matchAll(SIGNUP_LINK)].length;
  await api(base, 'POST', '/api/v1/auth/signup', undefined, { name: 'Bench Patient', ...body });
  for (let waited = 0; waited < 10_000; waited += 20) {
    const token = [...server.output().matchAll(SIGNUP_LINK)][before]?.[1];
    if (token !== undefined) return api(base, 'POST', '/api/v1/auth/signup/confirm', undefined, { token });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`no sign-up link logged for ${body.email}`);
}

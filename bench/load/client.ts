/** Signing in through the API as a browser does: CSRF token, then POST /api/auth/login. */
import { BENCH_PASSWORD } from "./server.ts";

export type Session = { username: string; cookie: string; csrf: string };

function cookiesOf(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

export async function signIn(base: string, username: string, password = BENCH_PASSWORD): Promise<Session> {
  const pre = await fetch(`${base}/api/auth/csrf`);
  const { token } = (await pre.json()) as { token: string };
  const jar = cookiesOf(pre);
  const res = await fetch(`${base}/api/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-csrf-token": token, cookie: jar.join("; ") },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  const cookie = [...jar, ...cookiesOf(res)].join("; ");
  // After sign-in the CSRF token is bound to the session (issue #12 item 4): ask again.
  const after = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  const { token: csrf } = (await after.json()) as { token: string };
  return { username, cookie, csrf };
}

export async function getJson<T>(base: string, s: Session, url: string): Promise<T> {
  const res = await fetch(`${base}${url}`, { headers: { cookie: s.cookie } });
  if (res.status !== 200) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

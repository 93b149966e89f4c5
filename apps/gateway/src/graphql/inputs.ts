import { z } from 'zod';

/** C0 controls and DEL, except tab, newline and carriage return; PostgreSQL text cannot hold NUL at all. */
function hasControl(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f) return true;
  }
  return false;
}

/**
 * A line of text a person or client sends: at most `max` characters, no
 * control characters (a NUL would otherwise reach PostgreSQL as an internal
 * error).
 *
 * @example
 * Text(200).safeParse('CI token').success // true
 * Text(200).safeParse('a\u0000b').success // false
 */
export const Text = (max: number) =>
  z
    .string()
    .max(max, `At most ${max} characters`)
    .refine((s) => !hasControl(s), 'Control characters are not allowed');

/** Every id Tributary issues is a UUID; anything else cannot name a row, so it is refused before any query. */
export const Id = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'Not a valid id');

export const Name = Text(200);
export const Email = Text(320).pipe(z.email('Not an email address'));
export const ConnectorType = Text(64);
export const Cron = Text(120);
export const Search = Text(200);
export const MappingPath = Text(500);
export const AccountId = Text(200);
export const CredentialValue = Text(4096);
/** Passwords may hold any printable character; length bounds the scrypt work an unauthenticated caller can ask for. */
export const Password = z
  .string()
  .min(10, 'At least 10 characters')
  .max(1024, 'At most 1024 characters')
  .refine((s) => !hasControl(s), 'Control characters are not allowed');

function walk(value: unknown, depth: number): string | null {
  if (depth > 20) return 'Nested too deeply (at most 20 levels)';
  if (typeof value === 'string') return value.includes('\u0000') ? 'Strings may not contain NUL characters' : null;
  const children = Array.isArray(value)
    ? value
    : value && typeof value === 'object'
      ? [...Object.keys(value), ...Object.values(value)]
      : [];
  for (const child of children) {
    const problem = walk(child, depth + 1);
    if (problem) return problem;
  }
  return null;
}

/**
 * A JSON argument (settings, sample rows): at most `maxBytes` serialized,
 * 20 levels deep, no NUL in any key or string (PostgreSQL's jsonb refuses
 * `\u0000`).
 */
export const JsonInput = (maxBytes: number) =>
  z.unknown().superRefine((value, ctx) => {
    const size = Buffer.byteLength(JSON.stringify(value ?? null));
    if (size > maxBytes) ctx.addIssue({ code: 'custom', message: `At most ${maxBytes} bytes of JSON` });
    const problem = walk(value, 0);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** A `--name value` argument of a bench child process (required). */
export function option(name: string): string {
  const at = process.argv.indexOf(`--${name}`);
  const value = at >= 0 ? process.argv[at + 1] : undefined;
  if (value === undefined || value === '') throw new Error(`--${name} is required`);
  return value;
}

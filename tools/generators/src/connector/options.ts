import { names } from '@nx/devkit';
import { z } from 'zod';

/** Kebab-case words, the first starting with a letter: the connector id core's manifest accepts, and the folder, package and project names. */
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
/** A display name the templates can put inside quotes, comments and Markdown as it is. */
const DISPLAY_NAME = /^[A-Za-z0-9][A-Za-z0-9 .&+-]*$/;

/**
 * The generator's options (schema.json describes the same ones to the Nx
 * CLI, with prompts; a test keeps the two in agreement).
 */
export const ConnectorOptions = z.object({
  id: z
    .string()
    .min(2, 'A connector id has 2 to 40 characters')
    .max(40, 'A connector id has 2 to 40 characters')
    .regex(
      ID,
      'A connector id is kebab-case: lowercase words of letters and digits joined by "-", starting with a letter (acme, acme-crm)',
    ),
  auth: z.enum(['oauth2', 'api_key'], 'auth is oauth2 or api_key'),
  category: z.string().min(1),
  name: z.string().trim().max(60).regex(DISPLAY_NAME, 'name: letters, digits, spaces and . & + - only').optional(),
  skipInstall: z.boolean().default(false),
  skipFormat: z.boolean().default(false),
});
export type ConnectorOptions = z.input<typeof ConnectorOptions>;

/**
 * Parse the options, or fail with every problem in one message.
 *
 * @example
 * parseOptions({ id: 'acme', auth: 'api_key', category: 'crm' }).skipInstall // false
 */
export function parseOptions(input: unknown): z.output<typeof ConnectorOptions> {
  const parsed = ConnectorOptions.safeParse(input);
  if (!parsed.success) throw new Error(`Invalid options for @tributary/tools:connector:\n${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/**
 * The names a connector goes by, from its id: `acme-crm` is the folder and
 * registry key, `acmeCrm` the exported connector, `AcmeCrm` the prefix of
 * its types, `ACME_CRM` of its constants, `acme_crm` of sandbox keys, and
 * `Acme Crm` its display name unless one is given.
 *
 * @example
 * connectorNames('acme-crm').className // 'AcmeCrm'
 */
export function connectorNames(id: string, displayName?: string) {
  const n = names(id);
  const words = id.split('-').map((w) => w.charAt(0).toUpperCase() + w.slice(1));
  return {
    id,
    propertyName: n.propertyName,
    className: n.className,
    constantName: n.constantName,
    snakeId: id.replaceAll('-', '_'),
    displayName: displayName ?? words.join(' '),
  };
}
export type ConnectorNames = ReturnType<typeof connectorNames>;

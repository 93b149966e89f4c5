import { z } from 'zod';
import { acceptO365Dpa, o365Privacy, updateO365Privacy, type O365PrivacyView } from '../../services/o365-privacy.js';
import { builder } from '../builder.js';
import { MUTATION_ERRORS } from '../errors.js';
import { Id, Text } from '../inputs.js';

const O365PrivacyRef = builder.objectRef<O365PrivacyView>('O365Privacy').implement({
  description:
    "An Office 365 connector's privacy record: no sync until the DPA is accepted; only allowed domains are read (none: nothing); the own domain is never stored; subjects only when enabled.",
  fields: (t) => ({
    connectorId: t.exposeID('connectorId'),
    dpaAcceptedAt: t.field({ type: 'DateTime', nullable: true, resolve: (p) => p.dpaAcceptedAt }),
    dpaAcceptedBy: t.exposeString('dpaAcceptedBy', { nullable: true }),
    dpaVersion: t.exposeString('dpaVersion', { nullable: true, description: 'The version that was accepted' }),
    currentDpaVersion: t.exposeString('currentDpaVersion'),
    dpaText: t.exposeString('dpaText'),
    allowedDomains: t.exposeStringList('allowedDomains'),
    ownDomain: t.exposeString('ownDomain', { nullable: true }),
    includeSubjects: t.exposeBoolean('includeSubjects'),
    syncAllowed: t.boolean({ description: 'Whether a sync may run (the DPA is accepted)', resolve: (p) => p.dpaAcceptedAt !== null }),
  }),
});

const id = (value: string | number) => String(value);

builder.queryField('o365Privacy', (t) =>
  t.field({
    type: O365PrivacyRef,
    authScopes: { viewer: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }) },
    resolve: (_r, args, ctx) => o365Privacy(ctx.rt, ctx.principal, id(args.connectorId)),
  }),
);

builder.mutationFields((t) => ({
  acceptO365Dpa: t.field({
    type: O365PrivacyRef,
    description: 'Accept the Data Processing Agreement (the version shown) for an Office 365 connector; syncs are blocked until then.',
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: { connectorId: t.arg.id({ required: true, validate: Id }), version: t.arg.string({ required: true, validate: Text(32) }) },
    resolve: (_r, args, ctx) => acceptO365Dpa(ctx.rt, ctx.principal, id(args.connectorId), args.version),
  }),
  updateO365Privacy: t.field({
    type: O365PrivacyRef,
    description:
      "Set the domains whose correspondence is read (none: nothing), the tenant's own domain (never stored) and whether subjects are read.",
    authScopes: { manager: true },
    errors: { types: MUTATION_ERRORS },
    args: {
      connectorId: t.arg.id({ required: true, validate: Id }),
      allowedDomains: t.arg.stringList({ required: true, validate: z.array(Text(253)).max(500) }),
      ownDomain: t.arg.string({ required: false, validate: Text(253).nullish() }),
      includeSubjects: t.arg.boolean({ required: false }),
    },
    resolve: (_r, args, ctx) =>
      updateO365Privacy(ctx.rt, ctx.principal, id(args.connectorId), {
        allowedDomains: args.allowedDomains,
        ownDomain: args.ownDomain ? args.ownDomain : null,
        includeSubjects: args.includeSubjects ?? false,
      }),
  }),
}));

import { parseArgs } from 'node:util';
import type { NewTenantInput } from '../tenants/create-tenant.js';

export const tenantCreateUsage = [
  'Usage: npm run tenant:create -- --slug <slug> --name "<tenant name>" --organisation "<municipality name>"',
  '         --admin-email <e-mail> --admin-first-name <first name> [--admin-infix <infix>] --admin-surname <surname> [--language nl|en]',
  '',
  'Creates a tenant with the default catalogues, settings and terms of use, the municipality as an organisation and its',
  'first functional administrator, who gets an invitation mail (sent by the running server from the outbox).',
].join('\n');

/** The command line of `tenant:create` as the input of createTenant, or the reason it cannot be read. */
export function parseTenantArgs(argv: string[]): { input: NewTenantInput } | { error: string } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        slug: { type: 'string' },
        name: { type: 'string' },
        organisation: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-first-name': { type: 'string' },
        'admin-infix': { type: 'string' },
        'admin-surname': { type: 'string' },
        language: { type: 'string' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    return { error: (error as Error).message };
  }
  if (values.help) return { error: 'help' };
  const required = ['slug', 'name', 'organisation', 'admin-email', 'admin-first-name', 'admin-surname'] as const;
  const missing = required.filter((key) => !values[key]);
  if (missing.length > 0) return { error: `Missing ${missing.map((key) => `--${key}`).join(', ')}` };
  return {
    input: {
      slug: values.slug!,
      name: values.name!,
      organisation: values.organisation!,
      adminEmail: values['admin-email']!,
      adminFirstName: values['admin-first-name']!,
      adminSurname: values['admin-surname']!,
      ...(values['admin-infix'] ? { adminInfix: values['admin-infix'] } : {}),
      ...(values.language ? { language: values.language as 'nl' | 'en' } : {}),
    },
  };
}

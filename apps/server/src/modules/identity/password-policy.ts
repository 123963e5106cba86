import { dictionary } from '@zxcvbn-ts/language-common';
import type { FieldProblem } from '../../platform/errors.js';

/** The least a tenant may ask (and its default); the tenant setting `passwordMinLength` may ask more. */
export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

// About 49,000 passwords that appear most in breaches, shipped with @zxcvbn-ts/language-common.
const common = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()));

/**
 * The tenant's password policy: at least `minLength` characters (the tenant's `passwordMinLength`), not a common
 * password, not built on the person's name or e-mail.
 */
export function passwordProblems(
  password: string,
  person: { email: string; firstName: string; surname: string },
  minLength: number = PASSWORD_MIN,
  field = 'newPassword',
): FieldProblem[] {
  const min = Math.min(Math.max(minLength, PASSWORD_MIN), PASSWORD_MAX);
  if (password.length < min) return [{ field, code: 'tooShort', params: { min } }];
  if (password.length > PASSWORD_MAX) return [{ field, code: 'tooLong' }];
  const lower = password.toLowerCase();
  if (common.has(lower) || common.has(lower.replace(/[\d!?.]+$/, ''))) return [{ field, code: 'common' }];
  const personal = [person.email.toLowerCase(), person.email.split('@')[0]!.toLowerCase(), person.firstName.toLowerCase(), person.surname.toLowerCase()].filter((p) => p.length >= 3);
  if (personal.some((part) => lower.includes(part))) return [{ field, code: 'personal' }];
  return [];
}

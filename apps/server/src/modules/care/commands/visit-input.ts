import type { z } from 'zod';
import { validation } from '../../../platform/errors.js';
import type { Tx } from '../../../platform/db/index.js';
import { maxVisitHours } from '../csv.js';
import { isStaffOf } from '../repository.js';
import type { visitInput } from '../schema.js';

export type VisitInput = z.infer<typeof visitInput>;

/**
 * What zod cannot see on its own: the end after the start and at most twelve hours later, and a named professional
 * who works for the planning organisation. Field problems carry the request's field names.
 */
export async function checkVisit(tx: Tx, input: VisitInput, organisationId: string) {
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  if (endsAt <= startsAt) throw validation([{ field: 'endsAt', code: 'invalid' }]);
  if (endsAt.getTime() - startsAt.getTime() > maxVisitHours * 3_600_000) throw validation([{ field: 'endsAt', code: 'tooLong' }]);
  if (input.professionalPersonId && !(await isStaffOf(tx, input.professionalPersonId, organisationId))) {
    throw validation([{ field: 'professionalPersonId', code: 'invalid' }]);
  }
  return {
    kind: input.kind,
    professionalFirstName: input.professionalFirstName,
    professionalPersonId: input.professionalPersonId ?? null,
    startsAt,
    endsAt,
  };
}

import { z } from 'zod';
import { threadPolicy } from './policy.js';

const personName = { firstName: z.string(), infix: z.string().nullable(), surname: z.string() };

export const messagePerson = z
  .object({ personId: z.uuid(), ...personName, organisation: z.string().nullable() })
  .meta({ id: 'MessagePerson', description: 'A participant: the name, and the organisation for a professional' });

export const threadPolicies = z.array(z.enum(threadPolicy.actions as ['read', ...Array<'start' | 'reply'>]));

export const threadSummary = z
  .object({
    id: z.uuid(),
    dossierId: z.uuid(),
    dossierFileNumber: z.string(),
    subject: z.string(),
    lastMessageAt: z.iso.datetime(),
    unread: z.boolean().meta({ description: 'A message from someone else came after the caller last opened the thread' }),
    counterpart: z.object({ ...personName, organisation: z.string().nullable() }),
    lastDirection: z.enum(['sent', 'received']),
  })
  .meta({ id: 'MessageThreadSummary' });

export const writableDossier = z
  .object({ dossierId: z.uuid(), fileNumber: z.string(), teamName: z.string() })
  .meta({ id: 'MessageWritableDossier', description: 'An open dossier in which the caller may start a conversation' });

export const threadList = z.object({
  items: z.array(threadSummary),
  total: z.number().int(),
  unreadCount: z.number().int(),
});

export const paging = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(25),
});

export const recipient = z
  .object({
    personId: z.uuid(),
    ...personName,
    role: z.enum(['resident', 'relative', 'professional']),
    description: z.string().nullable(),
    noticeOnly: z.boolean().meta({
      description: 'A relative at level informed: cannot sign in and gets only an e-mail that the team has a message, with no content',
    }),
  })
  .meta({ id: 'MessageRecipient', description: 'Someone the caller may write to; description is the organisation or the relation' });

export const threadView = z
  .object({
    id: z.uuid(),
    dossierId: z.uuid(),
    dossierFileNumber: z.string(),
    subject: z.string(),
    participants: z.array(messagePerson),
    messages: z.array(
      z.object({
        id: z.uuid(),
        sender: messagePerson,
        direction: z.enum(['sent', 'received']),
        body: z.string(),
        sentAt: z.iso.datetime(),
        attachment: z.object({ documentId: z.uuid(), fileName: z.string() }).nullable(),
      }),
    ),
    policies: threadPolicies,
  })
  .meta({ id: 'MessageThread' });

const body = z.string().trim().min(1).max(5000);
const attachmentDocumentId = z.uuid().optional();

export const startThreadBody = z
  .object({ recipientPersonId: z.uuid(), subject: z.string().trim().min(1).max(150), body, attachmentDocumentId })
  .strict();

export const replyBody = z.object({ body, attachmentDocumentId }).strict();

export const dossierParams = z.object({ dossierId: z.uuid() });
export const threadParams = z.object({ threadId: z.uuid() });

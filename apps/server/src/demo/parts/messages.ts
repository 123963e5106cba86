import { messageParticipants, messages, messageThreads } from '../../db/schema/index.js';
import { requireId, type DemoContext } from '../demo-context.js';

type DemoMessage = [sender: string, hoursAgo: number, body: string];
interface DemoThread {
  dossier: string;
  subject: string;
  people: [string, string];
  messages: DemoMessage[];
  /** Participants who opened the thread after its last message; the others see it as unread. */
  readBy: string[];
}

const threads: DemoThread[] = [
  {
    dossier: 'jan-support',
    subject: 'Afspraak met de huisarts',
    people: ['sanne', 'jan'],
    messages: [
      ['sanne', 240, 'Beste Jan, is het gelukt om een afspraak te maken met de huisarts over het vallen? Groet, Sanne'],
      ['jan', 220, 'Hallo Sanne, Ria heeft gebeld. We kunnen volgende week donderdag om 10 uur terecht.'],
      ['sanne', 200, 'Fijn! Laat u na de afspraak weten wat de huisarts zei?'],
    ],
    readBy: ['sanne', 'jan'],
  },
  {
    dossier: 'jan-support',
    subject: 'Overzicht vaste lasten',
    people: ['sanne', 'jan'],
    messages: [['sanne', 30, 'Beste Jan, ik heb het overzicht van uw vaste lasten klaar. Zullen we het dinsdag samen bekijken? Groet, Sanne']],
    readBy: ['sanne'],
  },
  {
    dossier: 'jan-support',
    subject: 'Hulp bij douchen',
    people: ['sanne', 'jan'],
    messages: [['sanne', 5, 'Beste Jan, Thuiszorg De Linde kan vanaf volgende maand twee keer per week helpen bij het douchen. Wilt u dat?']],
    readBy: ['sanne'],
  },
  {
    dossier: 'emma-youth',
    subject: 'Emma is ziek',
    people: ['karin', 'daan'],
    messages: [
      ['karin', 150, 'Hallo Daan, Emma is ziek en kan donderdag niet naar het gesprek komen. Kunnen we het verzetten? Groet, Karin'],
      ['daan', 140, 'Beterschap voor Emma. Volgende week dinsdag om 16 uur kan ook. Past dat?'],
    ],
    readBy: ['karin', 'daan'],
  },
  {
    dossier: 'mohamed-wmo',
    subject: 'Uw persoonlijk ondersteuningsplan',
    people: ['fatima', 'mohamed'],
    messages: [['fatima', 48, 'Beste meneer Yilmaz, het eerste deel van uw ondersteuningsplan staat klaar. Wilt u het lezen en mij laten weten of het klopt?']],
    readBy: ['fatima'],
  },
];

/** Conversations in the demo dossiers: Jan has two unread messages from Sanne, Karin writes to Daan for Emma. */
export async function seedMessages(context: DemoContext): Promise<void> {
  const { tx, tenantId, cipher, now } = context;
  const at = (hoursAgo: number) => new Date(now.getTime() - hoursAgo * 3_600_000);
  for (const thread of threads) {
    const last = at(Math.min(...thread.messages.map(([, hoursAgo]) => hoursAgo)));
    const [row] = await tx
      .insert(messageThreads)
      .values({ tenantId, dossierId: requireId(context.dossiers, thread.dossier), subject: thread.subject, lastMessageAt: last, createdAt: at(thread.messages[0]![1]) })
      .returning({ id: messageThreads.id });
    const threadId = row!.id;
    await tx.insert(messageParticipants).values(
      thread.people.map((person) => ({ tenantId, threadId, personId: requireId(context.people, person), lastReadAt: thread.readBy.includes(person) ? last : null })),
    );
    for (const [sender, hoursAgo, body] of thread.messages) {
      await tx.insert(messages).values({
        tenantId,
        threadId,
        senderPersonId: requireId(context.people, sender),
        bodyEncrypted: cipher.encrypt(body),
        sentAt: at(hoursAgo),
        createdAt: at(hoursAgo),
      });
    }
  }
}

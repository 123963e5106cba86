import {
  dossierActions,
  involvedParties,
  journalEntries,
  planSectionRevisions,
  planSections,
  specialistServices,
} from '../../db/schema/index.js';
import { dayFrom, requireId, type DemoContext } from '../demo-context.js';

const journal: Array<[dossier: string, daysAgo: number, author: string, type: string, domain: string | null, visible: boolean, note: string]> = [
  ['jan-support', 118, 'sanne', 'kitchenTable', 'income', true, 'Kennismaking aan de keukentafel met Jan en Ria. Jan wil overzicht in zijn post en rekeningen.'],
  ['jan-support', 90, 'sanne', 'phone', 'income', true, 'Jan belde: de huurtoeslag is aangevraagd.'],
  ['jan-support', 75, 'sanne', 'homeVisit', 'physicalHealth', false, 'Jan loopt slechter sinds de val in maart. Overleg met huisarts voorgesteld.'],
  ['jan-support', 40, 'sanne', 'progress', 'network', true, 'Voortgangsgesprek: Jan gaat op dinsdag naar de inloop in het buurthuis.'],
  ['jan-support', 12, 'sanne', 'email', 'income', true, 'Overzicht van vaste lasten gemaild aan Jan.'],
  ['jan-support', 3, 'sanne', 'consultation', 'physicalHealth', false, 'Overleg met Thuiszorg De Linde over extra hulp bij douchen.'],
  ['jan-debts', 530, 'lotte', 'kitchenTable', 'debts', true, 'Intake schulden. Jan en Ria brengen de brieven van schuldeisers mee.'],
  ['jan-debts', 300, 'lotte', 'progress', 'debts', true, 'Alle schuldeisers akkoord met regeling.'],
  ['emma-youth', 58, 'daan', 'kitchenTable', 'family', true, 'Gesprek met Emma en Karin over de ruzies thuis en school.'],
  ['emma-youth', 30, 'daan', 'phone', 'work', false, 'Mentor van school gebeld: Emma komt vaker te laat.'],
  ['emma-youth', 7, 'daan', 'progress', 'family', true, 'Het gaat beter. Emma heeft een vaste avond met haar vader afgesproken.'],
  ['emma-school', 395, 'daan', 'kitchenTable', 'work', true, 'Emma gaat niet meer naar school. Gesprek met Emma, Karin en de leerplichtambtenaar.'],
  ['emma-school', 160, 'daan', 'progress', 'work', true, 'Emma gaat weer elke dag. Overdracht aan de schoolmaatschappelijk werker.'],
  ['mohamed-wmo', 28, 'sanne', 'kitchenTable', 'selfCare', true, 'Keukentafelgesprek over hulp in het huishouden na de operatie.'],
  ['mohamed-wmo', 10, 'fatima', 'note', 'selfCare', false, 'POP deel I in voorbereiding.'],
];

const sections: Array<[dossier: string, kind: 'livingSituation' | 'future' | 'agreements', text: string]> = [
  ['jan-support', 'livingSituation', 'Ik woon met Ria in een flat op de tweede verdieping. Sinds mijn val kom ik minder buiten.'],
  ['jan-support', 'future', 'Ik wil weer zelf boodschappen doen en mijn rekeningen op tijd betalen.'],
  ['jan-support', 'agreements', 'Sanne helpt met het overzicht van de post. Ria belt de huisarts. Ik ga naar de inloop op dinsdag.'],
  ['jan-debts', 'livingSituation', 'We hadden schulden door een terugvordering van toeslagen.'],
  ['jan-debts', 'future', 'Schuldenvrij en rust in huis.'],
  ['jan-debts', 'agreements', 'Regeling via de gemeente; elke maand overleg met Lotte.'],
  ['emma-school', 'agreements', 'Ik ga elke dag naar school. Als het niet lukt bel ik mijn mentor.'],
  ['emma-youth', 'livingSituation', 'Ik woon bij mijn moeder en ga naar de tweede klas.'],
  ['emma-youth', 'future', 'Minder ruzie thuis en op tijd op school.'],
  ['emma-youth', 'agreements', 'Elke week een gesprek met Daan. Mama en ik eten op zondag samen met papa.'],
];

const actions: Array<[dossier: string, author: string, code: string | null, text: string, assignee: string, plannedIn: number, done: number | null]> = [
  ['jan-support', 'sanne', 'applyAllowance', 'Huurtoeslag aanvragen', 'Jan', -80, -78],
  ['jan-support', 'sanne', 'gpAppointment', 'Afspraak maken met de huisarts over vallen', 'Ria', 5, null],
  ['jan-support', 'sanne', null, 'Post van deze maand samen doornemen', 'Sanne de Vries', 9, null],
  ['jan-support', 'sanne', 'networkMeeting', 'Netwerkberaad met zoon Henk plannen', 'Jan', 21, null],
  ['emma-youth', 'daan', null, 'Wekker om 7 uur zetten, een week lang', 'Emma', 2, null],
  ['mohamed-wmo', 'sanne', 'wmoApplication', 'Wmo-melding huishoudelijke hulp', 'Sanne de Vries', -25, -25],
];

/** Journal, plan text with history, actions, services and involved parties of the demo dossiers (the catalogue comes with the tenant). */
export async function seedDossierParts(context: DemoContext): Promise<void> {
  const { tx, tenantId, cipher, now } = context;
  const dossierId = (key: string) => requireId(context.dossiers, key);
  const personId = (key: string) => requireId(context.people, key);

  for (const [dossier, daysAgo, author, contactType, lifeDomain, visibleToResident, note] of journal) {
    await tx.insert(journalEntries).values({
      tenantId,
      dossierId: dossierId(dossier),
      occurredOn: dayFrom(now, -daysAgo),
      authorPersonId: personId(author),
      contactType,
      lifeDomain,
      visibleToResident,
      noteEncrypted: cipher.encrypt(note),
    });
  }
  for (const [dossier, kind, text] of sections) {
    const changedAt = new Date(now.getTime() - 20 * 86_400_000);
    const [section] = await tx
      .insert(planSections)
      .values({ tenantId, dossierId: dossierId(dossier), kind, textEncrypted: cipher.encrypt(text), updatedAt: changedAt })
      .returning({ id: planSections.id });
    await tx
      .insert(planSectionRevisions)
      .values({ tenantId, sectionId: section!.id, version: 1, textEncrypted: cipher.encrypt(text), changedAt });
  }
  for (const [dossier, author, standardCode, text, assignee, plannedIn, done] of actions) {
    await tx.insert(dossierActions).values({
      tenantId,
      dossierId: dossierId(dossier),
      createdByPersonId: personId(author),
      standardCode,
      text,
      assignee,
      plannedOn: dayFrom(now, plannedIn),
      doneOn: done === null ? null : dayFrom(now, done),
    });
  }
  await tx.insert(specialistServices).values([
    { tenantId, dossierId: dossierId('jan-support'), product: 'Huishoudelijke hulp (Wmo)', supplier: 'Thuiszorg De Linde', startsOn: dayFrom(now, -60), endsOn: dayFrom(now, 305), status: 'granted' },
    { tenantId, dossierId: dossierId('jan-support'), product: 'Scootmobiel', supplier: 'Hulpmiddelen Demoland', startsOn: null, endsOn: null, status: 'refused' },
    { tenantId, dossierId: dossierId('jan-debts'), product: 'Schuldhulpverlening', supplier: 'Gemeente Demoland', startsOn: dayFrom(now, -500), endsOn: dayFrom(now, -200), status: 'ended' },
    { tenantId, dossierId: dossierId('emma-youth'), product: 'Ambulante jeugdhulp', supplier: 'Begeleiding Het Anker', startsOn: dayFrom(now, -40), endsOn: dayFrom(now, 140), status: 'granted' },
    { tenantId, dossierId: dossierId('mohamed-wmo'), product: 'Huishoudelijke hulp (Wmo)', supplier: 'Thuiszorg De Linde', startsOn: dayFrom(now, -5), endsOn: null, status: 'requested' },
  ]);
  await tx.insert(involvedParties).values([
    { tenantId, dossierId: dossierId('jan-support'), name: 'Huisartsenpraktijk Demoland-Zuid', contactName: 'Dr. A. Kok', phone: '0123 111 222', email: 'assistent@hapzuid.example' },
    { tenantId, dossierId: dossierId('jan-support'), name: 'Apotheek De Gaper', contactName: null, phone: '0123 111 333', email: null },
    { tenantId, dossierId: dossierId('emma-youth'), name: 'Het Demoland College', contactName: 'M. de Wit (mentor)', phone: '0123 222 444', email: 'mentor@demolandcollege.example' },
  ]);
}

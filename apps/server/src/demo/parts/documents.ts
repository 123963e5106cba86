import PDFDocument from 'pdfkit';
import { documentContents, documents } from '../../db/schema/index.js';
import { requireId, type DemoContext } from '../demo-context.js';

/** A small real PDF: a letterhead, a title and a few paragraphs. Fixed dates keep the bytes the same for the same text. */
export function demoPdf(title: string, paragraphs: readonly string[], sender = 'Gemeente Demoland · Wijkteams'): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: sender, CreationDate: new Date('2026-01-01T00:00:00Z') } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fillColor('#00686b').font('Helvetica-Bold').fontSize(11).text(sender);
    doc.moveDown(2).fillColor('#1a1a1a').fontSize(18).text(title);
    doc.moveDown().font('Helvetica').fontSize(11);
    for (const paragraph of paragraphs) doc.text(paragraph, { lineGap: 3 }).moveDown();
    doc.end();
  });
}

type DemoDocument = {
  dossier: string;
  daysAgo: number;
  addedBy: string;
  category: 'report' | 'letter' | 'decision' | 'photo' | 'other';
  visible: boolean;
  description: string;
  fileName: string;
  paragraphs: string[];
};

const demoDocuments: DemoDocument[] = [
  {
    dossier: 'jan-support', daysAgo: 117, addedBy: 'sanne', category: 'report', visible: true,
    description: 'Verslag keukentafelgesprek', fileName: 'Verslag keukentafelgesprek.pdf',
    paragraphs: [
      'Aanwezig: Jan de Boer, Ria de Boer-Smits en Sanne de Vries (wijkcoach).',
      'Jan wil weer overzicht krijgen over zijn post en rekeningen. Sinds zijn val komt hij minder buiten.',
      'Afspraken: Sanne helpt met een overzicht van de vaste lasten. Ria belt de huisarts over het vallen.',
    ],
  },
  {
    dossier: 'jan-support', daysAgo: 86, addedBy: 'jan', category: 'letter', visible: true,
    description: 'Brief over de huurtoeslag', fileName: 'Brief huurtoeslag.pdf',
    paragraphs: ['Uw aanvraag voor huurtoeslag is ontvangen. U hoort binnen acht weken of u huurtoeslag krijgt.'],
  },
  {
    dossier: 'jan-support', daysAgo: 58, addedBy: 'sanne', category: 'decision', visible: true,
    description: 'Beschikking huishoudelijke hulp', fileName: 'Beschikking huishoudelijke hulp.pdf',
    paragraphs: [
      'Besluit op uw melding in het kader van de Wet maatschappelijke ondersteuning (Wmo 2015).',
      'U krijgt huishoudelijke hulp in natura, uit te voeren door Thuiszorg De Linde, voor de duur van één jaar.',
      'Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken.',
    ],
  },
  {
    dossier: 'jan-support', daysAgo: 3, addedBy: 'sanne', category: 'other', visible: false,
    description: 'Overdracht aan De Linde', fileName: 'Overdracht aan De Linde.pdf',
    paragraphs: ['Interne overdracht aan Thuiszorg De Linde over hulp bij het douchen. Niet voor de inwoner bedoeld.'],
  },
  {
    dossier: 'jan-debts', daysAgo: 320, addedBy: 'lotte', category: 'report', visible: true,
    description: 'Overzicht schuldregeling', fileName: 'Overzicht schuldregeling.pdf',
    paragraphs: ['Alle schuldeisers zijn akkoord met de regeling. De looptijd is achttien maanden.'],
  },
  {
    dossier: 'emma-youth', daysAgo: 57, addedBy: 'daan', category: 'report', visible: true,
    description: 'Verslag keukentafelgesprek', fileName: 'Verslag keukentafelgesprek.pdf',
    paragraphs: ['Aanwezig: Emma Smit, Karin Smit en Daan Bakker (jeugdcoach). Gesproken over thuis en school.'],
  },
  {
    dossier: 'emma-youth', daysAgo: 29, addedBy: 'daan', category: 'other', visible: false,
    description: 'Aantekeningen gesprek mentor', fileName: 'Aantekeningen mentor.pdf',
    paragraphs: ['Telefonisch overleg met de mentor over te laat komen. Intern.'],
  },
  {
    dossier: 'mohamed-wmo', daysAgo: 27, addedBy: 'sanne', category: 'report', visible: true,
    description: 'Verslag keukentafelgesprek', fileName: 'Verslag keukentafelgesprek.pdf',
    paragraphs: ['Gesprek over hulp in het huishouden na de operatie van Mohamed Yilmaz.'],
  },
  {
    dossier: 'mohamed-wmo', daysAgo: 4, addedBy: 'fatima', category: 'decision', visible: true,
    description: 'Beschikking huishoudelijke hulp', fileName: 'Beschikking huishoudelijke hulp.pdf',
    paragraphs: ['U krijgt huishoudelijke hulp. De hulp begint zodra Thuiszorg De Linde contact met u heeft opgenomen.'],
  },
];

/** Documents of the demo dossiers, as PDFs made now: some shared with the resident, some internal. */
export async function seedDocuments(context: DemoContext): Promise<void> {
  const { tx, tenantId, now } = context;
  for (const item of demoDocuments) {
    const bytes = await demoPdf(item.description, item.paragraphs);
    const at = new Date(now.getTime() - item.daysAgo * 86_400_000);
    const [row] = await tx
      .insert(documents)
      .values({
        tenantId,
        dossierId: requireId(context.dossiers, item.dossier),
        description: item.description,
        fileName: item.fileName,
        mediaType: 'application/pdf',
        sizeBytes: bytes.length,
        category: item.category,
        visibleToResident: item.visible,
        addedByPersonId: requireId(context.people, item.addedBy),
        createdAt: at,
        updatedAt: at,
      })
      .returning({ id: documents.id });
    await tx.insert(documentContents).values({ tenantId, documentId: row!.id, bytes });
  }
}

import PDFDocument from 'pdfkit';
import type { Language } from '../../platform/i18n.js';
import { zrmScale, type Block, type ZrmDomain } from './blocks.js';
import type { z } from 'zod';
import type { planView } from './schema.js';

type Labels = typeof nl;
const nl = {
  lang: 'nl' as 'nl' | 'en',
  corrected: (on: string, by: string) => `gecorrigeerd op ${on} door ${by}`,
  plan: 'Plan',
  template: 'Sjabloon',
  version: 'versie',
  revision: 'Stand',
  printedFor: 'Gemaakt voor',
  printedOn: 'op',
  lastChange: 'Laatst gewijzigd door',
  noAnswer: '(geen antwoord)',
  yes: 'Ja',
  no: 'Nee',
  domain: 'Domein',
  note: 'Toelichting',
  moment: 'Datum',
  rater: 'Door',
  raterKinds: { resident: 'inwoner', professional: 'professional', network: 'netwerk' },
  goal: 'Doel',
  status: 'Status',
  statuses: { open: 'loopt', achieved: 'bereikt', notAchieved: 'niet bereikt', stopped: 'gestopt' },
  targetDate: 'Streefdatum',
  lifeDomain: 'Leefgebied',
  progress: 'Voortgang',
  description: 'Omschrijving',
  actions: 'Acties',
  who: 'Wie',
  plannedOn: 'Gepland',
  doneOn: 'Gedaan',
  measurements: 'Metingen',
  value: 'Waarde',
  signatures: 'Handtekeningen',
  kinds: { approved: 'voor akkoord', seen: 'voor gezien' },
  olderRevision: 'ondertekend vóór de laatste wijziging',
  see: 'Zie het dossier in Samenplan.',
  zrm: {
    finances: 'Financiën', workEducation: 'Werk & opleiding', timeUse: 'Tijdsbesteding', housing: 'Huisvesting',
    domesticRelations: 'Huiselijke relaties', mentalHealth: 'Geestelijke gezondheid', physicalHealth: 'Lichamelijke gezondheid',
    substanceUse: 'Middelengebruik', basicAdl: 'Basale ADL', instrumentalAdl: 'Instrumentele ADL', socialNetwork: 'Sociaal netwerk',
    participation: 'Maatschappelijke participatie', justice: 'Justitie',
  } satisfies Record<ZrmDomain, string>,
};
const en: Labels = {
  lang: 'en',
  corrected: (on: string, by: string) => `corrected on ${on} by ${by}`,
  plan: 'Plan',
  template: 'Template',
  version: 'version',
  revision: 'Revision',
  printedFor: 'Made for',
  printedOn: 'on',
  lastChange: 'Last changed by',
  noAnswer: '(no answer)',
  yes: 'Yes',
  no: 'No',
  domain: 'Domain',
  note: 'Note',
  moment: 'Date',
  rater: 'By',
  raterKinds: { resident: 'resident', professional: 'professional', network: 'network' },
  goal: 'Goal',
  status: 'Status',
  statuses: { open: 'open', achieved: 'achieved', notAchieved: 'not achieved', stopped: 'stopped' },
  targetDate: 'Target date',
  lifeDomain: 'Life domain',
  progress: 'Progress',
  description: 'Description',
  actions: 'Actions',
  who: 'Who',
  plannedOn: 'Planned',
  doneOn: 'Done',
  measurements: 'Measurements',
  value: 'Value',
  signatures: 'Signatures',
  kinds: { approved: 'for approval', seen: 'as seen' },
  olderRevision: 'signed before the latest change',
  see: 'See the dossier in Samenplan.',
  zrm: {
    finances: 'Finances', workEducation: 'Work & education', timeUse: 'Use of time', housing: 'Housing',
    domesticRelations: 'Domestic relations', mentalHealth: 'Mental health', physicalHealth: 'Physical health',
    substanceUse: 'Substance use', basicAdl: 'Basic ADL', instrumentalAdl: 'Instrumental ADL', socialNetwork: 'Social network',
    participation: 'Social participation', justice: 'Justice',
  },
};

type View = z.infer<typeof planView>;
type BlockView = View['blocks'][number];

const text = (value: unknown, l: Labels): string => {
  if (value === null || value === undefined || value === '') return l.noAnswer;
  if (typeof value === 'boolean') return value ? l.yes : l.no;
  if (Array.isArray(value)) return value.join(', ');
  return String(value);
};

/**
 * The plan as the reader may see it (the same allow-listed view the API sends), as a tagged PDF: headings, paragraphs
 * and tables in the structure tree, the document language set, and every chart given as its table.
 */
export function planPdf(view: View, options: { language: Language; readerName: string; printedAt: Date }): Promise<Buffer> {
  const l = options.language === 'en' ? en : nl;
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margin: 56,
      tagged: true,
      pdfVersion: '1.7',
      lang: options.language === 'en' ? 'en-GB' : 'nl-NL',
      displayTitle: true,
      info: { Title: view.title, Author: 'Samenplan', Subject: `${l.template}: ${view.template.name}`, CreationDate: options.printedAt },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const root = doc.struct('Document');
    doc.addStructure(root);
    const heading = (value: string, level: 1 | 2 | 3) => {
      doc.font('Helvetica-Bold').fontSize(level === 1 ? 18 : level === 2 ? 14 : 12).fillColor('#1a1a1a');
      doc.text(value, { structParent: root, structType: `H${level}` } as never);
      doc.moveDown(0.4).font('Helvetica').fontSize(10.5);
    };
    const paragraph = (value: string) => {
      doc.font('Helvetica').fontSize(10.5).fillColor('#1a1a1a').text(value, { structParent: root, structType: 'P', lineGap: 2 } as never);
      doc.moveDown(0.5);
    };
    const table = (header: string[], rows: string[][]) => {
      if (rows.length === 0) return;
      doc.font('Helvetica').fontSize(9.5);
      doc.table({
        structParent: root,
        data: [header.map((h) => ({ text: h, type: 'TH', font: { src: 'Helvetica-Bold' } })), ...rows.map((r) => r.map((cell) => ({ text: cell })))],
      } as never);
      doc.moveDown(0.8);
    };

    heading(view.title, 1);
    paragraph(`${l.template}: ${view.template.name}, ${l.version} ${view.template.number}. ${l.revision} ${view.revision}.`);
    if (view.lastChangedBy) paragraph(`${l.lastChange} ${view.lastChangedBy}, ${view.updatedAt.slice(0, 10)}.`);
    paragraph(`${l.printedFor} ${options.readerName} ${l.printedOn} ${options.printedAt.toISOString().slice(0, 10)}.`);

    for (const block of view.blocks) {
      heading(block.title, 2);
      renderBlock(block, l, { heading, paragraph, table });
    }
    doc.end();
  });
}

type Writers = { heading: (v: string, level: 1 | 2 | 3) => void; paragraph: (v: string) => void; table: (header: string[], rows: string[][]) => void };

function renderBlock(block: BlockView, l: Labels, w: Writers) {
  const definition = block.definition as Block;
  switch (definition.type) {
    case 'text':
      w.paragraph(text(block.fields.text?.value, l));
      return;
    case 'questionnaire':
      w.table(
        [definition.title, l.value],
        definition.questions.map((q) => {
          const value = block.fields[q.key]?.value;
          const label = (key: unknown) => q.options?.find((o) => o.key === key)?.label ?? String(key);
          const shown = Array.isArray(value) ? value.map(label).join(', ') : q.options && value ? label(value) : text(value, l);
          return [q.label, shown];
        }),
      );
      return;
    case 'watTelt':
    case 'zrm': {
      const domainLabel = (key: string) =>
        definition.type === 'zrm' ? (l.zrm[key as ZrmDomain] ?? key) : (definition.domains.find((d) => d.key === key)?.label ?? key);
      const domains: string[] = definition.type === 'zrm' ? definition.domains : definition.domains.map((d) => d.key);
      const scale = definition.type === 'zrm' ? zrmScale : definition.scale;
      w.paragraph(`${scale.min} = ${scale.minLabel}, ${scale.max} = ${scale.maxLabel}`);
      const sets = block.scoreSets ?? [];
      w.table(
        [l.domain, ...sets.map((s) => `${s.measuredOn} ${s.rater} (${l.raterKinds[s.raterKind]})${s.corrected ? `, ${l.corrected(s.corrected.at.slice(0, 10), s.corrected.by)}` : ''}`)],
        domains.map((key) => [domainLabel(key), ...sets.map((s) => String(s.scores.find((c) => c.domainKey === key)?.score ?? '–'))]),
      );
      return;
    }
    case 'goals':
      for (const goal of block.goals ?? []) {
        w.heading(`${l.goal}: ${text(goal.fields.title?.value, l)}`, 3);
        const rows: string[][] = [[l.status, l.statuses[goal.status]]];
        if (goal.fields.description) rows.push([l.description, text(goal.fields.description.value, l)]);
        if (definition.targetDate) rows.push([l.targetDate, text(goal.fields.targetDate?.value, l)]);
        if (definition.lifeDomain) rows.push([l.lifeDomain, goal.lifeDomain ? goal.lifeDomain.label[l.lang] : l.noAnswer]);
        if (goal.fields.progress) rows.push([l.progress, text(goal.fields.progress.value, l)]);
        w.table([l.goal, l.value], rows);
        if (goal.actions.length > 0) {
          w.table(
            [l.actions, l.who, l.plannedOn, l.doneOn],
            goal.actions.map((a) => [text(a.fields.title?.value, l), text(a.fields.who?.value, l), text(a.fields.plannedOn?.value, l), text(a.fields.doneOn?.value, l)]),
          );
        }
        if (goal.measurements.length > 0) {
          w.table(
            [l.moment, l.value, l.rater, l.note],
            goal.measurements.map((m) => [m.measuredOn, String(m.value), m.by, [m.note, m.corrected ? `(${l.corrected(m.corrected.at.slice(0, 10), m.corrected.by)})` : ''].filter(Boolean).join(' ')]),
          );
        }
      }
      return;
    case 'signatures':
      w.table(
        [l.signatures, l.moment, l.rater, l.revision],
        (block.signatures ?? []).map((s) => [`${l.kinds[s.kind]}${s.current ? '' : ` (${l.olderRevision})`}`, s.signedOn, `${s.name} (${s.role})`, String(s.revision)]),
      );
      return;
    case 'services':
    case 'documents':
      w.paragraph(l.see);
      return;
  }
}

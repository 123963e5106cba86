import type { Block } from '../../modules/plan/index.js';
import { zrmDomains } from '../../modules/plan/index.js';

/** The three published templates of the demo tenant (issue 6), with the user groups that may use them. */
export const demoTemplates: Array<{ key: string; name: string; description: string; groups: string[]; blocks: Block[] }> = [
  {
    key: 'youth',
    name: 'Jeugdplan integraal',
    description: 'Eén plan voor de jeugdige, het gezin en de betrokken hulpverleners.',
    groups: ['Wijkteam coaches', 'Aanbieders'],
    blocks: [
      { key: 'situatie', type: 'text', title: 'Situatie van de jeugdige en het gezin', help: 'Beschrijf in gewone woorden hoe het nu gaat.' },
      {
        key: 'vragen',
        type: 'questionnaire',
        title: 'Vragen vooraf',
        questions: [
          { key: 'school', type: 'shortText', label: 'Naar welke school ga je?', required: true },
          { key: 'zorgen', type: 'longText', label: 'Waar maak je je zorgen over?', required: false },
          { key: 'startdatum', type: 'date', label: 'Sinds wanneer speelt dit?', required: false },
          { key: 'veilig', type: 'yesNo', label: 'Voel je je thuis veilig?', required: true },
          { key: 'woont', type: 'singleChoice', label: 'Bij wie woon je?', required: true, options: [{ key: 'moeder', label: 'Moeder' }, { key: 'vader', label: 'Vader' }, { key: 'beiden', label: 'Beide ouders' }, { key: 'anders', label: 'Anders' }] },
          { key: 'hulp', type: 'multipleChoice', label: 'Wie helpen je nu?', required: false, options: [{ key: 'familie', label: 'Familie' }, { key: 'school', label: 'School' }, { key: 'vrienden', label: 'Vrienden' }, { key: 'huisarts', label: 'Huisarts' }] },
          { key: 'uren-slaap', type: 'number', label: 'Hoeveel uur slaap je per nacht?', required: false, min: 0, max: 24 },
          { key: 'stemming', type: 'scale', label: 'Hoe gaat het met je, van 1 tot 10?', required: false, min: 1, max: 10, minLabel: 'slecht', maxLabel: 'heel goed' },
        ],
      },
      {
        key: 'wat-telt',
        type: 'watTelt',
        title: 'Wat telt voor jou',
        domains: [
          { key: 'thuis', label: 'Thuis' },
          { key: 'school', label: 'School' },
          { key: 'vrienden', label: 'Vrienden' },
          { key: 'gezondheid', label: 'Gezondheid' },
          { key: 'vrije-tijd', label: 'Vrije tijd' },
          { key: 'geld', label: 'Geld' },
          { key: 'veiligheid', label: 'Veiligheid' },
          { key: 'toekomst', label: 'Toekomst' },
        ],
        scale: { min: 0, max: 10, minLabel: 'gaat helemaal niet goed', maxLabel: 'gaat heel goed' },
      },
      { key: 'doelen', type: 'goals', title: 'Doelen en acties', targetDate: true, lifeDomain: true, measurements: { min: 1, max: 10, minLabel: 'nog niet', maxLabel: 'bereikt' }, actions: true },
      { key: 'handtekeningen', type: 'signatures', title: 'Ondertekening', kinds: ['approved', 'seen'] },
    ],
  },
  {
    key: 'adult',
    name: 'Ondersteuningsplan volwassenen',
    description: 'Zelfredzaamheid, doelen en ingezette zorg voor volwassenen.',
    groups: ['Wijkteam coaches', 'Consulenten Wmo', 'Aanbieders'],
    blocks: [
      { key: 'zrm', type: 'zrm', title: 'Zelfredzaamheid (ZRM)', domains: [...zrmDomains] },
      { key: 'doelen', type: 'goals', title: 'Doelen', targetDate: true, lifeDomain: true, measurements: null, actions: true },
      { key: 'diensten', type: 'services', title: 'Ingezette zorg en diensten' },
      { key: 'documenten', type: 'documents', title: 'Documenten' },
      { key: 'handtekeningen', type: 'signatures', title: 'Ondertekening', kinds: ['approved'] },
    ],
  },
  {
    key: 'short',
    name: 'Kort plan',
    description: 'De drie vragen van het persoonlijk ondersteuningsplan.',
    groups: ['Wijkteam coaches', 'Consulenten Wmo'],
    blocks: [
      { key: 'leefsituatie', type: 'text', title: 'Mijn/onze leefsituatie' },
      { key: 'toekomst', type: 'text', title: 'Mijn/onze toekomst' },
      { key: 'afspraken', type: 'text', title: 'Mijn/onze afspraken' },
    ],
  },
];

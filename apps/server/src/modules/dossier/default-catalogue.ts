/** The catalogues a tenant starts with; the functional administrator adds, renames and switches items off. */
export const defaultCatalogue = {
  contactType: [
    ['kitchenTable', 'Gesprek – keukentafelgesprek', 'Conversation – kitchen-table conversation'],
    ['progress', 'Gesprek – voortgangsgesprek', 'Conversation – progress review'],
    ['email', 'E-mail', 'E-mail'],
    ['phone', 'Telefoon', 'Phone'],
    ['homeVisit', 'Huisbezoek', 'Home visit'],
    ['consultation', 'Overleg met ketenpartner', 'Consultation with a partner organisation'],
    ['note', 'Notitie', 'Note'],
  ],
  lifeDomain: [
    ['income', 'Inkomen', 'Income'],
    ['debts', 'Schulden', 'Debts'],
    ['housing', 'Huisvesting', 'Housing'],
    ['family', 'Gezinsrelaties', 'Family relations'],
    ['mentalHealth', 'Geestelijke gezondheid', 'Mental health'],
    ['physicalHealth', 'Lichamelijke gezondheid', 'Physical health'],
    ['work', 'Werk en opleiding', 'Work and education'],
    ['dailyLife', 'Dagbesteding', 'Daytime activities'],
    ['network', 'Sociaal netwerk', 'Social network'],
    ['selfCare', 'Zelfzorg', 'Self-care'],
  ],
  standardAction: [
    ['applyAllowance', 'Toeslag aanvragen', 'Apply for an allowance'],
    ['debtHelp', 'Aanmelden bij schuldhulpverlening', 'Register with debt counselling'],
    ['gpAppointment', 'Afspraak maken met de huisarts', 'Make an appointment with the GP'],
    ['wmoApplication', 'Wmo-melding doen', 'Register a Wmo request'],
    ['networkMeeting', 'Netwerkberaad plannen', 'Plan a network meeting'],
  ],
  closingReason: [
    ['goalsMet', 'Doelen behaald', 'Goals achieved'],
    ['referred', 'Overgedragen aan andere organisatie', 'Handed over to another organisation'],
    ['residentStopped', 'Op verzoek van de inwoner gestopt', 'Stopped at the resident’s request'],
    ['moved', 'Verhuisd', 'Moved away'],
  ],
} as const satisfies Record<string, ReadonlyArray<readonly [string, string, string]>>;

export type CatalogueKind = keyof typeof defaultCatalogue;

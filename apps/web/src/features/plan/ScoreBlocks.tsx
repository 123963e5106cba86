import {
  Fieldset,
  FieldsetLegend,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading,
  Paragraph,
  RadioButton,
  TableCell,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useCallback, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField } from '../../components/form/fields';
import { readProblem, useFormErrors } from '../../components/form/useFormErrors';
import { useAddScores, useCorrectScores, type RaterKind, type Scale, type ScoreSet, type WatTeltBlock, type ZrmBlock } from './api';
import { BlockFrame, FormToggle, Notice } from './BlockFrame';
import { CorrectButton, CorrectedMark, CorrectionFields, useCorrecting, useFocusFirst } from './Corrections';
import { Legend, LineChart, RadarChart, type LineSeries, type RadarSeries, type SeriesStyle } from './charts';
import { domId, formatDay, formatShortDay, today } from './format';
import { PlanForm } from './PlanForm';
import { ScrollTable } from './ScrollTable';

type Domain = { key: string; label: string };
const kinds: RaterKind[] = ['resident', 'professional', 'network'];
const byDate = (a: ScoreSet, b: ScoreSet) => a.measuredOn.localeCompare(b.measuredOn);

/** Higher, lower or the same as the moment before; unknown when either moment has no score. */
function changeOf(now: number | undefined, before: number | undefined) {
  if (now === undefined || before === undefined) return 'unknown' as const;
  return now === before ? ('same' as const) : now > before ? ('up' as const) : ('down' as const);
}
const scoreOf = (set: ScoreSet | undefined, domainKey: string) => set?.scores.find((s) => s.domainKey === domainKey)?.score;

/** The latest moment of each series (resident, professional, network) that has one. */
function latestPerKind(sets: ScoreSet[]) {
  const sorted = [...sets].sort(byDate);
  return kinds.map((kind) => ({ kind, set: sorted.filter((s) => s.raterKind === kind).at(-1) })).filter((l): l is { kind: RaterKind; set: ScoreSet } => Boolean(l.set));
}

type ScoreContext = { planId: string; blockKey: string; domains: Domain[]; scale: Scale; levels?: string[] | undefined };

/**
 * Earlier moments, newest first: each with its date, who scored and the scores per domain; a corrected moment says so,
 * with the scores it replaced. Who may correct a moment (their own series) gets a button on its row, which opens the
 * correction form under the table. A wide table scrolls inside its own frame.
 */
function MomentsTable({ id, sets, caption, format, context }: { id: string; sets: ScoreSet[]; caption: string; format: (score: number | undefined) => string; context: ScoreContext }) {
  const { t, i18n } = useTranslation('plan');
  const [notice, setNotice] = useState<string | null>(null);
  const { domains } = context;
  const sorted = [...sets].sort(byDate).reverse();
  const mayCorrect = sets.some((s) => s.policies.includes('correct'));
  const buttonId = useCallback((set: ScoreSet) => domId('correct-button', set.id), []);
  const correcting = useCorrecting(buttonId, `${id}-caption`);
  const label = (key: string) => domains.find((d) => d.key === key)?.label ?? key;
  const columns = [
    { key: 'date', label: t('scores.date') },
    { key: 'who', label: t('scores.who') },
    ...domains.map((d) => ({ key: `domain-${d.key}`, label: d.label })),
    ...(mayCorrect ? [{ key: 'correct', label: t('correction.column') }] : []),
  ];
  return (
    <>
      <Notice text={notice} />
      <ScrollTable captionId={`${id}-caption`} caption={caption} columns={columns}>
        {sorted.map((set) => (
          <TableRow key={set.id}>
            <TableHeaderCell scope="row">{formatDay(set.measuredOn, i18n.language)}</TableHeaderCell>
            <TableCell>
              {t('scores.rater', { name: set.rater, kind: t(`kind.${set.raterKind}`) })}
              <CorrectedMark
                corrected={set.corrected}
                earlier={set.earlier.map((e) => ({
                  key: e.id,
                  text: t('correction.scoreList', { date: formatDay(e.measuredOn, i18n.language), scores: e.scores.map((c) => `${label(c.domainKey)} ${format(c.score)}`).join(', ') }),
                }))}
              />
            </TableCell>
            {domains.map((d) => (
              <TableCell key={d.key}>{format(scoreOf(set, d.key))}</TableCell>
            ))}
            {mayCorrect && (
              <TableCell>
                {set.policies.includes('correct') && (
                  <CorrectButton id={buttonId(set)} label={t('correction.open')} context={t('correction.scoresOn', { date: formatDay(set.measuredOn, i18n.language), name: set.rater })} onClick={() => correcting.open(set)} />
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </ScrollTable>
      {correcting.row && (
        <ScoreForm
          key={correcting.row.id}
          {...context}
          correcting={correcting.row}
          title={t('correction.scoresTitle', { date: formatDay(correcting.row.measuredOn, i18n.language), name: correcting.row.rater })}
          onDone={(message) => {
            setNotice(message || null);
            correcting.close();
          }}
        />
      )}
    </>
  );
}

/**
 * One scoring moment: a score per domain (radio buttons on the scale, or a level from a list) and a note per domain.
 * With `correcting`, the form starts from that moment's scores and saves a correction of it, or takes it back.
 */
function ScoreForm({ planId, blockKey, domains, scale, levels, onDone, title, correcting }: ScoreContext & { onDone: (text: string) => void; title: string; correcting?: ScoreSet }) {
  const { t, i18n } = useTranslation('plan');
  const add = useAddScores(planId, blockKey);
  const correct = useCorrectScores(planId);
  const [measuredOn, setMeasuredOn] = useState(correcting?.measuredOn ?? today());
  const [scores, setScores] = useState<Record<string, number | undefined>>(() => Object.fromEntries((correcting?.scores ?? []).map((c) => [c.domainKey, c.score])));
  const [notes, setNotes] = useState<Record<string, string>>(() => Object.fromEntries((correcting?.scores ?? []).map((c) => [c.domainKey, c.note])));
  const [withdraw, setWithdraw] = useState(false);
  const read = useCallback(
    (error: unknown, sent: string[]) =>
      readProblem(error, {
        network: t('form.network'),
        forbidden: t('form.forbidden'),
        field: (item) => {
          const match = /^scores\.(\d+)\.(\w+)$/.exec(item.field);
          if (match) return [`score-${sent[Number(match[1])] ?? ''}`, item.message] as const;
          return [item.field, item.message] as const;
        },
        general: (problem) => {
          if (problem.status !== 409) return problem.detail || problem.title;
          const current = problem.current as { measuredOn?: string; rater?: string; withdrawn?: boolean } | null;
          const now = current?.withdrawn ? t('correction.currentWithdrawn') : t('correction.scoresOn', { date: current?.measuredOn ? formatDay(current.measuredOn, i18n.language) : '', name: current?.rater ?? '' });
          return t('correction.conflict', { current: now });
        },
      }),
    [t, i18n.language],
  );
  const errors = useFormErrors(read);
  const id = correcting ? `correct-${correcting.id}` : `score-${blockKey}`;
  useFocusFirst(correcting ? `${id}-withdraw` : '');
  const fieldId = (key: string) => `${id}-${key}`;
  const targets: Record<string, { id: string; label: string }> = { measuredOn: { id: `${id}-date`, label: t('scores.measuredOn') }, withdraw: { id: `${id}-withdraw`, label: t('correction.withdraw') } };
  for (const d of domains) targets[`score-${d.key}`] = { id: `${fieldId(d.key)}-first`, label: d.label };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (correcting && withdraw) {
      try {
        await correct.mutateAsync({ setId: correcting.id, correction: { withdrawn: true } });
        errors.clear();
        onDone(t('correction.withdrawn'));
      } catch (caught) {
        errors.show(caught, []);
      }
      return;
    }
    const chosen = domains.filter((d) => scores[d.key] !== undefined);
    if (chosen.length === 0) {
      errors.setLocal({ [`score-${domains[0]!.key}`]: t('scores.noneChosen') });
      return;
    }
    const sent = chosen.map((d) => d.key);
    try {
      const input = { measuredOn, scores: chosen.map((d) => ({ domainKey: d.key, score: scores[d.key]!, note: notes[d.key] ?? '' })) };
      if (correcting) await correct.mutateAsync({ setId: correcting.id, correction: input });
      else await add.mutateAsync(input);
      errors.clear();
      onDone(correcting ? t('correction.scoresSaved') : t('scores.saved'));
    } catch (caught) {
      errors.show(caught, sent);
    }
  };
  const fields = <ScoreFields id={id} domains={domains} scale={scale} levels={levels} measuredOn={measuredOn} setMeasuredOn={setMeasuredOn} scores={scores} setScores={setScores} notes={notes} setNotes={setNotes} errors={errors.fields} />;
  return (
    <PlanForm
      id={id}
      level={correcting ? 4 : 3}
      title={title}
      errors={errors}
      targets={targets}
      onSubmit={submit}
      submit={correcting ? (withdraw ? t('correction.withdrawSubmit') : t('correction.submit')) : t('scores.submit')}
      busy={add.isPending || correct.isPending}
      onCancel={() => onDone('')}
    >
      {correcting ? <CorrectionFields withdrawId={`${id}-withdraw`} withdraw={withdraw} onWithdraw={setWithdraw} values={fields} /> : fields}
    </PlanForm>
  );
}

/** The date, and per domain a score and a note. */
type Scores = Record<string, number | undefined>;
type Notes = Record<string, string>;
function ScoreFields(props: {
  id: string;
  domains: Domain[];
  scale: Scale;
  levels?: string[] | undefined;
  measuredOn: string;
  setMeasuredOn: (value: string) => void;
  scores: Scores;
  setScores: (update: (s: Scores) => Scores) => void;
  notes: Notes;
  setNotes: (update: (n: Notes) => Notes) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation('plan');
  const { id, domains, scale, levels, measuredOn, setMeasuredOn, scores, setScores, notes, setNotes, errors } = props;
  const fieldId = (key: string) => `${id}-${key}`;
  const range = Array.from({ length: scale.max - scale.min + 1 }, (_, i) => scale.min + i);
  return (
    <>
      <TextField id={`${id}-date`} label={t('scores.measuredOn')} type="date" value={measuredOn} onValue={setMeasuredOn} error={errors.measuredOn} />
      {!levels && (scale.minLabel || scale.maxLabel) && (
        <Paragraph id={`${id}-ends`} className="sp-plan-scale__ends">
          {t('field.scaleEnds', { min: scale.min, minLabel: scale.minLabel, max: scale.max, maxLabel: scale.maxLabel })}
        </Paragraph>
      )}
      {domains.map((d) => {
        const error = errors[`score-${d.key}`];
        if (levels) {
          return (
            <div key={d.key} className="sp-plan-score">
              <SelectField
                id={`${fieldId(d.key)}-first`}
                label={d.label}
                value={scores[d.key] === undefined ? '' : String(scores[d.key])}
                empty={t('scores.skip')}
                options={range.map((n) => ({ value: String(n), label: t('zrm.levelOption', { level: n, name: levels[n - 1] }) }))}
                onValue={(v) => setScores((s) => ({ ...s, [d.key]: v === '' ? undefined : Number(v) }))}
                error={error}
              />
              <TextField id={`${fieldId(d.key)}-note`} label={t('scores.note', { domain: d.label })} optional={t('field.optional')} value={notes[d.key] ?? ''} onValue={(v) => setNotes((n) => ({ ...n, [d.key]: v }))} />
            </div>
          );
        }
        const describedBy = [error ? `${fieldId(d.key)}-error` : null, scale.minLabel || scale.maxLabel ? `${id}-ends` : null].filter(Boolean).join(' ') || undefined;
        return (
          <div key={d.key} className="sp-plan-score">
            <Fieldset invalid={Boolean(error)} aria-describedby={describedBy} role="radiogroup" className="sp-plan-choices">
              <FieldsetLegend className="sp-plan-choices__legend">{d.label}</FieldsetLegend>
              {error && <FormFieldErrorMessage id={`${fieldId(d.key)}-error`}>{error}</FormFieldErrorMessage>}
              <div className="sp-plan-choices__row sp-plan-choices__row--scale">
                {range.map((n, index) => {
                  const optionId = index === 0 ? `${fieldId(d.key)}-first` : `${fieldId(d.key)}-${n}`;
                  return (
                    <div key={n} className="sp-plan-choice">
                      <RadioButton id={optionId} name={fieldId(d.key)} checked={scores[d.key] === n} onChange={() => setScores((s) => ({ ...s, [d.key]: n }))} />
                      <FormLabel htmlFor={optionId} type="radio">
                        {String(n)}
                      </FormLabel>
                    </div>
                  );
                })}
              </div>
              <FormFieldDescription className="sp-plan-scale__labels" aria-hidden="true">
                <span>{scale.minLabel}</span>
                <span>{scale.maxLabel}</span>
              </FormFieldDescription>
            </Fieldset>
            <TextField id={`${fieldId(d.key)}-note`} label={t('scores.note', { domain: d.label })} optional={t('field.optional')} value={notes[d.key] ?? ''} onValue={(v) => setNotes((n) => ({ ...n, [d.key]: v }))} />
          </div>
        );
      })}
    </>
  );
}

function SmallMultiples({ domains, sets, scale, kindsShown }: { domains: Domain[]; sets: ScoreSet[]; scale: Scale; kindsShown: RaterKind[] }) {
  const { t, i18n } = useTranslation('plan');
  return (
    <ul className="sp-plan-multiples">
      {domains.map((d) => {
        const series: LineSeries[] = kindsShown.map((kind) => ({
          key: kind,
          name: t(`kind.${kind}`),
          style: kind as SeriesStyle,
          points: sets.filter((s) => s.raterKind === kind && scoreOf(s, d.key) !== undefined).map((s) => ({ on: s.measuredOn, value: scoreOf(s, d.key)! })),
        }));
        return (
          <li key={d.key} className="sp-plan-multiple">
            <p className="sp-plan-multiple__title">{d.label}</p>
            <LineChart small min={scale.min} max={scale.max} series={series.filter((s) => s.points.length > 0)} title={t('scores.lineTitle', { domain: d.label })} formatDate={(iso) => formatShortDay(iso, i18n.language)} />
          </li>
        );
      })}
    </ul>
  );
}

/** A scoring block (Wat Telt, ZRM): what just happened, the form to score a moment for those who may, then the scores. */
function ScoreBlockFrame({ planId, block, domains, scale, levels, openLabel, children }: { planId: string; block: WatTeltBlock | ZrmBlock; domains: Domain[]; scale: Scale; levels?: string[]; openLabel: string; children: ReactNode }) {
  const { t } = useTranslation('plan');
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <BlockFrame block={block}>
      <Notice text={notice} />
      {block.policies.includes('write') && (
        <FormToggle label={openLabel} onMessage={setNotice}>
          {(done) => <ScoreForm planId={planId} blockKey={block.key} domains={domains} scale={scale} levels={levels} title={t('scores.formTitle', { title: block.title })} onDone={done} />}
        </FormToggle>
      )}
      {children}
    </BlockFrame>
  );
}

/** Wat Telt: the latest scores of resident, professional and network side by side (radar and table), earlier moments over time, and a form to score. */
export function WatTeltBlockView({ planId, block }: { planId: string; block: WatTeltBlock }) {
  const { t, i18n } = useTranslation('plan');
  const { domains, scale } = block.definition;
  const latest = latestPerKind(block.scoreSets);
  const id = `wt-${block.key}`;
  const series: RadarSeries[] = latest.map(({ kind, set }) => ({ key: kind, name: t(`kind.${kind}`), style: kind, values: Object.fromEntries(set.scores.map((s) => [s.domainKey, s.score])) }));
  const legend = latest.map(({ kind, set }) => ({ key: kind, name: t('scores.legend', { kind: t(`kind.${kind}`), name: set.rater, date: formatDay(set.measuredOn, i18n.language) }), style: kind as SeriesStyle }));
  const kindsShown = latest.map((l) => l.kind);
  const latestColumns = [
    { key: 'domain', label: t('scores.domain') },
    ...latest.map(({ kind, set }) => ({
      key: `kind-${kind}`,
      label: (
        <>
          {t(`kind.${kind}`)}
          <span className="sp-plan-table__sub">{formatDay(set.measuredOn, i18n.language)}</span>
        </>
      ),
    })),
  ];
  return (
    <ScoreBlockFrame planId={planId} block={block} domains={domains} scale={scale} openLabel={t('scores.open')}>
      {latest.length === 0 ? (
        <Paragraph className="sp-empty">{t('scores.empty')}</Paragraph>
      ) : (
        <>
          <Heading level={3}>{t('scores.latestTitle')}</Heading>
          <div className="sp-plan-chart-pair">
            <figure className="sp-plan-figure">
              <RadarChart axes={domains} min={scale.min} max={scale.max} series={series} title={t('scores.radarTitle', { title: block.title })} />
              <Legend series={legend} label={t('chart.legend')} />
            </figure>
            <ScrollTable captionId={`${id}-latest`} caption={t('scores.latestCaption', { min: scale.min, max: scale.max })} columns={latestColumns}>
              {domains.map((d) => (
                <TableRow key={d.key}>
                  <TableHeaderCell scope="row">{d.label}</TableHeaderCell>
                  {latest.map(({ kind, set }) => {
                    const note = set.scores.find((s) => s.domainKey === d.key)?.note;
                    return (
                      <TableCell key={kind}>
                        {scoreOf(set, d.key) ?? t('scores.none')}
                        {note && <span className="sp-plan-table__sub">{note}</span>}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </ScrollTable>
          </div>
          {block.scoreSets.length > latest.length && (
            <>
              <Heading level={3}>{t('scores.overTimeTitle')}</Heading>
              <Legend series={kindsShown.map((kind) => ({ key: kind, name: t(`kind.${kind}`), style: kind as SeriesStyle }))} label={t('chart.legend')} />
              <SmallMultiples domains={domains} sets={block.scoreSets} scale={scale} kindsShown={kindsShown} />
            </>
          )}
          <MomentsTable
            id={`${id}-moments`}
            sets={block.scoreSets}
            caption={t('scores.momentsCaption')}
            format={(score) => (score === undefined ? t('scores.none') : String(score))}
            context={{ planId, blockKey: block.key, domains, scale }}
          />
        </>
      )}
    </ScoreBlockFrame>
  );
}

/** The ZRM 2017 levels: 1 acute problematiek … 5 volledig zelfredzaam. */
function useLevels() {
  const { t } = useTranslation('plan');
  return [1, 2, 3, 4, 5].map((n) => t(`zrm.level.${n}` as 'zrm.level.1'));
}

/** ZRM: the current level per domain with the change since the moment before (arrow and words), radar and table, and a form to score. */
export function ZrmBlockView({ planId, block }: { planId: string; block: ZrmBlock }) {
  const { t, i18n } = useTranslation('plan');
  const levels = useLevels();
  const domains: Domain[] = block.definition.domains.map((key) => ({ key, label: t(`zrm.domain.${key}` as 'zrm.domain.finances') }));
  const sorted = [...block.scoreSets].sort(byDate);
  const currentSet = sorted.at(-1);
  const previousSet = sorted.at(-2);
  const id = `zrm-${block.key}`;
  const scale: Scale = { min: 1, max: 5, minLabel: levels[0]!, maxLabel: levels[4]! };
  const level = (n: number | undefined) => (n === undefined ? t('scores.none') : t('zrm.levelOption', { level: n, name: levels[n - 1] }));
  const series: RadarSeries[] = [];
  if (previousSet) series.push({ key: 'previous', name: t('zrm.previous'), style: 'previous', values: Object.fromEntries(previousSet.scores.map((s) => [s.domainKey, s.score])) });
  if (currentSet) series.push({ key: 'current', name: t('zrm.current'), style: 'professional', values: Object.fromEntries(currentSet.scores.map((s) => [s.domainKey, s.score])) });
  const legend = [
    ...(previousSet ? [{ key: 'previous', name: t('zrm.legendPrevious', { date: formatDay(previousSet.measuredOn, i18n.language) }), style: 'previous' as SeriesStyle }] : []),
    ...(currentSet ? [{ key: 'current', name: t('zrm.legendCurrent', { date: formatDay(currentSet.measuredOn, i18n.language) }), style: 'professional' as SeriesStyle }] : []),
  ];
  return (
    <ScoreBlockFrame planId={planId} block={block} domains={domains} scale={scale} levels={levels} openLabel={t('zrm.open')}>
      {!currentSet ? (
        <Paragraph className="sp-empty">{t('scores.empty')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('zrm.intro', { date: formatDay(currentSet.measuredOn, i18n.language), name: currentSet.rater, version: currentSet.instrumentVersion })}</Paragraph>
          <div className="sp-plan-chart-pair">
            <figure className="sp-plan-figure">
              <RadarChart axes={domains} min={1} max={5} series={series} title={t('zrm.radarTitle')} />
              <Legend series={legend} label={t('chart.legend')} />
            </figure>
            <ScrollTable
              captionId={`${id}-caption`}
              caption={t('zrm.caption')}
              columns={[
                { key: 'domain', label: t('scores.domain') },
                { key: 'now', label: t('zrm.now') },
                { key: 'before', label: t('zrm.before') },
                { key: 'change', label: t('zrm.change') },
              ]}
            >
              {domains.map((d) => {
                const now = scoreOf(currentSet, d.key);
                const before = scoreOf(previousSet, d.key);
                const change = changeOf(now, before);
                const note = currentSet.scores.find((s) => s.domainKey === d.key)?.note;
                return (
                  <TableRow key={d.key}>
                    <TableHeaderCell scope="row">{d.label}</TableHeaderCell>
                    <TableCell>
                      {level(now)}
                      {note && <span className="sp-plan-table__sub">{note}</span>}
                    </TableCell>
                    <TableCell>{level(before)}</TableCell>
                    <TableCell className={`sp-plan-change sp-plan-change--${change}`}>{t(`zrm.changes.${change}`)}</TableCell>
                  </TableRow>
                );
              })}
            </ScrollTable>
          </div>
          {(sorted.length > 1 || sorted.some((s) => s.policies.includes('correct'))) && (
            <MomentsTable
              id={`${id}-moments`}
              sets={block.scoreSets}
              caption={t('scores.momentsCaption')}
              format={(score) => (score === undefined ? t('scores.none') : String(score))}
              context={{ planId, blockKey: block.key, domains, scale, levels }}
            />
          )}
        </>
      )}
    </ScoreBlockFrame>
  );
}

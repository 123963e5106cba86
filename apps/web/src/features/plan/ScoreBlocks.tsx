import { Heading, Paragraph, TableCell, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useCallback, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type RaterKind, type Scale, type ScoreSet, type WatTeltBlock, type ZrmBlock } from './api';
import { BlockFrame, FormToggle, Notice } from './BlockFrame';
import { CorrectButton, CorrectedMark, useCorrecting } from './Corrections';
import { Legend, LineChart, RadarChart, type LineSeries, type RadarSeries, type SeriesStyle } from './charts';
import { domId, formatDay, formatShortDay } from './format';
import { ScoreForm, type Domain, type ScoreContext } from './ScoreForm';
import { ScrollTable } from './ScrollTable';

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

/** Each domain's moments over time, one small line chart per domain. */
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

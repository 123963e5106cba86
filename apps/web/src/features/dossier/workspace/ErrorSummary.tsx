import { useTranslation } from 'react-i18next';
import { ErrorSummary as SharedErrorSummary } from '../../../components/form/ErrorSummary';
import type { Problem } from './useProblem';

type Props = {
  problem: Problem;
  /** Unique per page: a dossier page holds several forms. */
  id: string;
  /** Field name → id of its control and its visible label, so each message jumps to its field. */
  targets: Record<string, { id: string; label: string }>;
  level?: 2 | 3 | 4;
};

/** The shared error summary in the workspace's words; a message for a field without a target is still listed. */
export function ErrorSummary({ problem, id, targets, level = 3 }: Props) {
  const { t } = useTranslation('dossier', { keyPrefix: 'work.form' });
  return (
    <SharedErrorSummary
      summaryRef={problem.summaryRef}
      general={problem.general}
      fields={problem.fields}
      targets={targets}
      id={id}
      title={t('errorsTitle')}
      level={level}
      className="sp-work-errors"
      untargeted
      alertRole="none"
    />
  );
}

import {
  Heading,
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { contentUrl, type DocumentItem, type DocumentList as List } from './api';
import { DeleteControl } from './DeleteControl';
import { formatDate, formatSize, personName, typeKey } from './format';
import { useWideScreen } from './useWideScreen';

type Props = { dossierId: string; list: List; onDone: (message: string, removed: boolean) => void };

function useCells() {
  const { t, i18n } = useTranslation('documents');
  const language = i18n.language;
  return {
    type: (item: DocumentItem) => t('type.withSize', { type: t(typeKey(item.mediaType)), size: formatSize(item.sizeBytes, language) }),
    date: (item: DocumentItem) => formatDate(item.addedAt, language),
    shortDate: (item: DocumentItem) => formatDate(item.addedAt, language, 'short'),
    addedBy: (item: DocumentItem) =>
      item.addedBy.kind === 'professional' ? personName(item.addedBy) : t('list.addedByName', { name: personName(item.addedBy), kind: t(`kind.${item.addedBy.kind}`) }),
    visible: (item: DocumentItem) => (item.visibleToResident ? t('list.visibleYes') : t('list.visibleNo')),
  };
}

function Actions({ dossierId, item, onDone }: { dossierId: string; item: DocumentItem; onDone: Props['onDone'] }) {
  const { t } = useTranslation('documents');
  return (
    <div className="sp-doc-actions">
      <Link href={contentUrl(dossierId, item.id)} download={item.fileName} className="sp-doc-download">
        {t('list.download')}
        <span className="sp-visually-hidden">{` ${t('list.downloadWhat', { description: item.description, fileName: item.fileName })}`}</span>
      </Link>
      {item.policies.includes('delete') && <DeleteControl dossierId={dossierId} item={item} onDone={onDone} />}
    </div>
  );
}

/** The documents as a table on a wide screen and as a stacked list on a phone; only one of the two is rendered. */
export function DocumentList({ dossierId, list, onDone }: Props) {
  const { t } = useTranslation('documents');
  const wide = useWideScreen();
  const cells = useCells();
  if (list.items.length === 0) return <Paragraph className="sp-empty">{t('list.empty')}</Paragraph>;

  if (wide) {
    return (
      <Table className="sp-doc-table" aria-labelledby="documents-list-title">
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('list.description')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('list.file')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('list.date')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('list.category')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('list.addedBy')}</TableHeaderCell>
            {list.choosesVisibility && <TableHeaderCell scope="col">{t('list.visible')}</TableHeaderCell>}
            <TableHeaderCell scope="col">{t('list.actions')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {list.items.map((item) => (
            <TableRow key={item.id}>
              <TableHeaderCell scope="row" className="sp-doc-table__description">
                {item.description}
              </TableHeaderCell>
              <TableCell>
                <span className="sp-doc-table__file">{item.fileName}</span>
                <span className="sp-doc-table__type">{cells.type(item)}</span>
              </TableCell>
              <TableCell className="sp-doc-table__date">{cells.shortDate(item)}</TableCell>
              <TableCell>{t(`category.${item.category}`)}</TableCell>
              <TableCell>{cells.addedBy(item)}</TableCell>
              {list.choosesVisibility && <TableCell>{cells.visible(item)}</TableCell>}
              <TableCell>
                <Actions dossierId={dossierId} item={item} onDone={onDone} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }

  return (
    <ul className="sp-doc-cards" aria-labelledby="documents-list-title">
      {list.items.map((item) => (
        <li key={item.id} className="sp-doc-card">
          <Heading level={3} className="sp-doc-card__title">
            {item.description}
          </Heading>
          <dl className="sp-doc-card__facts">
            <div>
              <dt>{t('list.fileName')}</dt>
              <dd className="sp-doc-table__file">{item.fileName}</dd>
            </div>
            <div>
              <dt>{t('list.type')}</dt>
              <dd>{cells.type(item)}</dd>
            </div>
            <div>
              <dt>{t('list.date')}</dt>
              <dd>{cells.date(item)}</dd>
            </div>
            <div>
              <dt>{t('list.category')}</dt>
              <dd>{t(`category.${item.category}`)}</dd>
            </div>
            <div>
              <dt>{t('list.addedBy')}</dt>
              <dd>{cells.addedBy(item)}</dd>
            </div>
            {list.choosesVisibility && (
              <div>
                <dt>{t('list.visible')}</dt>
                <dd>{cells.visible(item)}</dd>
              </div>
            )}
          </dl>
          <Actions dossierId={dossierId} item={item} onDone={onDone} />
        </li>
      ))}
    </ul>
  );
}

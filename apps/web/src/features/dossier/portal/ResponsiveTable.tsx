import { Heading, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useWideScreen } from './useWideScreen';

export type Column<T> = {
  id: string;
  label: string;
  cell: (row: T) => ReactNode;
  /** Left out of the phone card, because the card's title already says it. */
  inTitle?: boolean;
  className?: string;
};

type Props<T> = {
  /** Id of the heading that names the table or list. */
  labelledBy: string;
  columns: Array<Column<T>>;
  rows: T[];
  rowKey: (row: T) => string;
  /** The card's heading on a phone; on a wide screen the first column is the row header. */
  cardTitle: (row: T) => ReactNode;
  cardLevel: 3 | 4;
  actions?: { label: string; cell: (row: T) => ReactNode };
  rowClassName?: (row: T) => string | undefined;
  className?: string;
};

/**
 * Rows as a table where there is room and as a stack of cards on a phone, never both: a table of five columns
 * would make a phone scroll sideways, and cards on a desktop waste the width. The first column heads its row.
 */
export function ResponsiveTable<T>({ labelledBy, columns, rows, rowKey, cardTitle, cardLevel, actions, rowClassName, className = '' }: Props<T>) {
  const wide = useWideScreen();
  if (wide) {
    return (
      <Table className={`sp-dos-table ${className}`} aria-labelledby={labelledBy}>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.id} scope="col">
                {column.label}
              </TableHeaderCell>
            ))}
            {actions && <TableHeaderCell scope="col">{actions.label}</TableHeaderCell>}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column, index) =>
                index === 0 ? (
                  <TableHeaderCell key={column.id} scope="row" className={`sp-dos-table__lead ${column.className ?? ''}`}>
                    {column.cell(row)}
                  </TableHeaderCell>
                ) : (
                  <TableCell key={column.id} className={column.className}>
                    {column.cell(row)}
                  </TableCell>
                ),
              )}
              {actions && <TableCell>{actions.cell(row)}</TableCell>}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    );
  }
  return (
    <ul className={`sp-dos-cards ${className}`} aria-labelledby={labelledBy}>
      {rows.map((row) => (
        <li key={rowKey(row)} className={`sp-dos-card ${rowClassName?.(row) ?? ''}`}>
          <Heading level={cardLevel} className="sp-dos-card__title">
            {cardTitle(row)}
          </Heading>
          <dl className="sp-dos-facts">
            {columns
              .filter((column) => !column.inTitle)
              .map((column) => (
                <div key={column.id}>
                  <dt>{column.label}</dt>
                  <dd className={column.className}>{column.cell(row)}</dd>
                </div>
              ))}
          </dl>
          {actions && <div className="sp-dos-card__actions">{actions.cell(row)}</div>}
        </li>
      ))}
    </ul>
  );
}

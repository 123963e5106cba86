import { Table, TableBody, TableCaption, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * A captioned table whose columns each have a header; a wide table scrolls inside its own frame, which keyboard users
 * can reach and which is named by the caption. `children` are the body rows.
 */
export function ScrollTable({ captionId, caption, columns, children }: { captionId: string; caption: string; columns: { key: string; label: ReactNode }[]; children: ReactNode }) {
  return (
    <div className="sp-plan-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <Table className="sp-plan-table">
        <TableCaption id={captionId}>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            {columns.map((column) => (
              <TableHeaderCell key={column.key} scope="col">
                {column.label}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>{children}</TableBody>
      </Table>
    </div>
  );
}

import { Alert, Paragraph } from '@utrecht/component-library-react';
import { createContext, useContext, useState, type ReactNode } from 'react';
import { ProblemError } from '../../identity/http';

type Notice = { text: string; type: 'ok' | 'error' };
const NoticeContext = createContext<(notice: Notice) => void>(() => undefined);

/** What the last save or removal did, said once in a status region at the top of the dossier page. */
export function NoticeArea({ children }: { children: ReactNode }) {
  const [notice, setNotice] = useState<Notice | null>(null);
  return (
    <NoticeContext.Provider value={setNotice}>
      <div role="status" className="sp-work-notice">
        {notice && (
          <Alert type={notice.type} role="none">
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
      </div>
      {children}
    </NoticeContext.Provider>
  );
}

export function useNotice() {
  const set = useContext(NoticeContext);
  return {
    ok: (text: string) => set({ text, type: 'ok' }),
    /** A failed click (tick off, remove): the server's own words, or the fallback. */
    failed: (error: unknown, fallback: string) =>
      set({ text: error instanceof ProblemError ? [error.title, error.detail].filter(Boolean).join('. ') : fallback, type: 'error' }),
  };
}

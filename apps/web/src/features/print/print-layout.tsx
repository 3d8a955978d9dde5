import { PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button } from 'antd';
import { type ReactNode, useEffect } from 'react';
import { PageSpin } from '../../app/ui/page-spin';
import { QueryErrorResult } from '../../app/ui/query-error-result';
import { fetchLetterhead } from './print-api';
import { chineseDate } from './print-format';
import type { Letterhead } from './print-types';
import './print.css';

export const letterheadKey = ['print', 'letterhead'] as const;

export function useLetterhead() {
  return useQuery({ queryKey: letterheadKey, queryFn: fetchLetterhead, staleTime: 300_000 });
}

interface LoadState {
  isPending: boolean;
  error: unknown;
  refetch: () => unknown;
}

interface PrintPageProps {
  /** Browser tab title, also the default PDF file name. */
  docTitle: string;
  /** The queries the document needs; the page waits for all of them. */
  queries: LoadState[];
  /** Called after the print dialog closes (e.g. to record that a notice was printed). */
  onPrinted?: () => void;
  /** A4 landscape, for a table too wide for a portrait sheet. */
  landscape?: boolean;
  children: (letterhead: Letterhead) => ReactNode;
}

/** A full-page printable document: toolbar on screen, one A4 sheet, nothing else in print. */
export function PrintPage({ docTitle, queries, onPrinted, landscape, children }: PrintPageProps) {
  const letterhead = useLetterhead();
  const all = [letterhead, ...queries];
  useEffect(() => {
    const previous = document.title;
    document.title = docTitle;
    return () => {
      document.title = previous;
    };
  }, [docTitle]);

  const failed = all.find((q) => q.error);
  const body = failed ? (
    <QueryErrorResult
      error={failed.error}
      onRetry={() => {
        for (const q of all) if (q.error) q.refetch();
      }}
    />
  ) : all.some((q) => q.isPending) || !letterhead.data ? (
    <PageSpin />
  ) : (
    <article
      className={landscape ? 'print-sheet print-sheet-landscape' : 'print-sheet'}
      data-testid="print-sheet"
    >
      {children(letterhead.data)}
    </article>
  );

  const print = () => {
    window.print();
    onPrinted?.();
  };
  const close = () => {
    window.close();
    // A page opened in the same tab (not by a 打印 link) cannot close itself: go back instead.
    if (!window.closed) window.history.back();
  };

  return (
    <div className="print-root">
      <div className="print-toolbar">
        <Button
          type="primary"
          icon={<PrinterOutlined />}
          onClick={print}
          disabled={Boolean(failed) || !letterhead.data}
          data-testid="print-button"
        >
          打印
        </Button>
        <Button onClick={close}>关闭</Button>
      </div>
      {body}
    </div>
  );
}

interface DocHeadProps {
  letterhead: Letterhead;
  title: string;
  /** The document number (case, notice, plan or batch number). */
  number: string;
  /** ISO date or timestamp the document is dated. */
  date: string;
  /** Left of the number line, e.g. the issuing office. */
  extra?: ReactNode;
}

/** The head of every document: issuing bureau, title, number and date. */
export function DocHead({ letterhead, title, number, date, extra }: DocHeadProps) {
  return (
    <header>
      <p className="print-bureau" data-testid="print-bureau">
        {letterhead.bureau}
      </p>
      <h1 className="print-title">{title}</h1>
      <div className="print-meta">
        <span>{extra}</span>
        <span className="print-meta-right">
          <span>
            编号：<span data-testid="print-number">{number}</span>
          </span>
          <span>
            日期：<span data-testid="print-date">{chineseDate(date)}</span>
          </span>
        </span>
      </div>
    </header>
  );
}

/** Where the bureau stamps its seal, with the date underneath. */
export function SealArea({ issuer, date }: { issuer: string; date: string }) {
  return (
    <div className="print-seal">
      <div className="print-seal-box">
        <div>{issuer}（盖章）</div>
        <div>{chineseDate(date)}</div>
      </div>
    </div>
  );
}

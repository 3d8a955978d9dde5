import { Button } from 'antd';
import { useState } from 'react';
import { type HealthView, viewExamination } from '../examinations-api';
import { HealthDataDrawer } from './health-data-drawer';
import { PurposeDialog } from './purpose-dialog';

/** 「查看体检结果」: asks the purpose, then shows the examination's health data in a drawer. */
export function ViewResultsButton({ examinationId }: { examinationId: string }) {
  const [asking, setAsking] = useState(false);
  const [view, setView] = useState<HealthView | null>(null);
  return (
    <>
      <Button size="small" onClick={() => setAsking(true)} data-testid="examination-view">
        查看体检结果
      </Button>
      {asking && (
        <PurposeDialog
          title="查看体检结果"
          reveal={(purpose) => viewExamination(examinationId, purpose)}
          onRevealed={(v) => {
            setAsking(false);
            setView(v);
          }}
          onClose={() => setAsking(false)}
        />
      )}
      {view && <HealthDataDrawer view={view} onClose={() => setView(null)} />}
    </>
  );
}

import { Button, Space } from 'antd';
import { useState } from 'react';
import { LinkButton } from '../../../app/ui/link-button';
import { type ActionSpec, actionButtons } from '../case-actions';
import type { Ticks } from '../case-ticks';
import type { CaseDetail } from '../case-types';
import { CaseStepModal } from './case-step-modal';

interface ActionBarProps {
  detail: CaseDetail;
  ticks: Ticks;
  onDone: (updated: CaseDetail) => void;
  onStale: () => void;
}

/** The buttons for what the server says the caller may do now (`availableActions`), nothing else. */
export function CaseActionBar({ detail, ticks, onDone, onStale }: ActionBarProps) {
  const [open, setOpen] = useState<ActionSpec | null>(null);
  const buttons = actionButtons(detail.availableActions);
  if (!buttons.length && !open) return null;
  return (
    <Space wrap data-testid="case-actions">
      {buttons.map((b) =>
        b.href ? (
          <LinkButton
            key={b.action}
            to={b.href}
            autoInsertSpace={false}
            data-testid={`case-action-${b.action}`}
          >
            {b.label}
          </LinkButton>
        ) : (
          <Button
            key={b.action}
            type={b.primary ? 'primary' : 'default'}
            danger={b.danger}
            autoInsertSpace={false}
            onClick={() => setOpen(b)}
            data-testid={`case-action-${b.action}`}
          >
            {b.label}
          </Button>
        ),
      )}
      {open ? (
        <CaseStepModal
          key={`${open.action}-${detail.id}`}
          spec={open}
          detail={detail}
          ticks={ticks}
          onDone={onDone}
          onStale={onStale}
          onClose={() => setOpen(null)}
        />
      ) : null}
    </Space>
  );
}

import { Descriptions } from 'antd';
import { AttachmentList } from '../../../../app/ui/attachment-list';
import { evidenceLabels, type LedgerEntry, WORKER_OWNER_KIND } from '../recruitment-api';

/** The five documents of one ledger entry, each its own upload list. */
export function WorkerEvidence({
  entry,
  editable,
  onChange,
}: {
  entry: LedgerEntry;
  editable: boolean;
  onChange: () => void;
}) {
  return (
    <Descriptions column={1} size="small" bordered>
      {Object.entries(evidenceLabels).map(([category, label]) => (
        <Descriptions.Item key={category} label={label}>
          <AttachmentList
            ownerKind={WORKER_OWNER_KIND}
            ownerId={entry.id}
            category={category}
            editable={editable}
            testId={`evidence-${category}`}
            onChange={onChange}
          />
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

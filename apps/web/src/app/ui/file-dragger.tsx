import { InboxOutlined } from '@ant-design/icons';
import { Upload } from 'antd';
import type { ReactNode } from 'react';

interface FileDraggerProps {
  /** e.g. ".xlsx" or ".xlsx,.csv" */
  accept: string;
  file: File | null;
  /** the chosen file, or null when removed; nothing is uploaded until the caller sends it */
  onChange: (file: File | null) => void;
  text: string;
  hint?: ReactNode;
  'data-testid': string;
}

/** One file picked by click or drag, kept in the browser until the form sends it. */
export function FileDragger({ accept, file, onChange, text, hint, 'data-testid': testId }: FileDraggerProps) {
  return (
    <Upload.Dragger
      accept={accept}
      maxCount={1}
      beforeUpload={(f) => {
        onChange(f);
        return false;
      }}
      onRemove={() => onChange(null)}
      fileList={file ? [{ uid: 'file', name: file.name, status: 'done' }] : []}
      data-testid={testId}
    >
      <p className="ant-upload-drag-icon">
        <InboxOutlined />
      </p>
      <p className="ant-upload-text">{text}</p>
      {hint ? <p className="ant-upload-hint">{hint}</p> : null}
    </Upload.Dragger>
  );
}

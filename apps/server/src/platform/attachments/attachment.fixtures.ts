import ExcelJS from 'exceljs';
import type { TestApp, TestClient } from '../../test/test-app.ts';

/** Small real files of each kind the store accepts, and some it refuses. */
export const files = {
  pdf: () => Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n'),
  png: () =>
    Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
      'base64',
    ),
  jpeg: () =>
    Buffer.from([
      0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0, 0xff, 0xd9,
    ]),
  async xlsx() {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('花名册').addRow(['姓名', '入职日期']);
    return Buffer.from(await wb.xlsx.writeBuffer());
  },
  text: () => Buffer.from('这是一个文本文件，不是证明材料。\n'),
  /** a Windows executable's header */
  exe: () => Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]),
};

export const mimeOf = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const;

/** The upload's answer: the attachment, or an error's code and message. */
interface UploadAnswer {
  id: string;
  sha256: string;
  sizeBytes: number;
  mimeType: string;
  code: string;
  message: string;
}

/** Posts one file as multipart/form-data, as the browser's upload component does. */
export async function uploadAttachment(
  t: Pick<TestApp, 'app'>,
  client: TestClient,
  query: { ownerKind: string; ownerId: string; category?: string },
  file: { content: Buffer; fileName: string; type?: string },
) {
  const boundary = '----minsheng-attachment-boundary';
  const body = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\n` +
        `Content-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
    ),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const res = await t.app.inject({
    method: 'POST',
    url: `/api/attachments?${new URLSearchParams(query)}`,
    headers: {
      cookie: client.cookie,
      'x-csrf-token': client.csrfToken,
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
  return { status: res.statusCode, body: res.json() as UploadAnswer };
}

import { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import ExcelJS from 'exceljs';

/**
 * UTF-8 text from a byte stream, never splitting a character. exceljs 4.4 decodes each zip chunk on
 * its own (`TextDecoder.decode(chunk)` without streaming), so a Chinese character that straddles
 * two chunks of a large sheet came out as U+FFFD ("汉族" read as "汉���"); handing it strings that
 * were decoded with a streaming decoder avoids that.
 */
export async function* decodeUtf8(
  chunks: AsyncIterable<Buffer | string>,
  onBytes?: (n: number) => void,
): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  for await (const chunk of chunks) {
    onBytes?.(chunk.length);
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    if (text !== '') yield text;
  }
  const tail = decoder.end();
  if (tail !== '') yield tail;
}

type ReaderInternals = {
  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: number): Generator<unknown>;
  _parseSharedStrings(entry: Readable): AsyncGenerator<unknown>;
};

/** exceljs' streaming workbook reader with worksheets and shared strings decoded safely. */
class Utf8WorkbookReader extends ExcelJS.stream.xlsx.WorkbookReader {
  /** Called with the size of each decompressed worksheet chunk read (for progress). */
  onSheetBytes: ((n: number) => void) | undefined;

  _parseWorksheet(iterator: AsyncIterable<Buffer | string>, sheetNo: number) {
    const parent = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
    return parent._parseWorksheet.call(this, decodeUtf8(iterator, this.onSheetBytes), sheetNo);
  }

  _parseSharedStrings(entry: Readable) {
    const parent = ExcelJS.stream.xlsx.WorkbookReader.prototype as unknown as ReaderInternals;
    return parent._parseSharedStrings.call(this, Readable.from(decodeUtf8(entry)));
  }
}

/** A streaming reader for an uploaded workbook: values, shared strings and date styles; no links. */
export function openWorkbookReader(
  input: Readable,
  onSheetBytes?: (n: number) => void,
): ExcelJS.stream.xlsx.WorkbookReader {
  const reader = new Utf8WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  });
  reader.onSheetBytes = onSheetBytes;
  return reader;
}

// A multipart/form-data body for app.inject: fields first (the importer route reads kind and agency from
// fields sent before the file), then the file, then any further files (an annual-report ledger's texts).
interface UploadedFile {
  name: string;
  content: string | Buffer;
  type?: string;
}

export function multipartBody(
  fields: Record<string, string>,
  file: UploadedFile,
  texts: UploadedFile[] = [],
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----gongkai${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  }
  for (const [field, each] of [['file', file] as const, ...texts.map((t) => ['texts', t] as const)]) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${each.name}"\r\n` +
          `Content-Type: ${each.type ?? 'text/csv'}\r\n\r\n`,
      ),
      Buffer.isBuffer(each.content) ? each.content : Buffer.from(each.content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

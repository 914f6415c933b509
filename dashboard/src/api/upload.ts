// A ledger upload to POST /api/imports with upload progress. fetch() reports no upload progress, so this
// one request goes through XMLHttpRequest. The form fields come before the file: the server reads them
// from the parts that precede it. An annual-report ledger's full-text files follow it.
import { ApiError, requestHeaders } from './client.ts';
import type { LedgerKind, UploadReply } from './types.ts';

export interface UploadRequest {
  file: File;
  /** The reports' full-text files its 全文 cells name (annual reports only). */
  texts?: readonly File[];
  kind: LedgerKind;
  agency?: string | null;
  onProgress?: (sent: number, total: number) => void;
}

export function uploadLedger({ file, texts = [], kind, agency, onProgress }: UploadRequest): Promise<UploadReply> {
  const form = new FormData();
  form.append('kind', kind);
  if (agency) form.append('agency', agency);
  form.append('file', file, file.name);
  for (const text of texts) form.append('texts', text, text.name);
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/imports');
    for (const [name, value] of Object.entries(requestHeaders('POST', { accept: 'application/json' }))) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Left null: the status explains.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as UploadReply);
      else {
        const error = body as { error?: string; field?: string } | null;
        reject(new ApiError(xhr.status, error?.error ?? `上传失败（HTTP ${xhr.status}）`, error?.field));
      }
    };
    xhr.onerror = () => reject(new ApiError(0, '网络错误，上传未完成'));
    xhr.send(form);
  });
}

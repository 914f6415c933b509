// ExcelJS's browser build, loaded on the first export only. It is shipped as the prebuilt, already
// minified file (a `?url` asset, copied as is), not bundled: bundling and minifying its megabyte again
// tripled the dashboard's build time. The file is UMD and defines the global ExcelJS.
import excelJsUrl from 'exceljs/dist/exceljs.min.js?url';

type ExcelJsModule = typeof import('exceljs');

declare global {
  interface Window {
    ExcelJS?: ExcelJsModule;
  }
}

let loading: Promise<ExcelJsModule> | null = null;

export function loadExcelJs(): Promise<ExcelJsModule> {
  loading ??= new Promise<ExcelJsModule>((resolve, reject) => {
    if (window.ExcelJS) {
      resolve(window.ExcelJS);
      return;
    }
    const script = document.createElement('script');
    script.src = excelJsUrl;
    script.async = true;
    script.onload = () => (window.ExcelJS ? resolve(window.ExcelJS) : reject(new Error('ExcelJS 未能加载')));
    script.onerror = () => {
      loading = null;
      reject(new Error('ExcelJS 未能加载'));
    };
    document.head.append(script);
  });
  return loading;
}

// Where commands write: injectable so tests can drive a command and read what it printed.
export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: Output = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

let current: Output = processOutput;

export function output(): Output {
  return current;
}

/** Runs `work` with the command output captured; returns what it printed. */
export async function captureOutput<T>(work: () => Promise<T>): Promise<{ result: T; stdout: string; stderr: string }> {
  const previous = current;
  let stdout = '';
  let stderr = '';
  current = {
    out: (text) => (stdout += text.endsWith('\n') ? text : `${text}\n`),
    err: (text) => (stderr += text.endsWith('\n') ? text : `${text}\n`),
  };
  try {
    return { result: await work(), stdout, stderr };
  } finally {
    current = previous;
  }
}

// A request's timeline from its ledger row and its findings: the events in date order, its state, its
// answer deadline, and the consultation pause. The deadline comes from the request's findings (each
// request finding carries answerDue in its details); a request with no finding has none known here.
import type { Finding, RequestRow } from '../api/types.ts';
import type { RequestEvent, RequestState, TimelineEvent, TimelineRequest } from '../../charts/request-timeline.ts';

export type RequestFinding = Pick<Finding, 'rule' | 'subject' | 'subjectKind' | 'due'> & { details?: Record<string, unknown> };

export interface RequestTimeline extends TimelineRequest {
  row: RequestRow;
  events: TimelineEvent[];
  findings: RequestFinding[];
}

const STATE_ORDER: Record<RequestState, number> = { 逾期未答复: 0, 超期答复: 1, 办理中: 2, 按期答复: 3, 当场答复: 4 };

function answerDueOf(findings: readonly RequestFinding[]): string | null {
  for (const f of findings) {
    const due = f.details?.answerDue;
    if (typeof due === 'string') return due;
  }
  const answerRule = findings.find((f) => f.rule === 'req/answer-late' || f.rule === 'req/answer-overdue');
  return answerRule?.due ?? null;
}

function stateOf(row: RequestRow, findings: readonly RequestFinding[]): RequestState {
  if (row.onTheSpot) return '当场答复';
  if (findings.some((f) => f.rule === 'req/answer-overdue')) return '逾期未答复';
  if (findings.some((f) => f.rule === 'req/answer-late')) return '超期答复';
  return row.answeredOn ? '按期答复' : '办理中';
}

export function requestTimeline(row: RequestRow, findings: readonly RequestFinding[], asOf: string): RequestTimeline {
  const dated: [RequestEvent, string | null][] = [
    ['收到申请', row.receivedOn],
    ['补正通知', row.correctionRequestedOn],
    ['收到补正', row.correctionReceivedOn],
    ['征求意见', row.thirdPartySentOn],
    ['收到意见', row.thirdPartyRepliedOn],
    ['延期批准', row.extensionApprovedOn],
    ['延期告知', row.extensionNotifiedOn],
    ['答复', row.answeredOn],
  ];
  const events = dated
    .filter((e): e is [RequestEvent, string] => e[1] !== null)
    .map(([event, date]) => ({ requestNo: row.requestNo, event, date }))
    .sort((a, b) => a.date.localeCompare(b.date));
  const pause = row.thirdPartySentOn ? { from: row.thirdPartySentOn, to: row.thirdPartyRepliedOn ?? row.answeredOn ?? asOf } : null;
  return {
    requestNo: row.requestNo,
    state: stateOf(row, findings),
    start: row.receivedOn,
    end: row.answeredOn ?? asOf,
    due: row.onTheSpot ? null : answerDueOf(findings),
    pause,
    row,
    events,
    findings: [...findings],
  };
}

/** Overdue first, then answered late, open, on time, on the spot; the most recent first within each. */
export function sortOverdueFirst(timelines: RequestTimeline[]): RequestTimeline[] {
  return timelines.sort((a, b) => STATE_ORDER[a.state] - STATE_ORDER[b.state] || b.start.localeCompare(a.start) || a.requestNo.localeCompare(b.requestNo));
}

export function timelinesOf(rows: readonly RequestRow[], findings: readonly RequestFinding[], asOf: string): RequestTimeline[] {
  const bySubject = new Map<string, RequestFinding[]>();
  for (const f of findings) {
    if (f.subjectKind !== 'request') continue;
    bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f]);
  }
  return sortOverdueFirst(rows.map((row) => requestTimeline(row, bySubject.get(row.requestNo) ?? [], asOf)));
}

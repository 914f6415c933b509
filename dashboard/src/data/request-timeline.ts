// A request's timeline from its ledger row, as the server sends it with its answer deadline and state
// (computed there from the rules' relation and the working-day calendar): the events in date order, the
// consultation pause to draw, and the request's findings. Nothing about the deadline is computed here.
import type { Finding, RequestRow } from '../api/types.ts';
import type { RequestEvent, RequestState, TimelineEvent, TimelineRequest } from '../../charts/request-timeline.ts';

export type RequestFinding = Pick<Finding, 'rule' | 'subject' | 'subjectKind' | 'due'>;

export interface RequestTimeline extends TimelineRequest {
  row: RequestRow;
  events: TimelineEvent[];
  findings: RequestFinding[];
}

/** The server's answer status in the page's words. */
export const STATE_OF_STATUS: Record<RequestRow['answerStatus'], RequestState> = {
  overdue: '逾期未答复',
  late: '超期答复',
  open: '办理中',
  'awaiting-correction': '待补正',
  'calendar-missing': '期限无法计算',
  'on-time': '按期答复',
  'on-the-spot': '当场答复',
};

const STATE_ORDER = new Map<RequestState, number>(Object.values(STATE_OF_STATUS).map((state, i) => [state, i]));

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
  // The span drawn shaded; the working days it takes off are the server's pausedWorkdays.
  const pause = row.thirdPartySentOn ? { from: row.thirdPartySentOn, to: row.thirdPartyRepliedOn ?? row.answeredOn ?? asOf } : null;
  return {
    requestNo: row.requestNo,
    state: STATE_OF_STATUS[row.answerStatus],
    start: row.receivedOn,
    end: row.answeredOn ?? asOf,
    due: row.answerDue,
    pause,
    row,
    events,
    findings: [...findings],
  };
}

/** Overdue first, then answered late, open, awaiting a correction, …, on the spot; the most recent first within each. */
export function sortOverdueFirst(timelines: RequestTimeline[]): RequestTimeline[] {
  return timelines.sort((a, b) => STATE_ORDER.get(a.state)! - STATE_ORDER.get(b.state)! || b.start.localeCompare(a.start) || a.requestNo.localeCompare(b.requestNo));
}

export function timelinesOf(rows: readonly RequestRow[], findings: readonly RequestFinding[], asOf: string): RequestTimeline[] {
  const bySubject = new Map<string, RequestFinding[]>();
  for (const f of findings) {
    if (f.subjectKind !== 'request') continue;
    bySubject.set(f.subject, [...(bySubject.get(f.subject) ?? []), f]);
  }
  return sortOverdueFirst(rows.map((row) => requestTimeline(row, bySubject.get(row.requestNo) ?? [], asOf)));
}

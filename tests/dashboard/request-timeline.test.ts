import { describe, expect, it } from 'vitest';
import { requestTimeline, timelinesOf } from '../../dashboard/src/data/request-timeline.ts';
import type { RequestRow } from '../../dashboard/src/api/types.ts';

const row = (overrides: Partial<RequestRow>): RequestRow => ({
  agency: 'a',
  requestNo: 'R1',
  section: '办公室',
  applicantType: '自然人',
  applicant: null,
  idProvided: true,
  contactProvided: true,
  description: null,
  formRequested: null,
  channel: '网上申请',
  submittedOn: null,
  receivedOn: '2024-10-08',
  onTheSpot: false,
  correctionRequestedOn: null,
  correctionReceivedOn: null,
  thirdPartySentOn: null,
  thirdPartyRepliedOn: null,
  extensionApprovedOn: null,
  extensionApprovedBy: null,
  extensionNotifiedOn: null,
  extensionWorkdays: null,
  answeredOn: null,
  outcome: null,
  refusalReason: null,
  fee: null,
  archivedOn: null,
  reviewResult: null,
  litigationResult: null,
  startOn: '2024-10-08',
  pausedWorkdays: 0,
  countedExtensionWorkdays: 0,
  baseDue: '2024-11-05',
  answerDue: '2024-11-05',
  answerStatus: 'open',
  lateWorkdays: null,
  ...overrides,
});

describe('request timelines', () => {
  it('lists the events in date order with the pause, and the server’s deadline and state', () => {
    const t = requestTimeline(
      row({
        correctionRequestedOn: '2024-10-10', correctionReceivedOn: '2024-10-15', thirdPartySentOn: '2024-10-20', thirdPartyRepliedOn: '2024-10-25', answeredOn: '2024-11-20',
        answerDue: '2024-11-18', answerStatus: 'late', lateWorkdays: 2,
      }),
      [{ rule: 'req/answer-late', subject: 'R1', subjectKind: 'request', due: '2024-11-18' }],
      '2026-03-31',
    );
    expect(t.events.map((e) => e.event)).toEqual(['收到申请', '补正通知', '收到补正', '征求意见', '收到意见', '答复']);
    expect(t.pause).toEqual({ from: '2024-10-20', to: '2024-10-25' });
    expect(t.due).toBe('2024-11-18');
    expect(t.state).toBe('超期答复');
    expect(t.end).toBe('2024-11-20');
  });

  it('runs an open request to the as-of date and puts overdue ones first', () => {
    const timelines = timelinesOf(
      [
        row({ requestNo: 'R1', answeredOn: '2024-10-20', answerStatus: 'on-time' }),
        row({ requestNo: 'R2', receivedOn: '2024-09-01', answerStatus: 'overdue', answerDue: '2024-09-29' }),
        row({ requestNo: 'R3', onTheSpot: true, answeredOn: '2024-10-08', answerStatus: 'on-the-spot', answerDue: null }),
        row({ requestNo: 'R4', correctionRequestedOn: '2024-10-09', answerStatus: 'awaiting-correction', answerDue: null }),
      ],
      [{ rule: 'req/answer-overdue', subject: 'R2', subjectKind: 'request', due: '2024-09-29' }],
      '2026-03-31',
    );
    expect(timelines.map((t) => [t.requestNo, t.state])).toEqual([
      ['R2', '逾期未答复'],
      ['R4', '待补正'],
      ['R1', '按期答复'],
      ['R3', '当场答复'],
    ]);
    expect(timelines[0]!.end).toBe('2026-03-31');
    expect(timelines[0]!.due).toBe('2024-09-29');
    expect(timelines[3]!.due).toBeNull();
  });
});

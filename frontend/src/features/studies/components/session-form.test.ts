import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { studyPlan, studySession } from './fixtures.test-data';
import { fromSession, newSession, previewRate, toInput, type SessionFormValues } from './session-form';

describe('the participation preview while typing', () => {
  it('gives seed 004’s 99.8 % as the server does: 1,700 within 1,703 expected (36 points and the hall)', () => {
    const values = fromSession(studySession());
    expect(values.bridgePoints).toHaveLength(36);
    expect(previewRate(values)).toBe(99.8);
  });

  it('leaves walk-ins out of the rate, and rounds half up to one decimal', () => {
    // 45 present of 40 expected: 40 count; plus 0 of 0 in the hall.
    expect(previewRate({ format: 'ONLINE', bridgePoints: [{ expected: 40, attended: 45 }, { expected: 40, attended: 30 }] })).toBe(87.5);
    // 2 of 3 = 66.666… → 66.7; 1 of 8 = 12.5 exactly; 1 of 16 = 6.25 → 6.3 (half up).
    expect(previewRate({ format: 'IN_PERSON', inPersonExpected: 3, inPersonAttended: 2 })).toBe(66.7);
    expect(previewRate({ format: 'IN_PERSON', inPersonExpected: 16, inPersonAttended: 1 })).toBe(6.3);
  });

  it('has no rate when nothing is expected, and counts only what the format has', () => {
    expect(previewRate({ format: 'BROADCAST' })).toBeNull();
    expect(previewRate({ format: 'IN_PERSON', inPersonExpected: 10, inPersonAttended: 5, bridgePoints: [{ expected: 10, attended: 10 }] })).toBe(50);
    expect(previewRate({ format: 'ONLINE', inPersonExpected: 10, inPersonAttended: 0, bridgePoints: [{ expected: 10, attended: 10 }] })).toBe(100);
  });
});

describe('what the server is sent', () => {
  const base: SessionFormValues = {
    organizationId: 'org',
    organizerKind: 'STANDING_COMMITTEE',
    audience: 'KEY_CADRES',
    format: 'ONLINE',
    title: ' Học tập ',
    day: dayjs('2024-03-12'),
    start: '07:30',
    end: '11:00',
    inPersonExpected: 300,
    inPersonAttended: 290,
    bridgePoints: [{ name: ' Điểm cầu xã Dân Lực ', expected: 40, attended: 41 }],
  };

  it('an online session: its points, no hall counts; the times on the day, with the offset', () => {
    const body = toInput(base, 'plan');
    expect(body.inPersonExpected).toBeNull();
    expect(body.inPersonAttended).toBeNull();
    expect(body.bridgePoints).toEqual([{ name: 'Điểm cầu xã Dân Lực', hostOrganizationId: null, expected: 40, attended: 41 }]);
    expect(body.title).toBe('Học tập');
    expect(dayjs(body.startsAt).format('YYYY-MM-DD HH:mm')).toBe('2024-03-12 07:30');
    expect(body.endsAt).toMatch(/^2024-03-12T11:00:00[+-]\d{2}:\d{2}$/);
  });

  it('an in-person session: the hall, no points', () => {
    const body = toInput({ ...base, format: 'IN_PERSON' }, 'plan');
    expect(body.bridgePoints).toBeNull();
    expect([body.inPersonExpected, body.inPersonAttended]).toEqual([300, 290]);
  });
});

describe('a new session', () => {
  it('proposes the last morning that is over, never hours still to come', () => {
    const own = { organizationId: null, grassroots: false };
    const afternoon = newSession(studyPlan(), own, 'Học tập', dayjs('2024-03-12T14:00:00'));
    expect(afternoon.day?.format('YYYY-MM-DD')).toBe('2024-03-12');
    const night = newSession(studyPlan(), own, 'Học tập', dayjs('2024-03-12T02:45:00'));
    expect(night.day?.format('YYYY-MM-DD')).toBe('2024-03-11');
    expect([night.start, night.end, night.format, night.audience]).toEqual(['07:30', '11:00', 'HYBRID', 'KEY_CADRES']);
  });
});

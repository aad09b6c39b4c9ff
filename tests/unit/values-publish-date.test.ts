// 发布日期 as clerks write it: read into YYYY-MM-DD, impossible dates refused, shown back as 年月日.
import { expect, it } from 'vitest';
import { formatDate, parseDate } from '../../src/shared/values/publish-date';

it('reads the usual ways of writing a date', () => {
  for (const text of ['2026年1月20日', '2026-01-20', '2026/1/20', '2026.1.20', '２０２６年１月２０日', ' 2026 年 1 月 20 日 ', '2026年1月20']) expect(parseDate(text), text).toBe('2026-01-20');
  expect(parseDate('')).toBeNull();
  expect(parseDate('  ')).toBeNull();
});

it('refuses what is not a real date', () => {
  for (const text of ['2026年2月30日', '2026-13-01', '20260120', '1月20日', '明年']) expect(parseDate(text), text).toBeUndefined();
  expect(parseDate('2024年2月29日')).toBe('2024-02-29');
});

it('shows a stored date the Chinese way', () => {
  expect(formatDate('2026-01-05')).toBe('2026年1月5日');
  expect(formatDate(null)).toBe('');
});

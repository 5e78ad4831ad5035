// `make holidays`: adding a year's schedule in holiday-cn format to the project's calendar data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DATA = readFileSync('data/cn-holidays.json', 'utf8');
const dir = mkdtempSync(join(tmpdir(), 'holidays-'));

// A copy of the data without `drop`, and a holiday-cn file for one year.
const setup = (drop) => {
  const data = JSON.parse(DATA);
  delete data.years[drop];
  delete data.papers[drop];
  const path = join(dir, `data-${drop}-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify(data) + '\n');
  return path;
};
const yearFile = (year, days, papers = []) => {
  const path = join(dir, `${year}-${Math.random()}.json`);
  writeFileSync(path, JSON.stringify({ year, papers, days }));
  return path;
};
const holidayCn = (year) => {
  const y = JSON.parse(DATA).years[year];
  return [
    ...y.workdays.map((d) => ({ ...d, isOffDay: false })),
    ...y.off.map((d) => ({ ...d, isOffDay: true })),
  ];
};
const run = (...args) => spawnSync('node', ['scripts/add-holidays.mjs', ...args], { encoding: 'utf8' });

test('adding 2026 back from its holiday-cn file gives the same data, byte for byte', () => {
  const data = setup('2026');
  const r = run(yearFile(2026, holidayCn('2026'), JSON.parse(DATA).papers['2026']), '--data', data);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /2026: 33 days off, 6 make-up working days/);
  assert.equal(readFileSync(data, 'utf8'), DATA);
});

test('a new year is added in order; adding it again needs --replace', () => {
  const data = setup('none');
  const days = [
    { name: '元旦', date: '2027-01-01', isOffDay: true },
    { name: '春节', date: '2027-02-06', isOffDay: true },
    { name: '春节', date: '2027-02-20', isOffDay: false },
  ];
  let r = run(yearFile(2027, days), '--data', data);
  assert.equal(r.status, 0, r.stderr);
  const years = JSON.parse(readFileSync(data, 'utf8')).years;
  assert.deepEqual(Object.keys(years).at(-1), '2027');
  assert.deepEqual(years['2027'].workdays, [{ date: '2027-02-20', name: '春节' }]);
  assert.equal(years['2027'].off.length, 2);
  r = run(yearFile(2027, days), '--data', data);
  assert.equal(r.status, 1);
  assert.match(r.stderr, /2027 is already in .*--replace/);
  r = run(yearFile(2027, days.slice(0, 1)), '--replace', '--data', data);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(readFileSync(data, 'utf8')).years['2027'].off.length, 1);
});

test('bad notices are refused with the reason, and the data is left alone', () => {
  const data = setup('none');
  const cases = [
    [[], /"days" is empty/],
    [[{ name: '春节', date: '2027-02-30', isOffDay: true }], /"2027-02-30" is not a date/],
    [[{ name: '春节', date: '2027-02-08', isOffDay: false }], /make-up working day 2027-02-08 is not a Saturday or Sunday/],
    [[{ name: '', date: '2027-02-06', isOffDay: true }], /has no holiday name/],
    [[{ name: '春节', date: '2027-02-06', isOffDay: 'yes' }], /isOffDay/],
    [[{ name: '春节', date: '2027-02-06', isOffDay: true }, { name: '春节', date: '2027-02-06', isOffDay: true }], /listed twice/],
    [[{ name: '国庆节', date: '2026-10-01', isOffDay: true }], /already scheduled by the 2026 notice/],
    [[{ name: '春节', date: '2030-02-06', isOffDay: true }], /not in or next to 2027/],
  ];
  for (const [days, message] of cases) {
    const r = run(yearFile(2027, days), '--data', data);
    assert.equal(r.status, 1, JSON.stringify(days));
    assert.match(r.stderr, message);
  }
  assert.equal(readFileSync(data, 'utf8'), readFileSync(setup('none'), 'utf8'));
});

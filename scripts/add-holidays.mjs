// Add a year's State Council holiday schedule to data/cn-holidays.json.
//
//   make holidays FILE=2027.json          (or: node scripts/add-holidays.mjs 2027.json)
//
// FILE is one year of https://github.com/NateScarlet/holiday-cn (`<year>.json`):
//   {"year": 2027, "papers": ["https://www.gov.cn/..."], "days": [
//     {"name": "元旦", "date": "2027-01-01", "isOffDay": true}, ...]}
// It can also be typed by hand from the notice in that shape. The year is checked (real dates,
// make-up working days on weekends, nothing already scheduled differently) and written into
// the project's copy; the next build embeds it and dates in that year stop being provisional.
// `--replace` overwrites a year that is already there (a corrected notice); `--data PATH`
// writes another file (used by the tests).
import { readFileSync, writeFileSync } from 'node:fs';

const fail = (msg) => {
  console.error(`add-holidays: ${msg}`);
  process.exit(1);
};

const args = process.argv.slice(2);
const replace = args.includes('--replace');
const dataAt = args.indexOf('--data');
const dataPath = dataAt >= 0 ? args[dataAt + 1] : 'data/cn-holidays.json';
const file = args.find((a, i) => !a.startsWith('--') && (dataAt < 0 || i !== dataAt + 1));
if (!file) fail('usage: make holidays FILE=<year>.json   (holiday-cn format)');

let input;
try {
  input = JSON.parse(readFileSync(file, 'utf8'));
} catch (e) {
  fail(`cannot read ${file}: ${e.message}`);
}
const year = input.year;
if (!Number.isInteger(year) || year < 2020 || year > 2100) fail(`"year" must be a year, got ${JSON.stringify(year)}`);
if (!Array.isArray(input.days) || input.days.length === 0) {
  fail(`${year}: "days" is empty (the notice is not published yet?)`);
}

// A real calendar date, as UTC noon (no time-zone surprises), or null.
const parseDate = (s) => {
  const m = typeof s === 'string' && /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3], 12));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3] ? d : null;
};

const off = [];
const workdays = [];
const seen = new Set();
for (const day of input.days) {
  const d = parseDate(day?.date);
  if (!d) fail(`${year}: ${JSON.stringify(day?.date)} is not a date (YYYY-MM-DD)`);
  // A notice covers its year and may reach a day either side (元旦 2023 began 2022-12-31).
  if (Math.abs(d.getUTCFullYear() - year) > 1) fail(`${year}: ${day.date} is not in or next to ${year}`);
  if (typeof day.name !== 'string' || !day.name.trim()) fail(`${year}: ${day.date} has no holiday name`);
  if (typeof day.isOffDay !== 'boolean') fail(`${year}: ${day.date} needs "isOffDay": true or false`);
  if (seen.has(day.date)) fail(`${year}: ${day.date} is listed twice`);
  seen.add(day.date);
  const weekend = d.getUTCDay() === 0 || d.getUTCDay() === 6;
  if (!day.isOffDay && !weekend) fail(`${year}: make-up working day ${day.date} is not a Saturday or Sunday`);
  (day.isOffDay ? off : workdays).push({ date: day.date, name: day.name.trim() });
}
const byDate = (a, b) => (a.date < b.date ? -1 : 1);
off.sort(byDate);
workdays.sort(byDate);

let data;
try {
  data = JSON.parse(readFileSync(dataPath, 'utf8'));
} catch (e) {
  fail(`cannot read ${dataPath}: ${e.message}`);
}
const key = String(year);
const existing = data.years[key];
if (existing && (existing.off?.length || existing.workdays?.length) && !replace) {
  fail(`${year} is already in ${dataPath}; use --replace to overwrite it with a corrected notice`);
}
// Another year's notice must not say otherwise about the same day.
for (const [other, y] of Object.entries(data.years)) {
  if (other === key) continue;
  for (const d of [...(y.off ?? []), ...(y.workdays ?? [])]) {
    if (seen.has(d.date)) fail(`${year}: ${d.date} is already scheduled by the ${other} notice`);
  }
}

data.years[key] = { off, workdays };
data.years = Object.fromEntries(Object.entries(data.years).sort(([a], [b]) => a - b));
const papers = Array.isArray(input.papers) ? input.papers.filter((p) => typeof p === 'string') : [];
if (papers.length) {
  data.papers[key] = papers;
  data.papers = Object.fromEntries(Object.entries(data.papers).sort(([a], [b]) => a - b));
}
writeFileSync(dataPath, JSON.stringify(data) + '\n');
console.log(
  `add-holidays: ${year}: ${off.length} days off, ${workdays.length} make-up working days written to ${dataPath}.`,
);
console.log('Next: `make test`, then commit the data file. The next build dates that year without the provisional note.');

// Opens a Trust report in headless Chromium (Debian's, via playwright-core) and prints it to PDF on A4.
// Fails if the page logs a Content-Security-Policy violation, a console error or a script error, or if the PDF is
// empty, or if axe-core (pinned in package.json) finds any violation of its WCAG 2.0/2.1/2.2 A and AA rules in the
// report or in a measure's SVG chart. Seeds a Trust through the API first: assessments, a goal with a reviewed PDSA
// cycle, an overdue action, and measures whose names and annotations carry markup, so the report has every section
// and the escaping shows; two measures have enough points for SPC charts with special causes.
//
// Usage: node tools/report-check.mjs <base-url> <admin-password> <output-dir>
import { chromium } from 'playwright-core';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const [base, password, out] = process.argv.slice(2);
if (!base || !password || !out) {
  console.error('usage: node tools/report-check.mjs <base-url> <admin-password> <output-dir>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

async function call(method, path, token, body, expected) {
  const response = await fetch(base + path, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: 'Bearer ' + token } : {}),
      ...(method === 'POST' && path.endsWith('/transitions') ? { 'If-Match': '*' } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (response.status !== expected) {
    throw new Error(`${method} ${path} → ${response.status} (expected ${expected}): ${text.slice(0, 300)}`);
  }
  return text ? JSON.parse(text) : null;
}

const { accessToken: token } = await call('POST', '/api/v1/auth/token', null,
  { username: 'admin', password }, 200);
const trust = await call('POST', '/api/v1/trusts', token, { name: 'Northshire Mental Health NHS Foundation Trust',
  odsCode: 'RX' + Math.floor(Math.random() * 900 + 100), region: 'North West', services: ['ADULT'] }, 201);
const ratings = (stage) => Array.from({ length: 10 }, (_, i) => ({ challengeNumber: i + 1,
  stage: i < 4 ? stage : 'ENGAGEMENT', evidence: 'Evidence ' + (i + 1), ...(i < 3 ? { priority: i + 1 } : {}) }));
for (const [context, on, stage] of [['BASELINE', '2026-01-12', 'ENGAGEMENT'], ['REVIEW', '2026-07-02', 'DEVELOPMENT']]) {
  const a = await call('POST', `/api/v1/trusts/${trust.id}/assessments`, token,
    { assessedOn: on, kind: 'JOINT', context, ratings: ratings(stage) }, 201);
  await call('POST', `/api/v1/assessments/${a.id}/transitions`, token, { to: 'AGREED' }, 200);
}
const goal = await call('POST', `/api/v1/trusts/${trust.id}/goals`, token, { challengeNumber: 7,
  title: 'No Force First on every ward', aimStatement: 'Halve restraint by March 2027', targetValue: 5,
  unit: 'per 1,000 bed days', targetDate: '2027-03-31', priority: 1, owner: 'Director of Nursing' }, 201);
await call('POST', `/api/v1/goals/${goal.id}/progress-scores`, token, { score: 3.0 }, 201);
const cycle = await call('POST', `/api/v1/goals/${goal.id}/cycles`, token, { title: 'Safety huddles on Ward 3',
  changeIdea: 'A ten-minute huddle at each shift change', purpose: 'TEST', plan: { objective: 'Learn',
    questions: [{ question: 'Will restraint fall?', prediction: 'By a third' }] } }, 201);
await call('POST', `/api/v1/cycles/${cycle.id}/transitions`, token, { to: 'DO' }, 200);
await fetch(`${base}/api/v1/cycles/${cycle.id}`, { method: 'PATCH', headers: { Authorization: 'Bearer ' + token,
  'Content-Type': 'application/merge-patch+json', 'If-Match': '*' }, body: JSON.stringify({ do: {
    startedOn: '2026-04-06', carriedOutAsPlanned: true, observations: 'Huddles held on 26 of 30 days' } }) });
await call('POST', `/api/v1/cycles/${cycle.id}/transitions`, token, { to: 'STUDY' }, 200);
await fetch(`${base}/api/v1/cycles/${cycle.id}/review`, { method: 'POST', headers: { Authorization: 'Bearer ' + token,
  'Content-Type': 'application/json', 'If-Match': '*' }, body: JSON.stringify({ reviewedOn: '2026-06-15',
    reviewers: ['Ann Peer'], results: [{ question: 'Will restraint fall?', outcome: 'It fell by a quarter',
      learning: 'Night shifts need their own huddle' }], matchedPredictions: 'PARTLY', summary: 'Promising',
    decision: 'ADAPT', nextSteps: 'Add night huddles' }) });
await call('POST', `/api/v1/trusts/${trust.id}/actions`, token, { title: 'Book huddle space <b>before</b> May',
  owner: 'Ward manager', dueOn: '2026-05-01', goalId: goal.id }, 201);
const rate = await call('POST', `/api/v1/trusts/${trust.id}/measures`, token, { templateCode: 'restraint-rate',
  goalId: goal.id, target: 5 }, 201);
const episodes = [21, 24, 19, 23, 22, 25, 20, 23, 17, 15, 14, 12, 13, 11, 12, 10, 11, 9];
await call('POST', `/api/v1/measures/${rate.id}/observations`, token, { observations: episodes.map((n, i) => ({
  period: `${2025 + Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}`, numerator: n,
  denominator: 2400 + (i * 37) % 150 })) }, 201);
const assaults = await call('POST', `/api/v1/trusts/${trust.id}/measures`, token, { templateCode: 'assaults-on-staff',
  name: 'Assaults on staff' }, 201);
const assaultSeries = [12, 14, 11, 13, 12, 15, 11, 13, 12, 31, 12, 11, 13, 12, 14, 11, 5, 4, 5, 4, 3, 4, 5, 4];
await call('POST', `/api/v1/measures/${assaults.id}/observations`, token, { observations: assaultSeries.map((v, i) => ({
  period: `${2024 + Math.floor(i / 12)}-${String(i % 12 + 1).padStart(2, '0')}`, value: v,
  ...(i === 16 ? { annotation: 'Safewards started' } : {}) })) }, 201);
const hostile = await call('POST', `/api/v1/trusts/${trust.id}/measures`, token, { templateCode: 'peer-workers-wte',
  name: 'Peer workers <script>alert(1)</script>' }, 201);
await call('POST', `/api/v1/measures/${hostile.id}/observations`, token, { observations: [
  { period: '2025-Q1', value: 6 }, { period: '2025-Q2', value: 7.5, annotation: '"/><svg onload=alert(2)>' },
  { period: '2025-Q3', value: 9 }, { period: '2025-Q4', value: 11 }] }, 201);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  await page.setExtraHTTPHeaders({ Authorization: 'Bearer ' + token });
  await page.exposeFunction('__cspViolation', (v) => problems.push('CSP violation: ' + v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => window.__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI}`)));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning' || /Content Security Policy/i.test(m.text())) {
      problems.push(`console ${m.type()}: ${m.text()}`);
    }
  });
  page.on('pageerror', (e) => problems.push('script error: ' + e.message));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => { if (!r.url().startsWith(base)) problems.push('external request: ' + r.url()); });
  const response = await page.goto(`${base}/api/v1/trusts/${trust.id}/report?since=2026-01-01`);
  if (response.status() !== 200) problems.push('report answered ' + response.status());
  const policy = response.headers()['content-security-policy'] || '';
  if (!policy.startsWith("default-src 'none'")) problems.push('no strict Content-Security-Policy: ' + policy);
  const html = await page.content();
  if (/<script/i.test(html)) problems.push('the page contains a script element');
  writeFileSync(`${out}/trust-report.html`, await response.text());
  await page.screenshot({ path: `${out}/trust-report.png`, fullPage: true });
  const pdf = await page.pdf({ path: `${out}/trust-report.pdf`, format: 'A4', printBackground: true });
  const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) || []).length;
  console.log(`report-check: ${out}/trust-report.pdf ${pdf.length} bytes, ${pages} A4 pages; ` +
    `${out}/trust-report.png; policy: ${policy}`);
  if (pdf.length < 10000 || pdf.subarray(0, 5).toString() !== '%PDF-' || pages < 1) {
    problems.push(`the PDF is empty or not a PDF (${pdf.length} bytes, ${pages} pages)`);
  }
  // axe runs in a second context that bypasses the page's Content-Security-Policy (default-src 'none' rightly
  // blocks the injected script): a test tool's own script, not the page's; the page above keeps the policy enforced.
  const audit = await browser.newContext({ bypassCSP: true, viewport: { width: 1000, height: 1400 } });
  const auditPage = await audit.newPage();
  await auditPage.setExtraHTTPHeaders({ Authorization: 'Bearer ' + token });
  await auditPage.goto(`${base}/api/v1/trusts/${trust.id}/report?since=2026-01-01`);
  await axe(auditPage, 'report');
  const chart = await fetch(`${base}/api/v1/measures/${assaults.id}/spc`, { headers: { Authorization: 'Bearer ' + token,
    Accept: 'image/svg+xml' } });
  if (chart.status !== 200) problems.push('the SVG chart answered ' + chart.status);
  await auditPage.setContent(`<!DOCTYPE html><html lang="en-GB"><head><title>SPC chart</title></head><body><main>`
    + `${await chart.text()}</main></body></html>`);
  await axe(auditPage, 'SVG chart');
  await audit.close();
} finally {
  await browser.close();
}
/** Runs axe-core's WCAG 2.2 AA rules on the page and adds every violation (rule, impact, elements) to the problems. */
async function axe(page, what) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    WCAG_AA);
  for (const v of result.violations) {
    problems.push(`axe (${what}): ${v.id} [${v.impact}] ${v.help}: ` +
      v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ') + (v.nodes.length > 5 ? ', …' : ''));
  }
  console.log(`axe: ${what}: ${result.violations.length} violations (${result.passes.length} rules passed)`);
}

if (problems.length) {
  console.error('report-check: FAILED\n  ' + problems.join('\n  '));
  process.exit(1);
}
console.log('axe: 0 violations');
console.log('report-check: PASSED: no CSP, console or script errors, no WCAG 2.2 AA violations found by axe-core');

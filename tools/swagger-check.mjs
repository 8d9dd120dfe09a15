// Swagger UI in a real browser (Debian's chromium via playwright-core): opens /q/swagger-ui, signs in through the
// page (POST /api/v1/auth/token with the demo consultant), authorises with the token it answered, executes
// GET /api/v1/challenges and expects 200 in the page. Fails on any console error or page error. Keeps a
// screenshot of the executed call.
//
// Usage: node tools/swagger-check.mjs <base-url> <output-dir>
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';

const [base, out] = process.argv.slice(2);
if (!base || !out) {
  console.error('usage: node tools/swagger-check.mjs <base-url> <output-dir>');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1600 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push('console: ' + m.text()); });
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  // The contract's openIdConnect scheme names Entra ID's multi-tenant discovery document, which Swagger UI reads on
  // load; CI has no internet, so the page gets a stand-in with the same shape (and the check sees the scheme offered).
  let discoveryRead = false;
  await page.route('https://login.microsoftonline.com/**', (route) => {
    discoveryRead = true;
    route.fulfill({
      status: 200,
      contentType: 'application/json',
      headers: { 'access-control-allow-origin': '*' },
      body: JSON.stringify({
        issuer: 'https://login.microsoftonline.com/{tenantid}/v2.0',
        authorization_endpoint: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/authorize',
        token_endpoint: 'https://login.microsoftonline.com/organizations/oauth2/v2.0/token',
        jwks_uri: 'https://login.microsoftonline.com/organizations/discovery/v2.0/keys',
        response_types_supported: ['code'],
        grant_types_supported: ['authorization_code'],
        code_challenge_methods_supported: ['S256'],
      }),
    });
  });
  await page.goto(base + '/q/swagger-ui', { waitUntil: 'networkidle' });

  const operation = (method, path) => page.locator(`.opblock-${method}`)
    .filter({ has: page.locator(`.opblock-summary-path[data-path="${path}"]`) }).first();
  async function execute(block, body) {
    await block.locator('.opblock-summary').first().click();
    await block.locator('button.try-out__btn').click();
    if (body !== undefined) {
      await block.locator('textarea.body-param__text').fill(body);
    }
    await block.locator('button.execute').click();
    const status = block.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 15000 });
    return (await status.innerText()).trim();
  }

  const signIn = operation('post', '/api/v1/auth/token');
  const signInStatus = await execute(signIn, JSON.stringify({ username: 'consultant', password: 'demo-password-1' }));
  if (signInStatus !== '200') throw new Error('sign-in through the page answered ' + signInStatus);
  const answer = await signIn.locator('.live-responses-table .response-col_description pre').first().innerText();
  const token = JSON.parse(answer).accessToken;
  if (!token) throw new Error('no accessToken in the sign-in answer shown: ' + answer.slice(0, 200));

  await page.locator('.auth-wrapper button.authorize').first().click();
  const dialog = await page.locator('.auth-container').allInnerTexts();
  if (!dialog.some((t) => t.includes('oidc')) || !discoveryRead) {
    throw new Error('the Authorize dialog does not offer the identity-provider (oidc) scheme: ' + dialog.join(' | ').slice(0, 300));
  }
  await page.screenshot({ path: `${out}/swagger-authorize.png`, fullPage: false });
  await page.locator('.auth-container input[type="text"], .auth-container input[type="password"]').first().fill(token);
  await page.locator('.auth-btn-wrapper button.authorize').first().click();
  await page.locator('.auth-btn-wrapper button.btn-done, .auth-btn-wrapper button.close-modal').first().click();

  const challenges = operation('get', '/api/v1/challenges');
  const status = await execute(challenges);
  await challenges.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${out}/swagger-ui.png`, fullPage: false });
  if (status !== '200') throw new Error('GET /api/v1/challenges through Swagger UI answered ' + status);
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(`swagger-check: signed in, authorised, GET /api/v1/challenges → ${status}; screenshot ${out}/swagger-ui.png`);
} finally {
  await browser.close();
}

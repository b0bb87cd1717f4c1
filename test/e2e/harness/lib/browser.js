// Launches Debian's headless Chromium through playwright-core with a fresh profile.
'use strict';
const fs = require('fs');
const path = require('path');
const { SetupError } = require('./util');
const { registerCleanup } = require('./server');

const CHROMIUM = process.env.E2E_CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-features=Translate,MediaRouter', '--password-store=basic'];

/** A persistent context is the only way to give Playwright a fresh --user-data-dir. */
async function launchBrowser({ tmp, env, viewport = { width: 1400, height: 900 } }) {
  if (!fs.existsSync(CHROMIUM)) throw new SetupError(`${CHROMIUM} is missing (apt-get install chromium)`);
  const { chromium } = require('playwright-core');
  const args = [...ARGS];
  if (process.getuid && process.getuid() === 0) args.push('--no-sandbox');
  const profile = path.join(tmp, 'chromium-profile');
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args, env, viewport, deviceScaleFactor: 1 });
  registerCleanup(() => context.close().catch(() => {}));
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

module.exports = { launchBrowser };

// Headless Debian Chromium for the browser checks: a fresh profile, no network beyond 127.0.0.1 and file://.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const args = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Whether a request may leave the page: only loopback and local files (the playground asks a CDN for fonts). */
export function allowed(url) {
  const u = new URL(url);
  if (u.protocol === 'file:' || u.protocol === 'data:' || u.protocol === 'blob:' || u.protocol === 'about:') return true;
  return (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:') && u.hostname === '127.0.0.1';
}

/** Launches Chromium on a fresh temp profile; close() also removes the profile. */
export async function launch({ viewport = { width: 1280, height: 900 }, deviceScaleFactor = 1 } = {}) {
  if (!fs.existsSync(executablePath))
    throw new Error(`${executablePath} is missing: install Debian's chromium and fonts-noto-cjk (apt-get install -y chromium fonts-noto-cjk)`);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'taskbot-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath, headless: true, args, viewport, deviceScaleFactor, locale: 'zh-CN', timezoneId: 'Asia/Shanghai',
  });
  const blocked = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (allowed(url)) return route.continue();
    blocked.push(url);
    return route.abort();
  });
  return {
    context, blocked,
    async close() {
      try { await context.close(); } finally { fs.rmSync(profile, { recursive: true, force: true }); }
    },
  };
}

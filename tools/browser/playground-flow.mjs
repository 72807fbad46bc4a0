// A leader's directive through the Microsoft 365 Agents Playground (a Teams-like web client), in headless Chromium:
// the real bot (TaskBot.dll on a temp SQLite store, the demo directory, anonymous auth) and the playground, both on
// 127.0.0.1 at free ports. The playground's default user is 测试领导 in the demo directory. Steps: the leader types
// a directive, the preview card renders, 确认交办 is clicked, and the card turns into the dispatched summary.
//
//   node playground-flow.mjs [--bot <TaskBot.dll>] [--out <screenshot dir>]
//
// Defaults: TaskBot/bin/Release/net10.0/TaskBot.dll, artifacts/test/playground. Prints one line per step and
// "playground: N passed, N failed"; exits non-zero on failure. Stops what it started, by PID, even on failure.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const opt = (name, fallback) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : fallback; };
const botDll = path.resolve(opt('--bot', path.join(root, 'TaskBot', 'bin', 'Release', 'net10.0', 'TaskBot.dll')));
const out = path.resolve(opt('--out', path.join(root, 'artifacts', 'test', 'playground')));
const directive = '请县发改局牵头，县财政局配合，一个月内完成重点项目资金筹措方案，报县政府审定。';

fs.mkdirSync(out, { recursive: true });
for (const f of fs.readdirSync(out)) if (f.endsWith('.png') || f.endsWith('.log')) fs.rmSync(path.join(out, f));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'taskbot-playground-'));
const started = [];   // { name, child }
let browser = null;
let passed = 0, failed = 0;

const log = (s) => console.log(`[playground] ${s}`);

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/** Starts a server process and records its own PID; its output goes to <out>/<name>.log. */
function start(name, command, args, options) {
  const logFile = fs.createWriteStream(path.join(out, `${name}.log`));
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(logFile, { end: false });
  child.stderr.pipe(logFile, { end: false });
  child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  started.push({ name, child });
  log(`started ${name}, pid ${child.pid}`);
  return child;
}

async function stopAll() {
  if (browser) { try { await browser.close(); } catch { } browser = null; }
  for (const { name, child } of started.reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    try { process.kill(child.pid, 'SIGTERM'); } catch { continue; }
    const stopped = await Promise.race([child.exited, new Promise((r) => setTimeout(() => r(null), 8000))]);
    if (!stopped) { try { process.kill(child.pid, 'SIGKILL'); } catch { } await child.exited; }
    log(`stopped ${name} (pid ${child.pid})`);
  }
  started.length = 0;
  fs.rmSync(temp, { recursive: true, force: true });
}

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, async () => { log(`${signal}: stopping`); await stopAll(); process.exit(1); });
}

async function step(name, fn) {
  const t = Date.now();
  try {
    await fn();
    passed++;
    log(`ok   ${name} (${Date.now() - t} ms)`);
  } catch (e) {
    failed++;
    log(`FAIL ${name}: ${e && e.message || e}`);
    throw e;
  }
}

async function waitFor(what, probe, timeoutMs, child) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child && child.exitCode !== null) throw new Error(`${what}: the process exited with ${child.exitCode}`);
    const v = await probe().catch(() => null);
    if (v) return v;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${what}: not ready after ${timeoutMs} ms`);
}

let page = null;
const shot = async (name) => { if (page) await page.screenshot({ path: path.join(out, `${name}.png`), fullPage: true }); };

try {
  const botPort = await freePort();
  await step('the bot starts on a temp SQLite store', async () => {
    if (!fs.existsSync(botDll)) throw new Error(`${botDll} not found: build the solution first (dotnet build -c Release)`);
    const bot = start('bot', 'dotnet', [botDll, '--urls', `http://127.0.0.1:${botPort}`,
      '--TaskBot:Storage:Provider=Sqlite', `--TaskBot:Storage:Sqlite:Path=${path.join(temp, 'taskbot.db')}`],
      { cwd: path.dirname(botDll), env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
    await waitFor('the bot', async () => (await fetch(`http://127.0.0.1:${botPort}/`)).ok, 60000, bot);
  });

  let uiPort = null;
  await step('the Agents Playground starts, loopback only', async () => {
    const playground = start('playground', process.execPath,
      ['-r', path.join(here, 'loopback.cjs'), path.join(here, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'),
        '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(await freePort()), '--dt'],
      { cwd: temp, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } });
    let text = '';
    playground.stdout.on('data', (d) => { text += d; });
    uiPort = await waitFor('the playground', async () => /Listening on (\d+)/.exec(text)?.[1], 30000, playground);
  });

  browser = await launch({ viewport: { width: 1280, height: 900 } });
  page = await browser.context.newPage();
  const input = page.locator('[data-lexical-editor="true"][role="textbox"]');

  await step('the playground connects to the bot', async () => {
    await page.goto(`http://127.0.0.1:${uiPort}/`);
    await page.getByText('Connected.').first().waitFor({ timeout: 30000 });
    await input.waitFor({ timeout: 15000 });
    await shot('01-connected');
  });

  await step('a leader types a directive and the preview card renders', async () => {
    await input.click();
    await page.keyboard.insertText(directive);
    await page.keyboard.press('Enter');
    await page.getByText('督办事项预览').first().waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: '确认交办' }).first().waitFor({ timeout: 10000 });
    for (const text of ['任务 1', '县发改局', '县财政局', '重点项目资金筹措方案'])
      if (await page.getByText(text).count() === 0) throw new Error(`the preview does not show ${text}`);
    await shot('02-preview');
  });

  await step('确认交办 replaces the preview with the dispatched summary', async () => {
    await page.getByRole('button', { name: '确认交办' }).first().click();
    await page.getByText('已交办 1 项任务').first().waitFor({ timeout: 30000 });
    const id = await page.getByText(/^DB-\d{4}-\d{6}$/).first().textContent({ timeout: 10000 });
    log(`created ${id}`);
    if (await page.getByRole('button', { name: '确认交办' }).count() !== 0) throw new Error('the 确认交办 button is still there');
    // Nobody of 县发改局 or 县财政局 has talked to the bot in this playground: the leader is told, in the same message.
    // The summary is updated in place once the outbox has tried every unit.
    await page.getByText(/未能送达/).first().waitFor({ timeout: 20000 });
    await shot('03-dispatched');
  });

  await step('帮助 answers with the help card', async () => {
    await input.click();
    await page.keyboard.insertText('帮助');
    await page.keyboard.press('Enter');
    await page.getByText('督办助手 · 使用说明').first().waitFor({ timeout: 20000 });
    await shot('04-help');
  });

  if (browser.blocked.length) log(`blocked ${browser.blocked.length} requests off 127.0.0.1, e.g. ${browser.blocked[0]}`);
} catch (e) {
  try { await shot('failure'); } catch { }
  if (failed === 0) { failed++; log(`FAIL ${e && e.stack || e}`); }
} finally {
  await stopAll();
}
console.log(`playground: ${passed} passed, ${failed} failed (screenshots in ${out})`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);

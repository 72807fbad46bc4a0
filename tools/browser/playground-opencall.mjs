// An open call (揭榜挂帅) through the Microsoft 365 Agents Playground, in headless Chromium, with the real bot
// (TaskBot.dll on a temp SQLite store, the demo directory, anonymous auth) and the playground on 127.0.0.1. The
// playground has one user, 测试领导 (a leader of 县政府办公室), so the call is open to anyone (群内各位均可揭榜): the
// leader publishes it, applies to it, and when sign-up closes (TaskBot:OpenCalls:SignUpClosesAt, a few seconds
// ahead; the sweep runs every second, all hours) gets the choice card and picks 挂帅, which creates a task.
//
//   node playground-opencall.mjs [--bot <TaskBot.dll>] [--out <screenshot dir>]
//
// Defaults: TaskBot/bin/Release/net10.0/TaskBot.dll, artifacts/test/playground-opencall. Prints one line per step and
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
const out = path.resolve(opt('--out', path.join(root, 'artifacts', 'test', 'playground-opencall')));

fs.mkdirSync(out, { recursive: true });
for (const f of fs.readdirSync(out)) if (f.endsWith('.png') || f.endsWith('.log')) fs.rmSync(path.join(out, f));
const temp = fs.mkdtempSync(path.join(os.tmpdir(), 'taskbot-playground-call-'));
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

// China time now; sign-up closes this many seconds later (on today's date).
const china = (d) => new Date(d.getTime() + 8 * 3600 * 1000);
const pad = (n) => String(n).padStart(2, '0');
const windowSeconds = 55;   // room for a slow start on a busy machine

try {
  let now = china(new Date());
  if (now.getUTCHours() === 23 && now.getUTCMinutes() >= 58) { await new Promise((r) => setTimeout(r, 130000)); now = china(new Date()); }
  const closes = new Date(now.getTime() + windowSeconds * 1000);
  const closesAt = `${pad(closes.getUTCHours())}:${pad(closes.getUTCMinutes())}:${pad(closes.getUTCSeconds())}`;
  const call = `揭榜：县城污水管网雨污分流改造技术方案，群内各位均可揭榜，${now.getUTCMonth() + 1}月${now.getUTCDate()}日前报名，项目周期两年，给予技术咨询经费支持。`;
  const botPort = await freePort();
  await step(`the bot starts on a temp SQLite store (sign-up closes at ${closesAt} China time)`, async () => {
    if (!fs.existsSync(botDll)) throw new Error(`${botDll} not found: build the solution first (dotnet build -c Release)`);
    const bot = start('bot', 'dotnet', [botDll, '--urls', `http://127.0.0.1:${botPort}`,
      '--TaskBot:Storage:Provider=Sqlite', `--TaskBot:Storage:Sqlite:Path=${path.join(temp, 'taskbot.db')}`,
      '--TaskBot:Reminders:SweepInterval=00:00:01', '--TaskBot:Reminders:WorkingHours=00:00-24:00', '--TaskBot:Reminders:WorkingDaysOnly=false',
      '--TaskBot:Digest:Channels:0=channel:digest-elsewhere', `--TaskBot:OpenCalls:SignUpClosesAt=${closesAt}`],
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
  });

  await step('a leader types an open call and the call preview renders', async () => {
    await input.click();
    await page.keyboard.insertText(call);
    await page.keyboard.press('Enter');
    await page.getByText('揭榜挂帅 · 榜单预览').first().waitFor({ timeout: 30000 });
    await page.getByRole('button', { name: '发布' }).first().waitFor({ timeout: 10000 });
    await shot('01-call-preview');
  });

  await step('发布 publishes the 榜单 card', async () => {
    await page.getByRole('button', { name: '发布' }).first().click();
    await page.getByText(/已发布榜单 JB-\d{4}-\d{6}/).first().waitFor({ timeout: 30000 });
    // The 榜单 card itself arrives through the outbox, as a second message.
    await waitFor('the posted 榜单 card', async () => await page.getByRole('button', { name: '揭榜' }).count() >= 1, 20000);
    await page.waitForTimeout(500);
    await shot('02-published');
  });

  await step('揭榜 with a short plan: the applicant sees their own application', async () => {
    await page.getByRole('button', { name: '揭榜' }).last().click();
    await page.getByLabel('方案摘要').last().fill('分片区排查管网，先行试点两个社区');
    await page.getByLabel('团队负责人').last().fill('测试领导');
    await page.getByLabel('预期成果').last().fill('雨污分流改造技术方案和试点评估报告');
    await page.getByRole('button', { name: '提交申请' }).last().click();
    await page.getByText('已提交揭榜申请', { exact: false }).first().waitFor({ timeout: 30000 });
    await shot('03-applied');
  });

  await step('sign-up closes: the leader gets the choice card', async () => {
    await page.getByText(/报名截止，?共 1 份申请|共 1 份申请/).first().waitFor({ timeout: (windowSeconds + 40) * 1000 });
    await page.getByRole('button', { name: '选定挂帅' }).first().waitFor({ timeout: 10000 });
    await shot('04-choice');
  });

  await step('选定挂帅 makes a task led by the winner', async () => {
    await page.getByText('县政府办公室（测试领导）').last().click();
    await page.getByRole('button', { name: '选定挂帅' }).last().click();
    await page.getByText(/已选定挂帅/).first().waitFor({ timeout: 30000 });
    const id = await page.getByText(/督办任务 DB-\d{4}-\d{6}/).first().textContent({ timeout: 10000 });
    log(`created ${id}`);
    await shot('05-chosen');
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

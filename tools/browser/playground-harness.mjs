// What every Agents Playground script shares: where things are, starting server processes and stopping them (by
// their own PID, even on failure or a signal), steps counted as passed or failed, waiting for a condition, and
// screenshots. A script makes one session, runs its steps in try { … } catch (e) { await s.fail(e); } finally
// { await s.stopAll(); }, then s.exit(): the last line is "playground: N passed, N failed".
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch } from './chromium.mjs';

export const here = path.dirname(fileURLToPath(import.meta.url));
export const root = path.resolve(here, '..', '..');
export const opt = (name, fallback) => { const i = process.argv.indexOf(name); return i >= 0 ? process.argv[i + 1] : fallback; };
export const botDll = path.resolve(opt('--bot', path.join(root, 'TaskBot', 'bin', 'Release', 'net10.0', 'TaskBot.dll')));

/** A run named `name`: screenshots and logs in --out (default artifacts/test/<name>), a temp folder for the bot. */
export function session(name) {
  const out = path.resolve(opt('--out', path.join(root, 'artifacts', 'test', name)));
  fs.mkdirSync(out, { recursive: true });
  for (const f of fs.readdirSync(out)) if (f.endsWith('.png') || f.endsWith('.log')) fs.rmSync(path.join(out, f));
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), `taskbot-${name}-`));
  const started = [];   // { name, child }
  const onStop = [];    // more to stop first (e.g. a stand-in file host)
  const log = (text) => console.log(`[playground] ${text}`);

  const s = {
    out, temp, log,
    browser: null,
    page: null,
    passed: 0,
    failed: 0,

    async freePort() {
      return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => resolve(port)); });
      });
    },

    /** Starts a server process and records its own PID; its output goes to <out>/<name>.log. */
    start(processName, command, args, options) {
      const logFile = fs.createWriteStream(path.join(out, `${processName}.log`));
      const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
      child.stdout.pipe(logFile, { end: false });
      child.stderr.pipe(logFile, { end: false });
      child.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
      started.push({ name: processName, child });
      log(`started ${processName}, pid ${child.pid}`);
      return child;
    },

    onStop(fn) { onStop.push(fn); },

    /** The real bot (TaskBot.dll) on a temp SQLite store at 127.0.0.1:botPort, with more settings as --key=value. */
    async startBot(stepName, botPort, settings = []) {
      await s.step(stepName, async () => {
        if (!fs.existsSync(botDll)) throw new Error(`${botDll} not found: build the solution first (dotnet build -c Release)`);
        const bot = s.start('bot', 'dotnet', [botDll, '--urls', `http://127.0.0.1:${botPort}`,
          '--TaskBot:Storage:Provider=Sqlite', `--TaskBot:Storage:Sqlite:Path=${path.join(temp, 'taskbot.db')}`, ...settings],
          { cwd: path.dirname(botDll), env: { ...process.env, ASPNETCORE_ENVIRONMENT: 'Development', DOTNET_CLI_TELEMETRY_OPTOUT: '1' } });
        await s.waitFor('the bot', async () => (await fetch(`http://127.0.0.1:${botPort}/`)).ok, 60000, bot);
      });
    },

    /** The Agents Playground in front of the bot, loopback only (loopback.cjs); returns the port of its web UI. */
    async startPlayground(botPort) {
      let uiPort = null;
      await s.step('the Agents Playground starts, loopback only', async () => {
        const playground = s.start('playground', process.execPath,
          ['-r', path.join(here, 'loopback.cjs'), path.join(here, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js'),
            '-e', `http://127.0.0.1:${botPort}/api/messages`, '-c', 'msteams', '-p', String(await s.freePort()), '--dt'],
          { cwd: temp, env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none' } });
        let text = '';
        playground.stdout.on('data', (d) => { text += d; });
        uiPort = await s.waitFor('the playground', async () => /Listening on (\d+)/.exec(text)?.[1], 30000, playground);
      });
      return uiPort;
    },

    /** Debian's Chromium, headless, and one page in it. */
    async openPage() {
      s.browser = await launch({ viewport: { width: 1280, height: 900 } });
      s.page = await s.browser.context.newPage();
      return s.page;
    },

    async stopAll() {
      if (s.browser) {
        if (s.browser.blocked?.length) log(`blocked ${s.browser.blocked.length} requests off 127.0.0.1, e.g. ${s.browser.blocked[0]}`);
        try { await s.browser.close(); } catch { }
        s.browser = null;
      }
      for (const fn of onStop.splice(0)) { try { await fn(); } catch { } }
      for (const { name: n, child } of started.reverse()) {
        if (child.exitCode !== null || child.signalCode !== null) continue;
        try { process.kill(child.pid, 'SIGTERM'); } catch { continue; }
        const stopped = await Promise.race([child.exited, new Promise((r) => setTimeout(() => r(null), 8000))]);
        if (!stopped) { try { process.kill(child.pid, 'SIGKILL'); } catch { } await child.exited; }
        log(`stopped ${n} (pid ${child.pid})`);
      }
      started.length = 0;
      fs.rmSync(temp, { recursive: true, force: true });
    },

    async step(stepName, fn) {
      const t = Date.now();
      try {
        await fn();
        s.passed++;
        log(`ok   ${stepName} (${Date.now() - t} ms)`);
      } catch (e) {
        s.failed++;
        log(`FAIL ${stepName}: ${e && e.message || e}`);
        throw e;
      }
    },

    async waitFor(what, probe, timeoutMs, child) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        if (child && child.exitCode !== null) throw new Error(`${what}: the process exited with ${child.exitCode}`);
        const v = await probe().catch(() => null);
        if (v) return v;
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`${what}: not ready after ${timeoutMs} ms`);
    },

    async shot(shotName) { if (s.page) await s.page.screenshot({ path: path.join(out, `${shotName}.png`), fullPage: true }); },

    /** The run stopped on an error: a screenshot of where it was, and the error counted if no step counted it. */
    async fail(e) {
      try { await s.shot('failure'); } catch { }
      if (s.failed === 0) { s.failed++; log(`FAIL ${e && e.stack || e}`); }
      // What the chat showed and what the bot said, in the test's own output: a CI run's artifacts are gone with its
      // clone, and a flaky failure may not come back.
      try { if (s.page) log(`page text at failure (last 1,200 chars): ${(await s.page.locator('body').innerText({ timeout: 3000 })).replace(/\s+/g, ' ').slice(-1200)}`); } catch { }
      try {
        const lines = fs.readFileSync(path.join(out, 'bot.log'), 'utf8').split('\n').filter((l) => /fail|warn|error|exception/i.test(l));
        for (const l of lines.slice(-8)) log(`bot.log: ${l.slice(0, 300)}`);
      } catch { }
    },

    exit() {
      console.log(`playground: ${s.passed} passed, ${s.failed} failed (screenshots in ${out})`);
      process.exit(s.failed === 0 && s.passed > 0 ? 0 : 1);
    },
  };
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.once(signal, async () => { log(`${signal}: stopping`); await s.stopAll(); process.exit(1); });
  }
  return s;
}

// Issue 12 through the Microsoft 365 Agents Playground, in headless Chromium, with the real bot (TaskBot.dll on a temp
// SQLite store, the demo directory, anonymous auth, TaskBot:Files:AllowedHosts=127.0.0.1) and the playground on
// 127.0.0.1. The playground's one user is 测试领导, a leader.
//
// What the Playground (@microsoft/m365agentsplayground 0.2.28) can and cannot do here, read from its own code:
// - nothing in it turns a user's file into Teams' file attachment (its chat box's strings are "Send Message" and
//   "Trigger Message Extension App"; see microsoft-365-agents-toolkit#14369), but its documented
//   "Mock an Activity → Custom activity" editor sends any activity JSON to the bot as the current user (server:
//   sendCustomActivity forwards the body unchanged). The file is sent that way: a message whose attachment is Teams'
//   application/vnd.microsoft.teams.file.download.info, its downloadUrl on a stand-in file host on 127.0.0.1 (this
//   script), which also takes the upload. Teams, not the user, would write that JSON.
// - it does not render a file consent card (its card list names "File Consent Card" as unsupported: the chat shows
//   "File Consent Card is not supported yet") and never sends fileConsent/invoke. So 接受 is sent the same way: a
//   Custom activity of type invoke, name fileConsent/invoke, with the acceptContext the bot put on the consent card
//   (read from the bot's request body as the playground logged it) and an uploadUrl on the stand-in host. The file info card
//   (application/vnd.microsoft.teams.card.file.info) is not a type it knows either; it shows "… is not supported yet".
//
//   node playground-ledger.mjs --table <task-division .xlsx> [--bot <TaskBot.dll>] [--out <screenshot dir>]
//
// Prints one line per step and "playground: N passed, N failed"; exits non-zero on failure. Stops what it started,
// by PID, even on failure.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { opt, session } from './playground-harness.mjs';

const s = session('playground-ledger');
const { out, temp, log, start, step, waitFor, shot } = s;
const freePort = () => s.freePort();
const table = opt('--table', null);
let files = null;   // the stand-in file host (Teams' download URL and OneDrive upload URL)
let page = null;

// Everything the page receives (websocket frames and JSON responses), to read the consent card the playground got.
let received = '';
const uploads = [];   // { name, bytes, range }

/** Opens Mock an Activity → Custom activity, replaces the editor's JSON with `edit(template)`, and sends it. */
async function sendCustomActivity(edit, screenshotName) {
  await page.getByRole('button', { name: 'Mock an Activity' }).first().click();
  // The dialog opens with the playground's template for this chat (id, from, conversation, recipient filled in),
  // fetched from its own server; that answer is the starting point.
  const templateResponse = page.waitForResponse((r) => r.url().includes('/customActivities/template'), { timeout: 15000 });
  await page.getByText('Custom activity', { exact: true }).first().click();
  const base = await (await templateResponse).json();
  const editor = page.locator('.monaco-editor').last();
  await editor.waitFor({ timeout: 15000 });
  await waitFor('the template in the editor', async () => (await editor.innerText()).includes('conversation'), 15000);
  const activity = edit(base);
  await editor.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // One line: typed line breaks would be auto-indented and brackets auto-closed by the editor.
  await page.keyboard.insertText(JSON.stringify(activity));
  await page.keyboard.press('Control+Home');
  if (screenshotName) await shot(screenshotName);
  const sent = page.waitForRequest((r) => r.method() === 'POST' && /\/customActivities$/.test(new URL(r.url()).pathname), { timeout: 15000 });
  await page.getByRole('button', { name: 'Send activity' }).first().click();
  // What the editor sent is what was typed (no brackets added by the editor's auto-closing).
  const body = JSON.parse((await sent).postData());
  if (JSON.stringify(body) !== JSON.stringify(activity)) throw new Error(`the editor sent something else: ${JSON.stringify(body).slice(0, 300)}`);
}

try {
  if (!table || !fs.existsSync(table)) throw new Error(`--table <.xlsx> is required (got ${table})`);
  const tableName = path.basename(table);

  const filesPort = await freePort();
  await step('a stand-in file host on 127.0.0.1 serves the table and takes the upload', async () => {
    files = http.createServer((req, res) => {
      const url = new URL(req.url, 'http://127.0.0.1');
      if (req.method === 'GET' && url.pathname === '/files/table.xlsx') {
        const bytes = fs.readFileSync(table);
        res.writeHead(200, { 'Content-Type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'Content-Length': bytes.length });
        res.end(bytes);
      } else if (req.method === 'PUT' && url.pathname.startsWith('/upload/')) {
        const chunks = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
          const bytes = Buffer.concat(chunks);
          uploads.push({ name: decodeURIComponent(url.pathname.slice(8)), bytes, range: req.headers['content-range'] });
          res.writeHead(201, { 'Content-Type': 'application/json' });
          res.end(JSON.stringify({ id: 'u-1', name: 'ledger.xlsx', size: bytes.length }));
        });
      } else { res.writeHead(404); res.end(); }
    });
    await new Promise((resolve) => files.listen(filesPort, '127.0.0.1', resolve));
    s.onStop(() => new Promise((r) => files.close(r)));
  });

  const botPort = await freePort();
  await s.startBot('the bot starts on a temp SQLite store, files allowed from 127.0.0.1 only', botPort, ['--TaskBot:Files:AllowedHosts=127.0.0.1', '--TaskBot:Digest:Channels:0=channel:digest-elsewhere']);

  const uiPort = await s.startPlayground(botPort);

  page = await s.openPage();
  page.on('websocket', (ws) => ws.on('framereceived', (f) => { if (typeof f.payload === 'string') received += f.payload + '\n'; }));
  page.on('response', async (r) => { try { if ((r.headers()['content-type'] || '').includes('json')) received += (await r.text()) + '\n'; } catch { } });
  const input = page.locator('[data-lexical-editor="true"][role="textbox"]');

  await step('the playground connects to the bot', async () => {
    await page.goto(`http://127.0.0.1:${uiPort}/`);
    await page.getByText('Connected.').first().waitFor({ timeout: 30000 });
    await input.waitFor({ timeout: 15000 });
  });

  await step('the table is sent as a Teams file attachment (Custom activity) and the import preview renders', async () => {
    // type and attachments first, so that the editor's one line shows them.
    await sendCustomActivity((a) => ({
      type: 'message', attachments: [{
        contentType: 'application/vnd.microsoft.teams.file.download.info', name: tableName,
        contentUrl: `https://contoso.sharepoint.com/personal/leader/${encodeURIComponent(tableName)}`,
        content: { downloadUrl: `http://127.0.0.1:${filesPort}/files/table.xlsx`, uniqueId: 'playground-table-1', fileType: 'xlsx' },
      }],
      ...a, type: 'message', text: '', textFormat: 'plain',
    }), '01-file-activity');
    await page.getByText('任务分工表预览').first().waitFor({ timeout: 30000 });
    await page.getByText(/\d+ 项任务，\d+ 个单位，0 项待补全/).first().waitFor({ timeout: 10000 });
    await page.getByRole('button', { name: '确认交办' }).first().waitFor({ timeout: 10000 });
    await page.waitForTimeout(500);
    await shot('03-import-preview-end');
    // The card's top: the title and the counts line.
    await page.getByText('任务分工表预览').first().evaluate((e) => e.scrollIntoView({ block: 'start' }));
    await page.waitForTimeout(300);
    await shot('02-import-preview');
  });

  await step('确认交办 dispatches every task of the table', async () => {
    await page.getByRole('button', { name: '确认交办' }).first().click();
    const line = await page.getByText(/已交办 \d+ 项/).first().textContent({ timeout: 30000 });
    log(`dispatched: ${line.trim()}`);
    await page.waitForTimeout(500);
    await shot('04-dispatched');
  });

  let accept = null;
  await step('导出台账: the bot offers the file; the playground shows the consent card as unsupported', async () => {
    await input.click();
    await page.keyboard.insertText('导出台账');
    await page.keyboard.press('Enter');
    await page.getByText('File Consent Card is not supported yet').first().waitFor({ timeout: 30000 });
    accept = await waitFor('the consent card in what the playground received', async () => {
      for (const m of received.matchAll(/"contentType"\s*:\s*"application\/vnd\.microsoft\.teams\.card\.file\.consent"/g)) {
        // The attachment object around this match. The chat's copy drops the file name; the log panel's copy of the
        // request body (what the bot sent) has it.
        const from = received.lastIndexOf('{', m.index);
        for (let to = received.indexOf('}', m.index); to > 0; to = received.indexOf('}', to + 1)) {
          try { const o = JSON.parse(received.slice(from, to + 1)); if (o.content && o.content.acceptContext && o.name) return o; } catch { }
          if (to - from > 20000) break;
        }
      }
      return null;
    }, 10000);
    log(`consent card: ${accept.name}, ${accept.content.sizeInBytes} bytes, "${accept.content.description}"`);
    if (!/\.xlsx$/.test(accept.name) || !(accept.content.sizeInBytes > 1000)) throw new Error('the consent card lacks the file name or size');
    await page.waitForTimeout(500);
    await shot('05-consent-card-unsupported');
  });

  await step('接受 (fileConsent/invoke, action accept, as Custom activity): the bot uploads the 台账 and sends the file card', async () => {
    await sendCustomActivity((a) => {
      const { text, textFormat, attachments, ...rest } = a;
      return {
        type: 'invoke', name: 'fileConsent/invoke',
        value: {
          type: 'fileUpload', action: 'accept', context: accept.content.acceptContext,
          uploadInfo: { name: accept.name, uploadUrl: `http://127.0.0.1:${filesPort}/upload/${encodeURIComponent(accept.name)}`,
            contentUrl: `https://contoso-my.sharepoint.com/personal/leader/Documents/${encodeURIComponent(accept.name)}`, uniqueId: 'playground-ledger-1', fileType: 'xlsx' },
        },
        ...rest, type: 'invoke', name: 'fileConsent/invoke',
      };
    }, '06-accept-activity');
    await waitFor('the upload', async () => uploads.length > 0, 30000);
    const u = uploads[0];
    if (u.bytes.length < 1000 || u.bytes[0] !== 0x50 || u.bytes[1] !== 0x4b) throw new Error(`the upload is not an .xlsx (${u.bytes.length} bytes)`);
    if (u.range !== `bytes 0-${u.bytes.length - 1}/${u.bytes.length}`) throw new Error(`Content-Range ${u.range}`);
    fs.writeFileSync(path.join(out, 'uploaded-ledger.xlsx'), u.bytes);
    log(`uploaded ${u.name}: ${u.bytes.length} bytes, Content-Range ${u.range}`);
    await page.getByText('application/vnd.microsoft.teams.card.file.info is not supported yet').first().waitFor({ timeout: 30000 });
    await page.waitForTimeout(500);
    await shot('07-uploaded-file-card');
  });

} catch (e) {
  await s.fail(e);
} finally {
  await s.stopAll();
}
s.exit();

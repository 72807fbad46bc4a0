// A leader's directive through the Microsoft 365 Agents Playground (a Teams-like web client), in headless Chromium:
// the real bot (TaskBot.dll on a temp SQLite store, the demo directory, anonymous auth) and the playground, both on
// 127.0.0.1 at free ports. The playground's default user is 测试领导 in the demo directory. Steps: the leader types
// a directive, the preview card renders, 确认交办 is clicked, and the card turns into the dispatched summary.
//
//   node playground-flow.mjs [--bot <TaskBot.dll>] [--out <screenshot dir>]
//
// Defaults: TaskBot/bin/Release/net10.0/TaskBot.dll, artifacts/test/playground. Prints one line per step and
// "playground: N passed, N failed"; exits non-zero on failure. Stops what it started, by PID, even on failure.
import { session } from './playground-harness.mjs';

const s = session('playground');
const { out, temp, log, start, step, waitFor, shot } = s;
const freePort = () => s.freePort();
const directive = '请县发改局牵头，县财政局配合，一个月内完成重点项目资金筹措方案，报县政府审定。';
let page = null;

try {
  const botPort = await freePort();
  await s.startBot('the bot starts on a temp SQLite store', botPort);

  const uiPort = await s.startPlayground(botPort);

  page = await s.openPage();
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

} catch (e) {
  await s.fail(e);
} finally {
  await s.stopAll();
}
s.exit();

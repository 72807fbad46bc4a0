// Renders Adaptive Cards with the npm `adaptivecards` renderer in headless Chromium, and clicks every button.
//
//   node cards.mjs <gallery.json> <report.json> [--png <dir>]
//
// gallery.json: { "cards": [ { "name", "card", "fill": { inputId: value }, "picture": { "open": "按钮" }? } ] }
// For each card the report gives what the renderer said when parsing (parseEvents) and validating (validation),
// the declared version, the refresh action, and for every action: what a click submits before and after the
// inputs are filled in with `fill` (typed into the rendered controls, as a person would). With --png, each card is
// also saved as <dir>/<name>.png (with the ShowCard named by picture.open expanded, if given).
// The TaskBot.Tests renderer test writes the gallery from the C# card factories and checks the report.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launch } from './chromium.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const argv = process.argv.slice(2);
const pngAt = argv.indexOf('--png');
const pngDir = pngAt >= 0 ? argv.splice(pngAt, 2)[1] : null;
const [galleryPath, reportPath] = argv;
if (!galleryPath || !reportPath) {
  console.error('usage: node cards.mjs <gallery.json> <report.json> [--png <dir>]');
  process.exit(2);
}
const gallery = JSON.parse(fs.readFileSync(galleryPath, 'utf8'));
if (pngDir) fs.mkdirSync(pngDir, { recursive: true });

const browser = await launch({ viewport: { width: 640, height: 900 }, deviceScaleFactor: pngDir ? 2 : 1 });
const report = { cards: [], blocked: browser.blocked };
try {
  const page = await browser.context.newPage();
  const pageErrors = [];
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') pageErrors.push(`${m.type()}: ${m.text()}`); });
  await page.goto(pathToFileURL(path.join(here, 'card-page.html')).href);
  await page.waitForFunction(() => typeof window.renderCard === 'function' && !!window.AdaptiveCards);

  for (const entry of gallery.cards) {
    pageErrors.length = 0;
    const result = { name: entry.name, actions: [] };
    try {
      Object.assign(result, await page.evaluate((c) => window.renderCard(c), entry.card));
      await page.evaluate(() => document.fonts.ready);
      if (pngDir) {
        if (entry.picture?.open) await clickAction(page, await findAction(page, entry.picture.open, 'Action.ShowCard'));
        await page.locator('#frame').screenshot({ path: path.join(pngDir, `${entry.name}.png`) });
      }
      const actions = await page.evaluate(() => window.listActions());
      for (const a of actions) {
        const record = { ...a, beforeFill: null, afterFill: null };
        if (a.type !== 'Action.ShowCard') {
          await page.evaluate((c) => window.renderCard(c), entry.card);
          if (a.parent !== null) await clickAction(page, actions.find(p => p.title === a.parent && p.type === 'Action.ShowCard').index);
          record.beforeFill = await click(page, a.index);
          await fill(page, entry.fill ?? {});
          record.afterFill = await click(page, a.index);
        }
        result.actions.push(record);
      }
      await page.evaluate((c) => window.renderCard(c), entry.card);
    } catch (e) {
      result.error = String(e && e.stack || e);
    }
    result.pageErrors = [...pageErrors];
    report.cards.push(result);
  }
} finally {
  await browser.close();
}
fs.writeFileSync(reportPath, JSON.stringify(report, null, 2));
const bad = report.cards.filter(c => c.error || c.pageErrors.length || c.parseEvents?.length || c.validation?.length);
console.log(`cards: ${report.cards.length} rendered, ${bad.length} with errors or warnings${pngDir ? `, pictures in ${pngDir}` : ''}`);

async function findAction(page, title, type) {
  const a = (await page.evaluate(() => window.listActions())).find(x => x.title === title && x.type === type);
  if (!a) throw new Error(`no ${type} titled ${title}`);
  return a.index;
}

async function clickAction(page, index) {
  const button = await page.evaluateHandle((i) => window.actionButton(i), index);
  await button.asElement().click();
}

/** Clicks the button and returns what the card submitted (null if the click submitted nothing). */
async function click(page, index) {
  await page.evaluate(() => { window.__submitted = []; });
  await clickAction(page, index);
  const submitted = await page.evaluate(() => window.__submitted);
  return submitted.length ? submitted[submitted.length - 1] : null;
}

/** Types the values into the visible rendered inputs, as a person would. */
async function fill(page, values) {
  for (const [id, value] of Object.entries(values)) {
    const type = await page.evaluate((i) => window.inputType(i), id);
    if (type === 'Input.ChoiceSet' && await page.evaluate((i) => window.pickInDropdown(i), { id, value })) continue;
    const handle = await page.evaluateHandle((i) => window.inputElement(i), id);
    const el = handle.asElement();
    if (!el || !(await el.isVisible())) continue;
    if (type === 'Input.Toggle') {
      await (await el.$('input[type=checkbox]') ?? el).setChecked(value === true || value === 'true');
    } else if (type === 'Input.ChoiceSet') {
      const wanted = Array.isArray(value) ? value : String(value).split(',');
      const select = await el.$('select') ?? (await el.evaluate(e => e.tagName) === 'SELECT' ? el : null);
      if (select) { await select.selectOption(wanted); continue; }
      for (const box of await el.$$('input[type=checkbox], input[type=radio]')) {
        const v = await box.evaluate(b => b.value);
        await box.setChecked(wanted.includes(v));
      }
    } else {
      const box = await el.evaluate(e => e.matches('input, textarea')) ? el : await el.$('input, textarea');
      await box.fill(String(value));
    }
  }
}

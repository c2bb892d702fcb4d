// The topic list editor in real Chromium, on a page of its own: building a list by mouse and
// keyboard, the documents it sends, reordering by keyboard and by drag, problems next to
// their fields, missing translations, and accessibility at tablet sizes.
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkTopicListDoc } from '../../server/contract/topiclist-check.ts';
import type { TopicList } from '../../server/contract/topiclist.ts';
import { runAxe } from '../helpers/axe.ts';
import { launchBrowser, saveScreenshot, skipBrowserTests } from '../helpers/browser.ts';
import { overflowingElements, sidewaysOverflow } from '../helpers/browser-page.ts';
import { docCount, editorBundle, lastDoc, openEditor, setIssues } from '../helpers/topiclist-editor.ts';

const start: TopicList = {
  id: 'pilot',
  title: { nl: 'Pilot', en: 'Pilot' },
  languages: ['nl', 'en'],
  scales: { satisfaction: { min: 1, max: 5, label: { nl: 'Tevredenheid', en: 'Satisfaction' }, allow: ['na'] } },
  dimensions: [{ id: 'trust', label: { nl: 'Vertrouwen', en: 'Trust' } }],
  levels: [
    {
      id: 'individual',
      label: { nl: 'Individueel', en: 'Individual' },
      topics: [
        {
          id: 'decisiveness',
          label: { nl: 'Daadkracht', en: 'Decisiveness' },
          items: [
            { id: 'first', type: 'open', prompt: { nl: 'Eerste', en: 'First' } },
            { id: 'second', type: 'open', prompt: { nl: 'Tweede', en: 'Second' } },
            { id: 'third', type: 'open', prompt: { nl: 'Derde', en: 'Third' } },
          ],
        },
      ],
    },
  ],
};

/** The `data-focus` key of what has focus, through shadow roots. */
const focused = (page: Page) =>
  page.evaluate(() => {
    let el: Element | null = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return (el as HTMLElement | null)?.dataset.focus ?? el?.tagName;
  });

/** The texts an element's aria-describedby points at (in its own shadow root). */
const description = (locator: Locator) =>
  locator.evaluate((el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    return (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .map((id) => root.getElementById(id)?.textContent?.trim() ?? `(missing #${id})`)
      .join(' | ');
  });

const itemIds = (doc: TopicList | undefined, level = 0, topic = 0) => doc?.levels[level]?.topics[topic]?.items.map((i) => i.id);
const announced = (page: Page) => page.locator('ld-topiclist-editor [role="status"]').textContent();

describe.skipIf(skipBrowserTests)('topic list editor', () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  const level = (n: number) => page.locator('ld-editor-level').nth(n);
  const items = () => level(0).locator('ld-editor-item');

  beforeAll(async () => {
    await editorBundle();
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    page.setDefaultTimeout(5_000);
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await openEditor(page, start);
    await page.evaluate(() => {
      const w = window as any;
      w.original = document.querySelector('ld-topiclist-editor')!.doc;
      w.originalJson = JSON.stringify(w.original);
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('shows every label in every language side by side, the default first', async () => {
    const title = page.getByRole('group', { name: 'Titel', exact: true });
    const nl = title.getByRole('textbox', { name: 'Titel nl (standaard)' });
    const en = title.getByRole('textbox', { name: 'Titel en' });
    expect(await nl.inputValue()).toBe('Pilot');
    expect(await en.inputValue()).toBe('Pilot');
    const [a, b] = [await nl.boundingBox(), await en.boundingBox()];
    expect(a!.x).toBeLessThan(b!.x);
    expect(Math.abs(a!.y - b!.y)).toBeLessThan(2);
    expect(await page.getByRole('heading', { level: 3, name: /Niveau 1 Individueel/ }).count()).toBe(1);
    expect(await runAxe(page)).toEqual([]);
  });

  it('builds a level, a topic, a scale item with a dimension and a choice item with options', async () => {
    await page.getByRole('button', { name: 'Niveau toevoegen', exact: true }).click();
    expect(await focused(page)).toBe('levels[1].label|input');
    // Typed key by key: the id follows the name, and typing is not disturbed.
    await page.keyboard.type('Organisatie');
    expect((await lastDoc(page))?.levels[1]).toEqual({ id: 'organisatie', label: { nl: 'Organisatie' }, topics: [] });
    expect(await focused(page)).toBe('levels[1].label|input');
    await level(1).getByRole('textbox', { name: 'Naam en' }).first().fill('Organisation');

    await level(1).getByRole('button', { name: 'Topic toevoegen', exact: true }).click();
    expect(await focused(page)).toBe('levels[1].topics[0].label|input');
    await page.keyboard.type('Samenwerking');
    const topic = level(1).locator('ld-editor-topic').first();

    await topic.getByRole('button', { name: 'Vraag toevoegen', exact: true }).click();
    expect(await focused(page)).toBe('levels[1].topics[0].items[0].prompt|input');
    await page.keyboard.type('Hoe tevreden bent u?');
    const scaleItem = topic.locator('ld-editor-item').nth(0);
    await scaleItem.getByRole('combobox', { name: 'Soort vraag' }).selectOption({ label: 'Schaal' });
    await scaleItem.getByRole('combobox', { name: 'Dimensie', exact: true }).selectOption({ label: 'Vertrouwen' });
    expect((await lastDoc(page))?.levels[1]?.topics[0]).toEqual({
      id: 'samenwerking',
      label: { nl: 'Samenwerking' },
      items: [{ id: 'hoe-tevreden-bent-u', type: 'scale', prompt: { nl: 'Hoe tevreden bent u?' }, scale: 'satisfaction', dimension: 'trust' }],
    });

    await topic.getByRole('button', { name: 'Vraag toevoegen', exact: true }).click();
    await page.keyboard.type('Wie belt u eerst?');
    const choice = topic.locator('ld-editor-item').nth(1);
    await choice.getByRole('combobox', { name: 'Soort vraag' }).selectOption({ label: 'Eén keuze' });
    await choice.getByRole('textbox', { name: 'Tekst van optie 1 nl' }).pressSequentially('Politie');
    await choice.getByRole('textbox', { name: 'Tekst van optie 2 nl' }).pressSequentially('Gemeente');
    await choice.getByRole('textbox', { name: 'Tekst van optie 2 en' }).fill('Municipality');
    await choice.getByRole('button', { name: 'Optie toevoegen', exact: true }).click();
    expect(await focused(page)).toBe('levels[1].topics[0].items[1].options[2].label|input');
    await page.keyboard.type('Anders');

    const doc = (await lastDoc(page))!;
    expect(doc.levels[1]!.topics[0]!.items[1]).toEqual({
      id: 'wie-belt-u-eerst',
      type: 'choice',
      prompt: { nl: 'Wie belt u eerst?' },
      options: [
        { id: 'politie', label: { nl: 'Politie' } },
        { id: 'gemeente', label: { nl: 'Gemeente', en: 'Municipality' } },
        { id: 'anders', label: { nl: 'Anders' } },
      ],
    });
    expect(checkTopicListDoc(doc).issues).toEqual([]);
    // Every edit sent a new document; the one given was never changed, unchanged parts are shared.
    expect(await docCount(page)).toBeGreaterThan(40);
    expect(
      await page.evaluate(() => {
        const w = window as any;
        return { same: JSON.stringify(w.original) === w.originalJson, shared: w.docs.at(-1).levels[0] === w.original.levels[0], distinct: new Set(w.docs).size === w.docs.length };
      }),
    ).toEqual({ same: true, shared: true, distinct: true });
  });

  it('changing the type drops what belonged to the old type', async () => {
    const scaleItem = level(1).locator('ld-editor-item').nth(0);
    await scaleItem.getByRole('combobox', { name: 'Soort vraag' }).selectOption({ label: 'Open vraag' });
    expect((await lastDoc(page))?.levels[1]?.topics[0]?.items[0]).toEqual({ id: 'hoe-tevreden-bent-u', type: 'open', prompt: { nl: 'Hoe tevreden bent u?' } });
    await scaleItem.getByRole('combobox', { name: 'Soort vraag' }).selectOption({ label: 'Schaal' });
    expect((await lastDoc(page))?.levels[1]?.topics[0]?.items[0]).toMatchObject({ type: 'scale', scale: 'satisfaction' });
  });

  it('flags a missing translation in words', async () => {
    const choice = level(1).locator('ld-editor-item').nth(1);
    const en = choice.getByRole('textbox', { name: 'Tekst van optie 1 en' });
    expect(await description(en)).toContain('vertaling ontbreekt');
    const filled = choice.getByRole('textbox', { name: 'Tekst van optie 2 en' });
    expect(await description(filled)).not.toContain('vertaling ontbreekt');
    expect(await choice.getByText('vertaling ontbreekt').count()).toBeGreaterThanOrEqual(2);

    // A plain text is the default language's; adding a translation makes it a map.
    await page.evaluate(async () => {
      const editor = document.querySelector('ld-topiclist-editor')!;
      const doc = structuredClone(editor.doc!);
      doc.levels[1]!.topics[0]!.label = 'Samenwerking';
      editor.doc = doc;
      await editor.updateComplete;
    });
    const topic = level(1).locator('ld-editor-topic').first();
    const topicEn = topic.getByRole('textbox', { name: 'Naam en' }).first();
    expect(await topic.getByRole('textbox', { name: 'Naam nl' }).first().inputValue()).toBe('Samenwerking');
    expect(await description(topicEn)).toContain('vertaling ontbreekt');
    await topicEn.fill('Cooperation');
    expect((await lastDoc(page))?.levels[1]?.topics[0]?.label).toEqual({ nl: 'Samenwerking', en: 'Cooperation' });
    expect(await description(topicEn)).not.toContain('vertaling ontbreekt');
  });

  it('reorders items by keyboard, keeping focus on the moved item and saying so', async () => {
    const down = items().nth(0).getByRole('button', { name: 'Omlaag: Vraag 1 ‘Eerste’' });
    await down.focus();
    await page.keyboard.press('Enter');
    expect(itemIds(await lastDoc(page))).toEqual(['second', 'first', 'third']);
    expect(await focused(page)).toBe('levels[0].topics[0].items[1]|down');
    expect(await announced(page)).toContain('Vraag 1 ‘Eerste’ staat nu op plaats 2 van 3');

    await page.keyboard.press('Alt+ArrowDown');
    expect(itemIds(await lastDoc(page))).toEqual(['second', 'third', 'first']);
    expect(await focused(page)).toBe('levels[0].topics[0].items[2]|down');
    expect(await announced(page)).toContain('plaats 3 van 3');

    // At the end there is nowhere to go: nothing changes, the topic does not move either.
    const before = await docCount(page);
    await page.keyboard.press('Alt+ArrowDown');
    expect(await docCount(page)).toBe(before);

    await items().nth(2).getByRole('heading', { level: 5 }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    await page.keyboard.press('Alt+ArrowUp');
    expect(itemIds(await lastDoc(page))).toEqual(['first', 'second', 'third']);
    expect(await focused(page)).toBe('levels[0].topics[0].items[0]|title');

    // Levels too: Alt+ArrowUp on the second level's head.
    await level(1).getByRole('button', { name: /Niveau 2/, expanded: true }).focus();
    await page.keyboard.press('Alt+ArrowUp');
    expect((await lastDoc(page))?.levels.map((l) => l.id)).toEqual(['organisatie', 'individual']);
    expect(await focused(page)).toBe('levels[0]|title');
    await page.keyboard.press('Alt+ArrowDown');
    expect((await lastDoc(page))?.levels.map((l) => l.id)).toEqual(['individual', 'organisatie']);
  });

  it('reorders items and options by dragging the handle with the mouse', async () => {
    // A tall screen: playwright's drag does not survive scrolling between source and target.
    await page.setViewportSize({ width: 1024, height: 2400 });
    await items().nth(0).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await items().nth(0).locator('[data-drag-handle]').dragTo(items().nth(2));
    expect(itemIds(await lastDoc(page))).toEqual(['second', 'third', 'first']);
    await items().nth(2).locator('[data-drag-handle]').dragTo(items().nth(0));
    expect(itemIds(await lastDoc(page))).toEqual(['first', 'second', 'third']);

    const options = level(1).locator('ld-editor-item').nth(1).locator('li.option');
    await options.nth(2).locator('[data-drag-handle]').dragTo(options.nth(0));
    const doc = await lastDoc(page);
    expect(doc?.levels[1]?.topics[0]?.items[1]?.options?.map((o) => o.id)).toEqual(['anders', 'politie', 'gemeente']);

    // Touch: the same handle, moved by pointer events (here from the browser's touch emulation).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    await items().nth(0).evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const from = (await items().nth(0).locator('[data-drag-handle]').boundingBox())!;
    const to = (await items().nth(1).boundingBox())!;
    const point = (x: number, y: number) => [{ x: Math.round(x), y: Math.round(y) }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x + 20, from.y + 20) });
    for (const step of [0.3, 0.6, 1]) {
      await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: point(from.x + 20, from.y + 20 + (to.y + to.height / 2 - from.y - 20) * step) });
    }
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
    expect(itemIds(await lastDoc(page))).toEqual(['second', 'first', 'third']);
    await items().nth(1).getByRole('button', { name: /^Omhoog/ }).click();
    expect(itemIds(await lastDoc(page))).toEqual(['first', 'second', 'third']);
    await page.setViewportSize({ width: 1024, height: 768 });
  });

  it('moves an item to another topic', async () => {
    await items().nth(2).getByRole('combobox', { name: 'Verplaatsen naar topic' }).selectOption({ label: 'Organisatie › Samenwerking' });
    const doc = await lastDoc(page);
    expect(itemIds(doc)).toEqual(['first', 'second']);
    expect(itemIds(doc, 1)).toEqual(['hoe-tevreden-bent-u', 'wie-belt-u-eerst', 'third']);
    expect(await focused(page)).toBe('levels[1].topics[0].items[2]|move-to');
  });

  it('shows a problem next to its field, and counts per level and topic that stay when folded', { timeout: 10_000 }, async () => {
    await setIssues(page, [
      { path: 'levels[0].topics[0].items[1].prompt', message: 'label has no text in the default language "nl"' },
      { path: 'levels[0].topics[0].items[0].id', message: 'duplicate item id "first" (first used at levels[0].topics[0].items[2].id)' },
      { path: 'levels[0].topics[0].items[0].prompt.en', message: 'a label must not be empty' },
    ]);
    const second = items().nth(1);
    const prompt = second.getByRole('textbox', { name: 'Vraag nl (standaard)' });
    expect(await prompt.getAttribute('aria-invalid')).toBe('true');
    // The checker's English, in the UI's Dutch.
    expect(await description(prompt)).toContain('het label heeft geen tekst in de standaardtaal "nl"');
    const id = items().nth(0).getByRole('textbox', { name: 'Id', exact: true });
    expect(await id.getAttribute('aria-invalid')).toBe('true');
    expect(await description(id)).toContain('vraag-id "first" komt twee keer voor');
    const en = items().nth(0).getByRole('textbox', { name: 'Vraag en' });
    expect(await description(en)).toContain('een label mag niet leeg zijn');
    expect(await items().nth(2).locator('[aria-invalid="true"]').count()).toBe(0);

    const topicHead = level(0).locator('ld-editor-topic').first().locator('button.toggle');
    expect(await topicHead.getAttribute('aria-expanded')).toBe('true');
    await topicHead.click();
    expect(await topicHead.getAttribute('aria-expanded')).toBe('false');
    expect(await level(0).locator('ld-editor-topic').first().getByText('3 problemen').isVisible()).toBe(true);
    expect(await level(0).getByText('3 problemen').first().isVisible()).toBe(true);
    await saveScreenshot(page, 'topiclist-editor-problems-nl-1024', { fullPage: true });
    await topicHead.click();
  });

  it('asks before removing a topic with questions', async () => {
    const remove = level(1).locator('ld-editor-topic').first().getByRole('button', { name: /^Verwijderen: Topic 1/ });
    await remove.click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('3 vragen');
    await dialog.getByRole('button', { name: 'Annuleren' }).click();
    expect((await lastDoc(page))?.levels[1]?.topics).toHaveLength(1);
    await remove.click();
    await dialog.getByRole('button', { name: 'Verwijderen' }).click();
    await expect.poll(async () => (await lastDoc(page))?.levels[1]?.topics).toEqual([]);
    await expect.poll(() => focused(page)).toBe('levels[1]|add-topic');
  });

  it('read-only: shows the list without ways to change it', async () => {
    await page.evaluate(async () => {
      const editor = document.querySelector('ld-topiclist-editor')!;
      editor.readonly = true;
      await editor.updateComplete;
    });
    expect(await page.getByRole('button', { name: 'Niveau toevoegen', exact: true }).count()).toBe(0);
    expect(await page.locator('ld-editor-row-actions').count()).toBe(0);
    const title = page.getByRole('textbox', { name: 'Titel nl (standaard)' });
    expect(await title.getAttribute('readonly')).not.toBeNull();
    expect(await runAxe(page)).toEqual([]);
    await page.evaluate(async () => {
      const editor = document.querySelector('ld-topiclist-editor')!;
      editor.readonly = false;
      await editor.updateComplete;
    });
  });

  it('has no serious accessibility problems and large targets at 1024×768 and in portrait at 768', async () => {
    await setIssues(page, [{ path: 'levels[0].topics[0].items[1].prompt', message: 'label has no text in the default language "nl"' }]);
    for (const viewport of [
      { width: 1024, height: 768 },
      { width: 768, height: 1024 },
    ]) {
      await page.setViewportSize(viewport);
      expect(await runAxe(page), `${viewport.width}`).toEqual([]);
      expect(await sidewaysOverflow(page), (await overflowingElements(page)).join(', ')).toBe(0);
      const small = await page.evaluate(() => {
        const found: string[] = [];
        const walk = (root: Document | ShadowRoot) => {
          for (const el of root.querySelectorAll('*')) {
            if (el.shadowRoot) walk(el.shadowRoot);
            if (!el.matches('button, input:not([type=checkbox]), select, textarea, [data-drag-handle]')) continue;
            const r = el.getBoundingClientRect();
            if (r.width && (r.width < 44 || r.height < 44)) found.push(`${el.tagName} ${el.textContent?.trim().slice(0, 30)} ${r.width}x${r.height}`);
          }
        };
        walk(document);
        return found;
      });
      expect(small).toEqual([]);
    }
    await saveScreenshot(page, 'topiclist-editor-nl-tablet-768', { fullPage: true });
    expect(errors).toEqual([]);
  });

  it('shows a draft that does not follow the format without breaking', async () => {
    await page.evaluate(async () => {
      const editor = document.querySelector('ld-topiclist-editor')!;
      editor.doc = {
        id: 'Not a slug',
        title: 'Kapot',
        languages: ['nl'],
        levels: [{ id: 'l', label: 'L', topics: [{ id: 't', label: 'T', items: [{ id: 'x', type: 'text', prompt: 'X', options: { a: 1 } }] }, { id: 'empty' }] }],
      } as any;
      await editor.updateComplete;
    });
    await page.getByText('Onbekend: text').first().waitFor();
    await page.getByRole('button', { name: 'Vraag toevoegen', exact: true }).last().click();
    expect(itemIds(await lastDoc(page), 0, 1)).toEqual(['item-1']);
    expect(errors).toEqual([]);
  });
});

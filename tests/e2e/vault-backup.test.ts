import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderQrSvg } from '../../core/otp/render-qr-svg';
import { fill, launchChromium, openPage, sendMessage, waitForText } from './support/chromium';

const PASSPHRASE = 'correct horse battery staple';
const BACKUP_PASSPHRASE = 'a different backup passphrase';
const URIS = [
  'otpauth://totp/GitHub:alice?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=GitHub',
  'otpauth://totp/AWS:ops%40corp.example?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=AWS&algorithm=SHA256&digits=8&period=60',
  'otpauth://hotp/Bank:bob?secret=MFRGGZDFMZTWQ2LKNNWG23TPOBYXE43U&issuer=Bank&counter=7',
];

let session: Awaited<ReturnType<typeof launchChromium>>;
let browser: Browser;
let options: Page;

/** The entries as the worker lists them at one instant, without ids and creation times (new on import). */
async function listedEntries(at: number) {
  const reply = await sendMessage(options, 'vault.listCodes', { at });
  expect(reply.ok).toBe(true);
  return (reply.data as Array<Record<string, unknown>>)
    .map(({ id: _id, createdAt: _createdAt, ...rest }) => rest)
    .sort((a, b) => String(a.issuer).localeCompare(String(b.issuer)));
}

beforeAll(async () => {
  session = await launchChromium();
  browser = session.browser;
  const cdp = await browser.target().createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: session.downloads });
  options = await openPage(browser, 'options.html');
  expect((await sendMessage(options, 'vault.setup', { passphrase: PASSPHRASE })).ok).toBe(true);
  for (const [index, uri] of URIS.entries()) {
    const origins = index === 0 ? ['https://github.com'] : [];
    expect((await sendMessage(options, 'vault.addEntry', { uri, origins })).ok).toBe(true);
  }
  await options.reload();
  await waitForText(options, '#entries-title', `(${URIS.length})`);
});
afterAll(async () => {
  await session?.close();
});

describe('encrypted backups in Chromium', () => {
  let backupPath = '';
  const at = Date.UTC(2026, 10, 26, 12, 0, 0);

  it('exports an encrypted backup file with its own passphrase, once the vault passphrase is typed again', async () => {
    await fill(options, '.export input[name="backup-passphrase"]', BACKUP_PASSPHRASE);
    await fill(options, '.export input[name="backup-confirm"]', BACKUP_PASSPHRASE);
    await fill(options, '.export input[name="vault-passphrase"]', 'not the vault passphrase');
    await options.$eval('.export form', (form) => (form as HTMLFormElement).requestSubmit());
    await waitForText(options, '#export-vault-passphrase-error', 'not your Sidekey passphrase');
    await fill(options, '.export input[name="vault-passphrase"]', PASSPHRASE);
    await options.$eval('.export form', (form) => (form as HTMLFormElement).requestSubmit());
    await waitForText(options, '.export [role="status"]', 'Saved');
    for (let tries = 0; tries < 50 && !backupPath; tries++) {
      const done = existsSync(session.downloads)
        ? readdirSync(session.downloads).filter((name) => !name.endsWith('.crdownload'))
        : [];
      if (done[0]) backupPath = join(session.downloads, done[0]);
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(backupPath).not.toBe('');
  });

  it('restores identical entries after every entry was deleted', async () => {
    const before = await listedEntries(at);
    expect(before).toHaveLength(URIS.length);

    for (let left = URIS.length; left > 0; left--) {
      await options.click('.entry button[name="delete"]');
      await options.click('.entry button[name="confirm-delete"]');
      await waitForText(options, '#entries-title', `(${left - 1})`);
    }
    expect(await listedEntries(at)).toEqual([]);

    const upload = await options.$('input[name="backup-file"]');
    await upload?.uploadFile(backupPath);
    await fill(options, '.import input[name="backup-passphrase"]', BACKUP_PASSPHRASE);
    await options.$eval('.import form:nth-of-type(2)', (form) => (form as HTMLFormElement).requestSubmit());
    expect(await waitForText(options, '.import-summary', 'Added')).toContain(`Added ${URIS.length} codes`);
    expect(await listedEntries(at)).toEqual(before);
  });

  it('refuses the backup under a wrong passphrase with a clear message and stores nothing', async () => {
    const before = await listedEntries(at);
    const upload = await options.$('input[name="backup-file"]');
    await upload?.uploadFile(backupPath);
    await fill(options, '.import input[name="backup-passphrase"]', 'wrong backup passphrase');
    await options.$eval('.import form:nth-of-type(2)', (form) => (form as HTMLFormElement).requestSubmit());
    expect(await waitForText(options, '.import [role="alert"]', 'passphrase')).toBe(
      'That passphrase is not right. Check it and try again.',
    );
    expect(await listedEntries(at)).toEqual(before);
  });

  it('imports a code from a QR image file', async () => {
    const uri = 'otpauth://totp/Gitea:carol?secret=KRSXG5CTMVRXEZLUKN2XAZLSKNSWG4TFOQ&issuer=Gitea';
    const png = await options.evaluate(async (svg: string) => {
      const image = new Image();
      image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = 400;
      canvas.height = 400;
      const context = canvas.getContext('2d')!;
      context.fillStyle = '#fff';
      context.fillRect(0, 0, 400, 400);
      context.drawImage(image, 40, 40, 320, 320);
      return canvas.toDataURL('image/png').split(',')[1]!;
    }, renderQrSvg(uri));
    const path = join(session.downloads, 'qr.png');
    writeFileSync(path, Buffer.from(png, 'base64'));
    const upload = await options.$('input[name="qr-file"]');
    await upload?.uploadFile(path);
    expect(await waitForText(options, '.import-summary', 'Added')).toContain('Added 1 code.');
    const entries = await listedEntries(at);
    expect(entries.map((entry) => entry.issuer)).toContain('Gitea');
  });
});

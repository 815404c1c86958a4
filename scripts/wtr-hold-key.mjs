// A test-runner command that holds a key down across several key presses (Shift while pressing
// arrows), in every launcher here: wtr's own sendKeys has no `down`/`up` over WebDriver (WebKit).
// In a test: `executeServerCommand('hold-key', { down: 'Shift' })`, then `{ up: 'Shift' }`.
export function holdKeyPlugin() {
  return {
    name: 'hold-key',
    async executeCommand({ command, payload, session }) {
      if (command !== 'hold-key') return undefined;
      const [action, key] = 'down' in payload ? ['down', payload.down] : ['up', payload.up];
      if (session.browser.type === 'puppeteer') {
        const page = session.browser.getPage(session.id);
        await (action === 'down' ? page.keyboard.down(key) : page.keyboard.up(key));
        return true;
      }
      if (session.browser.type === 'webdriver') {
        const { Key } = await import('webdriverio');
        await session.browser.driverManager.performActions(session.id, [
          { type: 'key', id: 'held-keys', actions: [{ type: action === 'down' ? 'keyDown' : 'keyUp', value: Key[key] ?? key }] },
        ]);
        return true;
      }
      throw new Error(`hold-key: unsupported browser type ${session.browser.type}`);
    },
  };
}

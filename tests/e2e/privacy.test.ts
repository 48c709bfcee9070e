// No network requests, no remote code, no analytics: the built extension contains no code that could send
// anything, and its manifest asks for no more than it needs.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ROOT } from './harness';

const BUILDS = ['chrome-mv3', 'firefox-mv3'];
/** Every way a script could talk to a server. */
const NETWORK_APIS = /\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket|EventSource\(|importScripts\(/;

function scripts(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return scripts(path);
    return path.endsWith('.js') ? [path] : [];
  });
}

describe.each(BUILDS)('%s build', (target) => {
  const dir = join(ROOT, '.output', target);

  test('no script can make a network request', () => {
    const offenders = scripts(dir).filter((file) => NETWORK_APIS.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  test('asks only for the permissions it uses', () => {
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    // contextMenus: the "Summarise selection" entry on selected text (issue 19).
    expect(manifest.permissions.sort()).toEqual(['activeTab', 'contextMenus', 'scripting', 'storage']);
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(manifest.web_accessible_resources).toBeUndefined();
  });
});

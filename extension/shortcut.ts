// The keyboard shortcut that presses the toolbar button, as the browser has it now (the user may have changed
// or removed the one the manifest suggests).
import { browser } from 'wxt/browser';

/** The toolbar button's command: browsers open the popup for it, as for a click. */
const ACTION_COMMAND = '_execute_action';

/** The shortcut's keys ("Alt+Shift+L"), or "" when none is set. */
export async function actionShortcut(): Promise<string> {
  const commands = await browser.commands.getAll();
  return commands.find((c) => c.name === ACTION_COMMAND)?.shortcut ?? '';
}

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { type OptionsApi, OptionsApp } from '../../components/OptionsApp';
import { DEFAULT_SETTINGS, Settings } from '../../lib/schema';

afterEach(cleanup);

function memoryApi(shortcut = 'Alt+Shift+L'): OptionsApi & { stored: Settings } {
  const api = {
    stored: DEFAULT_SETTINGS,
    shortcut: async () => shortcut,
    load: async () => api.stored,
    save: async (patch: Partial<Settings>) => {
      api.stored = Settings.parse({ ...api.stored, ...patch });
      return api.stored;
    },
  };
  return api;
}

test('turns automatic badges off and silences a site', async () => {
  const api = memoryApi();
  render(<OptionsApp api={api} />);
  const toggle = await screen.findByRole('checkbox', { name: /Show a verdict badge/ });
  await act(async () => fireEvent.click(toggle));
  expect(api.stored.autoBadges).toBe(false);
  fireEvent.change(screen.getByRole('textbox', { name: /Site to silence/ }), {
    target: { value: 'https://www.Example.com/films' },
  });
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Add site' })));
  expect(api.stored.silentSites).toEqual(['example.com']);
  await act(async () => fireEvent.click(screen.getByRole('button', { name: 'Show badges on example.com again' })));
  expect(api.stored.silentSites).toEqual([]);
});

test('shows the keyboard shortcut the browser has for the summary, or that there is none', async () => {
  render(<OptionsApp api={memoryApi()} />);
  expect((await screen.findByText('Alt+Shift+L')).tagName).toBe('KBD');
  expect(screen.getByText(/summarises the page, as the toolbar button does/)).toBeTruthy();
  cleanup();
  render(<OptionsApp api={memoryApi('')} />);
  expect(await screen.findByText('No shortcut is set.')).toBeTruthy();
});

test('lists the sites marked from the popup and removes a mark', async () => {
  const api = memoryApi();
  api.stored = Settings.parse({ siteOverrides: { 'ledger.example': 'not-review', 'films.example': 'review' } });
  render(<OptionsApp api={api} />);
  const list = await screen.findByRole('list', { name: 'Sites you marked' });
  expect(list.textContent).toContain('films.example: reviews');
  expect(list.textContent).toContain('ledger.example: not reviews');
  await act(async () =>
    fireEvent.click(screen.getByRole('button', { name: 'Let Review Lens decide on ledger.example again' })),
  );
  expect(api.stored.siteOverrides).toEqual({ 'films.example': 'review' });
});

// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, expect, test } from 'vitest';
import { type OptionsApi, OptionsApp } from '../../components/OptionsApp';
import { DEFAULT_SETTINGS, Settings } from '../../lib/schema';

afterEach(cleanup);

function memoryApi(): OptionsApi & { stored: Settings } {
  const api = {
    stored: DEFAULT_SETTINGS,
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

import { useEffect, useState } from 'react';
import type { Settings } from '../lib/schema';
import { parseSite } from '../lib/site';
import { Section } from './Section';

export interface OptionsApi {
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
  /** The keys that open the summary ("Alt+Shift+L"), or "" when the user has none set. */
  shortcut(): Promise<string>;
}

/** Settings: automatic badges, sites where Review Lens stays silent, how many quotes to pull. */
export function OptionsApp({ api }: { api: OptionsApi }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [newSite, setNewSite] = useState('');
  const [shortcut, setShortcut] = useState<string | null>(null);
  useEffect(() => {
    void api.load().then(setSettings);
    // Where the browser cannot say (no commands API), the line is left out rather than claim there is none.
    api.shortcut().then(setShortcut, () => setShortcut(null));
  }, [api]);
  if (!settings) return <main className="rl-root rl-options">Loading…</main>;
  const save = async (patch: Partial<Settings>) => setSettings(await api.save(patch));
  const addSite = async () => {
    const host = parseSite(newSite);
    if (!host || settings.silentSites.includes(host)) return;
    await save({ silentSites: [...settings.silentSites, host].sort() });
    setNewSite('');
  };
  return (
    <main className="rl-root rl-options">
      <h1 className="rl-title">Review Lens settings</h1>
      <section className="rl-section">
        <label className="rl-check">
          <input
            type="checkbox"
            checked={settings.autoBadges}
            onChange={(e) => void save({ autoBadges: e.target.checked })}
          />
          Show a verdict badge on review pages automatically
        </label>
        <p className="rl-muted rl-small">The toolbar button works either way.</p>
      </section>
      <section className="rl-section">
        <label className="rl-check">
          Key quotes per summary{' '}
          <select value={settings.quoteCount} onChange={(e) => void save({ quoteCount: Number(e.target.value) })}>
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n}>{n}</option>
            ))}
          </select>
        </label>
      </section>
      <Section id="rl-keys-h" title="Keyboard shortcut">
        {shortcut === null ? null : (
          <p>
            {shortcut ? (
              <>
                <kbd>{shortcut}</kbd> summarises the page, as the toolbar button does.
              </>
            ) : (
              'No shortcut is set.'
            )}
          </p>
        )}
        <p className="rl-muted rl-small">
          Change it in your browser: chrome://extensions/shortcuts in Chrome and Edge; in Firefox, Add-ons and themes →
          the gear menu → Manage Extension Shortcuts.
        </p>
      </Section>
      <Section id="rl-silent-h" title="Sites where Review Lens stays silent">
        {settings.silentSites.length === 0 ? (
          <p className="rl-muted">None.</p>
        ) : (
          <ul className="rl-people">
            {settings.silentSites.map((site) => (
              <li key={site} className="rl-person">
                <span>{site}</span>
                <button
                  type="button"
                  className="rl-button rl-button--small"
                  onClick={() => void save({ silentSites: settings.silentSites.filter((s) => s !== site) })}
                  aria-label={`Show badges on ${site} again`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
        <form
          className="rl-actions"
          onSubmit={(e) => {
            e.preventDefault();
            void addSite();
          }}
        >
          <input
            aria-label="Site to silence, e.g. example.com"
            placeholder="example.com"
            value={newSite}
            onChange={(e) => setNewSite(e.target.value)}
          />
          <button type="submit" className="rl-button">
            Add site
          </button>
        </form>
      </Section>
      <SiteOverrideList
        overrides={settings.siteOverrides}
        onRemove={(site) => {
          const { [site]: _removed, ...rest } = settings.siteOverrides;
          void save({ siteOverrides: rest });
        }}
      />
      <p className="rl-muted rl-small">Review Lens runs entirely on this device. It sends nothing anywhere.</p>
    </main>
  );
}

/** The sites the user marked from the popup ("this is / is not a review"), each with a way back. */
function SiteOverrideList({
  overrides,
  onRemove,
}: {
  overrides: Settings['siteOverrides'];
  onRemove: (site: string) => void;
}) {
  const sites = Object.keys(overrides).sort();
  return (
    <Section id="rl-marked-h" title="Sites you marked">
      <p className="rl-muted rl-small">
        From the popup: pages of these sites are always, or never, treated as reviews. Kept on this device only.
      </p>
      {sites.length === 0 ? (
        <p className="rl-muted">None.</p>
      ) : (
        <ul className="rl-people" aria-label="Sites you marked">
          {sites.map((site) => (
            <li key={site} className="rl-person">
              <span>
                {site}: {overrides[site] === 'review' ? 'reviews' : 'not reviews'}
              </span>
              <button
                type="button"
                className="rl-button rl-button--small"
                onClick={() => onRemove(site)}
                aria-label={`Let Review Lens decide on ${site} again`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}

// One titled part of a view (Verdict, People, Praised, a settings group): a section named by its own heading, so
// screen readers announce each part by its title.
import type { ReactNode } from 'react';

export function Section({
  id,
  title,
  className,
  children,
}: {
  /** The heading's id, unique within the view. */
  id: string;
  title: string;
  /** Classes beside rl-section. */
  className?: string;
  children: ReactNode;
}) {
  return (
    <section className={className ? `rl-section ${className}` : 'rl-section'} aria-labelledby={id}>
      <h2 id={id} className="rl-h2">
        {title}
      </h2>
      {children}
    </section>
  );
}

import type { ReactNode } from 'react';
import { Component } from 'react';
import { navigate, usePage } from './navigation.js';
import { HybridPage } from './pages/HybridPage.js';
import { HyperShiftPage } from './pages/HyperShiftPage.js';
import { LenserFightPage } from './pages/LenserFightPage.js';
import { LightningPage } from './pages/LightningPage.js';
import { OrchestratorPage } from './pages/OrchestratorPage.js';

const pages: { slug: string; title: string; render: () => ReactNode }[] = [
  { slug: 'lenserfight', title: 'LenserFight', render: () => <LenserFightPage /> },
  { slug: 'lightning', title: 'Lightning', render: () => <LightningPage /> },
  { slug: 'hybrid', title: 'Hybrid Thinking', render: () => <HybridPage /> },
  { slug: 'hypershift', title: 'HyperShift', render: () => <HyperShiftPage /> },
  { slug: 'orchestrator', title: 'Orchestrator', render: () => <OrchestratorPage /> },
];

export function App() {
  const slug = usePage();
  const page = pages.find((p) => p.slug === slug) ?? pages[0]!;
  return (
    <div className="shell">
      <nav className="nav">
        <strong className="brand">Agent APIs</strong>
        {pages.map((p) => (
          <a
            key={p.slug}
            href={`/app/${p.slug}`}
            className={p === page ? 'active' : undefined}
            onClick={(e) => {
              e.preventDefault();
              navigate(p.slug);
            }}
          >
            {p.title}
          </a>
        ))}
        <a className="docs" href="/docs">
          API docs
        </a>
      </nav>
      <main className="page">
        {/* Focusable from script only: where the focus goes when an action replaces what held it (focusPage). */}
        <h1 tabIndex={-1}>{page.title}</h1>
        <CrashBoundary key={page.slug}>{page.render()}</CrashBoundary>
      </main>
    </div>
  );
}

/** A page that throws while rendering shows what happened instead of a blank screen. */
class CrashBoundary extends Component<{ children: ReactNode }, { error?: Error }> {
  state: { error?: Error } = {};
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    if (!this.state.error) return this.props.children;
    return (
      <div className="error" role="alert">
        This page failed: {this.state.error.message}
      </div>
    );
  }
}

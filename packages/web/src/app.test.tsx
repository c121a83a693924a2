import { fireEvent, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { lang } from './i18n.ts';
import { mockFetch, renderAt, useCleanSlate } from './test/helpers.tsx';

describe('app shell', () => {
  useCleanSlate();

  it('switches language, updates the lang attribute and remembers the choice', () => {
    mockFetch({});
    renderAt('/masuk');
    expect(document.documentElement.lang).toBe('id');
    const english = screen.getByRole('button', { name: /English/ });
    expect(english.getAttribute('aria-pressed')).toBe('false');

    fireEvent.click(english);
    expect(screen.getByRole('heading', { level: 1, name: 'Sign in' })).toBeTruthy();
    expect(screen.getByLabelText('Password')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('jmo.lang')).toBe('en');
    expect(screen.getByRole('button', { name: /English/ }).getAttribute('aria-pressed')).toBe('true');

    fireEvent.click(screen.getByRole('button', { name: /Bahasa Indonesia/ }));
    expect(lang.value).toBe('id');
    expect(screen.getByRole('heading', { level: 1, name: 'Masuk' })).toBeTruthy();
    expect(window.localStorage.getItem('jmo.lang')).toBe('id');
  });

  it('has landmarks on every screen and a 404 page for unknown paths', () => {
    mockFetch({});
    renderAt('/tidak-ada');
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: 'Halaman tidak ditemukan' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Kembali ke Beranda' }).getAttribute('href')).toBe('/');
    expect(document.title).toBe('Halaman tidak ditemukan — JMO');
  });
});

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Codes and primary text reach WCAG's AAA contrast (7:1) in both schemes: the colours are read from the style
 * sheets themselves (theme.css's `light-dark()` variables and the rules that use them), not copied here.
 */
const theme = readFileSync(resolve('entrypoints/extension-pages/theme.css'), 'utf8');
const popup = readFileSync(resolve('entrypoints/popup/popup.css'), 'utf8');

type Scheme = 'light' | 'dark';

function variable(name: string, scheme: Scheme): string {
  const match = new RegExp(`--${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i').exec(theme);
  if (!match) throw new Error(`theme.css has no light-dark() colour --${name}`);
  return scheme === 'light' ? match[1]! : match[2]!;
}

/** The variable a rule's `property` names, e.g. `color: var(--accent)` in `.code { … }`. */
function usedVariable(sheet: string, selector: string, property: string): string {
  const block = new RegExp(`(^|\\n)${selector.replace('.', '\\.')}\\s*\\{([^}]*)\\}`).exec(sheet)?.[2] ?? '';
  const match = new RegExp(`(^|[\\s;])${property}:\\s*var\\(--([\\w-]+)\\)`).exec(block);
  if (!match) throw new Error(`${selector} sets no ${property} from a variable`);
  return match[2]!;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(foreground: string, background: string): number {
  const [lighter, darker] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (lighter! + 0.05) / (darker! + 0.05);
}

// Where codes and primary text are drawn: the page, a hovered or selected row, a card.
const BACKGROUNDS = ['bg', 'hover', 'card'];
const TEXTS = [
  { what: 'primary text', name: usedVariable(theme, ':root', 'color') },
  { what: 'codes', name: usedVariable(popup, '.code', 'color') },
];

describe('the extension pages’ colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const text of TEXTS) {
      for (const background of BACKGROUNDS) {
        it(`draws ${text.what} at 7:1 or more on --${background} in the ${scheme} scheme`, () => {
          const ratio = contrast(variable(text.name, scheme), variable(background, scheme));
          expect(ratio, `--${text.name} on --${background}: ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(7);
        });
      }
    }
  }

  it('finds the colours it checks in the style sheets', () => {
    expect(TEXTS.map((text) => text.name)).toEqual(['fg', 'accent']);
  });
});

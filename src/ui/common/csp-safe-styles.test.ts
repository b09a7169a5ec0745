import { describe, expect, it } from 'vitest';
import { deferInlineStyles } from './csp-safe-styles';

describe('deferInlineStyles (Monaco HTML under a CSP that refuses style="")', () => {
  it('renames the style attribute of every tag', () => {
    expect(
      deferInlineStyles('<div style="top:8px;height:20px;" class="view-line"><span style="width:3px">a</span></div>'),
    ).toBe(
      '<div data-pl-style="top:8px;height:20px;" class="view-line"><span data-pl-style="width:3px">a</span></div>',
    );
  });

  it('leaves text between tags alone, even when it reads like an attribute', () => {
    const line = '<div class="view-line"><span>metadata: {annotations: {x: \' style="color:red"\'}}</span></div>';
    expect(deferInlineStyles(line)).toBe(line);
  });
});

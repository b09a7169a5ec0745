import { describe, expect, it } from 'vitest';
import { addQuantities, canonicalQuantity, formatQuantity, parseQuantity } from './quantity';

describe('resource quantities as kubectl prints them', () => {
  it.each([
    ['1000m', '1'],
    ['1500m', '1500m'],
    ['0.5', '500m'],
    ['2', '2'],
    ['128Mi', '128Mi'],
    ['1024Ki', '1Mi'],
    ['1536Mi', '1536Mi'],
    ['1Gi', '1Gi'],
    ['250M', '250M'],
    ['1000000', '1M'],
    ['1500000', '1500k'],
    ['100', '100'],
    ['0', '0'],
    ['512', '512'],
  ])('%s is shown as %s', (input, shown) => {
    expect(canonicalQuantity(input)).toBe(shown);
  });

  it('adds in the first operand’s format (128Mi + 128Mi + 50Mi = 306Mi; 500m + 500m = 1)', () => {
    const mem = ['128Mi', '128Mi', '50Mi'].map((q) => parseQuantity(q)).reduce(addQuantities);
    expect(formatQuantity(mem!)).toBe('306Mi');
    const cpu = addQuantities(parseQuantity('500m'), parseQuantity('500m'));
    expect(formatQuantity(cpu!)).toBe('1');
  });

  it('leaves text that is not a quantity as it is', () => {
    expect(parseQuantity('1 core')).toBeUndefined();
    expect(canonicalQuantity('lots')).toBe('lots');
  });
});

// numberText spells every finite number as String does: the files' digits do not depend on which one made them.
import { numberText } from '../../../src/hosts/file/number-text';
import { seededUniform } from '../../../src/core';

describe('numberText', () => {
  it('spells edge cases as String does', () => {
    const cases = [
      0,
      -0,
      1,
      -1,
      0.1,
      0.5,
      1 / 3,
      2 / 3,
      100,
      1e21,
      1e-7,
      1.5e-7,
      123456789012345680000,
      5e-324,
      Number.MAX_VALUE,
      -Number.MAX_VALUE,
      Number.MAX_SAFE_INTEGER,
      2 ** 53 + 2,
      0.1 + 0.2,
      54.99999999999999,
      1048575,
      -2147483648,
      2147483648,
    ];
    for (const x of cases) expect(numberText(x)).toBe(String(x));
  });

  it('spells 100,000 random doubles of every size as String does', () => {
    const random = seededUniform(7);
    for (let i = 0; i < 100_000; i++) {
      const x = (random() - 0.5) * 10 ** Math.floor(random() * 40 - 20);
      expect(numberText(x)).toBe(String(x));
    }
  });
});

// Which CSV fields the .xlsx output writes as numbers: what a double holds exactly, and nothing a user typed changed.
import { csvNumber } from '../../../src/hosts/file/xlsx-write';

describe('a CSV field written as a number', () => {
  it.each([
    ['120000', 120000],
    ['-8.5e3', -8500],
    ['0', 0],
    ['123456789012345', 123456789012345],
    ['0.000000000000000123', 1.23e-16],
    ['-0.00120e5', -120],
  ])('%s is the number %p', (text, value) => {
    expect(csvNumber(text, false)).toBe(value);
  });

  it.each([
    ['1234567890123456', 'an account number past 15 digits'],
    ['1234567890.123456', '16 digits with a decimal point'],
    ['0.100000000000000000', 'trailing zeros a user typed'],
    ['00421', 'a postal code with its leading zeros'],
    ['1,5', 'a decimal comma when the separator is not ";"'],
  ])('%s stays text (%s)', (text) => {
    expect(csvNumber(text, false)).toBeNull();
  });

  it('reads a decimal comma when the CSV uses one', () => {
    expect(csvNumber('1234,5', true)).toBe(1234.5);
  });
});

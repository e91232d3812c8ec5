// Inside Excel: errors are the runtime's CustomFunctions.Error, and every function is bound to its id.
import type * as Functions from '../../src/functions/functions';
import type { CustomFunctionsRuntime } from '../../src/functions/runtime';

class RuntimeError extends Error {
  constructor(
    readonly code: string,
    message?: string,
  ) {
    super(message);
  }
}

function fakeRuntime(): CustomFunctionsRuntime & { bound: Map<string, unknown> } {
  const bound = new Map<string, unknown>();
  return {
    Error: RuntimeError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A' },
    associate: (id, implementation) => void bound.set(id, implementation),
    bound,
  };
}

afterEach(() => {
  delete (globalThis as { CustomFunctions?: unknown }).CustomFunctions;
});

/** The functions module loaded afresh, as Excel loads it: its top level runs again. */
function loadFunctions(): typeof Functions {
  let loaded: typeof Functions | undefined;
  jest.isolateModules(() => {
    loaded = jest.requireActual<typeof Functions>('../../src/functions/functions');
  });
  if (loaded === undefined) throw new Error('the functions module did not load');
  return loaded;
}

describe('in Excel’s custom-functions runtime', () => {
  it('rejects with CustomFunctions.Error carrying the runtime’s codes and the message', async () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeRuntime();
    const { topShare, score, normalize } = loadFunctions();
    await expect(topShare([[1], [2]], 2)).rejects.toBeInstanceOf(RuntimeError);
    await expect(topShare([[1], [2]], 2)).rejects.toMatchObject({
      code: '#VALUE!',
      message: expect.stringMatching(/^p, the share of accounts/),
    });
    await expect(score([['Acme', 1]])).rejects.toMatchObject({ code: '#N/A' });
    expect(() => normalize([[1]], 'cubic')).toThrow(RuntimeError);
  });

  it('binds nothing outside Excel, where loading the functions is harmless', () => {
    expect(loadFunctions()).toHaveProperty('KAM_FUNCTIONS');
  });
});

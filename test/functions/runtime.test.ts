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
  it('throws CustomFunctions.Error with the runtime’s codes and the message', () => {
    (globalThis as { CustomFunctions?: unknown }).CustomFunctions = fakeRuntime();
    const { topShare, score } = loadFunctions();
    expect(() => topShare([[1], [2]], 2)).toThrow(RuntimeError);
    expect(() => topShare([[1], [2]], 2)).toThrow(
      expect.objectContaining({
        code: '#VALUE!',
        message: expect.stringMatching(/^p, the share of accounts/),
      }),
    );
    expect(() => score([['Acme', 1]])).toThrow(expect.objectContaining({ code: '#N/A' }));
  });

  it('binds nothing outside Excel, where loading the functions is harmless', () => {
    expect(loadFunctions()).toHaveProperty('KAM_FUNCTIONS');
  });
});

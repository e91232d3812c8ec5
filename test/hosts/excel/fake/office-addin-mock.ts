// office-addin-mock, loadable under jest on Node 20: its only need from office-addin-manifest is the OfficeApp enum,
// and that package's full entry point pulls an ES-module-only dependency that jest (CommonJS) cannot require.
jest.mock('office-addin-manifest', () => jest.requireActual('office-addin-manifest/lib/officeApp'));

export { OfficeMockObject } from 'office-addin-mock';

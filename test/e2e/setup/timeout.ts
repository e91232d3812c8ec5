// Browser steps take seconds, not milliseconds: every e2e test gets a minute (the 50,000-row one sets its own).
jest.setTimeout(60_000);

// How every browser run here starts Debian's Chromium (e2e suite and browser benchmarks alike).
// The background-networking flags matter on a closed network: without them Chromium keeps trying
// connections that are refused (STACK.md).
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

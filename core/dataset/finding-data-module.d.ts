/** Served by wxt.config.ts at build time: toFindingData of the bundled dataset. */
declare module 'virtual:kontext-finding-data' {
  const findingData: import('./finding-data').FindingData;
  export default findingData;
}

// The lesson catalogue compiled at build time (scripts/lessons-vite-plugin.ts).
declare module 'virtual:pod-lab-catalog' {
  const catalog: import('../lessons/catalog').CompiledCatalog;
  export default catalog;
}

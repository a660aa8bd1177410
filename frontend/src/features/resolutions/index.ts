// The feature's public surface: src/app imports from here only.
export { ResolutionsPage } from './components/ResolutionsPage';
export { NewResolution } from './components/NewResolution';
export { ResolutionDetail, ComplianceChart, EffectChart } from './components/ResolutionDetail';
export { useResolutions } from './api/resolutions';

// The feature's public surface: src/app imports from here only.
export { ResolutionsPage } from './components/ResolutionsPage';
export { NewResolution } from './components/NewResolution';
export { ResolutionDetail } from './components/ResolutionDetail';
export { ComplianceChart } from './components/ComplianceChart';
export { EffectChart } from './components/EffectChart';
export { useResolutions } from './api/resolutions';

/** Units, quantities, percent and percentage points, plan periods. */
export {
  type Dimension,
  type Unit,
  unitOf,
  unitDimension,
  isUnit,
  isConvertible,
  isCompatible,
  listUnits,
  normalizeSymbol,
  isPercentUnit,
  isPointsUnit,
  unitFactor,
  magnitudeOf,
  declareUnits,
  nearest,
  type UnitTable,
  type UnitDeclaration,
} from './unit.js';
export {
  type Qualifier,
  type QualifierInfo,
  type QualifierMeaning,
  type QualifierPosition,
  QUALIFIERS,
  isQualifier,
  qualifierInfo,
  qualifiersAt,
  hasMeaning,
} from './qualifier.js';
export { toSimplified, toTraditional } from './script.js';
export {
  type Quantity,
  type FormatQuantityOptions,
  parseQuantity,
  quantity,
  convert,
  formatQuantity,
  writeQualified,
} from './quantity.js';
export {
  type Points,
  percent,
  points,
  pointsBetween,
  addPoints,
} from './percent.js';
export {
  type PlanPeriod,
  type FiveYearPlan,
  type PlanPeriodName,
  type DateInput,
  planPeriod,
  planYear,
  periodOfYear,
  listPlanPeriods,
  parseChineseYear,
  parseChineseDate,
  chineseNumeral,
  chineseNumber,
  positionInPeriod,
  yearFraction,
} from './period.js';

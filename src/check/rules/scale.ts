/** Scale factors between the units of figures that are added or divided (万元 against 亿元). */
import type { D } from '../../math/decimal.js';
import type { FigureReading } from '../../plan/index.js';
import { unitFactor, type UnitTable } from '../../units/index.js';

/**
 * The factor that turns a figure's value into another figure's unit.
 *
 * @throws `unit_mismatch` when the units are not scales of one unit.
 */
export function factorTo(figure: FigureReading, target: FigureReading, units?: UnitTable): D {
  return unitFactor(figure.unit, target.unit, units);
}

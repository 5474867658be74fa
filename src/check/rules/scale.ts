/** Scale factors between the units of figures that are added or divided (万元 against 亿元). */
import { argError } from '../../errors.js';
import { D } from '../../math/decimal.js';
import { isConvertible, isUnit, unitOf } from '../../units/index.js';
import type { FigureReading } from '../figures.js';

/** Magnitude prefixes for units outside the unit table (a plan built in code may use any unit: 万吨钢 …). */
const PREFIXES: readonly (readonly [string, number])[] = [
  ['万亿', 12],
  ['百万', 6],
  ['亿', 8],
  ['万', 4],
  ['千', 3],
];

function split(unit: string): readonly [stem: string, exponent: number] {
  for (const [prefix, exponent] of PREFIXES) {
    if (unit.startsWith(prefix) && unit.length > prefix.length) return [unit.slice(prefix.length), exponent];
  }
  return [unit, 0];
}

/**
 * The factor that turns a value in `from` into `to` (万元 → 亿元 is 0.0001).
 *
 * @throws `unit_mismatch` when the units are not scales of one base.
 * @example
 * unitFactor('万元', '亿元').toString() //=> '0.0001'
 */
export function unitFactor(from: string, to: string): D {
  if (from === to) return new D(1);
  if (isUnit(from) && isUnit(to) && isConvertible(from, to)) return unitOf(from).factor.div(unitOf(to).factor);
  const [a, ea] = split(from);
  const [b, eb] = split(to);
  if (a === b) return new D(10).pow(ea - eb);
  throw argError('unit_mismatch', 'unit', `${from} → ${to}`, 'are not scales of one unit');
}

/** The factor that turns a figure's value into another figure's unit. */
export function factorTo(figure: FigureReading, target: FigureReading): D {
  return unitFactor(figure.unit, target.unit);
}

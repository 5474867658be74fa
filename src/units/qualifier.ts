/**
 * The qualifiers of development plans (DOMAIN.md section 2): the one table of the library. The
 * plan schema, the model's `Qualifier` type, the quantity parser, the checker and the report
 * renderers all derive from it; nothing else lists qualifiers.
 */

/**
 * What a qualifier says about its figure.
 * - `at_least` / `more_than`: a lower bound, inclusive (以上) or exclusive (超过).
 * - `at_most` / `less_than`: an upper bound, inclusive (以下) or exclusive (不满).
 * - `about`: approximately, a tolerance band (左右, 约, 约合).
 * - `near`: reach or come close (达到或接近, 接近): at least the figure less the 左右 band.
 * - `a_little_more` / `a_little_less`: just above (600余) or just below (近1000) the figure.
 * - `computed`: a figure the plan computed (预计, 测算): rounded to its written decimals.
 * - `stretch`: a stretch target (力争): the same arithmetic, a shortfall reported as such.
 */
export type QualifierMeaning =
  | 'at_least'
  | 'more_than'
  | 'at_most'
  | 'less_than'
  | 'about'
  | 'near'
  | 'a_little_more'
  | 'a_little_less'
  | 'computed'
  | 'stretch';

/**
 * Where a qualifier stands in a plan's text: before the number (超过1000户), between the number
 * and its unit (600余户), after the unit (2000亿元以上), or in the sentence rather than on the
 * number (预计, 力争).
 */
export type QualifierPosition = 'before' | 'between' | 'after' | 'sentence';

type Row = readonly [wording: string, meaning: QualifierMeaning, position: QualifierPosition];

/** The table, in the order plans most often use each meaning. Longer wordings first within a position. */
const ROWS = [
  ['以上', 'at_least', 'after'],
  ['不低于', 'at_least', 'before'],
  ['不少于', 'at_least', 'before'],
  ['至少', 'at_least', 'before'],
  ['超过', 'more_than', 'before'],
  ['超', 'more_than', 'before'],
  ['突破', 'more_than', 'before'],
  ['大于', 'more_than', 'before'],
  ['高于', 'more_than', 'before'],
  ['以下', 'at_most', 'after'],
  ['以内', 'at_most', 'after'],
  ['不超过', 'at_most', 'before'],
  ['不高于', 'at_most', 'before'],
  ['不满', 'less_than', 'before'],
  ['不足', 'less_than', 'before'],
  ['低于', 'less_than', 'before'],
  ['左右', 'about', 'after'],
  ['大约', 'about', 'before'],
  ['约合', 'about', 'before'],
  ['约', 'about', 'before'],
  ['达到或接近', 'near', 'before'],
  ['接近', 'near', 'before'],
  ['预计', 'computed', 'sentence'],
  ['测算', 'computed', 'sentence'],
  ['力争', 'stretch', 'sentence'],
  ['努力', 'stretch', 'sentence'],
  ['余', 'a_little_more', 'between'],
  ['多', 'a_little_more', 'between'],
  ['近', 'a_little_less', 'before'],
] as const satisfies readonly Row[];

/** A qualifier as a plan writes it (DOMAIN.md section 2). */
export type Qualifier = (typeof ROWS)[number][0];

/** One row of the qualifier table, with what follows from its meaning. */
export interface QualifierInfo {
  readonly wording: Qualifier;
  readonly meaning: QualifierMeaning;
  readonly position: QualifierPosition;
  /** The side of the figure it opens: `up` for lower bounds and 余, `down` for upper bounds and 近, `both` for 左右. */
  readonly opens: 'up' | 'down' | 'both' | 'none';
  /** For a bound: whether the figure itself satisfies it (以上 yes, 超过 no). */
  readonly inclusive?: boolean;
  /** True for wordings that make the figure approximate (左右, 约, 余, 近). */
  readonly approximate: boolean;
}

const OPENS: Readonly<Record<QualifierMeaning, QualifierInfo['opens']>> = {
  at_least: 'up',
  more_than: 'up',
  at_most: 'down',
  less_than: 'down',
  about: 'both',
  near: 'both',
  a_little_more: 'up',
  a_little_less: 'down',
  computed: 'none',
  stretch: 'none',
};

const INCLUSIVE: Partial<Readonly<Record<QualifierMeaning, boolean>>> = {
  at_least: true,
  more_than: false,
  at_most: true,
  less_than: false,
};

const APPROXIMATE: ReadonlySet<QualifierMeaning> = new Set(['about', 'near', 'a_little_more', 'a_little_less']);

const TABLE: ReadonlyMap<string, QualifierInfo> = new Map(
  ROWS.map(([wording, meaning, position]) => {
    const inclusive = INCLUSIVE[meaning];
    const info: QualifierInfo = {
      wording,
      meaning,
      position,
      opens: OPENS[meaning],
      ...(inclusive !== undefined && { inclusive }),
      approximate: APPROXIMATE.has(meaning),
    };
    return [wording, Object.freeze(info)] as const;
  }),
);

/**
 * Every qualifier, in the table's order.
 *
 * @example
 * QUALIFIERS.includes('以上') //=> true
 */
export const QUALIFIERS: readonly Qualifier[] = ROWS.map((row) => row[0]);

/**
 * True for a wording of the table.
 *
 * @example
 * isQualifier('左右') //=> true
 * isQualifier('大概') //=> false
 */
export function isQualifier(text: unknown): text is Qualifier {
  return typeof text === 'string' && TABLE.has(text);
}

/**
 * The table's row of a qualifier.
 *
 * @example
 * qualifierInfo('超过').inclusive //=> false
 */
export function qualifierInfo(qualifier: Qualifier): QualifierInfo {
  return TABLE.get(qualifier) as QualifierInfo;
}


/**
 * The qualifiers that stand at a position, longest first (so that a prefix search finds 不超过
 * before 超过).
 *
 * @example
 * qualifiersAt('between') //=> ['余', '多']
 */
export function qualifiersAt(position: QualifierPosition): readonly Qualifier[] {
  return QUALIFIERS.filter((q) => qualifierInfo(q).position === position).sort((a, b) => b.length - a.length);
}

/**
 * True when one of `qualifiers` has one of the meanings.
 *
 * @example
 * hasMeaning(['力争', '以上'], 'at_least') //=> true
 */
export function hasMeaning(qualifiers: readonly Qualifier[], ...meanings: readonly QualifierMeaning[]): boolean {
  return qualifiers.some((q) => meanings.includes(qualifierInfo(q).meaning));
}

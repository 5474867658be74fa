/**
 * The plan model: what a plan file holds once loaded and validated. All values are readonly.
 * Numbers stay as the text they were written with (`"30.90"` keeps two decimals); the checker
 * turns them into intervals.
 *
 * The qualifiers are the one table of src/units (qualifier.ts); the period type is src/units'.
 *
 * The file format (YAML or JSON) is the same shape, with three conveniences the loader
 * normalises: `qualifier` may be a single string, numbers may be written as YAML numbers (the
 * loader keeps their source text), and `role` may be left out (see {@link FigureRole}).
 */

import type { PlanPeriod, Qualifier } from '../units/index.js';

export type { PlanPeriod, Qualifier };

/** What sort of quantity an indicator measures. Decides which readings and caveats apply. */
export type IndicatorKind =
  | 'value' // a money value or output at current prices (主营业务收入, 工业总产值, 销售收入)
  | 'value_added' // 增加值 / GDP: levels at current prices, official growth rates at comparable prices
  | 'investment' // 固定资产投资, 工业投资: official average growth is 累计法
  | 'share' // a share of a total, in % (占比)
  | 'ratio' // a ratio indicator stated as a level in % (R&D经费支出占主营业务收入比重)
  | 'intensity' // per-unit consumption (万元GDP能耗): targets are declines
  | 'count' // whole things counted (户, 家, 个, 项, 件): exact
  | 'quantity' // physical output (万吨, 亿千瓦时, 万千瓦, 万辆)
  | 'index'; // an index or score (效益综合指数)

/** Whether a value is at current prices (现价) or comparable prices (可比价). */
export type PriceBasis = 'current' | 'comparable';

/** One indicator (指标) of the plan. */
export interface Indicator {
  /** Unique id within the plan, `[a-z0-9_]+`. */
  readonly id: string;
  /** Its name as the plan writes it, e.g. `新产品销售收入`. */
  readonly name: string;
  /** Its unit as written, e.g. `亿元`, `户`, `%`. Figures may override. */
  readonly unit: string;
  readonly kind: IndicatorKind;
  /** Price basis of its levels and rates; when left out, levels are current and 增加值 rates comparable. */
  readonly prices?: PriceBasis;
  /** The scope or total it belongs to, when it matters (`规模以上`, `全部工业`, `开发区`). */
  readonly scope?: string;
  readonly note?: string;
}

/**
 * How exact a figure is (DOMAIN.md section 3).
 * - `measured`: a measured value, rounded to the decimals it is written with.
 * - `planned`: a chosen target, exact; its qualifier says which way it may move.
 * - `computed`: a figure the plan computed (预计, 测算): rounded to its written decimals.
 *
 * When a file leaves `role` out, the loader infers it (DOMAIN.md section 3): `computed` if a
 * qualifier is 预计 or 测算; otherwise `measured` if the figure's year (or `to`) is before the plan's
 * year of issue or not after its base year; otherwise `planned`.
 */
export type FigureRole = 'measured' | 'planned' | 'computed';

/**
 * What a figure states.
 * - `level`: the value of an indicator in `year` (a ratio indicator's level is in %).
 * - `rate`: an average annual growth rate in % from `from` to `to` (negative for a decline:
 *   年均下降3.5% is written `value: "-3.5"`); 水平法 unless the indicator is investment.
 * - `share`: a share in % in `year` (part / total).
 * - `points`: a change in percentage points between `from` and `to` (个百分点).
 * - `change`: a cumulative change in % from `from` to `to` (累计下降19.26% is `"-19.26"`).
 * - `multiple`: a multiple of the `from` level at `to` (翻一番 is `"2"`, 增长两倍 is `"3"`).
 * - `total`: a cumulative total of the yearly values over the years `from`..`to` inclusive
 *   ("十二五"期间完成投资2800亿元 is from 2011 to 2015).
 * - `increase`: an absolute change from `from` to `to` in the indicator's unit (比2010年增加120亿元
 *   is `"120"`; 减少排放40万吨 is `"-40"`).
 * - `average`: the average of the yearly values over the years `from`..`to` inclusive ("十二五"期间
 *   年均投资560亿元 is from 2011 to 2015).
 * - `average_increase`: the average yearly increase over the years `from`..`to` inclusive
 *   (年均新增城镇就业12万人).
 * - `annual_points`: a change in percentage points per year from `from` to `to` (年均提高0.9个百分点).
 * - `gap`: an actual value minus its target in `year` (超过规划目标1.5个百分点 is `"1.5"`): in
 *   个百分点 for a share or ratio, in the indicator's unit for an amount.
 */
export type FigureType =
  | 'level'
  | 'rate'
  | 'share'
  | 'points'
  | 'change'
  | 'multiple'
  | 'total'
  | 'increase'
  | 'average'
  | 'average_increase'
  | 'annual_points'
  | 'gap';

/** How finely a figure is known, when it differs from what its role implies. */
export type Precision =
  | 'exact' // no rounding interval at all
  | 'lenient' // ±1 unit of the last written digit instead of ±½ (truncated or twice-rounded)
  | { readonly decimals: number } // rounded to this many decimals, whatever the text shows
  | { readonly halfWidth: string }; // an explicit half-width, in the figure's own unit

/** One figure stated by the plan. */
export interface Figure {
  /** Unique id within the plan, `[a-z0-9_]+`. */
  readonly id: string;
  readonly indicator: string;
  readonly type: FigureType;
  /** The number exactly as written (no unit, no `%`): `"928.4"`, `"30.90"`, `"-3.5"`. */
  readonly value: string;
  /** For a range (6.5%–7%): the upper end as written; `value` is then the lower end. */
  readonly high?: string;
  /** Unit as written when it differs from the indicator's (`万元` against `亿元`); `%` for rates, shares and changes; `个百分点` for points. */
  readonly unit?: string;
  /** For `level` and `share`. */
  readonly year?: number;
  /** For `rate`, `points`, `change`, `multiple`, `total`: the start (base) year. */
  readonly from?: number;
  /** For `rate`, `points`, `change`, `multiple`, `total`: the end (target) year. */
  readonly to?: number;
  readonly qualifiers: readonly Qualifier[];
  readonly role: FigureRole;
  readonly precision?: Precision;
  /**
   * The price basis of this figure when it differs from its indicator's: a growth rate of value
   * added that the plan says is 现价 is `current` (rates of 增加值 are comparable by default).
   */
  readonly prices?: PriceBasis;
  /**
   * For a `multiple` written as a doubling phrase (翻一番, 翻两番, 翻番): a floor at its value, planned
   * or historical (DOMAIN.md section 3); a numeric multiple (1.5倍, 增长两倍) follows its role.
   */
  readonly doubling?: boolean;
  /** The clause it comes from, quoted verbatim from the source document. */
  readonly quote?: string;
  readonly note?: string;
}

/**
 * Definitional differences (DOMAIN.md section 5) the plan file declares for a relation, so the
 * checker reports them instead of calling a mismatch an error.
 */
export type Caveat =
  | 'comparable_prices' // the rate is at comparable prices, the levels at current prices
  | 'other_total' // the part and the total are of different scopes (规模以上 vs all industry)
  | 'comparable_scope' // growth 按可比口径: need not match the ratio of two published levels
  | 'revised_base'; // the base may have been revised since

/** Fields every relation has. */
interface RelationBase {
  /** Unique id within the plan, `[a-z0-9_]+`. */
  readonly id: string;
  readonly caveats?: readonly Caveat[];
  /** The clause that states the relation, when it is not just the figures' own quotes. */
  readonly quote?: string;
  readonly note?: string;
}

/** base × (1 + rate)^(to − from) should reach target (a planned growth target). */
export interface GrowthTargetRelation extends RelationBase {
  readonly kind: 'growth_target';
  /** A `level` figure in the base year. */
  readonly base: string;
  /** A `rate` figure from the base year to the target year. */
  readonly rate: string;
  /** A `level` figure in the target year. */
  readonly target: string;
}

/** (end / start)^(1/years) − 1 should equal the stated rate (a historical CAGR). */
export interface HistoricalCagrRelation extends RelationBase {
  readonly kind: 'historical_cagr';
  readonly start: string;
  readonly end: string;
  readonly rate: string;
}

/** The parts should add up to the total. */
export interface SumRelation extends RelationBase {
  readonly kind: 'sum';
  /** Figures of one type and unit (`level`, `share` or `total`). */
  readonly parts: readonly string[];
  /**
   * The total figure's id; or the literal `"100%"` when shares add up to the whole (an exact
   * 100, never written in the plan).
   */
  readonly total: string;
}

/** part / total should equal share. */
export interface ShareRelation extends RelationBase {
  readonly kind: 'share';
  /** The part: a figure id, or a list of ids whose sum is the part (五个开发区 897、422…亿元). */
  readonly part: string | readonly string[];
  /** The total: a figure id, or a list of ids whose sum is the total. */
  readonly total: string | readonly string[];
  /** A `share` figure. */
  readonly share: string;
}

/** to − from (two shares or ratio levels) should equal the stated change in points. */
export interface PointsChangeRelation extends RelationBase {
  readonly kind: 'points_change';
  /** A `share` (or ratio `level`) figure at the start. */
  readonly start: string;
  /** A `share` (or ratio `level`) figure at the end. */
  readonly end: string;
  /** A `points` figure. */
  readonly change: string;
}

/** end / start − 1 should equal the stated cumulative change. */
export interface CumulativeChangeRelation extends RelationBase {
  readonly kind: 'cumulative_change';
  readonly start: string;
  readonly end: string;
  /** A `change` figure. */
  readonly change: string;
}

/** (1 + rate)^years − 1 should equal the cumulative change over the same span (annual vs five-year decline). */
export interface AnnualCumulativeRelation extends RelationBase {
  readonly kind: 'annual_vs_cumulative';
  /** A `rate` figure (年均下降3.5% is -3.5). */
  readonly rate: string;
  /** A `change` figure over the same from..to. */
  readonly change: string;
}

/** end / start should equal the stated multiple (翻一番 is 2). */
export interface MultipleRelation extends RelationBase {
  readonly kind: 'multiple';
  readonly start: string;
  readonly end: string;
  /** A `multiple` figure. */
  readonly multiple: string;
}

/** Σ_{i=1..n} base × (1 + rate)^i over the total's years should equal the stated total (累计法). */
export interface CumulativeTotalRelation extends RelationBase {
  readonly kind: 'cumulative_total';
  /** A `level` figure in the year before the total's `from`. */
  readonly base: string;
  /** A `total` figure. */
  readonly total: string;
  /** A `rate` figure, when the plan states one. */
  readonly rate?: string;
}

/** end − start should equal the stated absolute change (比2010年增加120亿元). */
export interface AbsoluteChangeRelation extends RelationBase {
  readonly kind: 'absolute_change';
  readonly start: string;
  readonly end: string;
  /** An `increase` figure over start..end. */
  readonly increase: string;
}

/** total = n × average, over the n years of the average (年均投资560亿元 against the period's total). */
export interface AverageTotalRelation extends RelationBase {
  readonly kind: 'average_total';
  /** An `average` figure (of yearly values) or an `average_increase` figure (of yearly increases). */
  readonly average: string;
  /** A `total` figure over the same years (for an average), or an `increase` figure over them (for an average increase). */
  readonly total: string;
}

/** change = n × annual, linearly (提高了4.5个百分点，年均提高0.9个百分点). */
export interface AnnualPointsRelation extends RelationBase {
  readonly kind: 'annual_points';
  /** An `annual_points` figure. */
  readonly annual: string;
  /** A `points` figure over the same from..to. */
  readonly change: string;
}

/** actual − target = gap in one year (达到36.5%，超过规划目标1.5个百分点). */
export interface TargetGapRelation extends RelationBase {
  readonly kind: 'target_gap';
  /** The actual `level` or `share`. */
  readonly actual: string;
  /** The target `level` or `share` of the same year. */
  readonly target: string;
  /** A `gap` figure. */
  readonly gap: string;
}

/** (1 + rate)^n should make the stated multiple (年均增长15%，实现翻一番). */
export interface RateMultipleRelation extends RelationBase {
  readonly kind: 'rate_multiple';
  readonly rate: string;
  /** A `multiple` figure over the same from..to. */
  readonly multiple: string;
}

/** Two levels and no stated rate: not checkable, but the annual rate they imply is reported. */
export interface LevelPairRelation extends RelationBase {
  readonly kind: 'level_pair';
  readonly start: string;
  readonly end: string;
}

/** Every relation the checker knows. */
export type Relation =
  | GrowthTargetRelation
  | HistoricalCagrRelation
  | SumRelation
  | ShareRelation
  | PointsChangeRelation
  | CumulativeChangeRelation
  | AnnualCumulativeRelation
  | MultipleRelation
  | CumulativeTotalRelation
  | AbsoluteChangeRelation
  | AverageTotalRelation
  | AnnualPointsRelation
  | TargetGapRelation
  | RateMultipleRelation
  | LevelPairRelation;

export type RelationKind = Relation['kind'];

/** Where the plan was published. */
export interface PlanSource {
  /** A citation: the document's file name in the seed set, a URL, or a 文号. */
  readonly document: string;
  readonly url?: string;
  /** The date of issue as written (`2014-09-10`). */
  readonly date?: string;
}

/**
 * One change a scenario makes to a plan (DOMAIN.md section 6). Rates are written in % like rate
 * figures (`"8"` is 8%, `"-5"` is −5%); a base is written in the indicator's unit.
 * - `rate`: another yearly rate for an indicator, for every year, or from the year `from` on
 *   (the first year whose growth is at the new rate).
 * - `schedule`: rates by sub-period: each rate applies to the years up to and including `until`
 *   (the last one goes on to the end).
 * - `base`: another base value.
 * - `shock`: the growth of one year (`year` over the year before) is `rate`; the old rate resumes
 *   after it, from the shocked level.
 * - `target_year`: the indicator's targets (or the one named by `figure`) fall due in another year.
 */
export type ScenarioChange =
  | { readonly kind: 'rate'; readonly indicator: string; readonly rate: string; readonly from?: number }
  | { readonly kind: 'schedule'; readonly indicator: string; readonly schedule: readonly ScheduleEntry[] }
  | { readonly kind: 'base'; readonly indicator: string; readonly value: string }
  | { readonly kind: 'shock'; readonly indicator: string; readonly year: number; readonly rate: string }
  | { readonly kind: 'target_year'; readonly indicator: string; readonly year: number; readonly figure?: string };

/** One sub-period of a `schedule` change: `rate` (in %) for the years up to and including `until`. */
export interface ScheduleEntry {
  readonly until: number;
  readonly rate: string;
}

export type ScenarioChangeKind = ScenarioChange['kind'];

/** A named what-if: a list of changes to the plan, applied in order. */
export interface Scenario {
  /** Unique id within the plan, `[a-z0-9_]+`. */
  readonly id: string;
  /** Its name for people, e.g. `规划纲要：年均增长17%`. */
  readonly name: string;
  readonly changes: readonly ScenarioChange[];
  /** The clause it comes from, when the plan states it. */
  readonly quote?: string;
  readonly note?: string;
}

/**
 * A unit a plan declares because the library's table does not have it: one `symbol` is `factor`
 * × `base` (万吨钢 is 10000 吨钢; 亿块 is 100000000 块). A base of the table (吨, 元 …) gives the
 * declared unit its dimension.
 */
export interface PlanUnit {
  readonly symbol: string;
  readonly base: string;
  /** The factor as written, a positive number (`"10000"`). */
  readonly factor: string;
  readonly note?: string;
}

/** A loaded, validated plan. */
export interface Plan {
  /** Unique id, `[a-z0-9_-]+`. */
  readonly id: string;
  readonly title: string;
  readonly issuer: string;
  readonly year: number;
  readonly period: PlanPeriod;
  readonly source: PlanSource;
  /** Units outside the library's table that the plan's indicators and figures use. */
  readonly units?: readonly PlanUnit[];
  readonly indicators: readonly Indicator[];
  readonly figures: readonly Figure[];
  readonly relations: readonly Relation[];
  /** What-if scenarios (the file's optional `scenarios:` section). */
  readonly scenarios?: readonly Scenario[];
  readonly note?: string;
}

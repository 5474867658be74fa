/**
 * Traditional script as Simplified (DOMAIN.md section 1: 億元, 萬億元, 噸標準煤 and 戶 mean the same
 * units as 亿元, 万亿元, 吨标准煤 and 户). One character table, limited to the characters of the
 * library's vocabulary (units, magnitudes, qualifiers, plan words), so that a lookup of a unit or a
 * qualifier written in either script finds the same row.
 */

/** Traditional → Simplified, for the characters the unit and qualifier tables use. */
const TRADITIONAL: Readonly<Record<string, string>> = {
  億: '亿', 萬: '万', 噸: '吨', 戶: '户', 標: '标', 準: '准', 時: '时', 輛: '辆', 臺: '台', 檯: '台',
  項: '项', 條: '条', 個: '个', 點: '点', 畝: '亩', 頃: '顷', 於: '于', 過: '过', 內: '内', 滿: '满',
  約: '约', 預: '预', 計: '计', 測: '测', 爭: '争', 餘: '余', 數: '数', 兩: '两', 幣: '币', 塊: '块',
  電: '电', 產: '产', 業: '业', 長: '长', 達: '达', 總: '总', 額: '额', 價: '价', 現: '现', 實: '实',
  際: '际', 較: '较', 與: '与', 為: '为', 爲: '为', 將: '将', 質: '质', 車: '车', 貨: '货',
  圓: '圆', 種: '种', 隻: '只', 間: '间', 場: '场', 廠: '厂', 區: '区', 縣: '县', 鄉: '乡',
  鎮: '镇', 門: '门', 員: '员', 納: '纳', 稅: '税',
  // Words of plan prose, so that indicator names in either script meet (規模以上工業增加值).
  規: '规', 資: '资', 設: '设', 發: '发', 環: '环', 節: '节', 術: '术', 務: '务', 經: '经', 濟: '济',
  會: '会', 銷: '销', 營: '营', 構: '构', 創: '创', 級: '级', 處: '处', 鐵: '铁', 鋼: '钢', 礦: '矿',
  煉: '炼', 線: '线', 網: '网', 氣: '气', 農: '农', 醫: '医', 藥: '药', 紡: '纺', 織: '织', 輕: '轻',
  進: '进', 學: '学', 專: '专', 據: '据', 對: '对', 國: '国', 動: '动', 機: '机', 積: '积', 極: '极',
  傳: '传', 統: '统', 興: '兴', 來: '来', 從: '从', 雙: '双', 製: '制', 銀: '银',
};

const PATTERN = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'gu');

/**
 * Replaces the Traditional characters of the library's vocabulary with their Simplified forms;
 * every other character is left as it is.
 *
 * @example
 * toSimplified('1.2萬億元') //=> '1.2万亿元'
 * toSimplified('600餘戶') //=> '600余户'
 */
export function toSimplified(text: string): string {
  return text.replace(PATTERN, (c) => TRADITIONAL[c] ?? c);
}

/** Simplified → Traditional, the first Traditional form of each character (the inverse of the table). */
const SIMPLIFIED: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries(TRADITIONAL)
    .reverse()
    .map(([traditional, simplified]) => [simplified, traditional]),
);

/**
 * The Traditional form of a wording of the library's vocabulary (the inverse of
 * {@link toSimplified} on its characters): 以內 for 以内, 約 for 约.
 *
 * @example
 * toTraditional('约') //=> '約'
 * toSimplified(toTraditional('不超过')) //=> '不超过'
 */
export function toTraditional(text: string): string {
  return [...text].map((c) => SIMPLIFIED[c] ?? c).join('');
}

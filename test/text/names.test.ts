import { describe, expect, it } from 'vitest';
import { countedName, indicatorKind, isGenericName, measureOf, nameKey, nameOf, scopeOf, subjectAndMeasure } from '../../src/text/names.js';

describe('names of indicators', () => {
  it('takes time, regions, connectors and verbs off the words before a figure', () => {
    expect(nameOf('新产品销售收入在2012年')).toBe('新产品销售收入');
    expect(nameOf('实现利润总额从2005年的')).toBe('利润总额');
    expect(nameOf('全省共有规模以上装备制造企业')).toBe('规模以上装备制造企业');
    expect(nameOf('其中：钢铁产业达到')).toBe('钢铁产业');
    expect(nameOf('到2020年，全省“两化”融合发展水平指数达到')).toBe('两化融合发展水平指数');
    expect(nameOf('非煤产业增加值占全部工业增加值比重逐年上升')).toBe('非煤产业增加值占全部工业增加值比重');
    expect(nameOf('(我市《国民经济和社会发展“十二五”规划纲要》确定')).toBe('');
  });

  it('names a counted thing after its number', () => {
    expect(countedName('国家级企业技术中心')).toBe('国家级企业技术中心');
    expect(countedName('资源利用项目建设')).toBe('资源利用项目');
  });

  it('splits a subject from its measure, and knows bare measures', () => {
    expect(subjectAndMeasure('规模以上工业企业实现增加值')).toEqual({ subject: '规模以上工业企业', measure: '增加值' });
    expect(subjectAndMeasure('有效发明专利拥有量')).toBeUndefined();
    expect(measureOf('三个开发区规模工业增加值')).toBe('规模工业增加值');
    expect(measureOf('工业增加值')).toBe('增加值');
    expect(isGenericName('全行业规模以上企业主营业务收入')).toBe(true);
    expect(isGenericName('新材料产业主营业务收入')).toBe(false);
  });

  it('gives two wordings of one indicator one key, with the scope apart', () => {
    expect(nameKey('规模以上工业增加值')).toBe(nameKey('全市规模工业增加值'));
    expect(scopeOf('规模以上工业增加值')).toBe('规模以上');
    expect(scopeOf('全部工业增加值')).toBe('全部');
    expect(nameKey('地区生产总值(GDP)')).toBe(nameKey('当年全市GDP'));
    expect(nameKey('信息产业主营业务收入')).toBe(nameKey('信息产业实现收入'));
    expect(nameKey('利税总额')).toBe(nameKey('利税'));
    expect(nameKey('新产品销售收入')).not.toBe(nameKey('主营业务收入'));
  });

  it('tells the kind of an indicator from its name and unit (DOMAIN.md section 1)', () => {
    expect(indicatorKind('新产品销售收入', '亿元')).toBe('value');
    expect(indicatorKind('规模工业增加值', '亿元')).toBe('value_added');
    expect(indicatorKind('工业投资', '亿元')).toBe('investment');
    expect(indicatorKind('新兴产业增加值占全部工业增加值比重', '%')).toBe('share');
    expect(indicatorKind('R&D经费支出占主营业务收入比重', '%')).toBe('ratio');
    expect(indicatorKind('关键工序数控化率', '%')).toBe('ratio');
    expect(indicatorKind('规模以上工业企业', '户')).toBe('count');
    expect(indicatorKind('发电量', '亿千瓦时')).toBe('quantity');
    expect(indicatorKind('单位地区生产总值能耗', '吨标准煤/万元')).toBe('intensity');
    expect(indicatorKind('工业经济效益综合指数', '点')).toBe('index');
  });
});

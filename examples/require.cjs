// @ts-check
// The package from CommonJS.  Run after `npm run build`:  node examples/require.cjs
const { cagr, GrowthError } = require('growth-targets');

// 山西省"十二五"现代装备制造业发展规划: 利润总额从2005年的8.4亿元增长到2010年的30.9亿元，年均增长29.8%
console.log(`8.4 → 30.9 over 2005–2010: ${cagr('8.4', '30.9', 5).times(100).toFixed(4)}% a year`);

try {
  cagr(0, '30.9', 5);
} catch (e) {
  if (e instanceof GrowthError) console.log(`a zero start is refused: ${e.code}`);
}

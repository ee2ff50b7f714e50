import assert from 'node:assert/strict';
import { test } from 'node:test';
import { load } from './console.mjs';

const { piiLabel, piiNote } = await load('pii.js');
const { applyLabels } = await load('labels.js');

test('each masked value carries its label from the server; the server\'s table names the rest', () => {
  applyLabels({ pii: { PhoneNumber: '手机号', IdCardNumber: '身份证号' } });
  assert.equal(piiLabel('PhoneNumber'), '手机号');
  assert.equal(piiLabel('LicensePlate'), 'LicensePlate');
  assert.equal(piiNote([{ category: 'BankCardNumber', masked: '****0128', label: '银行卡号' }]).text, '含银行卡号（已打码）');
});

test('piiNote names each kind once, with the masked values in the title', () => {
  applyLabels({ pii: { PhoneNumber: '手机号', IdCardNumber: '身份证号' } });
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

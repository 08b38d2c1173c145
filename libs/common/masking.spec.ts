import { maskName, maskPhone } from './masking';

describe('maskPhone', () => {
  it('keeps the first three and last four digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });
  it('hides a short number entirely', () => {
    expect(maskPhone('12345')).toBe('*****');
  });
  it('gives null for no phone', () => {
    expect(maskPhone(null)).toBeNull();
    expect(maskPhone(undefined)).toBeNull();
    expect(maskPhone('')).toBeNull();
  });
});

describe('maskName', () => {
  it('keeps the surname of a Chinese name', () => {
    expect(maskName('王小明')).toBe('王**');
    expect(maskName('欧阳娜娜')).toBe('欧***');
  });
  it('masks a one-character name too', () => {
    expect(maskName('王')).toBe('王*');
  });
  it('counts characters, not UTF-16 units', () => {
    expect(maskName('𠮷野家')).toBe('𠮷**');
  });
  it('keeps the first letter of a Latin name', () => {
    expect(maskName('Alice')).toBe('A****');
  });
  it('gives an empty string for no name', () => {
    expect(maskName('')).toBe('');
    expect(maskName(null)).toBe('');
  });
});

/** The eleven-test (elfproef) every BSN passes: 9 digits, weighted sum with the last weight -1, divisible by 11. */
export function isValidBsn(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = [...value].map(Number);
  const sum = digits.reduce((total, digit, index) => total + digit * (index === 8 ? -1 : 9 - index), 0);
  return sum % 11 === 0 && sum !== 0;
}

/** Shows only the last three digits, as the resident portal does. */
export function maskBsn(value: string): string {
  return `******${value.slice(-3)}`;
}

/** `array[i]++` for typed arrays under `noUncheckedIndexedAccess`: returns the old value. */
export function bump(array: Int32Array, i: number): number {
  const old = array[i] as number;
  array[i] = old + 1;
  return old;
}

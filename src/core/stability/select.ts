// Selection without sorting: the k-th largest of the first `count` values, in O(count) on average.

/**
 * Rearranges values[from..to) so that values[k] is the value a descending sort would put there,
 * everything before it is >= it and everything after it is <= it (Hoare partitions around a
 * median of three). No NaN may be among the values.
 */
export function selectDescending(
  values: Float64Array,
  from: number,
  to: number,
  k: number,
): number {
  let left = from;
  let right = to - 1;
  while (right > left) {
    const middle = (left + right) >>> 1;
    const pivot = medianOfThree(values[left], values[middle], values[right]);
    let i = left;
    let j = right;
    while (i <= j) {
      while (values[i] > pivot) i++;
      while (values[j] < pivot) j--;
      if (i <= j) {
        const swap = values[i];
        values[i] = values[j];
        values[j] = swap;
        i++;
        j--;
      }
    }
    // Now values[left..j] >= pivot >= values[i..right], and j < i.
    if (k <= j) right = j;
    else if (k >= i) left = i;
    else return values[k];
  }
  return values[k];
}

function medianOfThree(a: number, b: number, c: number): number {
  if (a < b) return b < c ? b : a < c ? c : a;
  return a < c ? a : b < c ? c : b;
}

// A number's shortest round-trip text, the way String(x) spells it, without V8's number-to-string cache.

/**
 * String(x) and `${x}` keep each text they make in V8's number-to-string cache until a later number
 * takes its slot: long enough for the young generation's collections to move the texts to the old
 * one, where a full sheet's millions of cells left hundreds of megabytes for the next full
 * collection. JSON.stringify writes a finite number exactly as String does (ECMAScript's
 * Number::toString) and keeps nothing. Finite numbers only: JSON spells NaN and Infinity "null".
 */
export function numberText(x: number): string {
  return JSON.stringify(x);
}

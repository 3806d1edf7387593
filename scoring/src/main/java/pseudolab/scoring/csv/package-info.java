/** Streaming CSV reading without per-cell objects: records as char slices, char-keyed dictionaries, fast numbers. */
package pseudolab.scoring.csv;

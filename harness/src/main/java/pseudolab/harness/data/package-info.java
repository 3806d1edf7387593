/**
 * Reading a Kaggle-format competition folder into a {@link pseudolab.harness.data.Dataset}: scaled feature matrices,
 * test ids and the train targets per task (class labels or numbers); the test rows' truth comes from solution.csv
 * through scoring's {@code Solution}, for provenance only.
 */
package pseudolab.harness.data;

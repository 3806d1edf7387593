/** What a run leaves behind: the Kaggle-format submission CSV and the provenance JSON beside it. */
package pseudolab.harness.output;

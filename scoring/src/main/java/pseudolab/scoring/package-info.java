/** Kaggle-format scoring: solutions, submissions, validation problems, metrics and public/private scores. */
package pseudolab.scoring;

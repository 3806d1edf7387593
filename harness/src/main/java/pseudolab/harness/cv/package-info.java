/** Cross-validation: stratified folds, fold ensembles and out-of-fold scores on real labelled rows only. */
package pseudolab.harness.cv;

/**
 * Pseudolabelling strategies (none, self-training, pretraining, simultaneous, consistency, noisy-student) and the
 * {@link pseudolab.harness.strategy.Workbench} they share: labelled folds, the {@link pseudolab.harness.strategy.Trainer},
 * the {@link pseudolab.harness.strategy.Pseudolabeller} and the run's record.
 */
package pseudolab.harness.strategy;

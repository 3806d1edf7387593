/** Pseudolabelling strategies (none, self-training, simultaneous, pretraining) and the workbench they share. */
package pseudolab.harness.strategy;

/** Learners that build DL4J networks (mlp, cnn) and the trained models they produce. */
package pseudolab.harness.learn;

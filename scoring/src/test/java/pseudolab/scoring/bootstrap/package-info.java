/** Tests of the paired bootstrap: coverage, exact zeros, verdicts, rank ranges and tie groups. */
package pseudolab.scoring.bootstrap;

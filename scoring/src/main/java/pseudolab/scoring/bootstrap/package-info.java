/** Paired bootstrap of score differences: gain intervals with verdicts, rank ranges and tie groups. */
package pseudolab.scoring.bootstrap;

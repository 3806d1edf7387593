/** JMH benchmarks of the in-process scoring path (run by bench/scoring/jmh.sh, not by the test suite). */
package pseudolab.scoring.bench;

/** The pseudolabelling harness: {@link pseudolab.harness.Harness} runs one strategy on a competition folder. */
package pseudolab.harness;

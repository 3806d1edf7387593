/** Progress bars on a terminal, silence elsewhere (CI logs, tests). */
package pseudolab.harness.progress;

/** The {@code run} subcommand of the pseudolab command line. */
package pseudolab.harness.cli;

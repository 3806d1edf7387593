/** The {@code score} subcommand of the pseudolab command line. */
package pseudolab.scoring.cli;

/** The serve and competition commands of the pseudolab command line. */
package pseudolab.server.cli;

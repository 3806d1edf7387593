/** The pseudolab command line and the end-to-end demo that joins server and harness. */
package pseudolab.app;

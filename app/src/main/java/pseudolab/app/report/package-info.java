/** The strategy report: every strategy over several seeds, scored locally on the hidden split, with spread. */
package pseudolab.app.report;

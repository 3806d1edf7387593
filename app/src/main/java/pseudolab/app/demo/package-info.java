/** The one-command demo: dataset, server, competition, harness runs, submissions, close, results table. */
package pseudolab.app.demo;

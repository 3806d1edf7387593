/** Submissions: upload, scoring with the scoring module, daily limits and final selections. */
package pseudolab.server.submission;

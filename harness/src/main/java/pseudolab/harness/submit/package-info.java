/** Uploading a submission to a pseudolab server over HTTP (multipart, bearer token). */
package pseudolab.harness.submit;

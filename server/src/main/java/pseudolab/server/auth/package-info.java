/** Bearer-token authentication for the host (admin) and participants. */
package pseudolab.server.auth;

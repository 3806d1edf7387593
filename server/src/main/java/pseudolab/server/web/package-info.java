/** The page routes that serve the static web pages. */
package pseudolab.server.web;

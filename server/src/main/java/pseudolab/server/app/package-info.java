/** The application factory: configuration, routes, JSON and the one exception mapper. */
package pseudolab.server.app;

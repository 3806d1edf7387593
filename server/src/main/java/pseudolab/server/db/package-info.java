/** The SQLite database: connection settings and Flyway migrations. */
package pseudolab.server.db;

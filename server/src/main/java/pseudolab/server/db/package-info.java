/** The database (SQLite file or shared PostgreSQL): connection settings, dialects and Flyway migrations. */
package pseudolab.server.db;

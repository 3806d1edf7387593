/** Competitions: definitions, stored files, creation, closing and public downloads. */
package pseudolab.server.competition;

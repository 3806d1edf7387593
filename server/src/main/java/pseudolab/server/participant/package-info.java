/** Participants: registration and their bearer tokens. */
package pseudolab.server.participant;

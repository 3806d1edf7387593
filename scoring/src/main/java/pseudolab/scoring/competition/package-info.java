/**
 * The competition definition, {@code competition.json}: one record that every module reads and writes it through
 * ({@link pseudolab.scoring.competition.CompetitionDefinition}).
 */
package pseudolab.scoring.competition;

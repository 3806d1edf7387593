package pseudolab.server.competition;

import pseudolab.scoring.competition.CompetitionDefinition;
import pseudolab.server.ServerException;
import pseudolab.server.TextLimits;

/** What a server needs of a definition beyond its format: a title, a declared metric, texts within {@link TextLimits}. */
public final class HostingRules {
    private HostingRules() {}

    /** {@code definition} itself, or a 400 naming the missing or over-long key. */
    public static CompetitionDefinition check(CompetitionDefinition definition) {
        if (definition.title() == null) {
            throw invalid("title is missing");
        }
        if (!definition.metricDeclared()) {
            throw invalid("metric is missing");
        }
        limit("title", definition.title(), TextLimits.TITLE);
        limit("description", definition.description(), TextLimits.COMPETITION_DESCRIPTION);
        limit("metric", definition.metric(), TextLimits.METRIC);
        definition
                .metricParams()
                .forEach((key, value) -> limit(
                        "metricParams." + limit("a metricParams key", key, TextLimits.METRIC),
                        value,
                        TextLimits.METRIC));
        return definition;
    }

    private static String limit(String key, String value, int max) {
        try {
            return TextLimits.check(key, value, max);
        } catch (ServerException e) {
            throw invalid(e.getMessage());
        }
    }

    private static ServerException invalid(String message) {
        return new ServerException(400, CompetitionDefinition.FILE_NAME + ": " + message);
    }
}

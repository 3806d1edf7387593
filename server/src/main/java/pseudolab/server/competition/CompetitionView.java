package pseudolab.server.competition;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/** A competition as the API shows it; {@code files} only in the single-competition answer; {@code publicBoard} plain or ladder. */
public record CompetitionView(
        String slug,
        String title,
        String description,
        String metric,
        boolean higherIsBetter,
        Instant deadline,
        boolean closed,
        int dailyLimit,
        int finalSelections,
        long participants,
        long submissions,
        String publicBoard,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<FileView> files) {

    /** A downloadable public file. */
    public record FileView(String name, long bytes, String url) {}

    static CompetitionView of(Competition c, boolean closed, Counts counts, List<FileView> files) {
        return new CompetitionView(
                c.slug(),
                c.title(),
                c.description(),
                c.metric(),
                c.higherIsBetter(),
                c.deadline() == null ? null : Instant.ofEpochMilli(c.deadline()),
                closed,
                c.dailyLimit(),
                c.finalSelections(),
                counts.participants(),
                counts.submissions(),
                c.publicBoard(),
                files);
    }
}

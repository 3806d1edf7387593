package pseudolab.app.datasets;

import java.nio.file.Path;

/** What a dataset build wrote: the folder, the slug and the row counts. */
public record BuiltCompetition(Path folder, String slug, int labelledRows, int unlabelledRows, int publicRows) {}

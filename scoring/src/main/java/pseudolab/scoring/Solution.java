package pseudolab.scoring;

import java.nio.file.Path;
import java.util.List;

/** A hidden solution file read into memory: ids, target columns and each row's Usage. */
public final class Solution {
    private Solution() {
    }

    /** Reads a Kaggle solution CSV (id, targets..., Usage); throws {@link ScoringException} naming the problem. */
    public static Solution read(Path path) {
        throw new UnsupportedOperationException("TODO scoring");
    }

    public String idColumn() {
        throw new UnsupportedOperationException("TODO scoring");
    }

    public List<String> targetColumns() {
        throw new UnsupportedOperationException("TODO scoring");
    }

    public int size() {
        throw new UnsupportedOperationException("TODO scoring");
    }
}

package pseudolab.scoring;

import java.util.List;

/** A submission was refused; carries every problem found (up to a cap), never any solution value. */
public class InvalidSubmissionException extends ScoringException {
    private final List<Problem> problems;

    public InvalidSubmissionException(List<Problem> problems) {
        super(problems.isEmpty() ? "invalid submission" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}

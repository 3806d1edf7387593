package pseudolab.server.leaderboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/** Statistics of one strategy group; the private ones are null (absent) before close. */
public record ComparisonRow(String strategy, int submissions, double publicMean, double publicStd, double publicBest,
                            @JsonInclude(Include.NON_NULL) Double privateMean,
                            @JsonInclude(Include.NON_NULL) Double privateStd,
                            @JsonInclude(Include.NON_NULL) Double privateBest,
                            Double publicGain,
                            @JsonInclude(Include.NON_NULL) Double privateGain) {
}

package pseudolab.server.leaderboard;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;
import pseudolab.scoring.bootstrap.GainInterval;

/**
 * Statistics of one strategy group; the private ones are null (absent) before close. The gain intervals (absent for
 * the no-PL group itself) come from the paired bootstrap of the group's submissions against the no-PL group's.
 */
public record ComparisonRow(
        String strategy,
        int submissions,
        double publicMean,
        double publicStd,
        double publicBest,
        @JsonInclude(Include.NON_NULL) Double privateMean,
        @JsonInclude(Include.NON_NULL) Double privateStd,
        @JsonInclude(Include.NON_NULL) Double privateBest,
        Double publicGain,
        @JsonInclude(Include.NON_NULL) Double privateGain,
        @JsonInclude(Include.NON_NULL) GainInterval publicGainInterval,
        @JsonInclude(Include.NON_NULL) GainInterval privateGainInterval) {}

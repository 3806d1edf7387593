package pseudolab.scoring.bootstrap;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a 95% interval of a score difference says, in words: a gain, a loss, or no clear difference. */
public enum Verdict {
    GAIN("gain"),
    LOSS("loss"),
    NO_CLEAR_DIFFERENCE("no clear difference");

    private final String words;

    Verdict(String words) {
        this.words = words;
    }

    /** The verdict as the API, the page and the report spell it. */
    @JsonValue
    public String words() {
        return words;
    }

    @Override
    public String toString() {
        return words;
    }
}

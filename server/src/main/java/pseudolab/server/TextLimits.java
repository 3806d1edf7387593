package pseudolab.server;

/** The longest accepted text of every free-text field (characters, counted as code points); one home for all. */
public final class TextLimits {
    /** A participant's name (the registration pattern states it too). */
    public static final int PARTICIPANT_NAME = 64;
    /** A competition's title. */
    public static final int TITLE = 200;
    /** A competition's description. */
    public static final int COMPETITION_DESCRIPTION = 5_000;
    /** A submission's description (the upload form's maxlength); its strategy is a field of its own. */
    public static final int SUBMISSION_DESCRIPTION = 500;
    /** A metric name and each metric parameter value. */
    public static final int METRIC = 200;

    private TextLimits() {}

    /** {@code value} itself, or a 400 naming the field, its length and the limit; null passes. */
    public static String check(String field, String value, int limit) {
        if (value != null && value.codePointCount(0, value.length()) > limit) {
            throw new ServerException(
                    400,
                    field + " has " + value.codePointCount(0, value.length()) + " characters; the limit is " + limit);
        }
        return value;
    }
}

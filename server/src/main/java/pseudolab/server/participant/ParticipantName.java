package pseudolab.server.participant;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.SpoofChecker;
import java.util.regex.Pattern;
import pseudolab.server.ServerException;
import pseudolab.server.TextLimits;

/**
 * A participant's name as typed (kept for display) and its key, the UTS #39 skeleton of its NFKC case fold:
 * two names with the same key look alike ({@code fiona}, {@code Fiona}, {@code ｆｉｏｎａ}, {@code ﬁona}) and
 * only one of them may register. Invisible, format and control characters and mixed-script look-alikes are refused.
 */
public record ParticipantName(String display, String key) {
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M} ._-]*");
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final SpoofChecker SPOOF = new SpoofChecker.Builder()
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.MODERATELY_RESTRICTIVE)
            .setChecks(SpoofChecker.RESTRICTION_LEVEL | SpoofChecker.MIXED_NUMBERS | SpoofChecker.INVISIBLE)
            .build();

    /** Checks a typed name: 400 for a malformed one, 422 for invisible characters or a mixed-script look-alike. */
    public static ParticipantName of(String typed) {
        String name = TextLimits.check("name", typed == null ? "" : typed.strip(), TextLimits.PARTICIPANT_NAME);
        name.codePoints().filter(ParticipantName::invisible).findFirst().ifPresent(cp -> {
            throw new ServerException(
                    422,
                    "name contains the invisible, format or control character " + String.format("U+%04X", cp) + " ("
                            + UCharacter.getName(cp) + "); use visible letters and digits");
        });
        if (!ALLOWED.matcher(name).matches()) {
            throw new ServerException(
                    400,
                    "name '" + name + "' must be 1-" + TextLimits.PARTICIPANT_NAME
                            + " letters, digits, spaces, '.', '_' or '-' and start with a letter or digit");
        }
        if (name.contains("  ")) {
            throw new ServerException(
                    422, "name '" + name + "' has two spaces in a row; a look-alike of the single-spaced name");
        }
        if (SPOOF.failsChecks(name)) {
            throw new ServerException(
                    422,
                    "name '" + name + "' mixes writing systems (such as Latin with Cyrillic"
                            + " or Greek) the way look-alike names do; write it in one script");
        }
        return new ParticipantName(name, key(name));
    }

    /** The comparison key of a name: the confusable skeleton of its NFKC case fold, spaces collapsed. */
    public static String key(String name) {
        return SPOOF.getSkeleton(FOLD.normalize(name)).strip().replaceAll("\\s+", " ");
    }

    private static boolean invisible(int cp) {
        int type = UCharacter.getType(cp);
        return UCharacter.hasBinaryProperty(cp, UProperty.DEFAULT_IGNORABLE_CODE_POINT)
                || type == UCharacter.CONTROL
                || type == UCharacter.FORMAT
                || type == UCharacter.PRIVATE_USE
                || type == UCharacter.SURROGATE
                || type == UCharacter.UNASSIGNED
                || type == UCharacter.LINE_SEPARATOR
                || type == UCharacter.PARAGRAPH_SEPARATOR
                || (type == UCharacter.SPACE_SEPARATOR && cp != ' ');
    }
}

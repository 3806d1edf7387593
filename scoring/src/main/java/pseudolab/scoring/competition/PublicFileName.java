package pseudolab.scoring.competition;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The rule for a public file's name: a plain file name, never the solution or the definition. */
public final class PublicFileName {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Set<String> RESERVED = Set.of("solution.csv", CompetitionDefinition.FILE_NAME);

    private PublicFileName() {}

    /** {@code name} itself, or an {@link InvalidDefinitionException} saying what is wrong with it. */
    public static String check(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidDefinitionException(
                    "public file name '" + name + "' must be a plain file name such as train.csv");
        }
        if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidDefinitionException("'" + name + "' cannot be a public file");
        }
        return name;
    }
}

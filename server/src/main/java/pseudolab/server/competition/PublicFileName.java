package pseudolab.server.competition;

import java.util.Set;
import java.util.regex.Pattern;
import pseudolab.server.ServerException;

/** Checks the name of a public file: a plain file name, never the solution or the definition. */
final class PublicFileName {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Set<String> RESERVED = Set.of("solution.csv", "competition.json");

    private PublicFileName() {
    }

    static String check(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new ServerException(400, "public file name '" + name + "' must be a plain file name such as train.csv");
        }
        if (RESERVED.contains(name.toLowerCase())) {
            throw new ServerException(400, "'" + name + "' cannot be a public file");
        }
        return name;
    }
}

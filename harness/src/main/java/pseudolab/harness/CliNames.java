package pseudolab.harness;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Enum constants as the command line names them (lower case), and back, refusing other names with the choices. */
public final class CliNames {
    private CliNames() {}

    /** {@code value}'s command-line name: its constant's name in lower case. */
    public static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The constant of {@code type} named {@code text}, else "OPTION must be a, b or c, got 'text'". */
    public static <E extends Enum<E>> E parse(Class<E> type, String option, String text) {
        E[] constants = type.getEnumConstants();
        for (E e : constants) {
            if (of(e).equals(text)) {
                return e;
            }
        }
        List<String> names = Arrays.stream(constants).map(CliNames::of).toList();
        String last = names.get(names.size() - 1);
        String choices =
                names.size() == 1 ? last : String.join(", ", names.subList(0, names.size() - 1)) + " or " + last;
        throw new HarnessException(option + " must be " + choices + ", got '" + text + "'");
    }
}

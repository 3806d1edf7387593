package pseudolab.harness.strategy;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import pseudolab.harness.HarnessException;

/** The registered strategies, in the order {@code --help} and the demo list them; one line registers a strategy. */
public final class Strategies {
    private static final List<StrategyInfo> ALL = List.of(
            NoPseudolabels.INFO,
            SelfTraining.INFO,
            Pretraining.INFO,
            Simultaneous.INFO,
            Consistency.INFO,
            NoisyStudent.INFO,
            LabelPropagation.INFO);

    private Strategies() {}

    /** Every registered strategy. */
    public static List<StrategyInfo> all() {
        return ALL;
    }

    public static List<String> names() {
        return ALL.stream().map(StrategyInfo::name).toList();
    }

    /** The strategies the demo runs by default. */
    public static List<String> demo() {
        return ALL.stream().filter(StrategyInfo::inDemo).map(StrategyInfo::name).toList();
    }

    /** The registered strategy called {@code name}; an unknown name is a {@link HarnessException} listing the known. */
    public static StrategyInfo info(String name) {
        return ALL.stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow(() ->
                        new HarnessException("unknown strategy '" + name + "' (expected one of " + names() + ")"));
    }

    /** The named strategy with default settings. */
    public static Strategy create(String name) {
        return create(name, StrategyOptions.defaults());
    }

    public static Strategy create(String name, StrategyOptions options) {
        return info(name).create(options);
    }

    /** The pseudolabel threshold a strategy uses when none is given (its declared default selection's). */
    public static double defaultThreshold(String name) {
        return info(name).defaultSelection().threshold();
    }

    /** The selection a strategy uses when none is given, as it declares it. */
    public static Selection defaultSelection(String name) {
        return info(name).defaultSelection();
    }

    /** The pseudolabel kind a strategy uses when none is given (its declared default selection's). */
    public static String defaultLabels(String name) {
        return info(name).defaultSelection().labels();
    }

    /** One line per strategy, its name and summary, for help texts. */
    public static List<String> helpLines() {
        int width = ALL.stream().mapToInt(s -> s.name().length()).max().orElse(0);
        return ALL.stream()
                .map(s -> String.format("  %-" + width + "s  %s", s.name(), s.summary()))
                .toList();
    }

    /** Each default pseudolabel selection with the strategies that use it, one help line each (none ignores it). */
    public static List<String> defaultSelectionLines() {
        Map<Selection, List<String>> bySelection = ALL.stream()
                .collect(Collectors.groupingBy(
                        StrategyInfo::defaultSelection,
                        LinkedHashMap::new,
                        Collectors.mapping(StrategyInfo::name, Collectors.toList())));
        return bySelection.entrySet().stream()
                .map(e -> "  --labels " + e.getKey().labels() + " --threshold "
                        + e.getKey().threshold() + ": " + String.join(", ", e.getValue()))
                .toList();
    }

    /** The names, for picocli's completion candidates ({@code ${COMPLETION-CANDIDATES}} in help texts). */
    public static final class Names implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return names().iterator();
        }
    }
}

package pseudolab.harness.cli;

import picocli.CommandLine.Option;
import pseudolab.harness.strategy.LabelGraph;

/** The picocli options of label-propagation's graph, mixed into {@code run}, {@code report} and {@code demo}. */
public final class LabelGraphOptions {
    @Option(
            names = "--neighbours",
            defaultValue = "" + LabelGraph.DEFAULT_K,
            paramLabel = "K",
            description = "label-propagation: neighbours per row in the graph. Default: ${DEFAULT-VALUE}.")
    private int neighbours;

    @Option(
            names = "--propagation-alpha",
            defaultValue = "" + LabelGraph.DEFAULT_ALPHA,
            paramLabel = "A",
            description =
                    "label-propagation: how far labels spread, in [0, 1) (0 keeps the network's own). Default: ${DEFAULT-VALUE}.")
    private double propagationAlpha;

    /** The default graph with these settings; a {@code HarnessException} names a value out of range. */
    public LabelGraph labelGraph() {
        return LabelGraph.DEFAULTS.withSpread(neighbours, propagationAlpha);
    }
}

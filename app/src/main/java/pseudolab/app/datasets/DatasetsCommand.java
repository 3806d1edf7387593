package pseudolab.app.datasets;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import pseudolab.app.ProjectPaths;

/** {@code pseudolab datasets build NAME}: derives a competition folder from committed raw data. */
@Command(
        name = "datasets",
        mixinStandardHelpOptions = true,
        description = "Build competition folders from raw datasets.",
        subcommands = DatasetsCommand.Build.class)
public final class DatasetsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** {@code datasets build}: writes train.csv, test.csv, sample_submission.csv, solution.csv, competition.json. */
    @Command(
            name = "build",
            mixinStandardHelpOptions = true,
            description = "Derive a competition folder deterministically (e.g. fashion-mnist).")
    static final class Build implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "NAME", description = "Dataset to build: fashion-mnist.")
        String name;

        @Option(
                names = "--labels",
                defaultValue = "1000",
                description = "Labelled train rows, class-balanced (default: ${DEFAULT-VALUE}).")
        int labels;

        @Option(
                names = "--unlabelled",
                defaultValue = "10000",
                description = "Unlabelled test rows (default: ${DEFAULT-VALUE}).")
        int unlabelled;

        @Option(
                names = "--seed",
                defaultValue = "1",
                description = "Seed of every random choice (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--out", description = "Output folder (default: datasets/NAME).")
        Path out;

        @Override
        public Integer call() {
            BuildOptions options = BuildOptions.defaults()
                    .withLabels(labels)
                    .withUnlabelled(unlabelled)
                    .withSeed(seed);
            BuiltCompetition built = new DatasetCatalog(ProjectPaths.current().datasets()).build(name, options, out);
            System.out.printf(
                    "built %s: %d labelled train rows, %d unlabelled test rows (%d Public, %d Private)%n",
                    built.slug(),
                    built.labelledRows(),
                    built.unlabelledRows(),
                    built.publicRows(),
                    built.unlabelledRows() - built.publicRows());
            System.out.println(built.folder());
            return 0;
        }
    }
}

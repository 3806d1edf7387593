package pseudolab.app.demo;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import pseudolab.app.ProjectPaths;
import pseudolab.app.StrategyRunOptions;
import pseudolab.app.datasets.BuildOptions;
import pseudolab.app.datasets.DatasetCatalog;
import pseudolab.harness.Harness;

/** {@code pseudolab demo}: the Fashion-MNIST pseudolabelling competition, end to end, in one command. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        defaultValueProvider = StrategyRunOptions.Defaults.class,
        description = {
            "The whole story on Fashion-MNIST: host it, run the PL strategies, show the gains.",
            "Builds the competition, starts the server, runs and submits each strategy, closes the",
            "competition and prints the public/private table with the gain over no-PL."
        })
public final class DemoCommand implements Callable<Integer> {
    @Option(names = "--exit-when-done", description = "stop the server after the table instead of serving on")
    boolean exitWhenDone;

    @Option(
            names = "--port",
            defaultValue = "7070",
            description = "server port (default ${DEFAULT-VALUE}; 0 = any free port)")
    int port;

    @Option(
            names = "--home",
            description = "server home for the demo, wiped at each demo run (default .pseudolab/demo)")
    Path home;

    @Mixin
    StrategyRunOptions run;

    @Option(names = "--labels", defaultValue = "1000", description = "labelled train images (default ${DEFAULT-VALUE})")
    int labels;

    @Option(
            names = "--unlabelled",
            defaultValue = "10000",
            description = "unlabelled test images (default ${DEFAULT-VALUE})")
    int unlabelled;

    @Option(
            names = "--seed",
            defaultValue = "1",
            description = "seed of the dataset split and the training (default ${DEFAULT-VALUE})")
    long seed;

    @Override
    public Integer call() throws InterruptedException {
        ProjectPaths paths = ProjectPaths.current();
        DemoOptions options = new DemoOptions(
                BuildOptions.defaults()
                        .withLabels(labels)
                        .withUnlabelled(unlabelled)
                        .withSeed(seed),
                home != null ? home : paths.root().resolve(".pseudolab").resolve("demo"),
                port,
                run.runs(),
                run.learner(),
                run.folds(),
                seed,
                paths.submissions(),
                exitWhenDone,
                run.image(true),
                run.strategyOptions());
        Demo.Outcome outcome = new Demo(options, new DatasetCatalog(paths.datasets()), new Harness(), System.out).run();
        if (exitWhenDone) {
            outcome.server().stop();
            return 0;
        }
        System.out.println("serving on " + outcome.url() + "/ — press Ctrl-C to stop");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            outcome.server().stop();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}

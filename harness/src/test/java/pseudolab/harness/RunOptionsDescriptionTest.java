package pseudolab.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import pseudolab.harness.strategy.ConsistencyOptions;
import pseudolab.harness.strategy.Selection;
import pseudolab.harness.strategy.StrategyOptions;

/** The submission description, word for word, for every strategy (the words each strategy adds are its own). */
class RunOptionsDescriptionTest {
    private static RunOptions options(String strategy) {
        return RunOptions.defaults(Path.of("datasets/toy"), strategy);
    }

    @Test
    void eachStrategyDescribesItsOwnSettingsAfterTheLearners() {
        assertThat(options("none").description()).isEqualTo("none mlp folds=5 epochs=15 seed=1");
        assertThat(options("self-training").description())
                .isEqualTo(
                        "self-training mlp folds=5 rounds=2 labels=hard threshold=0.9 pl-weight=1.0 epochs=15 seed=1");
        assertThat(options("pretraining").description())
                .isEqualTo("pretraining mlp folds=5 rounds=2 labels=hard threshold=0.9 pl-weight=1.0 epochs=15 seed=1");
        assertThat(options("simultaneous").description())
                .isEqualTo("simultaneous mlp folds=5 labels=hard threshold=0.9 pl-weight=1.0 epochs=15 seed=1");
        assertThat(options("noisy-student").description())
                .isEqualTo(
                        "noisy-student mlp folds=5 rounds=2 labels=soft threshold=0.8 pl-weight=1.0 epochs=15 seed=1");
        assertThat(options("consistency").description())
                .isEqualTo("consistency mlp folds=5 ratio=3.0 threshold=0.95 pl-weight=1.0 epochs=15 seed=1");
    }

    @Test
    void strategySettingsTopKTaskAndRegressionAppearAsBefore() {
        assertThat(options("consistency")
                        .withStrategyOptions(new StrategyOptions(new ConsistencyOptions(7, 0.9, 2.0, 0.99, 0.999), 0))
                        .description())
                .isEqualTo("consistency mlp folds=5"
                        + " ratio=7.0 threshold=0.9 pl-weight=2.0 ema=0.99 adaptive-threshold=0.999 epochs=15 seed=1");
        RunOptions wide = options("noisy-student").withStrategyOptions(new StrategyOptions(null, 64));
        assertThat(wide.description())
                .isEqualTo("noisy-student mlp folds=5 rounds=2 labels=soft threshold=0.8"
                        + " pl-weight=1.0 student-width=64 epochs=15 seed=1");
        assertThat(wide.withTask("regression").description())
                .isEqualTo("noisy-student mlp folds=5 rounds=2 pl-weight=1.0 task=regression epochs=15 seed=1");
        assertThat(options("simultaneous").withTask("regression").description())
                .isEqualTo("simultaneous mlp folds=5 pl-weight=1.0 task=regression epochs=15 seed=1");
        assertThat(options("self-training")
                        .withSelection(new Selection("hard", 0.9, 50, 2.0))
                        .withTask("classification")
                        .description())
                .isEqualTo("self-training mlp folds=5 rounds=2 labels=hard"
                        + " threshold=0.9 top-k=50 pl-weight=2.0 task=classification epochs=15 seed=1");
        assertThat(options("none").withTask("regression").description())
                .isEqualTo("none mlp folds=5 task=regression epochs=15 seed=1");
    }
}

package pseudolab.harness.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import pseudolab.harness.HarnessException;
import pseudolab.harness.learn.LearnerOptions;

/** Each strategy declares itself once; the registry, defaults and provenance parameters follow from that. */
class StrategyInfoTest {
    @Test
    void everyRegisteredStrategyBuildsAStrategyThatDeclaresThatSameInfo() {
        assertThat(Strategies.names())
                .doesNotHaveDuplicates()
                .containsExactly(
                        "none",
                        "self-training",
                        "pretraining",
                        "simultaneous",
                        "consistency",
                        "noisy-student",
                        "label-propagation");
        for (StrategyInfo info : Strategies.all()) {
            Strategy strategy = Strategies.create(info.name());
            assertThat(strategy.info()).isSameAs(info);
            assertThat(strategy.name()).isEqualTo(info.name());
            assertThat(Strategies.defaultSelection(info.name())).isEqualTo(info.defaultSelection());
        }
    }

    @Test
    void theDemoRunsTheStrategiesThatDeclareTheyFitIt() {
        assertThat(Strategies.demo())
                .containsExactly("none", "self-training", "pretraining", "simultaneous", "label-propagation");
        assertThat(Strategies.all())
                .filteredOn(StrategyInfo::inDemo)
                .extracting(StrategyInfo::name)
                .isEqualTo(Strategies.demo());
    }

    @Test
    void defaultsComeFromTheDeclarations() {
        assertThat(Strategies.defaultThreshold("consistency")).isEqualTo(ConsistencyOptions.DEFAULT_THRESHOLD);
        assertThat(Strategies.defaultThreshold("noisy-student")).isEqualTo(0.8);
        assertThat(Strategies.defaultLabels("noisy-student")).isEqualTo("soft");
        assertThat(Strategies.defaultSelection("self-training")).isEqualTo(Selection.defaults());
    }

    @Test
    void provenanceParametersAreTheStrategysOwnValues() {
        LearnerOptions learner = LearnerOptions.defaults().withEpochs(10);
        Map<String, Object> simultaneous = new Simultaneous(5.0).parameters(learner);
        assertThat(simultaneous).containsEntry("alphaFinal", 5.0).containsEntry("t2EpochsAfterT1", 4);
        assertThat(Strategies.create("simultaneous").parameters(learner))
                .containsEntry("alphaFinal", Simultaneous.DEFAULT_ALPHA_FINAL)
                .containsEntry("t2EpochsAfterT1", (int) Math.round(Simultaneous.RAMP_SHARE * 10));
        assertThat(Strategies.create("pretraining").parameters(learner))
                .containsEntry("fineTuneLearningRate", learner.learningRate() * Pretraining.FINE_TUNE_FACTOR);
        assertThat(Strategies.create("noisy-student", new StrategyOptions(null, 96))
                        .parameters(learner))
                .containsEntry("studentWidth", 96)
                .containsEntry("studentAugment", "strong");
        assertThat(Strategies.create("none").parameters(learner)).isEmpty();
    }

    @Test
    void anUnknownNameListsTheKnownOnesAndABadDeclarationIsRefused() {
        assertThatThrownBy(() -> Strategies.create("co-training"))
                .isInstanceOf(HarnessException.class)
                .hasMessage("unknown strategy 'co-training' (expected one of " + Strategies.names() + ")");
        assertThatThrownBy(() -> new StrategyInfo("Co Training", "x", Selection.defaults(), false, o -> null))
                .hasMessageContaining("'Co Training' must be lower-case letters, digits or '-'");
        assertThatThrownBy(() -> new StrategyInfo("co-training", "two\nlines", Selection.defaults(), false, o -> null))
                .hasMessageContaining("one-line summary");
    }
}

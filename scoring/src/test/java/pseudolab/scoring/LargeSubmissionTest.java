package pseudolab.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Submissions spanning many parser batches score the same as a direct computation, for both id kinds. */
class LargeSubmissionTest {
    @TempDir
    Path dir;

    @Test
    void shuffledSubmissionsOfThirtyThousandRowsScoreAsComputedDirectly() {
        for (boolean integerIds : new boolean[] {true, false}) {
            Random random = new Random(integerIds ? 1 : 2);
            int n = 30_000;
            StringBuilder solution = new StringBuilder("id,y,Usage\n");
            List<String> lines = new ArrayList<>();
            double publicError = 0;
            double privateError = 0;
            int publicRows = 0;
            int privateRows = 0;
            for (int i = 0; i < n; i++) {
                String id = integerIds ? Integer.toString(i + 100) : "row-" + i;
                double y = random.nextGaussian();
                double p = y + random.nextGaussian() * 0.1;
                String usage = i % 3 == 0 ? "Public" : i % 3 == 1 ? "Private" : "Ignored";
                solution.append(id)
                        .append(',')
                        .append(y)
                        .append(',')
                        .append(usage)
                        .append('\n');
                lines.add(Double.toString(p) + "," + id);
                if (usage.equals("Public")) {
                    publicError += Math.abs(y - p);
                    publicRows++;
                } else if (usage.equals("Private")) {
                    privateError += Math.abs(y - p);
                    privateRows++;
                }
            }
            Collections.shuffle(lines, random);
            SubmissionFiles files = new SubmissionFiles(dir);
            Solution truth = Solution.read(files.write("solution.csv", solution.toString()));
            Score score = new Scorer(Metrics.create("mae", Map.of()))
                    .score(truth, files.write("submission.csv", "y,id\n" + String.join("\n", lines) + "\n"));

            assertThat(score.rows()).isEqualTo(n);
            assertThat(score.publicScore()).isCloseTo(publicError / publicRows, within(1e-12));
            assertThat(score.privateScore()).isCloseTo(privateError / privateRows, within(1e-12));
        }
    }
}

package pseudolab.harness.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import pseudolab.harness.HarnessException;

class DatasetReaderTest {
    @TempDir
    Path dir;

    private Dataset read(String train, String test, String sample) throws IOException {
        Files.writeString(dir.resolve("train.csv"), train);
        Files.writeString(dir.resolve("test.csv"), test);
        Files.writeString(dir.resolve("sample_submission.csv"), sample);
        return new DatasetReader(Optional.empty()).read(Competition.open(dir));
    }

    /** The class targets of a classification dataset (failing the test for any other kind). */
    private static ClassTargets labels(Dataset d) {
        assertThat(d.targets()).isInstanceOf(ClassTargets.class);
        return (ClassTargets) d.targets();
    }

    @Test
    void digitRecognizerFormatGetsOneBasedImageIdsAndPixelScaling() throws IOException {
        Dataset d = read(
                "label,pixel0,pixel1\n3,0,255\n7,51,0\n3,255,255\n",
                "pixel0,pixel1\n0,0\n255,102\n",
                "ImageId,Label\n1,0\n2,0\n");
        assertThat(labels(d).classes()).containsExactly("3", "7");
        assertThat(labels(d).indices()).containsExactly(0, 1, 0);
        assertThat(d.testIds()).containsExactly("1", "2");
        assertThat(d.trainX()).containsExactly(new float[] {0f, 1f, 0.2f, 0f, 1f, 1f}, within(1e-6f));
        assertThat(d.testX()).containsExactly(new float[] {0f, 0f, 1f, 0.4f}, within(1e-6f));
        assertThat(d.idColumn()).isEqualTo("ImageId");
        assertThat(d.probabilities()).isFalse();
    }

    @Test
    void tabularFormatFindsIdTargetAndStandardisesWithTrainStatistics() throws IOException {
        Dataset d =
                read("id,a,b,species\n1,1,10,cat\n2,3,10,dog\n3,5,10,cat\n", "id,a,b\n9,3,12\n", "id,species\n9,cat\n");
        assertThat(d.featureColumns()).containsExactly("a", "b");
        assertThat(labels(d).classes()).containsExactly("cat", "dog");
        assertThat(d.testIds()).containsExactly("9");
        assertThat(d.testX()[0]).isEqualTo(0f);
        assertThat(d.testX()[1]).isEqualTo(2f);
    }

    @Test
    void numericClassesAreOrderedAsNumbers() throws IOException {
        Dataset d = read("id,a,y\n1,0,10\n2,1,9\n3,2,2\n", "id,a\n4,1\n", "id,y\n4,2\n");
        assertThat(labels(d).classes()).containsExactly("2", "9", "10");
    }

    @Test
    void aNonNumericCellIsReportedWithFileLineColumnAndValue() {
        assertThatThrownBy(() -> read("id,a,y\n1,0,x\n2,oops,y\n", "id,a\n4,1\n", "id,y\n4,x\n"))
                .isInstanceOf(HarnessException.class)
                .hasMessage("train.csv line 3, column 'a': not a finite number 'oops'");
    }

    @Test
    void aShortRowIsReportedWithItsLine() {
        assertThatThrownBy(() -> read("id,a,y\n1,0,x\n2,1,y\n", "id,a\n4,1\n5\n", "id,y\n4,x\n"))
                .hasMessage("test.csv line 3: expected 2 fields, found 1");
    }

    @Test
    void anEmptyFileIsReported() {
        assertThatThrownBy(() -> read("", "id,a\n4,1\n", "id,y\n4,x\n")).hasMessage("train.csv is empty");
        assertThatThrownBy(() -> read("id,a,y\n", "id,a\n4,1\n", "id,y\n4,x\n"))
                .hasMessage("train.csv has a header but no rows");
    }

    @Test
    void aFeatureMissingFromTrainIsNamed() {
        assertThatThrownBy(() -> read("id,a,y\n1,0,x\n", "id,a,b\n4,1,2\n", "id,y\n4,x\n"))
                .hasMessage("column 'b' of test.csv is missing from train.csv");
    }

    @Test
    void anEmptyLabelIsReported() {
        assertThatThrownBy(() -> read("id,a,y\n1,0,x\n2,1,\n", "id,a\n4,1\n", "id,y\n4,x\n"))
                .hasMessage("train.csv line 3, column 'y': empty label");
    }

    @Test
    void aProbabilityColumnThatIsNotATrainClassIsNamed() {
        assertThatThrownBy(() -> read("id,a,y\n1,0,cat\n2,1,dog\n", "id,a\n4,1\n", "id,cat,cow\n4,0.5,0.5\n"))
                .hasMessage(
                        "column 'cow' of sample_submission.csv is not a class of train.csv's 'y' (classes cat, dog)");
    }

    @Test
    void aMissingFolderOrFileIsNamed() throws IOException {
        assertThatThrownBy(() -> Competition.open(dir.resolve("nope"))).hasMessageContaining("does not exist");
        Files.writeString(dir.resolve("train.csv"), "id,a,y\n");
        assertThatThrownBy(() -> Competition.open(dir)).hasMessageContaining("has no test.csv");
    }

    @Test
    void anImageShapeThatDoesNotMatchThePixelsIsRefused() throws IOException {
        Files.writeString(dir.resolve("train.csv"), "label,pixel0,pixel1\n1,0,0\n2,0,0\n");
        Files.writeString(dir.resolve("test.csv"), "pixel0,pixel1\n0,0\n");
        Files.writeString(dir.resolve("sample_submission.csv"), "ImageId,Label\n1,1\n");
        assertThatThrownBy(
                        () -> new DatasetReader(Optional.of(ImageShape.parse("28x28x1"))).read(Competition.open(dir)))
                .hasMessage("image shape 28x28x1 needs 784 pixel columns, but the data has 2 feature columns");
        assertThatThrownBy(() -> ImageShape.parse("28by28")).hasMessageContaining("is not WxHxC");
    }

    @Test
    void quotedFieldsBomAndCrlfAreRead() throws IOException {
        Dataset d = read("\uFEFFid,a,y\r\n1,\"2\",\"big, cat\"\r\n2,4,dog\r\n", "id,a\r\n7,3\r\n", "id,y\r\n7,dog\r\n");
        assertThat(labels(d).classes()).containsExactly("big, cat", "dog");
    }
}

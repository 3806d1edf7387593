package pseudolab.scoring.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The number parser gives exactly the JDK's correctly rounded doubles, and refuses what is not a number. */
class NumberParserTest {
    private final NumberParser parser = new NumberParser();

    private void assertSameAsJdk(String text) {
        assertThat(parser.parse(text)).as(text).isTrue();
        assertThat(Double.doubleToLongBits(parser.value()))
                .as(text)
                .isEqualTo(Double.doubleToLongBits(Double.parseDouble(text.strip())));
    }

    @Test
    void randomNumbersInManyFormatsParseBitForBitAsTheJdkDoes() {
        Random random = new Random(42);
        for (int i = 0; i < 100_000; i++) {
            double d = switch (i % 4) {
                case 0 -> random.nextDouble();
                case 1 -> random.nextGaussian() * 1e4;
                case 2 -> Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL);
                default -> random.nextDouble() * Math.pow(10, random.nextInt(60) - 30);
            };
            assertSameAsJdk(Double.toString(d));
            assertSameAsJdk(String.format(Locale.ROOT, "%.17g", d));
            assertSameAsJdk(String.format(Locale.ROOT, "%.6f", d % 1e6));
            assertSameAsJdk(String.format(Locale.ROOT, "%.12e", d));
            assertSameAsJdk((random.nextLong() >>> random.nextInt(64)) + "." + random.nextInt(1000) + "e"
                    + (random.nextInt(80) - 40));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "0",
                "-0",
                "+1",
                "1.",
                ".5",
                "-.5",
                "1e5",
                "1E+05",
                "2.5e-3",
                " 7 ",
                "9007199254740993",
                "9007199254740992",
                "0.1",
                "1e23",
                "0.30000000000000004",
                "0.40000000000000002",
                "2.2250738585072014e-308",
                "4.9e-324",
                "1.7976931348623157e308",
                "123456789012345678901234567890",
                "0.000000000000000000001234"
            })
    void edgeCasesParseAsTheJdkDoes(String text) {
        assertSameAsJdk(text);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "-",
                "+",
                ".",
                "e5",
                "1e",
                "1e+",
                "abc",
                "1,5",
                "0x10",
                "1d",
                "1f",
                "1.2.3",
                "--1",
                "1 2",
                "Infinityx",
                "∞"
            })
    void textThatIsNotADecimalNumberIsRefused(String text) {
        assertThat(parser.parse(text)).as(text).isFalse();
    }

    @Test
    void nanAndInfinityWordsGiveNonFiniteValuesForTheCallerToRefuse() {
        assertThat(parser.parse("NaN")).isTrue();
        assertThat(parser.value()).isNaN();
        assertThat(parser.parse("-inf")).isTrue();
        assertThat(parser.value()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(parser.parse("Infinity")).isTrue();
        assertThat(parser.value()).isEqualTo(Double.POSITIVE_INFINITY);
        assertThat(parser.parse("1e400")).isTrue();
        assertThat(parser.value()).isInfinite();
    }
}

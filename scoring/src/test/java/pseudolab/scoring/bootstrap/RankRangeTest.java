package pseudolab.scoring.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Rank ranges and tie groups on boards whose right answer is clear. */
class RankRangeTest {

    @Test
    void entriesFarApartHoldOneRankEachAndIdenticalOnesShareATieGroup() {
        int n = 1000;
        Resampled resampled = new PairedBootstrap(1000, 1)
                .run(
                        Synthetic.allRows(n),
                        List.of(
                                Synthetic.accuracy(n, 900),
                                Synthetic.accuracy(n, 700),
                                Synthetic.accuracy(n, 700),
                                Synthetic.accuracy(n, 500)));

        List<RankRange> ranks = resampled.ranks(new int[] {0, 1, 2, 3});

        assertThat(ranks)
                .containsExactly(
                        new RankRange(1, 1, 1), new RankRange(2, 3, 2), new RankRange(2, 3, 2), new RankRange(4, 4, 3));
    }

    @Test
    void entriesCloserThanTheNoiseChainIntoOneGroup() {
        int n = 400;
        Resampled resampled = new PairedBootstrap(1000, 2)
                .run(
                        Synthetic.allRows(n),
                        List.of(
                                Synthetic.accuracy(n, 322, 0),
                                Synthetic.accuracy(n, 320, 10),
                                Synthetic.accuracy(n, 318, 20),
                                Synthetic.accuracy(n, 200, 0)));

        List<RankRange> ranks = resampled.ranks(new int[] {0, 1, 2, 3});

        assertThat(ranks).extracting(RankRange::tieGroup).containsExactly(1, 1, 1, 2);
        assertThat(ranks.get(0).rankLow()).isEqualTo(1);
        assertThat(ranks.get(0).rankHigh()).isEqualTo(3);
        assertThat(ranks.get(3)).isEqualTo(new RankRange(4, 4, 2));
    }

    @Test
    void winShareCountsTiesAsOneHalf() {
        int n = 500;
        Resampled resampled = new PairedBootstrap(200, 3)
                .run(
                        Synthetic.allRows(n),
                        List.of(Synthetic.accuracy(n, 400), Synthetic.accuracy(n, 400), Synthetic.accuracy(n, 300)));

        assertThat(resampled.winShare(0, 1)).isEqualTo(0.5);
        assertThat(resampled.winShare(0, 2)).isEqualTo(1.0);
        assertThat(resampled.winShare(2, 0)).isEqualTo(0.0);
    }
}
